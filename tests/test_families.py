"""The three framework families from the other articles, and their example teams.

* jobtitle-ladder@2025 (seeds/001): five competencies, four JobTitles examined by role-play.
* client-work@2025 (seeds/003): parts of client work and giving back; newcomer, baseline, SV.
* csm-career-path@2025 (seeds/004): three core competencies, lifecycle, team operations.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import EXAMPLES, FRAMEWORKS

FAMILIES = {
    "jobtitle-ladder": ["trainee", "associate", "manager", "senior-customer-manager"],
    "client-work": ["newcomer", "baseline", "supervisor"],
    "csm-career-path": ["associate-csm", "csm", "senior-csm", "cs-manager"],
}
VERSION = "2025"


def framework_file(family: str) -> Path:
    return FRAMEWORKS / family / f"{VERSION}.yaml"


def members(family: str) -> list[Path]:
    return sorted((EXAMPLES / family / "members").glob("*.yaml"))


@pytest.mark.parametrize("family", FAMILIES)
def test_family_and_its_team_validate(cli, family: str) -> None:
    result = cli("validate", str(framework_file(family)), str(EXAMPLES / family))
    assert result.exit_code == 0, result
    assert 4 <= len(members(family)) <= 6


@pytest.mark.parametrize("family", FAMILIES)
def test_roles_in_ladder_order_and_texts_in_both_languages(family: str) -> None:
    data = yaml.safe_load(framework_file(family).read_text(encoding="utf-8"))
    assert [role["id"] for role in data["roles"]] == FAMILIES[family]
    assert set(data["title"]) == {"ja", "en"}
    for category in data["categories"]:
        for skill in category["skills"]:
            assert set(skill["name"]) == {"ja", "en"}, skill["id"]
            for text in skill["levels"].values():
                assert set(text) == {"ja", "en"}, skill["id"]


@pytest.mark.parametrize("family", FAMILIES)
def test_every_source_says_where_it_comes_from(family: str) -> None:
    """article: / public: / ours: so the lead can turn them into the structured form."""
    data = yaml.safe_load(framework_file(family).read_text(encoding="utf-8"))
    for category in data["categories"]:
        for skill in category["skills"]:
            assert skill["source"].split(": ", 1)[0] in {"article", "public", "ours"}, skill["id"]


def test_list_shows_the_families(cli) -> None:
    result = cli("list", "--format", "json")
    assert result.exit_code == 0, result
    names = {entry["framework"] for entry in json.loads(result.stdout)["frameworks"]}
    assert {f"{family}@{VERSION}" for family in FAMILIES} <= names


@pytest.mark.parametrize("family", FAMILIES)
def test_team_assess_and_sheet_work(cli, family: str, tmp_path: Path) -> None:
    team = cli("team", str(EXAMPLES / family / "members"), "--by", "unit", "--format", "json")
    assert team.exit_code == 0, team
    view = json.loads(team.stdout)
    assert view["framework"] == f"{family}@{VERSION}"
    assert len(view["members"]) == len(members(family))
    for path in members(family):
        for fmt in ("table", "json", "md"):
            result = cli("assess", str(path), "--format", fmt, "--lang", "en")
            assert result.exit_code == 0, (path, result)
    for role in FAMILIES[family]:
        result = cli("sheet", f"{family}@{VERSION}", "--role", role, "--format", "md")
        assert result.exit_code == 0, result
    out = tmp_path / "sheet.xlsx"
    assert cli("sheet", f"{family}@{VERSION}", "--format", "xlsx", "-o", str(out)).exit_code == 0


def test_ladder_manager_readiness_counts_only_the_examination(cli) -> None:
    """小野 was observed at manager level in 2026 but examined below it in 2025."""
    ono = EXAMPLES / "jobtitle-ladder" / "members" / "takuya-ono.yaml"
    data = json.loads(cli("assess", str(ono), "--role", "manager", "--format", "json").stdout)
    assert data["requires_method"] == ["examination"]
    assert data["overall"]["readiness"] == 0.8
    assert [e["id"] for e in data["not_counted"]] == ["leadership"]
    assert data["not_counted"][0]["counted"] == 2
    team = json.loads(cli("team", str(ono.parent), "--format", "json").stdout)
    row = next(m for m in team["members"] if m["id"] == "takuya-ono")
    assert (row["next_role"], row["next_role_readiness"]) == ("manager", 0.8)


def test_ladder_units_show_a_single_point_the_team_does_not_have(cli) -> None:
    data = json.loads(
        cli("team", str(EXAMPLES / "jobtitle-ladder" / "members"), "--by", "unit", "--format", "json").stdout
    )
    assert data["single_points"] == []
    units = {u["unit"]: u for u in data["units"]}
    assert set(units) == {"high-touch", "low-touch", "tech-touch"}
    assert "leadership" in units["low-touch"]["single_points"]
    assert "leadership" in units["tech-touch"]["uncovered"]


def test_client_work_strengths_rest_on_single_people(cli) -> None:
    """003's point: members borrow each other's strengths, so a strength is often one person's."""
    data = json.loads(cli("team", str(EXAMPLES / "client-work" / "members"), "--format", "json").stdout)
    assert {"planning", "setup", "expression", "reporting"} <= set(data["single_points"])
    assert data["uncovered"] == ["case-collection"]


def test_career_path_onboarding_unit_rests_on_one_person(cli) -> None:
    data = json.loads(
        cli("team", str(EXAMPLES / "csm-career-path" / "members"), "--by", "unit", "--format", "json").stdout
    )
    assert data["single_points"] == []
    units = {u["unit"]: u for u in data["units"]}
    onboarding = next(s for s in units["onboarding"]["skills"] if s["id"] == "onboarding")
    assert onboarding["holders"] == [{"id": "yosuke-kudo", "level": 4}]
    assert units["account-management"]["single_points"] == []


def test_check_jsonschema_accepts_the_new_files(cli, tmp_path: Path) -> None:
    exe = shutil.which("check-jsonschema") or str(Path(sys.executable).parent / "check-jsonschema")
    for kind, files in (
        ("framework", [framework_file(f) for f in FAMILIES]),
        ("member", [p for f in FAMILIES for p in members(f)]),
    ):
        schema = tmp_path / f"{kind}.json"
        schema.write_text(cli("schema", kind).stdout, encoding="utf-8")
        run = subprocess.run(
            [exe, "--schemafile", str(schema), *map(str, files)], capture_output=True, text=True, check=False
        )
        assert run.returncode == 0, run.stdout + run.stderr
