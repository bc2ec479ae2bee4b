"""The rotation plan: optimal against brute force, its semantics on small teams, the CLI."""

from __future__ import annotations

import itertools
import json
import random
import time
from collections.abc import Mapping, Sequence

import pytest

from conftest import EXAMPLES
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.team.report import TeamMember
from csmatrix.team.rotate import Rotation, optimal_rotations, rotation_plan

Levels = Mapping[str, Mapping[str, int]]


def brute_force(levels: Levels, skills: Sequence[str], c: int, k: int) -> list[Rotation]:
    """Every plan tried; the best by the documented order, written out independently."""
    members = sorted(levels)
    holders = {s: [m for m in members if levels[m].get(s, 0) >= c] for s in skills}
    single = sorted(s for s in set(skills) if len(holders[s]) == 1)
    options = [[None, *[m for m in members if levels[m].get(s, 0) < c]] for s in single]
    best_key = None
    best: list[Rotation] = []
    for choice in itertools.product(*options):
        chosen = [(s, m) for s, m in zip(single, choice, strict=True) if m is not None]
        learners = [m for _, m in chosen]
        if len(set(learners)) != len(learners):
            continue
        load: dict[str, int] = {}
        for s, _ in chosen:
            load[holders[s][0]] = load.get(holders[s][0], 0) + 1
        if any(v > k for v in load.values()):
            continue
        after = sum(1 for s in skills if len(holders[s]) + sum(1 for x, _ in chosen if x == s) <= 1)
        increase = sum(c - levels[m].get(s, 0) for s, m in chosen)
        key = (after, increase, tuple(s for s, _ in chosen), tuple(m for _, m in chosen))
        if best_key is None or key < best_key:
            best_key = key
            best = [Rotation(m, s, holders[s][0], levels[m].get(s, 0), c) for s, m in chosen]
    return best


def random_team(rng: random.Random, people: int, skills: int, top: int = 4) -> dict[str, dict[str, int]]:
    return {
        f"m{i:02d}": {f"s{j}": rng.choice([0, *range(1, top + 1)]) for j in range(skills)}
        for i in rng.sample(range(100), people)
    }


@pytest.mark.parametrize("seed", range(400))
def test_the_plan_is_the_brute_force_optimum(seed: int) -> None:
    rng = random.Random(seed)
    people, count = rng.randint(1, 6), rng.randint(1, 5)
    # sparse high levels, so that single points are common
    levels = {
        f"m{i}": {f"s{j}": rng.choice([0, 1, 1, 2, 2, 3, 3, 4]) for j in range(count)}
        for i in rng.sample(range(20), people)
    }
    skills = [f"s{j}" for j in range(count)]
    c, k = rng.choice([2, 3, 4]), rng.choice([1, 1, 2, 3])
    assert optimal_rotations(levels, skills, c, k) == brute_force(levels, skills, c, k), (levels, c, k)


def test_the_obvious_cases() -> None:
    levels = {
        "ann": {"a": 3, "b": 3},  # holds both: the only mentor
        "bob": {"a": 2, "b": 1},
        "cat": {"a": 1, "b": 2},
    }
    # one level below is preferred: bob learns a, cat learns b
    plan = optimal_rotations(levels, ["a", "b"], 3, 2)
    assert plan == [Rotation("bob", "a", "ann", 2, 3), Rotation("cat", "b", "ann", 2, 3)]
    # ann may take one learner only: the first skill by id is fixed, by the closest learner
    assert optimal_rotations(levels, ["a", "b"], 3, 1) == [Rotation("bob", "a", "ann", 2, 3)]
    # a single learner can take one skill at a time
    one = {"ann": {"a": 3, "b": 3}, "bob": {"a": 2, "b": 2}}
    assert optimal_rotations(one, ["a", "b"], 3, 2) == [Rotation("bob", "a", "ann", 2, 3)]


def test_fixing_more_skills_beats_the_cheaper_plan() -> None:
    # bob is closest on both; a greedy "closest first" gives bob a and leaves b single
    levels = {"ann": {"a": 3, "b": 3}, "bob": {"a": 2, "b": 2}, "cat": {"a": 0, "b": 1}}
    plan = optimal_rotations(levels, ["a", "b"], 3, 2)
    assert {(r.member, r.skill) for r in plan} == {("bob", "a"), ("cat", "b")}
    assert sum(r.to_level - r.from_level for r in plan) == 3  # 1 + 2 beats bob→b + cat→a (1 + 3)


