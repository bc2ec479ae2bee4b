"""The loader says honestly what is wrong, and where (exact path:line:col)."""

from __future__ import annotations

import codecs
import time
from pathlib import Path

import pytest

import csmatrix.files.yamlio
from csmatrix.files.yamlio import MAX_DEPTH, parse_bytes, parse_text, read_doc

HEAD = "schema: csmatrix/member@1\nname: 佐藤 葵\n"


def messages(data: bytes | str, path: str = "x.yaml") -> list[str]:
    doc = parse_bytes(data.encode("utf-8") if isinstance(data, str) else data, path)
    return [p.format() for p in doc.problems]


# --- control characters --------------------------------------------------------


def test_a_nul_byte_is_reported_at_its_line_and_column(cli, write) -> None:
    path = write("nul.yaml", HEAD.encode("utf-8") + b"framework: ic\x00are\n")
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:3:14: error: the control character U+0000 (NUL) cannot appear in a YAML file" in (
        result.stderr
    ), result
    assert "position" not in result.stderr


def test_a_control_character_after_japanese_text_counts_characters() -> None:
    assert messages("name: 佐藤\x07葵\n") == [
        "x.yaml:1:9: error: the control character U+0007 cannot appear in a YAML file "
        "(delete it; was the file saved by a binary tool, or in UTF-16?)"
    ]


def test_tab_cr_and_nel_are_not_control_trouble() -> None:
    doc = parse_text("a: 'x\ty'\r\nb: 'c\x85d'\n", "x.yaml")
    assert doc.ok, doc.problems


# --- encodings ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (HEAD.encode("utf-32"), "x.yaml:1:1: error: the file is UTF-32, not UTF-8"),
        (codecs.BOM_UTF32_BE + HEAD.encode("utf-32-be"), "x.yaml:1:1: error: the file is UTF-32, not UTF-8"),
        (HEAD.encode("utf-16"), "x.yaml:1:1: error: the file is UTF-16, not UTF-8"),
        (codecs.BOM_UTF16_BE + HEAD.encode("utf-16-be"), "x.yaml:1:1: error: the file is UTF-16, not UTF-8"),
        (
            HEAD.encode("utf-16-le"),
            "x.yaml:1:1: error: the file is UTF-16LE without a byte order mark, not UTF-8",
        ),
        (
            HEAD.encode("utf-16-be"),
            "x.yaml:1:1: error: the file is UTF-16BE without a byte order mark, not UTF-8",
        ),
        (
            HEAD.encode("utf-32-le"),
            "x.yaml:1:1: error: the file is UTF-32LE without a byte order mark, not UTF-8",
        ),
        (
            HEAD.encode("utf-32-be"),
            "x.yaml:1:1: error: the file is UTF-32BE without a byte order mark, not UTF-8",
        ),
    ],
    ids=[
        "utf32-le-bom",
        "utf32-be-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf16le",
        "utf16be",
        "utf32le",
        "utf32be",
    ],
)
def test_wide_encodings_are_named_honestly(data: bytes, expected: str) -> None:
    (found,) = messages(data)
    assert found.startswith(expected), found


def test_euc_jp_that_shift_jis_cannot_read_is_named_euc_jp(cli, write) -> None:
    path = write("euc.yaml", "schema: csmatrix/member@1\nname: 一郎\n".encode("euc_jp"))
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert (
        f"{path}:2:7: error: the file is not UTF-8 text (it looks like EUC-JP; byte 0xb0 cannot be read) "
        "(re-save it as UTF-8 (in Excel: CSV UTF-8; on the command line: iconv -f EUC-JP -t UTF-8))"
    ) in result.stderr, result
    assert "Shift_JIS" not in result.stderr


def test_bytes_both_japanese_encodings_read_name_both() -> None:
    # 佐藤 in EUC-JP is also valid (half-width katakana) Shift_JIS: say so, guess nothing
    (found,) = messages("schema: csmatrix/member@1\nname: 佐藤\n".encode("euc_jp"))
    assert found.startswith(
        "x.yaml:2:7: error: the file is not UTF-8 text "
        "(it may be Shift_JIS (CP932) or EUC-JP: both read these bytes; byte 0xba cannot be read)"
    ), found


def test_shift_jis_that_euc_jp_cannot_read_is_named_shift_jis() -> None:
    (found,) = messages("schema: csmatrix/member@1\nname: 佐藤\n".encode("cp932"))
    assert found.startswith(
        "x.yaml:2:7: error: the file is not UTF-8 text (it looks like Shift_JIS (CP932), as Excel saves it;"
    ), found
    assert "iconv -f CP932" in found


