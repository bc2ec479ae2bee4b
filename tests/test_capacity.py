"""Growth capacity (`team --hire N --role R`): room per skill, the yes/no answer."""

from __future__ import annotations

import json

import pytest

from conftest import EXAMPLES
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.team.capacity import capacity
from csmatrix.team.report import TeamMember

CAREER = EXAMPLES / "csm-career-path" / "members"


def _framework(roles: bool = True) -> Framework:
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
                        {"id": s, "name": s.upper(), "levels": {1: "a", 2: "b", 3: "c"}} for s in "abc"
                    ],
                }
            ],
            "roles": [
                {"id": "new", "name": "New", "targets": {"skills": {"a": 2, "b": 1}}},
                {"id": "pro", "name": "Pro", "targets": {"default": 3}},
            ]
            if roles
            else [],
        }
    )


def _member(ident: str, role: str | None, levels: dict[str, int]) -> TeamMember:
    return TeamMember(ident, LangMap(ja=ident, en=ident), role, levels)


TEAM = [
    _member("ann", "pro", {"a": 3, "b": 3, "c": 3}),
    _member("bob", "pro", {"a": 3, "b": 2, "c": 3}),  # learning b
    _member("cat", "new", {"a": 1, "b": 1}),  # learning a
    _member("dan", "new", {"a": 0, "b": 0}),  # learning a and b
]


def test_room_per_skill_and_the_answer() -> None:
    fw = _framework()
    result = capacity(fw, TEAM, 2, None, 3, 2)  # no role: the first one, "new"
    assert result.role is not None
    assert result.role.id == "new"
    rows = {s.skill: s.as_dict() for s in result.skills}
    assert rows["a"] == {
        "skill": "a",
        "target": 2,
        "mentors": ["ann", "bob"],
        "learners": ["cat", "dan"],
        "room": 2,
    }
    assert rows["b"] == {"skill": "b", "target": 1, "mentors": ["ann"], "learners": ["bob", "dan"], "room": 0}
    assert rows["c"]["target"] is None  # "new" needs no level in c: not counted
    assert result.max_hires == 0
    assert not result.can_hire
    assert result.first_to_run_out == ["b"]
    assert result.short == ["b"]  # a has room for exactly 2
    data = result.as_dict("en")
    assert data["hire"]["can_hire"] is False
    assert data["hire"]["first_to_run_out"] == ["b"]
    assert [c["skill"] for c in data["capacity"]] == ["a", "b", "c"]


def test_more_mentees_per_mentor_makes_room() -> None:
    result = capacity(_framework(), TEAM, 2, None, 3, 4)
    assert result.can_hire
    assert result.max_hires == 2  # b: 1 mentor × 4 − 2 learners
    assert result.first_to_run_out == ["b"]
    assert result.short == []


def test_an_over_subscribed_skill_has_negative_room() -> None:
    result = capacity(_framework(), TEAM, 1, _framework().role("pro"), 3, 1)
    rows = {s.skill: s.room for s in result.skills}
    assert rows["b"] == 1 * 1 - 2
    assert result.max_hires == 0
    assert rows == {"a": 0, "b": -1, "c": 2}
    assert result.short == ["b", "a"]  # fewest room first
    assert result.first_to_run_out == ["b"]


def test_without_roles_every_skill_counts_to_the_coverage_level() -> None:
    team = [_member("ann", None, {"a": 3}), _member("bob", None, {"b": 3})]
    result = capacity(_framework(roles=False), team, 1, None, 3, 2)
    assert [s.target for s in result.skills] == [3, 3, 3]
    assert result.first_to_run_out == ["c"]  # nobody holds c
    assert not result.can_hire


@pytest.mark.lang("ja")
def test_cli_yes_and_no(cli) -> None:
    yes = cli("team", CAREER, "--hire", "4", "--role", "associate-csm", "--lang", "en")
    assert yes.exit_code == 0, yes
    assert (
        "Yes: the team can take 4 newcomers as Associate CSM\n  every skill the role needs has room for 4\n"
        in yes.stdout
    )
    no = cli("team", CAREER, "--hire", "5", "--lang", "en", "-f", "json")
    assert no.exit_code == 0, no
    data = json.loads(no.stdout)
    assert data["hire"]["can_hire"] is False
    assert data["hire"]["max_hires"] == 4
    assert data["hire"]["role"] == "associate-csm"  # the first role of the ladder
    assert data["hire"]["first_to_run_out"] == ["adoption-health", "renewal-expansion", "workload-coverage"]
    for row in data["capacity"]:
        assert set(row) == {"skill", "target", "mentors", "learners", "room"}
    md = cli("team", CAREER, "--hire", "5", "-f", "md")
    answer = (
        "**いいえ: アソシエイトCSMの新メンバー5人は受け入れられません** (どのスキルにも余地があるのは4人まで)"
    )
    assert answer in md.stdout
    assert "最初に足りなくなるスキル: アダプションとヘルス管理(余地4)、契約更新・拡張(余地4)" in md.stdout


def test_cli_usage_errors(cli) -> None:
    unknown = cli("team", CAREER, "--hire", "2", "--role", "wizard")
    assert unknown.exit_code == 2, unknown
    assert "--role wizard is not a role of csm-career-path@2025" in unknown.stderr
    alone = cli("team", CAREER, "--role", "csm")
    assert alone.exit_code == 2, alone
    assert "--role goes with --hire N" in alone.stderr
    zero = cli("team", CAREER, "--hire", "0")
    assert zero.exit_code == 2, zero


def test_hire_on_the_team_without_someone(cli) -> None:
    result = cli(
        "team", CAREER, "--without", "osamu-okada", "--hire", "1", "-f", "json", "--coverage-level", "4"
    )
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert "what_if" in data
    assert all("osamu-okada" not in row["mentors"] for row in data["capacity"])
