"""What-if (`team --without`): the skills that become single points or uncovered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import EXAMPLES
from csmatrix.errors import UsageError
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.team.report import TeamMember, team_report
from csmatrix.team.whatif import pick_members, what_if

CAREER = EXAMPLES / "csm-career-path" / "members"


def _framework() -> Framework:
    return Framework.model_validate(
        {
            "schema": "csmatrix/framework@1",
            "id": "tiny",
            "version": "v1",
            "released": "2024-01-01",
            "title": "Tiny",
            "levels": [{"level": n, "name": f"L{n}"} for n in (1, 2, 3)],
            "axes": [{"id": "core", "name": "Core"}],
            "categories": [
                {
                    "id": "c",
                    "axis": "core",
                    "name": "C",
                    "skills": [
                        {"id": s, "name": s.upper(), "levels": {1: "a", 2: "b", 3: "c"}} for s in "abcd"
                    ],
                }
            ],
        }
    )


def _member(ident: str, levels: dict[str, int], path: str = "") -> TeamMember:
    return TeamMember(ident, LangMap(ja=ident, en=ident), None, levels, path)


TEAM = [
    _member("ann", {"a": 3, "b": 3, "c": 3}),
    _member("bob", {"a": 3, "b": 2, "c": 3}),
    _member("cat", {"a": 3, "b": 1, "d": 3}),
]


def _what_if(without: list[str]) -> dict[str, object]:
    fw = _framework()
    gone = pick_members(TEAM, without)
    kept = [m for m in TEAM if m not in gone]
    return what_if(team_report(fw, TEAM, 3).skills, team_report(fw, kept, 3).skills, gone).as_dict("en")


def test_without_one_member() -> None:
    # a: 3 → 2 holders (no news); b: 1 → 0 (uncovered); c: 2 → 1 (single point)
    assert _what_if(["ann"]) == {
        "without": [{"id": "ann", "name": "ann"}],
        "new_single_points": ["c"],
        "new_uncovered": ["b"],
        "changes": [
            {"skill": "a", "before": 3, "after": 2, "lost": ["ann"]},
            {"skill": "b", "before": 1, "after": 0, "lost": ["ann"]},
            {"skill": "c", "before": 2, "after": 1, "lost": ["ann"]},
        ],
    }


def test_without_two_and_a_repeat() -> None:
    data = _what_if(["ann", "bob", "ann"])
    assert [m["id"] for m in data["without"]] == ["ann", "bob"]  # type: ignore[index]
    assert data["new_single_points"] == ["a"]  # three holders down to one
    assert data["new_uncovered"] == ["b", "c"]


def test_without_someone_who_holds_nothing_alone() -> None:
    data = _what_if(["bob"])
    assert data["new_single_points"] == ["c"]
    assert data["new_uncovered"] == []


def test_everyone_gone_leaves_everything_uncovered() -> None:
    data = _what_if(["ann", "bob", "cat"])
    assert data["new_uncovered"] == ["a", "b", "c", "d"]


def test_a_member_is_named_by_file_too(tmp_path: Path) -> None:
    file = tmp_path / "ann.yaml"
    file.write_text("x", encoding="utf-8")
    team = [_member("ann", {}, str(file)), _member("bob", {})]
    assert [m.id for m in pick_members(team, [str(file)])] == ["ann"]
    with pytest.raises(UsageError, match="--without zed"):
        pick_members(team, ["zed"])


@pytest.mark.lang("ja")
def test_cli_json_table_and_md(cli) -> None:
    json_run = cli("team", CAREER, "--without", "osamu-okada", "--coverage-level", "4", "-f", "json")
    assert json_run.exit_code == 0, json_run
    data = json.loads(json_run.stdout)
    assert "osamu-okada" not in {m["id"] for m in data["members"]}
    plan = data["what_if"]
    assert plan["without"] == [{"id": "osamu-okada", "name": "岡田 修"}]
    assert plan["new_uncovered"] == ["customer-relationships", "workload-coverage", "reports-dashboards"]
    assert plan["new_single_points"] == ["knowledge-depth", "problem-solving", "renewal-expansion"]
    table = cli("team", CAREER, "--without", "osamu-okada", "--coverage-level", "4", "--lang", "en")
    assert table.exit_code == 0, table
    assert "What if 岡田 修 left" in table.stdout
    assert "  Depth of knowledge\n    left with 吉村 さやか 4\n    loses 岡田 修\n" in table.stdout
    md = cli(
        "team", CAREER, "--without", str(CAREER / "osamu-okada.yaml"), "--coverage-level", "4", "-f", "md"
    )
    assert md.exit_code == 0, md
    assert "## もし岡田 修がいなかったら" in md.stdout
    assert "### 新たに未カバーになるスキル" in md.stdout


def test_cli_unknown_member_is_a_usage_error(cli) -> None:
    result = cli("team", CAREER, "--without", "nobody")
    assert result.exit_code == 2, result
    assert "--without nobody: no member of this team has that id or file" in result.stderr
    assert "naoki-hirano" in result.stderr


def test_hostile_names_are_escaped_in_markdown(cli, tmp_path: Path) -> None:
    fw = (EXAMPLES.parent / "frameworks" / "csm-career-path" / "2025.yaml").resolve()
    for ident, name, level in (("a", "<script>x|y</script>", 4), ("b", "Bob", 4)):
        (tmp_path / f"{ident}.yaml").write_text(
            f"schema: csmatrix/member@1\nid: {ident}\nname: '{name}'\nframework: {fw}\n"
            f"assessments:\n  - date: 2026-01-01\n    by: lead\n    levels: {{knowledge-depth: {level}}}\n",
            encoding="utf-8",
        )
    result = cli("team", tmp_path, "--without", "a", "-f", "md", "--coverage-level", "4")
    assert result.exit_code == 0, result
    assert "<script>" not in result.stdout
    assert "&lt;script&gt;x&#124;y&lt;/script&gt;" in result.stdout
