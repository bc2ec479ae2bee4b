"""Every scoring rule of SPEC.md "Scoring", pinned on a small framework written for the tests.

tests/golden/assess/frameworks/tiny/v1.yaml: levels 1-4 (1-2 individual, 3-4 organisation),
skills kickoff, training (onboarding, cs), upsell (growth, cs), labour-law, leave-support
(law, oh), stress-check (programs, oh).  Role ``junior``: default 2, axes {oh: 1},
categories {growth: 3, law: 3}, skills {training: 3, labour-law: 2}.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import REPO
from csmatrix.errors import CsmatrixError
from csmatrix.files.store import Store
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import (
    current_levels,
    current_ratings,
    mean,
    ratings,
    readiness,
    resolve_role,
    score,
)
from csmatrix.scoring.history import history

TINY = REPO / "tests" / "golden" / "assess" / "frameworks" / "tiny" / "v1.yaml"
SKILLS = ["kickoff", "training", "upsell", "labour-law", "leave-support", "stress-check"]


@cache
def tiny() -> Framework:
    return Store(()).framework_file(TINY).unwrap()


def assessment(date: str, by: str = "self", **levels: int) -> dict[str, Any]:
    return {"date": date, "by": by, "levels": {k.replace("_", "-"): v for k, v in levels.items()}}


def member(*assessments: dict[str, Any], role: str | None = "junior") -> Member:
    data: dict[str, Any] = {
        "schema": "csmatrix/member@1",
        "name": "山田 花子",
        "framework": "tiny@v1",
        "assessments": list(assessments),
    }
    if role is not None:
        data["role"] = role
    return Member.model_validate(data)


def skill(report: Any, skill_id: str) -> Any:
    return next(s for s in report.skills if s.id == skill_id)


# --- current(s) ---------------------------------------------------------------------


def test_current_is_the_most_recent_rating_by_date():
    m = member(
        assessment("2024-01-10", "manager", kickoff=1),
        assessment("2024-03-01", "manager", kickoff=3),
        assessment("2024-02-01", "manager", kickoff=2),
    )
    assert current_levels(m) == {"kickoff": 3}
    assert [r.level for r in ratings(m)["kickoff"]] == [1, 2, 3]  # oldest first


def test_assessments_out_of_date_order_in_the_file():
    m = member(
        assessment("2024-05-01", "self", kickoff=2),
        assessment("2024-01-01", "manager", kickoff=4),
    )
    report = score(m, tiny())
    assert skill(report, "kickoff").current == 2
    assert skill(report, "kickoff").rating.date == dt.date(2024, 5, 1)


def test_same_date_assessor_wins_over_self_wherever_it_is_in_the_file():
    before = member(assessment("2024-04-01", "鈴木", kickoff=1), assessment("2024-04-01", "self", kickoff=3))
    after = member(assessment("2024-04-01", "self", kickoff=3), assessment("2024-04-01", "鈴木", kickoff=1))
    assert current_levels(before) == current_levels(after) == {"kickoff": 1}
    assert current_ratings(before)["kickoff"].by == "鈴木"


def test_self_is_recognised_case_and_space_insensitively():
    m = member(assessment("2024-04-01", "鈴木", kickoff=1), assessment("2024-04-01", " Self ", kickoff=3))
    assert current_levels(m) == {"kickoff": 1}


@pytest.mark.parametrize("by", ["self", "manager"])
def test_same_date_same_kind_the_later_in_the_file_wins(by):
    m = member(assessment("2024-04-01", by, kickoff=1), assessment("2024-04-01", by, kickoff=2))
    assert current_levels(m) == {"kickoff": 2}


def test_a_later_self_rating_beats_an_older_assessor_rating():
    m = member(assessment("2024-01-01", "manager", kickoff=3), assessment("2024-02-01", "self", kickoff=1))
    assert current_levels(m) == {"kickoff": 1}


def test_current_comes_per_skill_from_different_assessments():
    m = member(
        assessment("2024-01-01", "manager", kickoff=1, training=2),
        assessment("2024-02-01", "manager", kickoff=2),
    )
    report = score(m, tiny())
    assert (skill(report, "kickoff").current, skill(report, "training").current) == (2, 2)
    assert report.assessed_on == dt.date(2024, 2, 1)
    assert [(s.date.isoformat(), s.skills) for s in report.sources] == [("2024-02-01", 1), ("2024-01-01", 1)]


# --- unrated ------------------------------------------------------------------------


def test_all_unrated():
    report = score(member(), tiny())
    assert [s.current for s in report.skills] == [0] * 6
    assert report.unrated == SKILLS  # framework order
    assert report.overall.mean == 0.0
    assert report.overall.attained == 0
    assert report.overall.readiness == 0.0
    assert report.assessed_on is None
    assert report.sources == []
    assert report.by == []
    data = report.as_dict()
    assert data["unrated"] == SKILLS
    assert all(s["current"] == 0 for s in data["skills"])
    assert all(s["next_level"] == 1 for s in data["skills"])
    assert data["assessed_on"] is None
    assert data["assessments_used"] == []


def test_unrated_counts_as_zero_in_means_and_attained():
    report = score(member(assessment("2024-04-01", "m", labour_law=3)), tiny())
    law = next(c for c in report.categories if c.id == "law")
    assert (law.mean, law.attained) == (1.5, 0)  # labour-law 3, leave-support unrated 0
    assert report.unrated == ["kickoff", "training", "upsell", "leave-support", "stress-check"]


# --- target(s): skill -> category -> axis -> default ---------------------------------


def test_target_resolution_order():
    report = score(member(), tiny())
    targets = {s.id: s.target for s in report.skills}
    assert targets == {
        "kickoff": 2,  # default
        "training": 3,  # skill (its category onboarding has no target)
        "upsell": 3,  # category growth
        "labour-law": 2,  # skill beats category law (3) and axis oh (1)
        "leave-support": 3,  # category law beats axis oh (1)
        "stress-check": 1,  # axis oh beats default (2)
    }


def test_no_role_means_no_targets():
    report = score(member(assessment("2024-04-01", "m", kickoff=2, upsell=4), role=None), tiny())
    assert report.role is None
    assert all(s.target is None and s.gap is None for s in report.skills)
    assert report.overall.readiness is None
    assert all(c.readiness is None for c in report.categories + report.axes)
    # next step up to the top of the scale; none at the top
    assert skill(report, "kickoff").next_level == 3
    assert skill(report, "upsell").next_level is None
    assert skill(report, "training").next_level == 1  # unrated
    data = report.as_dict()
    assert data["role"] is None
    assert data["overall"]["readiness"] is None


def test_a_role_without_any_target_is_like_no_role():
    report = score(member(assessment("2024-04-01", "m", kickoff=2)), tiny(), role_id="open")
    assert report.role is not None
    assert report.role.id == "open"
    assert all(s.target is None for s in report.skills)
    assert report.overall.readiness is None


def test_a_role_with_a_target_for_some_skills_only():
    m = member(assessment("2024-04-01", "m", kickoff=1, training=2))
    report = score(m, tiny(), role_id="partial")
    assert {s.id: s.target for s in report.skills} == {k: (2 if k == "kickoff" else None) for k in SKILLS}
    assert skill(report, "kickoff").gap == 1
    assert skill(report, "training").gap is None
    assert skill(report, "training").next_level == 3  # no target: up to the top
    assert report.overall.readiness == 0.0  # 0 of 1 targeted skill
    onboarding = next(c for c in report.categories if c.id == "onboarding")
    growth = next(c for c in report.categories if c.id == "growth")
    assert (onboarding.readiness, onboarding.met, onboarding.targeted) == (0.0, 0, 1)
    assert growth.readiness is None


def test_role_option_overrides_the_members_role():
    m = member(assessment("2024-04-01", "m", kickoff=2))
    assert skill(score(m, tiny()), "kickoff").target == 2
    assert skill(score(m, tiny(), role_id="senior"), "kickoff").target == 4


def test_unknown_role_is_an_error_that_lists_the_roles():
    assert resolve_role(tiny(), "senior").id == "senior"
    assert resolve_role(tiny(), None) is None
    with pytest.raises(CsmatrixError) as info:
        resolve_role(tiny(), "boss")
    assert info.value.message == "unknown role 'boss' in tiny@v1"
    assert info.value.hint == "roles of tiny@v1: junior, senior, partial, open"


# --- gap, next step -----------------------------------------------------------------


def test_gap_is_never_negative():
    report = score(member(assessment("2024-04-01", "m", stress_check=4)), tiny())
    s = skill(report, "stress-check")
    assert (s.current, s.target, s.gap) == (4, 1, 0)


def test_next_step_rules():
    m = member(assessment("2024-04-01", "m", kickoff=1, training=3, upsell=4, labour_law=4))
    junior = score(m, tiny())
    below = skill(junior, "kickoff")  # 1 < target 2
    assert (below.next_level, below.next.get("ja")) == (2, "キックオフを一人で進行できる。")
    assert below.next.get("en") == "Runs a kickoff alone."
    at = skill(junior, "training")  # 3 == target 3
    assert (at.next_level, at.next) == (None, None)
    above = skill(junior, "labour-law")  # 4 > target 2
    assert above.next_level is None
    unrated = skill(junior, "leave-support")  # 0 < 3: the next step is level 1
    assert unrated.next_level == 1
    untargeted = score(m, tiny(), role_id="partial")
    assert skill(untargeted, "training").next_level == 4  # no target: below the top
    assert skill(untargeted, "upsell").next_level is None  # at the top
    senior = score(m, tiny(), role_id="senior")  # target 4 = the top
    assert skill(senior, "upsell").next_level is None
    assert skill(senior, "upsell").gap == 0


def test_next_step_json_is_text_in_the_chosen_language():
    report = score(member(assessment("2024-04-01", "m", kickoff=1, training=2)), tiny())
    kickoff = lambda lang: next(s for s in report.as_dict(lang)["skills"] if s["id"] == "kickoff")  # noqa: E731
    assert kickoff("ja")["next"] == "キックオフを一人で進行できる。"
    assert kickoff("en")["next"] == "Runs a kickoff alone."
    assert kickoff("en")["scope"] == "individual"
    assert next(s for s in report.as_dict()["skills"] if s["id"] == "training")["scope"] == "organization"


def test_by_gap_orders_largest_gap_first_then_framework_order_untargeted_last():
    m = member(assessment("2024-04-01", "m", kickoff=2, training=2, upsell=1, labour_law=2))
    assert [s.id for s in score(m, tiny()).by_gap()] == [
        "leave-support",  # gap 3
        "upsell",  # 2
        "training",  # 1, framework order
        "stress-check",  # 1 (unrated)
        "kickoff",  # 0
        "labour-law",  # 0
    ]
    partial = score(m, tiny(), role_id="partial").by_gap()
    assert partial[0].id == "kickoff"
    assert all(s.gap is None for s in partial[1:])


# --- means, attained, readiness -----------------------------------------------------


def test_mean_rounds_with_builtin_round():
    assert mean([1, 2, 2]) == 1.67
    assert mean([1, 1, 2]) == 1.33
    assert mean([1, 1, 1, 1, 1, 1, 1, 2]) == round(9 / 8, 2) == 1.12  # not half-up 1.13
    assert mean([]) is None


def test_readiness_rounds_to_three_decimals_and_is_null_without_targets():
    assert readiness([(1, 2), (2, 2), (3, 2)]) == 0.667
    assert readiness([(2, 2), (1, 2), (1, 2)]) == 0.333
    assert readiness([(1, None), (0, 2)]) == 0.0
    assert readiness([(1, None)]) is None
    assert readiness([]) is None


def test_means_attained_and_readiness_of_a_whole_report():
    # hand-computed: kickoff 2/2, training 2/3, upsell 1/3, labour-law 2/2,
    # leave-support 0/3 (unrated), stress-check 1/1
    m = member(
        assessment("2024-04-01", "self", kickoff=2, training=1, upsell=3, stress_check=1),
        assessment("2024-04-10", "田中 一郎", kickoff=2, training=2, upsell=1, labour_law=2),
    )
    report = score(m, tiny())
    groups = {g.id: (g.mean, g.attained, g.readiness) for g in report.categories + report.axes}
    assert groups == {
        "onboarding": (2.0, 2, 0.5),
        "growth": (1.0, 1, 0.0),
        "law": (1.0, 0, 0.5),
        "programs": (1.0, 1, 1.0),
        "cs": (1.67, 1, 0.333),
        "oh": (1.0, 0, 0.667),
    }
    assert (report.overall.mean, report.overall.attained, report.overall.readiness) == (1.33, 0, 0.5)
    assert (report.overall.met, report.overall.targeted) == (3, 6)
    assert report.unrated == ["leave-support"]


# --- discrepancies ------------------------------------------------------------------


@pytest.mark.parametrize(("self_level", "other", "flagged"), [(3, 2, False), (3, 1, True), (1, 4, True)])
def test_discrepancy_threshold_is_exactly_two(self_level, other, flagged):
    m = member(
        assessment("2024-04-01", "self", kickoff=self_level),
        assessment("2024-04-10", "田中", kickoff=other),
    )
    found = score(m, tiny()).discrepancies
    assert bool(found) is flagged
    if flagged:
        (d,) = found
        assert (d.skill, d.self_level, d.other_level, d.other_by, d.difference) == (
            "kickoff",
            self_level,
            other,
            "田中",
            abs(self_level - other),
        )


def test_discrepancy_uses_the_latest_self_and_the_latest_assessor_rating():
    m = member(
        assessment("2024-01-01", "self", kickoff=4),  # old self rating: superseded
        assessment("2024-02-01", "田中", kickoff=1),
        assessment("2024-03-01", "self", kickoff=2),
        assessment("2024-03-02", "佐藤", upsell=1),
        assessment("2024-03-01", "self", upsell=3),
    )
    found = score(m, tiny()).as_dict()["discrepancies"]
    assert found == [
        {
            "id": "upsell",
            "self": 3,
            "assessor": 1,
            "assessor_by": "佐藤",
            "difference": 2,
            "self_date": "2024-03-01",
            "assessor_date": "2024-03-02",
        }
    ]


def test_no_discrepancy_without_both_kinds_of_rating():
    m = member(assessment("2024-01-01", "self", kickoff=4), assessment("2024-02-01", "a", training=1))
    assert score(m, tiny()).discrepancies == []


def test_ratings_of_skills_outside_the_framework_are_not_scored():
    m = member(
        assessment("2024-01-01", "self", kickoff=1, old_skill=4),
        assessment("2024-01-02", "a", old_skill=1),
    )
    report = score(m, tiny())
    assert [s.id for s in report.skills] == SKILLS
    assert report.discrepancies == []


# --- JSON ---------------------------------------------------------------------------


def test_as_dict_has_the_spec_keys():
    m = member(assessment("2024-04-01", "self", kickoff=2))
    data = score(m, tiny(), member_id="hanako").as_dict("en")
    assert data["member"]["id"] == "hanako"
    assert data["member"]["name"] == "山田 花子"
    assert data["framework"] == "tiny@v1"
    assert data["role"] == "junior"
    assert {"id", "current", "target", "gap", "next"} <= set(data["skills"][0])
    assert {"id", "mean", "attained", "readiness"} <= set(data["categories"][0])
    assert {"mean", "readiness"} <= set(data["overall"])
    assert isinstance(data["unrated"], list)
    assert isinstance(data["discrepancies"], list)
    assert data["role_name"] == "Junior"
    assert data["categories"][0]["name"] == "Onboarding"


def test_member_id_defaults_to_the_members_id():
    data = {"schema": "csmatrix/member@1", "id": "hana", "name": "x", "framework": "tiny@v1"}
    assert score(Member.model_validate(data), tiny()).member_id == "hana"
    assert score(Member.model_validate(data), tiny(), member_id="stem").member_id == "stem"


# --- history ------------------------------------------------------------------------


def test_history_follows_the_scoring_order():
    m = member(
        assessment("2024-04-10", "田中", kickoff=2, training=2),
        assessment("2024-04-01", "self", kickoff=2, training=1),
        assessment("2024-04-10", "self", training=3),
        assessment("2024-06-01", "田中", training=3),
    )
    h = history(m, tiny(), "hanako")
    assert [(s.date.isoformat(), s.by) for s in h.steps] == [
        ("2024-04-01", "self"),
        ("2024-04-10", "self"),  # self before the assessor on the same date
        ("2024-04-10", "田中"),
        ("2024-06-01", "田中"),
    ]
    paths = {s.id: s.path for s in h.skills}
    assert paths["training"] == [1, 3, 2, 3]
    assert paths["kickoff"] == [2]
    assert paths["upsell"] == []
    # the last rating of the history is the current level of the report
    report = score(m, tiny())
    assert all((s.path[-1] if s.path else 0) == skill(report, s.id).current for s in h.skills)
    data = h.as_dict("en")
    assert data["skills"][1]["name"] == "Product training"
    assert [r["level"] for r in data["skills"][1]["ratings"]] == [1, 3, 2, 3]
    assert [r["self"] for r in data["skills"][1]["ratings"]] == [True, True, False, False]


# --- properties ---------------------------------------------------------------------

dates = st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2020, 1, 5))
assessments = st.builds(
    lambda date, by, levels: {"date": date.isoformat(), "by": by, "levels": levels},
    dates,
    st.sampled_from(["self", "田中", "佐藤"]),
    st.dictionaries(st.sampled_from(SKILLS), st.integers(1, 4), max_size=6),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(assessments, max_size=6), st.sampled_from(["junior", "senior", "partial", "open", None]))
def test_scores_stay_within_the_scale(items, role):
    report = score(member(*items, role=role), tiny())
    for s in report.skills:
        assert 0 <= s.current <= 4
        assert s.gap is None or 0 <= s.gap <= 4
        assert s.next_level is None or s.next_level == s.current + 1
        assert (s.current == 0) == (s.id in report.unrated)
    for g in [*report.categories, *report.axes, report.overall]:
        assert g.mean is None or 0 <= g.mean <= 4
        assert g.readiness is None or 0 <= g.readiness <= 1
    for d in report.discrepancies:
        assert d.difference >= 2