def _framework(skills: list[str], top: int = 4) -> Framework:
    return Framework.model_validate(
        {
            "schema": "csmatrix/framework@1",
            "id": "tiny",
            "version": "v1",
            "released": "2024-01-01",
            "title": {"ja": "小", "en": "Tiny"},
            "levels": [{"level": n, "name": f"L{n}"} for n in range(1, top + 1)],
            "axes": [{"id": "core", "name": "Core"}],
            "categories": [
                {
                    "id": "c",
                    "axis": "core",
                    "name": "C",
                    "skills": [
                        {"id": s, "name": s.upper(), "levels": {n: f"{s} {n}" for n in range(1, top + 1)}}
                        for s in skills
                    ],
                }
            ],
            "roles": [{"id": "junior", "name": "Junior", "targets": {"default": 2}}],
        }
    )


def _members(levels: Levels) -> list[TeamMember]:
    return [
        TeamMember(m, LangMap(ja=m.title(), en=m.title()), "junior", dict(own)) for m, own in levels.items()
    ]


def test_uncovered_stays_uncovered_and_names_the_closest() -> None:
    fw = _framework(["a", "b", "c"])
    levels = {"ann": {"a": 3, "b": 3}, "bob": {"a": 2, "b": 1, "c": 2}, "cat": {"c": 1}}
    plan = rotation_plan(fw, _members(levels), 3, max_mentees=1)
    assert plan.before_single_points == ["a", "b"]
    assert plan.before_uncovered == ["c"]
    assert [r.as_dict() for r in plan.rotations] == [
        {"member": "bob", "skill": "a", "mentor": "ann", "from": 2, "to": 3}
    ]
    assert plan.after_single_points == ["b"]
    assert plan.after_uncovered == ["c"]
    left = {item.skill: item.as_dict() for item in plan.left}
    assert left["b"]["reason"] == "mentor_full"
    assert left["c"] == {
        "skill": "c",
        "reason": "no_holder",
        "holder": None,
        "closest": [{"id": "bob", "level": 2}, {"id": "cat", "level": 1}],
    }
    data = plan.as_dict("en")
    assert data["before"] == {"single_points": ["a", "b"], "uncovered": ["c"]}
    assert data["after"] == {"single_points": ["b"], "uncovered": ["c"]}
    assert data["level_increase"] == 1


def test_no_free_learner_and_a_team_of_one() -> None:
    fw = _framework(["a", "b"])
    plan = rotation_plan(fw, _members({"ann": {"a": 3, "b": 3}, "bob": {"a": 2, "b": 2}}), 3)
    assert [item.reason for item in plan.left] == ["no_free_learner"]
    alone = rotation_plan(fw, _members({"ann": {"a": 3}}), 3)
    assert alone.rotations == []
    assert alone.after_single_points == ["a"]
    assert alone.after_uncovered == ["b"]


