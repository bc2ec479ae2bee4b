"""YAML that csmatrix writes reads back as exactly what was meant: nothing forged, nothing lost."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csmatrix.files.member_writer import assessment_lines, comment, key, member_text, scalar
from csmatrix.files.store import Store
from csmatrix.files.yamlio import parse_text
from test_sheet import MINI

HOSTILE = [
    "line\nbreak",
    "line\r\nbreak",
    "carriage\rreturn",
    "nel\x85here",
    "ls\u2028here",
    "ps\u2029here",
    "# not a comment",
    "a #hash",
    "'single'",
    '"double"',
    "tab\there",
    "bell\x07and\x00nul\x1b[31m",
    " leading",
    "trailing ",
    "  ",
    "",
    "no",
    "yes",
    "on",
    "null",
    "~",
    "2019",
    "0123",
    "1e3",
    "2024-02-30",
    "a: b",
    "- item",
    "[flow]",
    "{flow: map}",
    "&anchor",
    "*alias",
    "!tag",
    "%directive",
    "@at",
    "`tick",
    "|",
    ">",
    "? key",
    "---",
    "...",
    "\ufeffbom",
    "zero\u200bwidth",
    "全角\u3000空白",
    "emoji 👩\u200d💻",
    "x" * 300,
    ("long words " * 2000).strip(),
]


def read_back(text: str) -> object:
    doc = parse_text(text, "t.yaml")
    assert doc.ok, (text, doc.problems)
    return doc.value


@pytest.mark.parametrize("value", HOSTILE)
def test_every_hostile_string_round_trips_as_value_and_as_key(value):
    assert "\n" not in scalar(value)
    assert "\r" not in scalar(value)
    assert read_back(f"k: {scalar(value)}\nafter: 1\n") == {"k": value, "after": "1"}
    if len(value) < 1000:  # a simple key is at most 1024 characters
        assert read_back(f"{key(value)}: v\nafter: 1\n") == {value: "v", "after": "1"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_string_round_trips(value):
    assert read_back(f"k: {scalar(value)}\n") == {"k": value}
    if value[:1] not in ("\t", "\u3000"):  # the loader takes those keys for bad indentation, on purpose
        assert read_back(f"{key(value)}: v\n") == {value: "v"}


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_stays_inside_its_comment(value):
    text = f"# {comment(value)}\nk: v\n"
    assert read_back(text) == {"k": "v"}


def test_a_member_file_with_hostile_values_reads_back_exactly(tmp_path):
    fw = tmp_path / "fw" / "mini"
    fw.mkdir(parents=True)
    (fw / "1.yaml").write_bytes(MINI.read_bytes())
    name = "A\n  - date: 2020-01-01\n    by: manager"
    by = "boss\u2028levels: {health: 3}"
    # U+0085 (NEL) round-trips in the emitter tests above; in a member file it is a
    # control character, which validation refuses, so it is left out here.
    note = "# hash\u2029 'q' \"d\" : no"
    text = member_text(
        name=name,
        framework="mini@1",
        ident="2019",
        role="member",
        assessments=[assessment_lines(dt.date(2026, 1, 2), by, {"health": 2}, {"health": note})],
    )
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    loaded, _ = Store([tmp_path / "fw"]).member(path)
    member = loaded.unwrap()
    assert member.name.as_yaml() == name
    assert member.id == "2019"
    assert [(a.by, a.levels, a.notes) for a in member.assessments] == [(by, {"health": 2}, {"health": note})]


# --- init member with a hostile framework ------------------------------------------------


def hostile_framework(folder: Path) -> Path:
    """mini@1 whose names try to break out of the comments init member writes."""
    text = MINI.read_text(encoding="utf-8")
    forged = "\\n  - date: 2020-01-01\\n    by: manager\\n    levels:\\n      health: 3\\n#"
    text = text.replace(
        "name: {ja: ヘルス, en: Health}", f'name: {{ja: "ヘルス{forged}", en: "Health{forged}"}}'
    )
    # line and paragraph separators are text a framework may hold; C0/C1 controls
    # (CR, BEL, NEL) are refused by validation, so init never sees them
    text = text.replace("name: {ja: 基本, en: Basics}", 'name: {ja: "基\\L本\\P", en: "Ba\\Lsics\\P"}')
    text = text.replace(
        "name: {ja: CSスキル, en: CS skills}", 'name: {ja: "CS\\nassessments: []", en: "CS\\u2029"}'
    )
    text = text.replace(
        "{level: 1, name: {ja: 見習い, en: Apprentice}",
        '{level: 1, name: {ja: "見習い\\nby: manager", en: "App\\Lrentice"}',
    )
    path = folder / "mini" / "1.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    assert Store([folder]).framework("mini@1").model is not None, "the hostile framework must be valid"
    return folder


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_hostile_framework_text_cannot_escape_init_member_comments(cli, tmp_path, lang):
    fw = hostile_framework(tmp_path / "fw")
    r = cli(
        "init", "member", "--framework", "mini@1", "--name", "A\nby: x", "--frameworks", fw,
        "--lang", lang, "-o", "a-b.yaml",
    )  # fmt: skip
    assert r.exit_code == 0, r
    text = Path("a-b.yaml").read_text(encoding="utf-8")
    assert not re.search("[\r\x85\u2028\u2029\x07]", text)
    loaded, _ = Store([fw]).member("a-b.yaml")
    member = loaded.unwrap()
    assert (member.id, member.framework, member.role) == ("a-b", "mini@1", None)
    assert member.name.as_yaml() == "A\nby: x"
    assert member.assessments == []
    doc = parse_text(text, "a-b.yaml")
    assert list(doc.value) == ["schema", "id", "name", "framework"]
    # every line after the head is a comment
    _head, _, rest = text.partition("\n\n")
    assert all(line.startswith("#") for line in rest.splitlines())
    # and uncommenting once still gives exactly the intended assessment, nothing forged
    lines = text.splitlines()
    start = lines.index("# assessments:")
    body = [re.sub(r"^# ?", "", line) for line in lines[start:]]
    body = [re.sub(r"^(\s+[a-z-]+:)(\s+#)", r"\1 2\2", line) for line in body]
    Path("filled.yaml").write_text("\n".join(lines[:start] + body) + "\n", encoding="utf-8")
    loaded, _ = Store([fw]).member("filled.yaml")
    filled = loaded.unwrap()
    assert [(a.by, a.levels) for a in filled.assessments] == [
        ("self", {"health": 2, "escaping": 2, "labour-law": 2})
    ]
