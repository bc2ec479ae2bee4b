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


SEEDS = {"jobtitle-ladder": "001", "client-work": "003", "csm-career-path": "004"}


@pytest.mark.parametrize("family", FAMILIES)
def test_every_source_is_structured_and_quotes_its_article_word_for_word(family: str) -> None:
    """The iCARE vocabulary (#15): kind article|public|ours; a quote is the article's own words, <= 30 chars."""
    from conftest import SHARED, need_shared
    from csmatrix.files.store import Store
    from csmatrix.models.framework import Source

    seeds = SHARED / "seeds"
    need_shared(seeds)
    article = next(seeds.glob(f"{SEEDS[family]}_*.txt")).read_text("utf-8")
    fw = Store().framework(f"{family}@{VERSION}").unwrap()
    assert fw.placed
    for placed in fw.placed:
        source = placed.skill.source
        assert isinstance(source, Source), placed.skill.id
        assert source.kind in {"article", "public", "ours"}
        if source.kind == "article":
            assert source.quote, placed.skill.id
            assert len(source.quote) <= 30
            assert source.quote in article, (placed.skill.id, source.quote)
            assert f"seeds/{SEEDS[family]}" in (source.ref or "")
            assert "私たちのもの" in (source.note or "")  # honest about what is ours


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


# --- #15 polish: how a rating was obtained, in validate, import, --history and team csv ------------

LADDER_MEMBER = """\
schema: csmatrix/member@1
name: 検証 太郎
framework: jobtitle-ladder@2025
role: associate
assessments:
  - date: 2025-05-23
    by: self
    method: examination
    levels: {execution: 2}
  - date: 2025-06-18
    by: 大野 健司
    method: self-assessment
    levels: {execution: 3}
  - date: 2025-07-01
    by: self
    method: self-assessment
    levels: {execution: 3}
  - date: 2025-07-02
    by: 大野 健司
    levels: {execution: 3}
"""


def test_a_method_that_contradicts_by_is_a_located_warning(cli, write) -> None:
    member = write("m.yaml", LADDER_MEMBER)
    r = cli("validate", str(member))
    assert r.exit_code == 0, r  # a warning, not an error
    lines = [line for line in r.stderr.splitlines() if ": warning: " in line]
    assert lines == [
        f"{member}:8:13: warning: an assessment by self has method 'examination', not 'self-assessment' "
        "(write 'method: self-assessment', or put who assessed in 'by')",
        f"{member}:12:13: warning: method 'self-assessment' on an assessment by '大野 健司', not by self "
        "(write 'by: self', or the method the assessor used (e.g. observation))",
    ]


def test_history_shows_each_assessments_method(cli) -> None:
    ono = EXAMPLES / "jobtitle-ladder" / "members" / "aya-murakami.yaml"
    data = json.loads(cli("assess", str(ono), "--history", "--format", "json", "--lang", "en").stdout)
    assert [s["method"] for s in data["history"]["assessments"]] == [
        "self-assessment",
        "examination",
        "interview",
    ]
    table = cli("assess", str(ono), "--history", "--lang", "en", columns=120).stdout
    header = table[table.index("[History]") :].splitlines()[1:4]
    assert [word for word in ("self-assessment", "examination", "interview") if word in header[2]] == [
        "self-assessment",
        "examination",
        "interview",
    ]
    md = cli("assess", str(ono), "--history", "--format", "md", "--lang", "en").stdout
    assert "| 2025-05-23 self (self-assessment) | 2025-06-18 大野 健司 (examination) |" in md


def test_team_csv_has_a_unit_column(cli) -> None:
    r = cli("team", str(EXAMPLES / "jobtitle-ladder" / "members"), "--format", "csv", "--lang", "en")
    assert r.exit_code == 0, r
    rows = [line.split(",") for line in r.stdout.lstrip("\ufeff").splitlines()]
    assert rows[0][:4] == ["id", "Name", "Role", "Unit"]
    assert rows[0][4].endswith("[customer-orientation]")
    units = {row[0]: row[3] for row in rows[1:]}
    assert units["aya-murakami"] == "tech-touch"
    assert units["makoto-hasegawa"] == "high-touch"
