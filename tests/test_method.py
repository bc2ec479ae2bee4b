"""How a rating was obtained: an assessment's ``method`` and ``assessor_org``, and a role's
``requires_method`` (only ratings obtained that way count toward the role's readiness).

The framework is written here: skills ``a`` and ``b`` (levels 1-3); role ``associate`` (default
target 2, any method counts) and role ``manager`` (default target 3, only examination counts).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from csmatrix.models.framework import Framework
from csmatrix.models.member import METHODS, Member
from csmatrix.scoring.gaps import score

FRAMEWORK = """\
schema: csmatrix/framework@1
id: ladder
version: "1"
released: 2024-01-01
title: Ladder
levels:
  - {level: 1, name: L1}
  - {level: 2, name: L2}
  - {level: 3, name: L3}
axes: [{id: x, name: X}]
categories:
  - id: c
    axis: x
    name: C
    skills:
      - {id: a, name: {ja: 顧客志向, en: Customer focus}, levels: {1: a1, 2: a2, 3: a3}}
      - {id: b, name: {ja: 実行力, en: Execution}, levels: {1: b1, 2: b2, 3: b3}}
roles:
  - id: associate
    name: Associate
    targets: {default: 2}
  - id: manager
    name: {ja: マネージャー, en: Manager}
    targets: {default: 3}
    requires_method: [examination]
"""

MEMBER = """\
schema: csmatrix/member@1
id: ken
name: 健
framework: ../frameworks/ladder/1.yaml
role: {role}
unit: high-touch
assessments:
  - date: 2024-03-01
    by: 外部コンサル 森
    assessor_org: 外部コンサル
    method: examination
    levels: {{a: 2, b: 3}}
  - date: 2024-06-01
    by: 上長 田中
    method: observation
    levels: {{a: 3}}
