"""The shipped frameworks, the exported JSON Schema, and `show`/`list`/`schema`."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES, FRAMEWORKS, REPO
from csmatrix.files.store import Store

SEVEN = REPO / "tests" / "fixtures" / "valid" / "seven-levels-en.yaml"
SHIPPED = sorted((FRAMEWORKS / "icare-cs").glob("*.yaml"))


def load(ref: str):
    return Store().framework(ref).unwrap()


def test_shipped_frameworks_and_examples_validate(cli) -> None:
    result = cli("validate", str(FRAMEWORKS), str(EXAMPLES))
    assert result.exit_code == 0, result


@pytest.mark.parametrize("kind", ["framework", "member", "activities"])
def test_schema_files_in_the_repo_are_current(cli, kind: str) -> None:
    result = cli("schema", kind)
    assert result.exit_code == 0, result
    shipped = (REPO / "schemas" / f"{kind}.schema.json").read_text(encoding="utf-8")
    assert json.loads(result.stdout) == json.loads(shipped), (
        f"run: csmatrix schema {kind} > schemas/{kind}.schema.json"
    )


@pytest.mark.parametrize("path", SHIPPED + sorted(EXAMPLES.rglob("*.yaml")), ids=lambda p: p.name)
def test_schema_comment_line_resolves_in_the_repo(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    match = re.match(r"# yaml-language-server: \$schema=(\S+)$", first)
    assert match, f"{path} should start with a yaml-language-server $schema line"
    assert (path.parent / match[1]).resolve().is_file()


def _check_jsonschema() -> str:
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    assert Path(exe).exists(), "check-jsonschema comes with the test extra: pip install -e '.[test]'"
    return exe


def test_check_jsonschema_accepts_shipped_files_with_the_exported_schema(cli, tmp_path: Path) -> None:
    exe = _check_jsonschema()
    for kind, files in (
        ("framework", SHIPPED),
        ("member", sorted((EXAMPLES / "members").glob("*.yaml"))),
    ):
        schema = tmp_path / f"{kind}.json"
        schema.write_text(cli("schema", kind).stdout, encoding="utf-8")
        run = subprocess.run(
            [exe, "--schemafile", str(schema), *map(str, files)], capture_output=True, text=True
        )
        assert run.returncode == 0, run.stdout + run.stderr


def test_exported_schema_is_real_not_decorative(cli, write, tmp_path: Path) -> None:
    exe = _check_jsonschema()
    schema = write("framework.json", cli("schema", "framework").stdout)
    text = SHIPPED[0].read_text(encoding="utf-8")
    broken = write(
        "broken.yaml", text.replace("\ntitle:", "\ntitel:", 1).replace("scope: individual", "scope: solo", 1)
    )
    run = subprocess.run([exe, "--schemafile", str(schema), str(broken)], capture_output=True, text=True)
    assert run.returncode == 1
    assert "titel" in run.stdout
    assert "solo" in run.stdout


def test_seven_level_english_framework_with_numeric_version(cli) -> None:
    result = cli("validate", str(SEVEN))
    assert result.exit_code == 0, result
    fw = Store().framework(str(SEVEN)).unwrap()
    assert (fw.version, fw.top, fw.title.get("ja")) == ("3", 7, "Acme support ladder")


# --- the three shipped versions ---------------------------------------------------


def test_versions_form_a_lineage() -> None:
    old, summer, autumn = load("icare-cs@2019"), load("icare-cs@2021-summer"), load("icare-cs@2021-autumn")
    assert old.supersedes is None
    assert summer.supersedes == "2019"
    assert autumn.supersedes == "2021-summer"
    assert [f.version for f in Store().chain(autumn, FRAMEWORKS / "icare-cs" / "2021-autumn.yaml")] == [
        "2021-summer",
        "2019",
    ]


@pytest.mark.parametrize(("older", "newer"), [("2019", "2021-summer"), ("2021-summer", "2021-autumn")])
def test_every_skill_has_a_successor(older: str, newer: str) -> None:
    old, new = load(f"icare-cs@{older}"), load(f"icare-cs@{newer}")
    carried = {s for p in new.placed for s in p.skill.replaces} | set(new.skills)
    assert set(old.skills) <= carried


def test_summer_splits_cs_and_occupational_health() -> None:
    summer = load("icare-cs@2021-summer")
    assert len(summer.axes) == 2
    assert {p.axis.id for p in summer.placed if p.axis} == {a.id for a in summer.axes}


def test_autumn_is_built_on_the_gainsight_elements() -> None:
    autumn = load("icare-cs@2021-autumn")
    elements = [p for p in autumn.placed if "gainsight-element" in p.skill.tags]
    per_category: dict[str, int] = {}
    for p in elements:
        per_category[p.category.id] = per_category.get(p.category.id, 0) + 1
    assert sorted(per_category.values()) == [4, 4, 6]
    for p in elements:  # the source vocabulary: article, public or ours (tests/test_icare_content.py)
        assert p.skill.source is not None
        assert not isinstance(p.skill.source, str)
        assert p.skill.source.kind in ("article", "ours")
    assert [lv.scope for lv in autumn.levels] == ["individual"] * 3 + ["organization"] * 2
    names = {p.skill.id for p in elements}
    assert {
        "experience-management",
        "stakeholder-alignment",
        "risk-escalation",
        "advocate-engagement",
    } <= names


def test_every_version_has_roles_from_junior_to_lead() -> None:
    for ref in ("icare-cs@2019", "icare-cs@2021-summer", "icare-cs@2021-autumn"):
        fw = load(ref)
        assert len(fw.roles) >= 3
        # the ladder; a specialist track (listed last) sits beside lead, above senior
        ladder = [r for r in fw.roles if not r.id.endswith("-specialist")]
        tops = [sum(fw.target(r, s) or 0 for s in fw.skills) for r in ladder]
        assert tops == sorted(tops), f"{ref}: targets should not shrink up the ladder"
        for r in fw.roles:
            if r.id.endswith("-specialist"):
                total = sum(fw.target(r, s) or 0 for s in fw.skills)
                assert total >= tops[-2], f"{ref}: the specialist track starts above senior"


def test_every_text_is_in_japanese_and_english() -> None:
    for path in SHIPPED:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for category in data["categories"]:
            for skill in category["skills"]:
                for key in ("name", "summary"):
                    assert set(skill[key]) == {"ja", "en"}, (path.name, skill["id"], key)
                for level, text in skill["levels"].items():
                    assert set(text) == {"ja", "en"}, (path.name, skill["id"], level)


# --- show / list / schema ------------------------------------------------------------

SHOW_80 = """\
Acme support ladder  acme-support@3  (2024-01-15)
Levels: 1 Novice · 2 Beginner · 3 Competent · 4 Proficient · 5 Expert │ 6 Leader
· 7 Shaper  (individual 1–5, organisation 6–7)

