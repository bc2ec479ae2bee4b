"""A level left blank (``skill-id:`` with no value) means "not rated yet" (SPEC), as in ``import``.

A file from ``init member``, uncommented as its own comments say, with skills left blank,
validates, scores (blank = unrated), works in ``team`` and carries through ``migrate``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from test_sheet import mini_dir


def uncomment(text: str) -> str:
    """What a person does with an ``init member`` file: uncomment the block once (``# `` off)."""
    out = []
    for line in text.splitlines():
        if line.startswith("# assessments") or line.startswith("#  ") or line.startswith("##"):
            out.append(line[2:] if line.startswith("# ") else line[1:])
        else:
            out.append(line)
    return "\n".join(out) + "\n"


def rate(text: str, **levels: int) -> str:
    for skill, level in levels.items():
        skill = skill.replace("_", "-")
        text, n = re.subn(rf"^(\s+{skill}:)(\s*#)", rf"\g<1> {level}\2", text, flags=re.M)
        assert n == 1, skill
    return text


def init_file(cli, tmp_path: Path, ref: str = "mini@1", *extra: str) -> str:
    out = tmp_path / "new.yaml"
    r = cli("init", "member", "--framework", ref, "--name", "佐藤 葵", "-o", out, *extra)
    assert r.exit_code == 0, r
    return out.read_text(encoding="utf-8")


def test_an_uncommented_init_file_with_blanks_validates_and_scores(cli, tmp_path):
    fw = mini_dir(tmp_path)
    text = rate(uncomment(init_file(cli, tmp_path, "mini@1", "--frameworks", str(fw))), health=2)
    assert re.search(r"^      escaping: +#", text, flags=re.M)  # really left blank
    member = tmp_path / "aoi.yaml"
    member.write_text(text, encoding="utf-8")
    r = cli("validate", member, "--frameworks", fw)
    assert r.exit_code == 0, r
    assert "error" not in r.stderr
    r = cli("assess", member, "--role", "member", "--frameworks", fw, "-f", "json")
    assert r.exit_code == 0, r
    report = json.loads(r.stdout)
    assert {s["id"]: (s["current"], s["target"], s["gap"]) for s in report["skills"]} == {
        "health": (2, 2, 0),
        "escaping": (0, 2, 2),
        "labour-law": (0, 1, 1),
    }
    assert report["unrated"] == ["escaping", "labour-law"]


def test_all_blank_is_a_valid_member_with_everything_unrated(cli, tmp_path):
    fw = mini_dir(tmp_path)
    member = tmp_path / "aoi.yaml"
    member.write_text(
        uncomment(init_file(cli, tmp_path, "mini@1", "--frameworks", str(fw))), encoding="utf-8"
    )
    assert cli("validate", member, "--frameworks", fw).exit_code == 0
    r = cli("assess", member, "--role", "member", "--frameworks", fw, "-f", "json")
    assert r.exit_code == 0, r
    report = json.loads(r.stdout)
    assert report["unrated"] == ["health", "escaping", "labour-law"]
    assert report["overall"]["mean"] == 0


MEMBER = """\
schema: csmatrix/member@1
id: aoi
name: 佐藤 葵
framework: mini@1
role: member
assessments:
  - date: 2026-01-10
    by: self
    levels:
      health: 3
      escaping: 2
  - date: 2026-03-01
    by: self
    levels:
      health:
      escaping: 1
      labour-law:
"""


def test_a_blank_in_a_later_assessment_keeps_the_earlier_rating(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("assess", member, "--frameworks", fw, "-f", "json")
    assert r.exit_code == 0, r
    report = json.loads(r.stdout)
    assert {s["id"]: s["current"] for s in report["skills"]} == {"health": 3, "escaping": 1, "labour-law": 0}
    assert report["unrated"] == ["labour-law"]


def test_team_reads_blanks_as_unrated(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    write("team/aoi.yaml", MEMBER)
    r = cli("team", tmp_path / "team", "--frameworks", fw, "-f", "json")
    assert r.exit_code == 0, r
    report = json.loads(r.stdout)
    # coverage counts holders at level 3 or above: health (3) is held; the blank labour-law is not rated
    assert {s["id"]: s["holders"] for s in report["skills"]} == {
        "health": [{"id": "aoi", "level": 3}],
        "escaping": [],
        "labour-law": [],
    }
    assert report["uncovered"] == ["escaping", "labour-law"]


def test_a_blank_of_an_unknown_skill_is_still_a_located_error(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER.replace("      labour-law:\n", "      labor-law:\n"))
    r = cli("validate", member, "--frameworks", fw)
    assert r.exit_code == 1, r
    assert f"{member}:17:7: error: unknown skill 'labor-law' in mini@1" in r.stderr
    assert "labour-law" in r.stderr  # did you mean


def test_migrate_carries_the_ratings_and_leaves_blanks_out(cli, write, tmp_path):
    text = rate(uncomment(init_file(cli, tmp_path, "icare-cs@2021-summer")), adoption_support=3)
    member = write("old.yaml", text)
    out = tmp_path / "migrated.yaml"
    r = cli("migrate", member, "--to", "icare-cs@2021-autumn", "-o", out)
    assert r.exit_code == 0, r
    migrated = yaml.safe_load(out.read_text(encoding="utf-8"))
    (assessment,) = migrated["assessments"]
    # a blank carries nothing: only the rating lands, on its successor, and nothing is "dropped"
    assert assessment["levels"] == {"adoption-management": 3}
    assert "dropped" not in migrated
    assert cli("validate", out).exit_code == 0


def test_the_member_schema_accepts_a_blank_level(cli, tmp_path):
    """Editors (yaml-language-server) read `csmatrix schema member`: a blank must not show as an error."""
    import shutil
    import subprocess
    import sys

    fw = mini_dir(tmp_path)
    member = tmp_path / "aoi.yaml"
    member.write_text(rate(uncomment(init_file(cli, tmp_path, "mini@1", "--frameworks", str(fw))), health=2))
    schema = tmp_path / "member.json"
    schema.write_text(cli("schema", "member").stdout, encoding="utf-8")
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    run = subprocess.run(
        [exe, "--schemafile", str(schema), str(member)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    # and a level 0 is still refused by the schema
    member.write_text(member.read_text().replace("health: 2", "health: 0"))
    run = subprocess.run(
        [exe, "--schemafile", str(schema), str(member)], capture_output=True, text=True, check=False
    )
    assert run.returncode == 1, run.stdout


def test_migrate_of_an_all_blank_assessment_leaves_no_empty_assessment(cli, write, tmp_path):
    """Nothing is rated, so nothing is carried: the assessment goes, and migrate says so."""
    member = write("old.yaml", uncomment(init_file(cli, tmp_path, "icare-cs@2021-summer")))
    out = tmp_path / "migrated.yaml"
    r = cli("migrate", member, "--to", "icare-cs@2021-autumn", "-o", out, "--lang", "en")
    assert r.exit_code == 0, r
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["assessments"] == []
    assert cli("validate", out).exit_code == 0