"""


def framework_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(FRAMEWORK)
    return data


def fw() -> Framework:
    return Framework.model_validate(framework_data())


def member(role: str = "manager", **extra: Any) -> Member:
    data: dict[str, Any] = {
        "schema": "csmatrix/member@1",
        "name": "健",
        "framework": "ladder@1",
        "role": role,
        "assessments": [
            {
                "date": "2024-03-01",
                "by": "外部コンサル 森",
                "method": "examination",
                "assessor_org": "外部コンサル",
                "levels": {"a": 2, "b": 3},
            },
            {"date": "2024-06-01", "by": "上長 田中", "method": "observation", "levels": {"a": 3}},
        ],
        **extra,
    }
    return Member.model_validate(data)


@pytest.fixture
def files(write) -> Path:
    write("frameworks/ladder/1.yaml", FRAMEWORK)
    return write("members/ken.yaml", MEMBER.format(role="manager"))


def test_without_a_method_rule_the_current_rating_counts() -> None:
    report = score(member("associate"), fw())
    assert report.overall.readiness == 1.0
    assert [s.current for s in report.skills] == [3, 3]
    assert report.as_dict()["not_counted"] == []


def test_only_examined_ratings_count_toward_a_role_that_requires_examination() -> None:
    report = score(member("manager"), fw())
    # a: current 3 by observation, examined 2 -> not met; b: examined 3 -> met
    assert [s.current for s in report.skills] == [3, 3]
    assert [s.ready_level for s in report.skills] == [2, 3]
    assert report.overall.readiness == 0.5
    assert (report.overall.met, report.overall.targeted) == (1, 2)
    assert report.categories[0].readiness == 0.5
    # the gap stays SPEC's target - current; the method rule only touches readiness
    assert [s.gap for s in report.skills] == [0, 0]


def test_the_report_says_why_a_rating_does_not_count() -> None:
    data = score(member("manager"), fw()).as_dict("en")
    assert data["requires_method"] == ["examination"]
    assert data["not_counted"] == [
        {
            "id": "a",
            "current": 3,
            "method": "observation",
            "rated_on": "2024-06-01",
            "rated_by": "上長 田中",
            "counted": 2,
            "counted_method": "examination",
            "counted_on": "2024-03-01",
            "target": 3,
        }
    ]


def test_no_examined_rating_counts_as_zero() -> None:
    only_observed = Member.model_validate(
        {
            "schema": "csmatrix/member@1",
            "name": "x",
            "framework": "ladder@1",
            "role": "manager",
            "assessments": [{"date": "2024-01-01", "by": "boss", "levels": {"a": 3, "b": 3}}],
        }
    )
    report = score(only_observed, fw())
    assert report.overall.readiness == 0.0
    assert [s.counted for s in report.skills] == [0, 0]
    assert [e["counted_on"] for e in report.as_dict()["not_counted"]] == [None, None]


def test_a_later_rating_of_another_method_does_not_undo_an_examination() -> None:
    """The latest examination counts even when a later self-assessment is lower."""
    m = member(
        "manager",
        assessments=[
            {"date": "2024-03-01", "by": "ext", "method": "examination", "levels": {"a": 3, "b": 3}},
            {"date": "2024-04-01", "by": "self", "method": "self-assessment", "levels": {"a": 1}},
        ],
    )
    report = score(m, fw())
    assert report.skills[0].current == 1
    assert report.skills[0].ready_level == 3
    assert report.overall.readiness == 1.0


def test_method_vocabulary_is_fixed(write) -> None:
    assert METHODS == (
        "examination",
        "written-test",
        "observation",
        "interview",
        "peer-review",
        "self-assessment",
    )
    with pytest.raises(ValidationError):
        member(assessments=[{"date": "2024-01-01", "by": "x", "method": "roleplay", "levels": {"a": 1}}])
    data = framework_data()
    data["roles"][1]["requires_method"] = ["exam"]
    with pytest.raises(ValidationError):
        Framework.model_validate(data)


def test_unknown_method_in_a_file_is_a_located_error(cli, write) -> None:
    write("frameworks/ladder/1.yaml", FRAMEWORK)
    path = write(
        "members/bad.yaml", MEMBER.format(role="manager").replace("method: observation", "method: roleplay")
    )
    result = cli("validate", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:15:13: error:" in result.stderr, result
    bad_role = write("frameworks/bad/1.yaml", FRAMEWORK.replace("[examination]", "[exam]"))
    result = cli("validate", str(bad_role))
    assert result.exit_code == 1, result
    assert f"{bad_role}:25:23: error:" in result.stderr, result


def test_assess_json_has_a_method_per_skill(cli, files: Path) -> None:
    result = cli("assess", str(files), "--format", "json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    skills = {s["id"]: s for s in data["skills"]}
    assert skills["a"]["method"] == "observation"
    assert skills["a"]["assessor_org"] is None
    assert skills["b"]["method"] == "examination"
    assert skills["b"]["assessor_org"] == "外部コンサル"
    assert data["overall"]["readiness"] == 0.5
    assert [e["id"] for e in data["not_counted"]] == ["a"]


@pytest.mark.lang("ja")
def test_assess_table_shows_the_method_and_why(cli, files: Path) -> None:
    result = cli("assess", str(files), "--lang", "en", columns=160)
    assert result.exit_code == 0, result
    out = result.stdout
    assert "Method" in out
    assert "examination (外部コンサル)" in out
    assert "Ratings not counted toward readiness (this role counts only examination)" in out
    assert "now 3 (observation, 2024-06-01) is not counted · counted: 2 (examination, 2024-03-01)" in out
    assert "1/2 50%" in out
    assert "Every skill with a target has reached it, but 1 not by a method this role counts" in out
    ja = cli("assess", str(files)).stdout
    assert "評価方法" in ja
    assert "試験(外部コンサル)" in ja
    assert "このロールは試験による評価のみ数える" in ja


def test_assess_markdown_shows_the_method_and_why(cli, files: Path) -> None:
    result = cli("assess", str(files), "--format", "md", "--lang", "en")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "| Skill | Now | Target | Gap | Next | Method | Notes |" in out
    assert "| Execution | 3 | 3 | 0 |  | examination (外部コンサル) |" in out
    assert "## Ratings not counted toward readiness (this role counts only examination)" in out
    assert "- **Customer focus**: now 3 (observation, 2024-06-01) is not counted" in out


def test_no_method_column_when_no_rating_says_how(cli, write) -> None:
    write("frameworks/ladder/1.yaml", FRAMEWORK)
    plain = MEMBER.format(role="associate")
    for line in (
        "    assessor_org: 外部コンサル\n",
        "    method: examination\n",
        "    method: observation\n",
    ):
        plain = plain.replace(line, "")
    path = write("members/plain.yaml", plain)
    result = cli("assess", str(path), "--lang", "en")
    assert result.exit_code == 0, result
    assert "Method" not in result.stdout
    md = cli("assess", str(path), "--format", "md", "--lang", "en").stdout
    assert "| Skill | Now | Target | Gap | Next | Notes |" in md


def test_not_counted_lists_only_skills_the_rule_decides() -> None:
    """b is below target by every rating: its gap says so; it is not a method question."""
    m = member(
        "manager",
        assessments=[
            {"date": "2024-03-01", "by": "ext", "method": "examination", "levels": {"a": 2, "b": 1}},
            {"date": "2024-06-01", "by": "boss", "method": "observation", "levels": {"a": 3, "b": 2}},
        ],
    )
    data = score(m, fw()).as_dict()
    assert [e["id"] for e in data["not_counted"]] == ["a"]
    assert data["overall"]["readiness"] == 0.0


def test_team_readiness_counts_only_examined_ratings_for_such_a_role(cli, files: Path, write) -> None:
    """ken is an associate: his own role counts every rating, the next one (manager) only examined."""
    write("members/ken.yaml", MEMBER.format(role="associate"))
    result = cli("team", str(files.parent), "--format", "json")
    assert result.exit_code == 0, result
    (row,) = json.loads(result.stdout)["members"]
    assert row["readiness"] == 1.0
    assert row["next_role"] == "manager"
    assert row["next_role_readiness"] == 0.5
    assess = json.loads(cli("assess", str(files), "--role", "manager", "--format", "json").stdout)
    assert assess["overall"]["readiness"] == row["next_role_readiness"]


def test_migrate_keeps_method_assessor_org_and_unit(cli, files: Path, write) -> None:
    write(
        "frameworks/ladder/2.yaml",
        FRAMEWORK.replace('version: "1"', 'version: "2"\nsupersedes: "1"'),
    )
    result = cli("migrate", str(files), "--to", "frameworks/ladder/2.yaml")
    assert result.exit_code == 0, result
    out = yaml.safe_load(result.stdout)
    assert out["unit"] == "high-touch"
    first, second = out["assessments"]
    assert (first["method"], first["assessor_org"]) == ("examination", "外部コンサル")
    assert second["method"] == "observation"
    assert "assessor_org" not in second


def test_diff_says_a_method_requirement_is_a_major_change(cli, write) -> None:
    old = write("old.yaml", FRAMEWORK.replace("    requires_method: [examination]\n", ""))
    new = write("new.yaml", FRAMEWORK)
    result = cli("diff", str(old), str(new), "--format", "json")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert data["bump"]["level"] == "major", data
    assert [(r["code"], r["items"]) for r in data["bump"]["reasons"]] == [
        ("method-stricter", ["role manager"])
    ]
    back = json.loads(cli("diff", str(new), str(old), "--format", "json").stdout)
    assert back["bump"]["level"] == "minor"
    assert [r["code"] for r in back["bump"]["reasons"]] == ["method-looser"]
    looser = write("looser.yaml", FRAMEWORK.replace("[examination]", "[examination, written-test]"))
    assert (
        json.loads(cli("diff", str(new), str(looser), "--format", "json").stdout)["bump"]["level"] == "minor"
    )


def test_textconv_shows_the_method_requirement(cli, write) -> None:
    result = cli("textconv", str(write("fw.yaml", FRAMEWORK)))
    assert result.exit_code == 0, result
    assert "role manager requires method examination" in result.stdout.splitlines()


def test_team_carries_the_method_of_a_member_on_an_older_version(cli, files: Path, write) -> None:
    write("frameworks/ladder/2.yaml", FRAMEWORK.replace('version: "1"', 'version: "2"\nsupersedes: "1"'))
    write(
        "members/newer.yaml",
        MEMBER.format(role="associate")
        .replace("id: ken", "id: newer")
        .replace("ladder/1.yaml", "ladder/2.yaml"),
    )
    write("members/ken.yaml", MEMBER.format(role="associate"))
    result = cli("team", str(files.parent), "--format", "json", "--by", "unit")
    assert result.exit_code == 0, result
    rows = {m["id"]: m for m in json.loads(result.stdout)["members"]}
    assert rows["ken"]["migrated_from"] == "ladder@1"
    assert rows["ken"]["unit"] == "high-touch"
    assert rows["ken"]["next_role_readiness"] == rows["newer"]["next_role_readiness"] == 0.5


def test_show_names_the_method_a_role_requires(cli, write) -> None:
    path = write("fw.yaml", FRAMEWORK)
    data = json.loads(cli("show", str(path), "--format", "json").stdout)
    assert [r["requires_method"] for r in data["roles"]] == [[], ["examination"]]
    md = cli("show", str(path), "--format", "md").stdout
    assert "(`manager`) (requires_method: examination)" in md
