"""`csmatrix migrate`: assessments carried across versions through `replaces`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import EXAMPLES
from csmatrix.models.common import CONTROL
from test_diff import dump, fw_data

MEMBER_2019 = """\
schema: csmatrix/member@1
id: hana
name: {ja: 山田 花, en: Hana Yamada}
framework: icare-cs@2019
role: senior
joined: 2019-04-01
assessments:
  - date: 2019-10-01
    by: self
    levels: {onboarding-support: 3, health-check-operations: 4, specialist-collaboration: 2}
    notes: {health-check-operations: 健診の運用を一人で回した}
    evidence: {health-check-operations: [https://wiki.example/hc]}
  - date: 2019-12-01
    by: 田中
    levels: {onboarding-support: 4, inquiry-handling: 3}
"""


def test_2019_member_to_2021_autumn_loses_nothing_with_a_successor(cli: Any, write: Any) -> None:
    write("hana.yaml", MEMBER_2019)
    r = cli("migrate", "hana.yaml", "--to", "icare-cs@2021-autumn", "--lang", "en")
    assert r.exit_code == 0, r
    data = yaml.safe_load(r.stdout)
    assert data["framework"] == "icare-cs@2021-autumn"
    assert data["role"] == "senior"
    assert [a["levels"] for a in data["assessments"]] == [
        {"lifecycle-management": 3, "product-success": 2, "health-checkup": 4},
        {"lifecycle-management": 4, "support-experience": 3},
    ]
    first = data["assessments"][0]
    assert str(first["date"]) == "2019-10-01"
    assert first["by"] == "self"
    assert first["notes"] == {"health-checkup": "健診の運用を一人で回した"}
    assert first["evidence"] == {"health-checkup": ["https://wiki.example/hc"]}
    assert "dropped" not in data
    assert "(via 2021-summer)" in r.stderr
    assert "renamed: health-check-operations → health-checkup" in r.stderr
    write("out.yaml", r.stdout)
    check = cli("validate", "out.yaml")
    assert check.exit_code == 0, check
    assess = cli("assess", "out.yaml", "-f", "json")
    assert assess.exit_code == 0, assess


def test_shipped_example_member_migrates_and_assesses(cli: Any) -> None:
    r = cli("migrate", EXAMPLES / "members" / "yumi-kobayashi.yaml", "--to", "2021-autumn", "-o", "yumi.yaml")
    assert r.exit_code == 0, r
    assert "csmatrix: wrote yumi.yaml" in r.stderr
    assert cli("assess", "yumi.yaml").exit_code == 0


def family(tmp: Path) -> Path:
    """A family of three versions: a+b merge into ab; c has no successor; v3 has 2 levels."""
    root = tmp / "fw" / "tiny"
    root.mkdir(parents=True)
    roles = [{"id": "member", "name": "Member", "targets": {"default": 2}}]
    (root / "v1.yaml").write_text(
        dump(fw_data("v1", {"a": {}, "b": {}, "c": {}}, roles=roles)), encoding="utf-8"
    )
    v2 = fw_data("v2", {"ab": {"replaces": ["a", "b"]}}, supersedes="v1", roles=roles)
    (root / "v2.yaml").write_text(dump(v2), encoding="utf-8")
    v3 = fw_data("v3", {"ab": {}, "new": {}}, supersedes="v2", levels=2)
    (root / "v3.yaml").write_text(dump(v3), encoding="utf-8")
    return tmp / "fw"


TINY_MEMBER = """\
schema: csmatrix/member@1
name: Test
framework: tiny@v1
role: member
assessments:
  - date: 2024-01-01
    by: self
    levels: {a: 3, b: 2, c: 3}
    notes: {a: note a, b: note b, c: note c}
  - date: 2024-02-01
    by: lead
    levels: {a: 3}
"""


def test_merge_min_drop_clamp_and_role(cli: Any, write: Any, tmp_path: Path) -> None:
    fw = family(tmp_path)
    write("m.yaml", TINY_MEMBER)
    r = cli("migrate", "m.yaml", "--to", "tiny@v3", "--frameworks", fw, "--lang", "en")
    assert r.exit_code == 0, r
    data = yaml.safe_load(r.stdout.split("\n", 1)[1])
    assert data["id"] == "m"
    assert "role" not in data  # v3 has no roles
    assert data["assessments"] == [
        {
            "date": __import__("datetime").date(2024, 1, 1),
            "by": "self",
            "levels": {"ab": 2},
            "notes": {"ab": "note a / note b"},
        },
        {"date": __import__("datetime").date(2024, 2, 1), "by": "lead", "levels": {"ab": 2}},
    ]
    assert data["dropped"] == [
        {
            "skill": "c",
            "level": 3,
            "date": __import__("datetime").date(2024, 1, 1),
            "by": "self",
            "reason": "no successor in tiny@v3",
            "note": "note c",
        }
    ]
    assert "merged: a + b → ab (each assessment keeps the lowest of their ratings)" in r.stderr
    assert "clamped to the new top: ab 3 → 2 (2024-02-01, lead)" in r.stderr
    assert "no successor: c = 3 (2024-01-01, self); kept under dropped:" in r.stderr
    assert "unrated (no predecessor) (1): new" in r.stderr
    assert "role 'member' does not exist in tiny@v3" in r.stderr


def test_other_family_is_an_error(cli: Any, write: Any, tmp_path: Path) -> None:
    fw = family(tmp_path)
    write("m.yaml", TINY_MEMBER)
    r = cli("migrate", "m.yaml", "--to", "icare-cs@2019", "--frameworks", fw)
    assert r.exit_code == 1, r
    assert "m.yaml is on tiny@v1, of the family 'tiny'; icare-cs@2019 belongs to 'icare-cs'" in r.stderr


def test_refuses_to_overwrite_and_force(cli: Any, write: Any) -> None:
    write("hana.yaml", MEMBER_2019)
    out = write("new.yaml", "keep me\n")
    r = cli("migrate", "hana.yaml", "--to", "icare-cs@2021-summer", "-o", "new.yaml")
    assert r.exit_code == 1, r
    assert "new.yaml already exists" in r.stderr
    assert out.read_text(encoding="utf-8") == "keep me\n"
    r = cli("migrate", "hana.yaml", "--to", "icare-cs@2021-summer", "-o", "new.yaml", "--force")
    assert r.exit_code == 0, r
    assert "framework: icare-cs@2021-summer" in out.read_text(encoding="utf-8")


def test_interrupted_write_leaves_old_file(cli: Any, write: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    write("hana.yaml", MEMBER_2019)
    out = write("new.yaml", "old content\n")

    def fail(*args: Any, **kwargs: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    r = cli("migrate", "hana.yaml", "--to", "icare-cs@2021-summer", "-o", "new.yaml", "--force")
    assert r.exit_code == 1, r
    assert "the old file is untouched" in r.stderr
    assert out.read_text(encoding="utf-8") == "old content\n"
    assert sorted(p.name for p in out.parent.iterdir() if p.name.endswith(".tmp")) == []


def test_invalid_member_is_located(cli: Any, write: Any) -> None:
    write("bad.yaml", MEMBER_2019.replace("onboarding-support: 3", "onboarding-suport: 3"))
    r = cli("migrate", "bad.yaml", "--to", "icare-cs@2021-autumn")
    assert r.exit_code == 1, r
    assert "bad.yaml:10:14: error: unknown skill 'onboarding-suport' in icare-cs@2019" in r.stderr


# --- the file's own text is kept, as import --into keeps it --------------------------------

COMMENTED_2019 = """\
# yaml-language-server: $schema=x.json
# about hana
schema: csmatrix/member@1
id: hana
name: {ja: "山田\u2028花", en: 'Hana  Yamada'}   # the name as she writes it
framework: icare-cs@2019  # the version she started on
role: senior   # since 2020
joined: 2019-04-01
# her assessments
assessments:
  - date: 2019-10-01
    by: self
    levels: {onboarding-support: 3, health-check-operations: 4}
    notes: {health-check-operations: "a #hash, a\\nbreak, a\\L and 'quotes': no"}

# end of file
"""

MIGRATED_2019 = """\
# Migrated by csmatrix migrate from icare-cs@2019 to icare-cs@2021-autumn.
# yaml-language-server: $schema=x.json
# about hana
schema: csmatrix/member@1
id: hana
name: {ja: "山田\u2028花", en: 'Hana  Yamada'}   # the name as she writes it
framework: icare-cs@2021-autumn  # the version she started on
role: senior   # since 2020
joined: 2019-04-01
# her assessments
assessments:
  - date: 2019-10-01
    by: self
    levels:
      lifecycle-management: 3
      health-checkup: 4
    notes:
      health-checkup: "a #hash, a\\nbreak, a\\L and 'quotes': no"

# end of file
"""


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", ["", "\ufeff"])
def test_migrate_output_keeps_comments_bom_and_line_ends(
    cli: Any, write: Any, newline: str, bom: str
) -> None:
    member = write("hana.yaml", (bom + COMMENTED_2019.replace("\n", newline)).encode("utf-8"))
    r = cli("migrate", member, "--to", "icare-cs@2021-autumn", "-o", "out.yaml", "--lang", "en")
    assert r.exit_code == 0, r
    assert "layout could not be kept" not in r.stderr
    expected = bom + MIGRATED_2019.replace("\n", newline)
    assert Path("out.yaml").read_bytes() == expected.encode("utf-8")
    from csmatrix.files.store import Store

    loaded, _ = Store([]).member("out.yaml")
    model = loaded.unwrap()
    assert model.name.as_yaml() == {"ja": "山田\u2028花", "en": "Hana  Yamada"}
    assert model.assessments[0].notes == {"health-checkup": "a #hash, a\nbreak, a\u2028 and 'quotes': no"}
    # stdout holds the same text (click's test runner shows CRLF as LF)
    r = cli("migrate", member, "--to", "icare-cs@2021-autumn")
    assert r.stdout == expected.replace("\r\n", "\n")


def test_migrating_again_replaces_the_head_line(cli: Any, write: Any) -> None:
    write("hana.yaml", COMMENTED_2019)
    assert cli("migrate", "hana.yaml", "--to", "icare-cs@2021-summer", "-o", "mid.yaml").exit_code == 0
    r = cli("migrate", "mid.yaml", "--to", "icare-cs@2021-autumn", "-o", "hana.yaml", "--force")
    assert r.exit_code == 0, r
    text = Path("hana.yaml").read_text(encoding="utf-8")
    assert text.count("# Migrated by") == 1
    assert text.startswith(
        "# Migrated by csmatrix migrate from icare-cs@2021-summer to icare-cs@2021-autumn.\n"
    )
    assert "# about hana\n" in text
    assert "# end of file\n" in text


def test_lost_role_missing_id_and_drops_are_edited_in(cli: Any, write: Any, tmp_path: Path) -> None:
    fw = family(tmp_path)
    member = TINY_MEMBER.replace("role: member\n", "role: member   # gone in v3\n# keep me\n")
    write("m.yaml", "# top\n" + member + "# bottom\n")
    r = cli("migrate", "m.yaml", "--to", "tiny@v3", "--frameworks", fw, "--lang", "en")
    assert r.exit_code == 0, r
    text = r.stdout
    assert text.startswith(
        "# Migrated by csmatrix migrate from tiny@v1 to tiny@v3.\n# top\n"
        "schema: csmatrix/member@1\nid: m\nname: Test\nframework: tiny@v3\n# keep me\nassessments:\n"
    )
    assert "role" not in text
    assert text.endswith(
        "dropped:\n  - skill: c\n    level: 3\n    date: 2024-01-01\n    by: self\n"
        "    reason: no successor in tiny@v3\n    note: note c\n# bottom\n"
    )
    data = yaml.safe_load(text)
    assert [a["levels"] for a in data["assessments"]] == [{"ab": 2}, {"ab": 2}]


def test_a_layout_that_cannot_be_edited_is_written_anew_with_a_note(
    cli: Any, write: Any, tmp_path: Path
) -> None:
    fw = family(tmp_path)
    flow = "{schema: csmatrix/member@1, name: Test, framework: tiny@v1, assessments: []}  # flow\n"
    write("m.yaml", flow)
    r = cli("migrate", "m.yaml", "--to", "tiny@v2", "--frameworks", fw, "--lang", "en")
    assert r.exit_code == 0, r
    assert (
        "note: the file's layout could not be kept as it was; it was written anew, without comments"
        in r.stderr
    )
    data = yaml.safe_load(r.stdout)
    assert data["framework"] == "tiny@v2"


def test_migrating_in_place_through_a_symlink(cli: Any, write: Any) -> None:
    real = write("team/hana.yaml", COMMENTED_2019)
    link = Path("hana.yaml")
    link.symlink_to(real)
    r = cli("migrate", link, "--to", "icare-cs@2021-autumn", "-o", link, "--force")
    assert r.exit_code == 0, r
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == MIGRATED_2019


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(  # any text a member file may hold: control characters are refused by validation
    note=st.text(min_size=1, max_size=30).filter(lambda t: t.strip() and not CONTROL.search(t)),
    by=st.text(min_size=1, max_size=20).filter(lambda t: t.strip() and not CONTROL.search(t)),
)
def test_any_note_and_assessor_survive_the_edit(tmp_path: Path, note: str, by: str) -> None:
    import datetime as dt

    from csmatrix.files.member_writer import assessment_lines, member_text
    from csmatrix.files.store import Store
    from csmatrix.versions.migrate import plan

    fw = tmp_path / "fw"
    if not fw.exists():
        family(tmp_path)
    path = tmp_path / "m.yaml"
    block = assessment_lines(dt.date(2024, 1, 1), by, {"a": 2, "c": 1}, {"a": note, "c": note})
    path.write_text("# keep\n" + member_text(name="T", framework="tiny@v1", assessments=[block]), "utf-8")
    original, _ = Store([fw]).member(path)
    assert original.ok, original.problems  # what csmatrix writes, csmatrix reads
    text, lines = plan(Store([fw]), path, "tiny@v2", "en")
    assert not any("layout could not be kept" in line for line in lines), (text, lines)
    assert text.startswith("# Migrated by csmatrix migrate from tiny@v1 to tiny@v2.\n# keep\n")
    out = tmp_path / "out.yaml"
    out.write_text(text, encoding="utf-8")
    loaded, _ = Store([fw]).member(out)
    model = loaded.unwrap()
    assert [(a.by, a.levels, a.notes) for a in model.assessments] == [(by, {"ab": 2}, {"ab": note})]
    assert [(d.skill, d.note) for d in model.dropped] == [("c", note)]