def test_fifty_members_thirty_single_points_is_fast() -> None:
    rng = random.Random(7)
    skills = [f"s{j:02d}" for j in range(30)]
    # six seniors hold five skills each alone; 44 others sit below the coverage level
    levels: dict[str, dict[str, int]] = {}
    for i in range(6):
        levels[f"senior-{i}"] = {s: (4 if j // 5 == i else rng.randint(0, 3)) for j, s in enumerate(skills)}
    for i in range(44):
        levels[f"member-{i:02d}"] = {s: rng.randint(0, 3) for s in skills}
    start = time.perf_counter()
    plan = optimal_rotations(levels, skills, 4, 2)
    elapsed = time.perf_counter() - start
    assert len(plan) == 12  # six mentors × two learners each: the most any plan can fix
    assert len({r.member for r in plan}) == 12
    assert all(r.from_level == 3 for r in plan)  # enough members one below on every skill
    assert elapsed < 5, elapsed


CAREER = EXAMPLES / "csm-career-path" / "members"


def test_rotate_cli_json_on_the_career_path_team(cli) -> None:
    result = cli("rotate", CAREER, "--coverage-level", "4", "--format", "json", "--lang", "en")
    assert result.exit_code == 0, result
    data = json.loads(result.stdout)
    assert set(data) >= {"rotations", "before", "after", "coverage_level", "max_mentees", "left"}
    assert data["coverage_level"] == 4
    for rotation in data["rotations"]:
        assert set(rotation) == {"member", "skill", "mentor", "from", "to"}
        assert rotation["to"] == 4
    fixed = {r["skill"] for r in data["rotations"]}
    assert fixed == set(data["before"]["single_points"]) - set(data["after"]["single_points"])


def test_rotate_cli_table_and_md(cli) -> None:
    table = cli("rotate", CAREER, "--coverage-level", "4", "--lang", "en")
    assert table.exit_code == 0, table
    assert "Rotation plan" in table.stdout
    md = cli("rotate", CAREER, "--coverage-level", "4", "--format", "md", "--lang", "en")
    assert md.exit_code == 0, md
    assert md.stdout.startswith("# Rotation plan")


def test_rotate_cli_refuses_a_level_outside_the_scale(cli) -> None:
    result = cli("rotate", CAREER, "--coverage-level", "9")
    assert result.exit_code == 2, result
    assert "--coverage-level 9" in result.stderr


def test_rotate_help_example_runs(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    monkeypatch.chdir(EXAMPLES.parent)
    help_text = cli("rotate", "--help", columns=200).stdout
    example = re.search(r"Example: csmatrix (rotate [^\n]+)", help_text)
    assert example, help_text
    result = cli(*example.group(1).strip(" │").split())
    assert result.exit_code == 0, result


def test_every_format_has_a_renderer() -> None:
    from csmatrix.commands.rotate import RENDERERS, RotateFormat

    assert set(RENDERERS) == set(RotateFormat)


def test_more_room_per_mentor_fixes_the_last_single_point(cli) -> None:
    two = json.loads(cli("rotate", CAREER, "--coverage-level", "4", "-f", "json").stdout)
    three = json.loads(
        cli("rotate", CAREER, "--coverage-level", "4", "--max-mentees", "3", "-f", "json").stdout
    )
    assert len(two["after"]["single_points"]) == 1
    assert two["left"] == [
        {"skill": "workload-coverage", "reason": "mentor_full", "holder": "osamu-okada", "closest": []}
    ]
    assert three["after"] == {"single_points": [], "uncovered": []}
    assert len(three["rotations"]) == len(two["rotations"]) + 1


def test_hostile_names_in_the_plan_are_escaped(cli, tmp_path) -> None:
    fw = (EXAMPLES.parent / "frameworks" / "csm-career-path" / "2025.yaml").resolve()
    for ident, name, level in (("a", "<b>x|y</b>", 4), ("b", "[red]Bob[/red]", 3)):
        (tmp_path / f"{ident}.yaml").write_text(
            f'schema: csmatrix/member@1\nid: {ident}\nname: "{name}"\nframework: {fw}\n'
            f"assessments:\n  - date: 2026-01-01\n    by: lead\n    levels: {{knowledge-depth: {level}}}\n",
            encoding="utf-8",
        )
    md = cli("rotate", tmp_path, "--coverage-level", "4", "-f", "md")
    assert md.exit_code == 0, md
    assert "&lt;b&gt;x&#124;y&lt;/b&gt;" in md.stdout
    assert "<b>" not in md.stdout
    table = cli("rotate", tmp_path, "--coverage-level", "4")
    assert table.exit_code == 0, table
    assert "[red]Bob[/red]" in table.stdout  # printed as written, never read as markup


def test_keep_going_plans_for_the_valid_members(cli, tmp_path) -> None:
    import shutil

    for file in CAREER.glob("*.yaml"):
        shutil.copy(file, tmp_path / file.name)
    (tmp_path / "broken.yaml").write_text("schema: csmatrix/member@1\nid: [\n", encoding="utf-8")
    stopped = cli("rotate", tmp_path)
    assert stopped.exit_code == 1, stopped
    assert stopped.stdout == ""
    assert "broken.yaml:" in stopped.stderr
    going = cli("rotate", tmp_path, "--keep-going", "-f", "json")
    assert going.exit_code == 1, going
    assert json.loads(going.stdout)["coverage_level"] == 3


@pytest.mark.parametrize("seed", range(30))
def test_every_plan_keeps_the_rules_on_bigger_teams(seed: int) -> None:
    rng = random.Random(1000 + seed)
    levels = random_team(rng, rng.randint(5, 25), rng.randint(3, 15))
    skills = sorted({s for own in levels.values() for s in own})
    c, k = rng.choice([3, 4]), rng.choice([1, 2, 3])
    plan = optimal_rotations(levels, skills, c, k)
    assert len({r.member for r in plan}) == len(plan)  # one skill per learner
    assert len({r.skill for r in plan}) == len(plan)  # one learner is enough per skill
    for r in plan:
        holders = [m for m in levels if levels[m][r.skill] >= c]
        assert holders == [r.mentor]  # the one holder mentors
        assert r.from_level == levels[r.member][r.skill] < c == r.to_level
    for mentor in {r.mentor for r in plan}:
        assert sum(1 for r in plan if r.mentor == mentor) <= k
    assert optimal_rotations(levels, skills, c, 0) == []
