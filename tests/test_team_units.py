"""`team --by unit`: coverage counted inside each unit (the team inside the team).

A small team written here on a framework written here (skills a, b, c; coverage at level 2):

    member  unit        a  b  c
    hana    high-touch  3  2  -
    ken     high-touch  1  3  -
    mio     tech-touch  2  1  3
    sota    tech-touch  3  -  -
    yui     (none)      1  -  -

Team-wide: a is held by 3 (no single point), b by 2, c by 1 (mio).  Inside high-touch
a is a single point (hana) and c is uncovered; inside tech-touch b is uncovered.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

FRAMEWORK = """\
schema: csmatrix/framework@1
id: units
version: "1"
released: 2024-01-01
title: Units
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
      - {id: a, name: {ja: 企画, en: Planning}, levels: {1: a1, 2: a2, 3: a3}}
      - {id: b, name: {ja: 分析, en: Analysis}, levels: {1: b1, 2: b2, 3: b3}}
      - {id: c, name: {ja: 設定, en: Setup}, levels: {1: c1, 2: c2, 3: c3}}
roles:
  - {id: member, name: Member, targets: {default: 2}}
"""

TEAM = {
    "hana": ("high-touch", {"a": 3, "b": 2}),
    "ken": ("high-touch", {"a": 1, "b": 3}),
    "mio": ("tech-touch", {"a": 2, "b": 1, "c": 3}),
    "sota": ("tech-touch", {"a": 3}),
    "yui": (None, {"a": 1}),
}


@pytest.fixture
def team(write, tmp_path: Path) -> Path:
    write("frameworks/units/1.yaml", FRAMEWORK)
    for ident, (unit, levels) in TEAM.items():
        rated = "".join(f"      {k}: {v}\n" for k, v in levels.items())
        write(
            f"team/{ident}.yaml",
            "schema: csmatrix/member@1\n"
            f"name: {ident.title()}\n"
            "framework: ../frameworks/units/1.yaml\n"
            "role: member\n"
            + (f"unit: {unit}\n" if unit else "")
            + "assessments:\n  - date: 2024-02-01\n    by: lead\n    levels:\n"
            + rated,
        )
    return tmp_path / "team"


def run_json(cli, team: Path, *extra: str) -> dict:
    result = cli("team", str(team), "--coverage-level", "2", "--format", "json", *extra)
    assert result.exit_code == 0, result
    return json.loads(result.stdout)


def test_units_section_only_with_by_unit(cli, team: Path) -> None:
    plain = run_json(cli, team)
    assert "units" not in plain
    assert plain["single_points"] == ["c"]
    assert {m["id"]: m["unit"] for m in plain["members"]} == {
        "hana": "high-touch",
        "ken": "high-touch",
        "mio": "tech-touch",
        "sota": "tech-touch",
        "yui": None,
    }


def test_a_single_point_inside_a_unit_shows_though_the_team_has_more(cli, team: Path) -> None:
    data = run_json(cli, team, "--by", "unit")
    assert data["single_points"] == ["c"]  # team-wide view unchanged
    units = {u["unit"]: u for u in data["units"]}
    assert list(units) == ["high-touch", "tech-touch", None]
    high = units["high-touch"]
    assert high["members"] == ["hana", "ken"]
    assert high["single_points"] == ["a"]
    assert high["uncovered"] == ["c"]
    assert [s["id"] for s in high["skills"]] == ["a", "b", "c"]
    assert high["skills"][0] == {"id": "a", "coverage": 1, "holders": [{"id": "hana", "level": 3}]}
    assert high["skills"][1]["holders"] == [{"id": "ken", "level": 3}, {"id": "hana", "level": 2}]
    tech = units["tech-touch"]
    assert tech["single_points"] == ["c"]
    assert tech["uncovered"] == ["b"]
    assert tech["skills"][0]["holders"] == [{"id": "sota", "level": 3}, {"id": "mio", "level": 2}]
    none = units[None]
    assert none["members"] == ["yui"]
    assert none["uncovered"] == ["a", "b", "c"]


def test_table_shows_each_unit(cli, team: Path) -> None:
    result = cli("team", str(team), "--coverage-level", "2", "--by", "unit", "--lang", "en", "--mentors")
    assert result.exit_code == 0, result
    out = result.stdout
    section = out[out.index("Coverage per unit") : out.index("Mentors")]
    assert section.splitlines() == [
        "Coverage per unit",
        "■ high-touch (2 members)",
        "  single point  Planning [a] ← Hana 3 · 3 in the team",
        "  uncovered  Setup [c] · 1 in the team",
        "■ tech-touch (2 members)",
        "  single point  Setup [c] ← Mio 3 · 1 in the team",
        "  uncovered  Analysis [b] · 2 in the team",
        "■ (no unit) (1 member)",
        "  uncovered  Planning [a] · 3 in the team",
        "  uncovered  Analysis [b] · 2 in the team",
        "  uncovered  Setup [c] · 1 in the team",
        "",
    ]
    assert "Coverage per unit" not in cli("team", str(team), "--lang", "en").stdout


@pytest.mark.lang("ja")
def test_markdown_shows_each_unit(cli, team: Path) -> None:
    result = cli("team", str(team), "--coverage-level", "2", "--by", "unit", "--format", "md")
    assert result.exit_code == 0, result
    out = result.stdout
    assert "## ユニット別カバー" in out
    assert "### high-touch(2人)" in out
    assert "- 属人化 企画 (`a`): Hana 3 · チーム全体で3人" in out
    assert "- 未カバー 設定 (`c`) · チーム全体で1人" in out
    assert "### (ユニットなし)(1人)" in out


def test_unknown_by_is_a_usage_error(cli, team: Path) -> None:
    assert cli("team", str(team), "--by", "role").exit_code == 2
