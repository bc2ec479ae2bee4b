"""``rules.semantic``: the rules a schema cannot express, each located in the file.

Each case parses a small file (so every problem has a real line and column),
runs one check and compares the exact problems.  Also the one "unknown role"
wording and the one did-you-mean.
"""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import yaml

from csmatrix.files.located import did_you_mean, parse_model
from csmatrix.files.yamlio import Doc, parse_text
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.rules import semantic
from test_diff import fw_data

ROLE = {"id": "member", "name": "Member", "targets": {"default": 2}}


def parsed(data: dict[str, Any], label: str = "fw.yaml") -> Doc:
    return parse_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), label)


def framework(data: dict[str, Any]) -> tuple[Framework, Doc]:
    doc = parsed(data)
    model, problems = parse_model(doc, Framework)
    assert model is not None, problems
    return model, doc


def where(problems: list[Any]) -> list[tuple[int, int, str]]:
    return [(p.line, p.col, p.message) for p in problems]


def test_a_sound_framework_has_no_problems() -> None:
    fw, doc = framework(fw_data(roles=[ROLE]))
    assert semantic.framework_problems(fw, doc) == []


def test_the_scale_counts_up_from_one() -> None:
    data = fw_data()
    data["levels"][1]["level"] = 5
    fw, doc = framework(data)
    (problem,) = [p for p in semantic.framework_problems(fw, doc) if "out of order" in str(p.message)]
    assert str(problem.message).startswith("level 5 is out of order")
    assert (problem.line, problem.loc) == (doc.mark(("levels", 1, "level"))[0], "levels.1.level")


def test_a_duplicate_id_names_the_line_of_the_first() -> None:
    data = fw_data(skills={"alpha": {}, "beta": {}})
    data["categories"][0]["skills"][1]["id"] = "alpha"
    fw, doc = framework(data)
    first = doc.mark(("categories", 0, "skills", 0, "id"))[0]
    line, col = doc.mark(("categories", 0, "skills", 1, "id"))
    assert where(semantic.framework_problems(fw, doc)) == [
        (line, col, f"duplicate skill id 'alpha' (first used at line {first})")
    ]


def test_each_skill_describes_every_level_and_no_other() -> None:
    data = fw_data()
    levels = data["categories"][0]["skills"][0]["levels"]
    levels[4] = levels.pop(3)
    fw, doc = framework(data)
    messages = [p.message for p in semantic.framework_problems(fw, doc)]
    assert messages == [
        "levels.4: level 4 is outside the scale 1–3",
        "skill 'alpha' has no descriptor for level 3: every skill describes each level of the scale 1–3",
    ]


def test_a_category_names_a_declared_axis_with_did_you_mean() -> None:
    data = fw_data()
    data["categories"][0]["axis"] = "mian"
    fw, doc = framework(data)
    (problem,) = semantic.framework_problems(fw, doc)
    assert (
        problem.message
        == "category 'core' names the axis 'mian', which is not declared (did you mean 'main'?)"
    )
    assert problem.hint == "declared axes: main"
    assert (problem.line, problem.col) == doc.mark(("categories", 0, "axis"))


def test_role_targets_name_what_exists_and_stay_on_the_scale() -> None:
    role = {"id": "member", "name": "Member", "targets": {"default": 9, "skills": {"alpah": 2, "alpha": 4}}}
    fw, doc = framework(fw_data(roles=[role]))
    assert [p.message for p in semantic.framework_problems(fw, doc)] == [
        "level 9 is outside the scale 1–3",
        "role 'member' targets the skill 'alpah', which this framework does not have (did you mean 'alpha'?)",
        "level 4 is outside the scale 1–3",
    ]