def test_bytes_no_known_encoding_reads_are_unknown() -> None:
    (found,) = messages(b"a: b\nc: \x85\x40\n")
    assert found == (
        "x.yaml:2:4: error: the file is not UTF-8 text (it is in an unknown encoding; byte 0x85 cannot be read) "
        "(re-save it as UTF-8)"
    )


def test_a_lone_nul_in_utf8_is_not_taken_for_utf16() -> None:
    (found,) = messages(b"a: b\x00\n")
    assert found.startswith("x.yaml:1:5: error: the control character U+0000 (NUL)"), found


# --- depth ---------------------------------------------------------------------------


def test_deep_flow_nesting_is_ours_and_located() -> None:
    # libyaml gives up at its own depth while looking ahead; our rule and position win
    doc = parse_text("a: 1\nb: " + "[" * 5000, "deep.yaml")
    assert [p.format() for p in doc.problems] == [
        f"deep.yaml:2:{4 + MAX_DEPTH}: error: the document is nested more than {MAX_DEPTH} levels deep "
        "(a csmatrix file needs only a handful of levels)"
    ]


def test_brackets_in_quotes_and_comments_do_not_count_as_depth() -> None:
    text = "a: '" + "[" * 100 + "'\nb: \"" + "{" * 100 + '"  # ' + "[" * 100 + "\nc: [1, 2\n"
    doc = parse_text(text, "x.yaml")
    (problem,) = doc.problems
    assert "nested" not in str(problem.message)
    assert str(problem.message).startswith("YAML syntax error")


def test_depth_within_the_limit_is_fine() -> None:
    depth = MAX_DEPTH - 1
    doc = parse_text("[" * depth + "]" * depth, "x.yaml")
    assert doc.ok, doc.problems


# --- nodes and aliases are budgeted apart --------------------------------------------


def test_many_values_without_aliases_have_their_own_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csmatrix.files.yamlio, "MAX_NODES", 10)
    doc = parse_text("a: [1, 2, 3]\nb: [4, 5, 6]\nc: [7, 8]\n", "x.yaml")
    assert [p.format() for p in doc.problems] == [
        # the root, 'a', its list and 1-3, 'b', its list and 4: the 11th value is 5
        "x.yaml:2:11: error: the document holds more than 10 values "
        "(a csmatrix file is far smaller; split it, or check it was generated correctly)"
    ]


def test_aliases_have_their_own_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(csmatrix.files.yamlio, "MAX_ALIAS_VALUES", 10)
    doc = parse_text("a: &a [1, 2, 3, 4]\nb: [*a, *a]\nc: [*a]\n", "x.yaml")
    assert [p.format() for p in doc.problems] == [
        "x.yaml:3:5: error: aliases expand the document by more than 10 values (aliases repeat too much) "
        "(write the values out, or use fewer nested aliases)"
    ]


def _big_framework(skills: int) -> str:
    lines = [
        "schema: csmatrix/framework@1",
        "id: big",
        "version: '1'",
        "released: 2024-01-01",
        "title: {en: Big}",
        "levels:",
        "  - {level: 1, name: {en: L1}, scope: individual}",
        "  - {level: 2, name: {en: L2}, scope: individual}",
        "axes:",
        "  - {id: a, name: {en: A}}",
        "categories:",
        "  - id: c",
        "    axis: a",
        "    name: {en: C}",
        "    skills:",
    ]
    lines += [f"      - {{id: s{i}, name: {{en: S}}, levels: {{1: x, 2: y}}}}" for i in range(skills)]
    lines += ["roles:", "  - {id: r, name: {en: R}, targets: {default: 1}}"]
    return "\n".join(lines) + "\n"


def test_a_25k_skill_framework_without_aliases_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_text(_big_framework(25_000), encoding="utf-8")
    start = time.monotonic()
    doc = read_doc(path)
    assert doc.ok, doc.problems[:3]
    assert len(doc.value["categories"][0]["skills"]) == 25_000
    assert time.monotonic() - start < 10


def test_read_doc_refuses_a_fifo_with_a_problem(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "p.yaml"
    os.mkfifo(fifo)
    doc = read_doc(fifo)
    assert [p.format() for p in doc.problems] == [
        f"{fifo}:0:0: error: is a pipe (FIFO), not a file; it is refused unread"
    ]