Support [support] ──────────────────────────────────────────────────────────────
▸ Tickets [tickets]
     Triage  triage
     Targets: Agent 3 · Lead 7
  1  Reads the ticket queue.
  2  Labels tickets by type.
  3  Sets priority without help.
  4  Spots duplicate incidents early.
  5  Writes the triage guide.
  6  Runs the triage rota for the team.
  7  Designs triage across departments.
"""

SHOW_130_TABLE = """\
              1 Novice         2 Beginner       3 Competent      4 Proficient     5 Expert         6 Leader        7 Shaper
 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
 Triage       Reads the        Labels tickets   Sets priority    Spots            Writes the       Runs the        Designs triage
 triage       ticket queue.    by type.         without help.    duplicate        triage guide.    triage rota     across
 Agent 3 ·                                                       incidents                         for the team.   departments.
 Lead 7                                                          early.
"""


def _plain(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n") + "\n"


def test_show_stacks_levels_at_80_columns(cli) -> None:
    result = cli("show", str(SEVEN), "--lang", "en", columns=80)
    assert result.exit_code == 0, result
    assert _plain(result.stdout) == SHOW_80


def test_show_is_a_matrix_when_wide(cli) -> None:
    result = cli("show", str(SEVEN), "--lang", "en", columns=130)
    assert result.exit_code == 0, result
    assert SHOW_130_TABLE in _plain(result.stdout)


def test_show_json_and_markdown(cli) -> None:
    data = json.loads(cli("show", str(SEVEN), "--format", "json").stdout)
    skill = data["axes"][0]["categories"][0]["skills"][0]
    assert skill["targets"] == {"agent": 3, "lead": 7}
    assert skill["levels"]["7"] == "Designs triage across departments."
    md = cli("show", str(SEVEN), "--format", "md").stdout
    assert "| **Triage**<br>`triage`<br>Agent 3, Lead 7 | Reads the ticket queue. |" in md


@pytest.mark.lang("ja")
def test_show_japanese_and_english(cli) -> None:
    ja = json.loads(cli("show", "icare-cs@2021-autumn", "--format", "json").stdout)
    en = json.loads(cli("show", "icare-cs@2021-autumn", "--format", "json", "--lang", "en").stdout)
    assert ja["axes"][0]["name"] == "CSスキル"
    assert en["axes"][0]["name"] == "CS skills"


def test_show_at_80_columns_fits(cli) -> None:
    result = cli("show", "icare-cs@2021-autumn", columns=80)
    assert result.exit_code == 0, result
    from rich.cells import cell_len

    assert max(cell_len(line.rstrip()) for line in result.stdout.splitlines()) <= 80


def test_list_table(cli) -> None:
    result = cli("list")
    assert result.exit_code == 0, result
    assert re.search(r"icare-cs@2021-autumn\s+2021-11-01\s+2021-summer", result.stdout)


def test_usage_errors_exit_2(cli) -> None:
    assert cli("schema", "nonsense").exit_code == 2
    assert cli("show").exit_code == 2
    assert cli("show", "icare-cs@2019", "--format", "pdf").exit_code == 2
    assert cli("frobnicate").exit_code == 2