def test_replaces_names_skills_of_the_superseded_version() -> None:
    older, _ = framework(fw_data("v1", {"alpha": {}}))
    newer, doc = framework(fw_data("v2", {"beta": {"replaces": ["alpah", "alpha"]}}, supersedes="v1"))
    (problem,) = semantic.replaces_problems(newer, doc, older)
    assert (
        problem.message
        == "'alpah' is not a skill of tiny@v1, which this version supersedes (did you mean 'alpha'?)"
    )
    assert (problem.line, problem.col) == doc.mark(("categories", 0, "skills", 0, "replaces", 0))


MEMBER: dict[str, Any] = {
    "schema": "csmatrix/member@1",
    "id": "ann",
    "name": "Ann",
    "framework": "tiny@v1",
    "role": "member",
    "assessments": [{"date": "2024-01-01", "by": "self", "levels": {"alpha": 2}}],
}


def member(data: dict[str, Any]) -> tuple[Member, Doc]:
    doc = parsed(data, "m.yaml")
    model, problems = parse_model(doc, Member)
    assert model is not None, problems
    return model, doc


def test_a_sound_member_has_no_problems() -> None:
    fw, _ = framework(fw_data(roles=[ROLE]))
    m, doc = member(MEMBER)
    assert semantic.member_problems(m, doc, fw, today=dt.date(2025, 1, 1)) == []
    assert semantic.member_warnings(m, doc) == []


def test_a_member_names_known_skills_roles_and_levels_on_the_scale() -> None:
    fw, _ = framework(fw_data(roles=[ROLE]))
    data = copy.deepcopy(MEMBER)
    data["role"] = "membr"
    data["assessments"][0]["levels"] = {"alpah": 2, "alpha": 5}
    data["assessments"][0]["notes"] = {"beta": "a note"}
    m, doc = member(data)
    problems = semantic.member_problems(m, doc, fw, today=dt.date(2025, 1, 1))
    assert [p.message for p in problems] == [
        "unknown role 'membr' in tiny@v1 (did you mean 'member'?)",
        "unknown skill 'alpah' in tiny@v1 (did you mean 'alpha'?)",
        "level 5 is outside the scale 1–3",
        "notes for unknown skill 'beta' in tiny@v1",
    ]
    assert problems[0].hint == "roles of tiny@v1: member"
    assert (problems[0].line, problems[0].col) == doc.mark(("role",))


def test_an_assessment_after_today_is_refused() -> None:
    m, doc = member(MEMBER)
    (problem,) = semantic.future_dates(m, doc, today=dt.date(2023, 12, 31))
    assert problem.message == "the assessment is dated 2024-01-01, after today (2023-12-31)"
    assert (problem.line, problem.col) == doc.mark(("assessments", 0, "date"))
    assert semantic.future_dates(m, doc, today=dt.date(2024, 1, 1)) == []


def test_joining_after_the_first_assessment_is_only_a_warning() -> None:
    data = copy.deepcopy(MEMBER)
    data["joined"] = "2024-06-01"
    m, doc = member(data)
    (problem,) = semantic.member_warnings(m, doc)
    assert problem.severity == "warning"
    assert str(problem.message).startswith("joined 2024-06-01 is after the first assessment (2024-01-01")


def test_one_wording_for_an_unknown_role() -> None:
    fw, _ = framework(fw_data(roles=[ROLE, {"id": "lead", "name": "Lead", "targets": {}}]))
    assert semantic.unknown_role(fw, "boss") == (
        "unknown role 'boss' in tiny@v1",
        "roles of tiny@v1: member, lead",
    )
    assert semantic.unknown_role(fw, "leed")[0] == "unknown role 'leed' in tiny@v1 (did you mean 'lead'?)"
    bare, _ = framework(fw_data())
    assert semantic.unknown_role(bare, "x") == ("unknown role 'x' in tiny@v1", "tiny@v1 defines no roles")


def test_did_you_mean_offers_only_a_close_word() -> None:
    assert did_you_mean("membr", ["member", "lead"]) == " (did you mean 'member'?)"
    assert did_you_mean("zzz", ["member", "lead"]) == ""
    assert did_you_mean("x", []) == ""
