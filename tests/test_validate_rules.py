"""validate's rules for trust: control characters, dates from the future, joined
after the first assessment (a warning), and every problem of a role at once."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from conftest import REPO
from csmatrix.files.located import parse_model
from csmatrix.files.yamlio import parse_text
from csmatrix.models.member import Member
from csmatrix.rules.semantic import future_dates

INVALID = REPO / "tests" / "fixtures" / "invalid"

TINY = """schema: csmatrix/framework@1
id: tiny
version: "1"
released: 2024-01-01
title: Tiny
levels:
  - {level: 1, name: One}
  - {level: 2, name: Two}
axes:
  - {id: x, name: X}
categories:
  - id: c
    axis: x
    name: C
    skills:
      - id: a
        name: A
        levels:
          1: |
            first line
            second line
          2: SKILL2
"""


def member(joined: str, *dates: str, role: str = "member") -> str:
    text = f"schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\nrole: {role}\n"
    text += f"joined: {joined}\nassessments:\n"
    for date in dates:
        text += f"  - date: {date}\n    by: self\n    levels: {{experience-management: 2}}\n"
    return text


# --- a role's problems all at once ---------------------------------------------------


def test_a_role_with_default_zero_reports_its_other_problems_too(cli) -> None:
    path = INVALID / "role-default-zero-hides.yaml"
    r = cli("validate", path)
    assert r.exit_code == 1, r
    lines = r.stderr.splitlines()
    expected = [
        f"{path}:22:16: error: '0' is not on the scale: levels start at 1 (there is no level 0)",
        f"{path}:23:14: error: role 'm' targets the axis 'y', which this framework does not have",
        f"{path}:24:23: error: level 7 is outside the scale 1–2",
        f"{path}:25:16: error: role 'm' targets the skill 'b', which this framework does not have",
        "csmatrix: 4 problems in 1 file",
    ]
    assert len(lines) == len(expected), r
    for line, start in zip(lines, expected, strict=True):
        assert line.startswith(start), (line, start)


def test_a_member_schema_error_does_not_hide_its_unknown_skill(cli, write) -> None:
    path = write(
        "m.yaml",
        "schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\nrole: memer\n"
        "assessments:\n  - date: 2021-12-01\n    by: self\n"
        "    levels: {experience-managment: 2, customer-success-basics: 0}\n",
    )
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path}:4:7: error: unknown role 'memer'" in r.stderr, r
    assert f"{path}:8:14: error: unknown skill 'experience-managment'" in r.stderr, r
    assert f"{path}:8:64: error: '0' is not on the scale" in r.stderr, r


def test_a_control_character_in_a_descriptor_is_not_also_a_missing_descriptor(cli, write) -> None:
    path = write("fw.yaml", TINY.replace("SKILL2", '"two\\ttabs"'))
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path}:22:14: error: text holds the control character \\x09 (character 4)" in r.stderr, r
    assert "no descriptor" not in r.stderr
    assert "1 problem in 1 file" in r.stderr


# --- control characters --------------------------------------------------------------


def test_newlines_in_a_descriptor_are_allowed(cli, write) -> None:
    r = cli("validate", write("fw.yaml", TINY.replace("SKILL2", "two")))
    assert r.exit_code == 0, r


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ('"a\\tb"', "\\x09"),
        ('"a\\rb"', "\\x0d"),
        ('"a\\x7fb"', "\\x7f"),
        ('"a\\x9bb"', "\\x9b"),
        ('"a\\u2066b"', "\\u2066"),
        ('"a\\u202eb"', "\\u202e"),
        ('"a\\0b"', "\\x00"),
    ],
)
def test_each_control_character_is_a_located_error(cli, write, written: str, shown: str) -> None:
    path = write("fw.yaml", TINY.replace("SKILL2", written))
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path}:22:14: error: text holds the control character {shown} (character 2) (" in r.stderr, r
    assert "TAB" in r.stderr  # the hint says what to do


def test_control_characters_in_activities_and_member_fields(cli, write) -> None:
    acts = write(
        "a.yaml",
        'schema: csmatrix/activities@1\nteam: {ja: ok, en: "t\\e"}\nactivities:\n'
        '  - {id: a, name: A, expectation: meets, resources: low, description: "d\\a"}\n',
    )
    mem = write(
        "m.yaml",
        "schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\n"
        'background: "b\\e"\nassessments:\n  - date: 2021-12-01\n    by: "x\\e"\n'
        "    levels: {experience-management: 2}\n"
        '    evidence: {experience-management: ["https://x\\e"]}\n',
    )
    r = cli("validate", acts, mem)
    assert r.exit_code == 1, r
    for where in (f"{acts}:2:20", f"{acts}:4:71", f"{mem}:4:13", f"{mem}:7:9", f"{mem}:9:40"):
        assert f"{where}: error: text holds the control character" in r.stderr, (where, r)


# --- dates -----------------------------------------------------------------------------


def test_an_assessment_after_today_is_an_error_at_its_date(cli, write) -> None:
    path = write("m.yaml", member("2021-01-01", "2021-12-01", "2299-01-01"))
    today = dt.date.today()
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert (
        f"{path}:10:11: error: the assessment is dated 2299-01-01, after today ({today}) "
        "(date an assessment on the day it was made" in r.stderr
    ), r
    r = cli("assess", path)  # it would silently become the current rating
    assert r.exit_code == 1, r
    assert f"{path}:10:11: error: the assessment is dated 2299-01-01" in r.stderr


def test_a_future_date_is_reported_even_when_the_framework_is_missing(cli, write) -> None:
    text = member("2021-01-01", "2299-01-01").replace("icare-cs@2021-autumn", "nowhere@1")
    path = write("m.yaml", text)
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path}:3:12: error: " in r.stderr, r  # the framework reference
    assert f"{path}:7:11: error: the assessment is dated 2299-01-01" in r.stderr, r


def test_an_assessment_dated_today_is_fine(cli, write) -> None:
    r = cli("validate", write("m.yaml", member("2021-01-01", dt.date.today().isoformat())))
    assert r.exit_code == 0, r


def test_future_dates_take_today() -> None:
    doc = parse_text(member("2021-01-01", "2021-12-01", "2022-01-02"), "m.yaml")
    model, problems = parse_model(doc, Member)
    assert model is not None, problems
    assert future_dates(model, doc, today=dt.date(2022, 1, 2)) == []
    [problem] = future_dates(model, doc, today=dt.date(2022, 1, 1))
    assert (problem.line, problem.col, problem.severity) == (10, 11, "error")


def test_joined_after_the_first_assessment_is_a_warning(cli, write) -> None:
    path = write("m.yaml", member("2022-06-01", "2022-03-01", "2021-12-01"))
    r = cli("validate", path)
    assert r.exit_code == 0, r
    assert (
        f"{path}:5:9: warning: joined 2022-06-01 is after the first assessment (2021-12-01, at line 10)"
        in r.stderr
    ), r
    assert "csmatrix: 1 file valid" in r.stderr
    assert "problem" not in r.stderr
    r = cli("validate", path, "--format", "json")
    assert r.exit_code == 0, r
    report = json.loads(r.stdout)
    assert report["ok"] is True
    [warning] = report["problems"]
    assert (warning["line"], warning["col"], warning["severity"]) == (5, 9, "warning")


def test_a_warning_does_not_stop_assess(cli, write) -> None:
    r = cli("assess", write("m.yaml", member("2022-06-01", "2021-12-01")), "-f", "json")
    assert r.exit_code == 0, r


def test_joined_before_the_first_assessment_says_nothing(cli, write) -> None:
    r = cli("validate", write("m.yaml", member("2021-06-01", "2021-12-01")))
    assert r.exit_code == 0, r
    assert "warning" not in r.stderr


def test_warning_and_errors_together(cli, write) -> None:
    path = write("m.yaml", member("2022-06-01", "2021-12-01", role="memer"))
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path}:4:7: error: unknown role 'memer'" in r.stderr
    assert f"{path}:5:9: warning: joined 2022-06-01" in r.stderr
    assert "csmatrix: 1 problem in 1 file" in r.stderr


def test_fixture_expectations_name_real_files() -> None:
    names = {p.name for p in INVALID.glob("*.yaml")}
    for name in (
        "control-char-name.yaml",
        "control-char-descriptor.yaml",
        "control-char-note.yaml",
        "control-char-activities-tab.yaml",
        "future-assessment.yaml",
        "role-default-zero-hides.yaml",
    ):
        assert name in names
    assert Path(INVALID / "future-assessment.yaml").read_text(encoding="utf-8").startswith("# expect: 9:11:")
