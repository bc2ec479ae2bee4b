"""The team view's rules on a tiny team: coverage, single points, mentors, readiness, lineage."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csmatrix.files.store import Store
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import current_levels, score
from csmatrix.team.gather import gather, latest_levels
from csmatrix.team.report import TeamMember, team_report
from csmatrix.versions.lineage import step


def _skill(ident: str, replaces: str = "") -> str:
    extra = f"\n        replaces: [{replaces}]" if replaces else ""
    return (
        textwrap.indent(
            textwrap.dedent(
                f"""\
            - id: {ident}
              name: {{ja: スキル{ident}, en: Skill {ident}}}
              levels: {{1: 初歩, 2: 実務, 3: 指導}}"""
            ),
            "      ",
        )
        + extra
    )


def tiny(
    version: str,
    skills: dict[str, list[str]],
    supersedes: str = "",
    family: str = "tiny",
    mid: str = "s2: 3, s3: 3",
) -> str:
    """A framework with a 3-level scale, one axis, three roles (junior → mid → senior)."""
    categories = []
    for category, ids in skills.items():
        body = "\n".join(_skill(*s.split(":")) for s in ids)
        categories.append(
            f"  - id: {category}\n    axis: core\n    name: 分類{category}\n    skills:\n{body}"
        )
    return (
        "schema: csmatrix/framework@1\n"
        f"id: {family}\nversion: {version}\nreleased: 2024-01-01\n"
        + (f"supersedes: {supersedes}\n" if supersedes else "")
        + "title: {ja: 小さな枠組み, en: Tiny framework}\n"
        "levels:\n"
        "  - {level: 1, name: {ja: 初級, en: Novice}}\n"
        "  - {level: 2, name: {ja: 中級, en: Practitioner}}\n"
        "  - {level: 3, name: {ja: 上級, en: Expert}}\n"
        "axes:\n  - {id: core, name: {ja: 基本, en: Core}}\n"
        "categories:\n" + "\n".join(categories) + "\n"
        "roles:\n"
        "  - {id: junior, name: {ja: ジュニア, en: Junior}, targets: {default: 2}}\n"
        "  - {id: mid, name: {ja: ミドル, en: Mid}, targets: {default: 2, skills: {" + mid + "}}}\n"
        "  - {id: senior, name: {ja: シニア, en: Senior}, targets: {default: 3}}\n"
    )


TINY_V1 = tiny("v1", {"c1": ["s1", "s2"], "c2": ["old-x", "old-y", "gone"]}, mid="s2: 3")
TINY_V2 = tiny("v2", {"c1": ["s1", "s2"], "c2": ["s3:old-x, old-y", "s4"]}, supersedes="v1")

# who has what (0 = unrated), by role
TEAM = {
    "ann": ("junior", {"s1": 3, "s2": 1}),
    "bob": ("mid", {"s1": 3, "s2": 3, "s3": 2, "s4": 2}),
    "cat": ("senior", {"s1": 2, "s2": 3, "s3": 3, "s4": 2}),
    "dan": ("junior", {"s1": 1, "s2": 2, "s3": 1, "s4": 2}),
    "eve": (None, {"s1": 2, "s3": 1, "s4": 1}),
}


def member_yaml(ident: str, role: str | None, levels: dict[str, int], framework: str = "tiny@v2") -> str:
    lines = [
        "schema: csmatrix/member@1",
        f"id: {ident}",
        f"name: {{ja: 社員{ident}, en: Staff {ident}}}",
        f"framework: {framework}",
    ]
    if role:
        lines.append(f"role: {role}")
    lines += ["assessments:", "  - date: 2024-03-01", "    by: self", "    levels:"]
    lines += [f"      {skill}: {level}" for skill, level in levels.items()]
    return "\n".join(lines) + "\n"


def load(text: str, label: str = "tiny.yaml") -> Framework:
    return Store().framework_text(text, label).unwrap()


@pytest.fixture
def fw() -> Framework:
    return load(TINY_V2)


def members() -> list[TeamMember]:
    return [
        TeamMember(i, LangMap(ja=f"社員{i}", en=f"Staff {i}"), role, levels)
        for i, (role, levels) in TEAM.items()
    ]


def test_coverage_single_points_and_uncovered(fw: Framework) -> None:
    report = team_report(fw, members(), 3)
    coverage = {s.id: s.coverage for s in report.skills}
    assert coverage == {"s1": 2, "s2": 2, "s3": 1, "s4": 0}
    assert [s.holders for s in report.skills][:3] == [
        (("ann", 3), ("bob", 3)),
        (("bob", 3), ("cat", 3)),
        (("cat", 3),),
    ]
    assert report.single_points == ["s3"]
    assert report.uncovered == ["s4"]


def test_coverage_level_changes_who_counts(fw: Framework) -> None:
    report = team_report(fw, members(), 2)
    assert {s.id: s.coverage for s in report.skills} == {"s1": 4, "s2": 3, "s3": 2, "s4": 3}
    assert report.single_points == []
    assert report.uncovered == []
    with pytest.raises(ValueError, match="outside the scale 1–3"):
        team_report(fw, members(), 4)


def test_mentors_highest_first_ties_by_id_at_most_three(fw: Framework) -> None:
    report = team_report(fw, members(), 3)
    hints = {(h.member, h.skill): (h.current, h.target, h.mentors) for h in report.mentors}
    # dan needs s1 at 2: ann 3, bob 3, then cat 2 and eve 2 tie -> by id, and the cap drops eve
    assert hints["dan", "s1"] == (1, 2, (("ann", 3), ("bob", 3), ("cat", 2)))
    assert hints["ann", "s2"] == (1, 2, (("bob", 3), ("cat", 3), ("dan", 2)))
    # unrated counts as 0; the learner never mentors themself
    assert hints["ann", "s3"] == (0, 2, (("cat", 3), ("bob", 2)))
    assert hints["bob", "s3"] == (2, 3, (("cat", 3),))
    assert hints["cat", "s1"] == (2, 3, (("ann", 3), ("bob", 3)))
    assert hints["cat", "s4"] == (2, 3, ())  # nobody at 3
    # only skills below target, and nobody without a role
    assert ("bob", "s1") not in hints
    assert not any(h.member == "eve" for h in report.mentors)
    assert len(report.mentors) == 8


def test_readiness_for_own_role_and_next_role(fw: Framework) -> None:
    report = team_report(fw, members(), 3)
    rows = {
        r.member.id: (r.readiness, r.next_role.id if r.next_role else None, r.next_readiness)
        for r in report.members
    }
    assert rows == {
        "ann": (0.25, "mid", 0.25),
        "bob": (0.75, "senior", 0.5),
        "cat": (0.5, None, None),
        "dan": (0.5, "mid", 0.25),
        "eve": (None, None, None),
    }


def test_readiness_agrees_with_scoring(write, fw: Framework) -> None:
    """The same number `assess` gives, for the own role and the next one."""
    store = Store()
    fw_path = write("frameworks/tiny/v2.yaml", TINY_V2)
    for ident, (role, levels) in TEAM.items():
        path = write(f"m/{ident}.yaml", member_yaml(ident, role, levels, str(fw_path)))
        loaded, _ = store.member(path)
        model = loaded.unwrap()
        row = next(r for r in team_report(fw, members(), 3).members if r.member.id == ident)
        assert row.readiness == score(model, fw).overall.readiness
        if row.next_role is not None:
            assert row.next_readiness == score(model, fw, row.next_role.id).overall.readiness


def test_members_listed_senior_first_then_by_id(fw: Framework) -> None:
    report = team_report(fw, members(), 3)
    assert [r.member.id for r in report.members] == ["cat", "bob", "ann", "dan", "eve"]


def test_json_view_keys(fw: Framework) -> None:
    data = team_report(fw, members(), 3).as_dict("en")
    assert {
        "framework",
        "coverage_level",
        "members",
        "skills",
        "single_points",
        "uncovered",
        "mentors",
    } <= set(data)
    assert data["framework"] == "tiny@v2"
    assert set(data["members"][0]) >= {"id", "name", "role", "readiness", "next_role", "next_role_readiness"}
    assert data["members"][0]["name"] == "Staff cat"
    assert data["members"][2]["levels"] == {"s1": 3, "s2": 1, "s3": 0, "s4": 0}
    assert data["skills"][2] == {
        "id": "s3",
        "name": "Skill s3",
        "category": "c2",
        "axis": "core",
        "coverage": 1,
        "holders": [{"id": "cat", "level": 3}],
    }
    assert data["mentors"][0] == {
        "member": "cat",
        "skill": "s1",
        "current": 2,
        "target": 3,
        "mentors": [{"id": "ann", "level": 3}, {"id": "bob", "level": 3}],
    }


# --- lineage ------------------------------------------------------------------


def test_sources_same_id_and_replaces() -> None:
    v1, v2 = load(TINY_V1, "v1.yaml"), load(TINY_V2, "v2.yaml")
    assert step(v1, v2) == {"s1": ["s1"], "s2": ["s2"], "s3": ["old-x", "old-y"], "s4": []}


def _carried(store: Store, member_file: Path) -> dict[str, int]:
    team = gather(store, [member_file], "icare-cs@2021-autumn")
    assert team.ok, team.problems
    (member,) = team.members
    assert member.migrated_from is not None
    return member.levels


def test_carry_two_steps_through_the_shipped_lineage(tmp_path: Path) -> None:
    member = tmp_path / "old.yaml"
    member.write_text(
        "schema: csmatrix/member@1\nname: x\nframework: icare-cs@2019\nassessments:\n"
        "  - {date: 2020-01-10, by: self, levels: {health-check-operations: 5, onboarding-support: 3,"
        " inquiry-handling: 2}}\n",
        encoding="utf-8",
    )
    # 2019 health-check-operations -> summer health-checkup -> autumn health-checkup;
    # onboarding-support keeps its id in summer, then lifecycle-management replaces it
    assert _carried(Store(), member) == {
        "health-checkup": 5,
        "lifecycle-management": 3,
        "support-experience": 2,
    }


def test_team_carries_a_member_exactly_as_migrate_then_assess(tmp_path: Path) -> None:
    """A merged skill rated on different dates: the latest carried rating counts, as after migrate."""
    for version, text in (
        (
            "v1",
            "levels: [{level: 1, name: A}, {level: 2, name: B}, {level: 3, name: C}]\n"
            "axes: [{id: x, name: X}]\ncategories:\n  - id: c\n    axis: x\n    name: C\n    skills:\n"
            "      - {id: a, name: A, levels: {1: a1, 2: a2, 3: a3}}\n"
            "      - {id: b, name: B, levels: {1: b1, 2: b2, 3: b3}}\n",
        ),
        (
            "v2",
            "supersedes: v1\nlevels: [{level: 1, name: A}, {level: 2, name: B}, {level: 3, name: C}]\n"
            "axes: [{id: x, name: X}]\ncategories:\n  - id: c\n    axis: x\n    name: C\n    skills:\n"
            "      - {id: ab, name: AB, levels: {1: x1, 2: x2, 3: x3}, replaces: [a, b]}\n",
        ),
    ):
        folder = tmp_path / "fw" / "merge"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{version}.yaml").write_text(
            f"schema: csmatrix/framework@1\nid: merge\nversion: {version}\nreleased: 2024-01-01\ntitle: M\n{text}",
            encoding="utf-8",
        )
    member = tmp_path / "m.yaml"
    member.write_text(
        "schema: csmatrix/member@1\nname: m\nframework: merge@v1\nassessments:\n"
        "  - {date: 2024-01-01, by: self, levels: {b: 1}}\n"
        "  - {date: 2024-02-01, by: self, levels: {a: 3}}\n",
        encoding="utf-8",
    )
    store = Store([tmp_path / "fw"])
    team = gather(store, [member], "merge@v2")
    assert team.ok, team.problems
    assert team.members[0].levels == {"ab": 3}

    from csmatrix.versions.lineage import lineage
    from csmatrix.versions.migrate import migrate

    old = store.framework("merge@v1").unwrap()
    new = store.framework("merge@v2").unwrap()
    model = store.member(member)[0].unwrap()
    migrated = migrate(model, lineage(old, new, lambda fw: store.chain(fw, None)))
    assert migrated.assessments[-1]["levels"] == {"ab": 3}


# --- current levels -------------------------------------------------------------

_dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 1, 4))
_assessment = st.fixed_dictionaries(
    {
        "date": _dates,
        "by": st.sampled_from(["self", "Self", "manager", "田中"]),
        "levels": st.dictionaries(st.sampled_from(["s1", "s2", "s3"]), st.integers(1, 3), min_size=1),
    }
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_assessment, max_size=6))
def test_latest_levels_agrees_with_scoring(assessments: list[dict[str, object]]) -> None:
    member = Member.model_validate(
        {"schema": "csmatrix/member@1", "name": "x", "framework": "tiny@v2", "assessments": assessments}
    )
    assert latest_levels(member) == current_levels(member)
