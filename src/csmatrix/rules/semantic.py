"""Semantic checks: the rules a schema cannot express (SPEC.md "Semantic rules").

``files.located.parse_model`` checks a file against its schema; the checks
here run over the parsed model (levels on the scale, ids unique, targets and
ratings naming what the framework has ...).  Each returns located problems;
none stops at the first.
"""

from __future__ import annotations

import datetime as dt

from csmatrix.errors import Problem
from csmatrix.files.located import did_you_mean as suggest
from csmatrix.files.yamlio import Doc, Loc
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member


def scale_text(fw: Framework) -> str:
    return f"1–{fw.top}"


def unknown_role(fw: Framework, role_id: str) -> tuple[str, str]:
    """(message, hint) for a role ``fw`` does not define: the one wording everywhere."""
    roles = [r.id for r in fw.roles]
    message = f"unknown role '{role_id}' in {fw.ref}" + suggest(role_id, roles)
    hint = f"roles of {fw.ref}: {', '.join(roles)}" if roles else f"{fw.ref} defines no roles"
    return message, hint


def framework_problems(fw: Framework, doc: Doc) -> list[Problem]:
    problems: list[Problem] = []
    problems += _scale(fw, doc)
    problems += _unique_ids(fw, doc)
    problems += _skill_levels(fw, doc)
    problems += _category_axes(fw, doc)
    problems += _role_targets(fw, doc)
    return problems


def _scale(fw: Framework, doc: Doc) -> list[Problem]:
    problems = []
    for index, level in enumerate(fw.levels):
        if level.level != index + 1:
            problems.append(
                doc.problem(
                    ("levels", index, "level"),
                    f"level {level.level} is out of order: the scale must count up from 1 "
                    f"without gaps, so entry {index + 1} should be level {index + 1}",
                )
            )
    return problems


def _unique_ids(fw: Framework, doc: Doc) -> list[Problem]:
    problems: list[Problem] = []
    groups: list[tuple[str, list[tuple[str, Loc]]]] = [
        ("axis", [(a.id, ("axes", i, "id")) for i, a in enumerate(fw.axes)]),
        ("category", [(c.id, ("categories", i, "id")) for i, c in enumerate(fw.categories)]),
        (
            "skill",
            [
                (s.id, ("categories", ci, "skills", si, "id"))
                for ci, c in enumerate(fw.categories)
                for si, s in enumerate(c.skills)
            ],
        ),
        ("role", [(r.id, ("roles", i, "id")) for i, r in enumerate(fw.roles)]),
    ]
    for kind, entries in groups:
        first: dict[str, Loc] = {}
        for ident, loc in entries:
            if ident in first:
                line = doc.mark(first[ident])[0]
                problems.append(
                    doc.problem(loc, f"duplicate {kind} id '{ident}' (first used at line {line})")
                )
            else:
                first[ident] = loc
    return problems


def _skill_levels(fw: Framework, doc: Doc) -> list[Problem]:
    problems = []
    scale = set(fw.scale)
    for ci, category in enumerate(fw.categories):
        for si, skill in enumerate(category.skills):
            base: Loc = ("categories", ci, "skills", si, "levels")
            for level in sorted(set(skill.levels) - scale):
                problems.append(
                    doc.problem(
                        base + (_written_key(doc, base, level),),
                        f"levels.{level}: level {level} is outside the scale {scale_text(fw)}",
                        key=True,
                    )
                )
            missing = sorted(scale - set(skill.levels))
            if missing:
                listed = ", ".join(str(m) for m in missing)
                problems.append(
                    doc.problem(
                        base,
                        f"skill '{skill.id}' has no descriptor for level{'s' if len(missing) > 1 else ''} "
                        f"{listed}: every skill describes each level of the scale {scale_text(fw)}",
                        key=True,
                    )
                )
    return problems


def _written_key(doc: Doc, base: Loc, level: int) -> str | int:
    """The key as the YAML wrote it (text), so its mark can be found."""
    for candidate in (str(level), level):
        if base + (candidate,) in doc.marks:
            return candidate
    return str(level)


def _category_axes(fw: Framework, doc: Doc) -> list[Problem]:
    axes = [a.id for a in fw.axes]
    return [
        doc.problem(
            ("categories", ci, "axis"),
            f"category '{c.id}' names the axis '{c.axis}', which is not declared" + suggest(c.axis, axes),
            hint="declared axes: " + ", ".join(axes),
        )
        for ci, c in enumerate(fw.categories)
        if c.axis not in axes
    ]


def _role_targets(fw: Framework, doc: Doc) -> list[Problem]:
    problems = []
    known = {
        "axes": [a.id for a in fw.axes],
        "categories": [c.id for c in fw.categories],
        "skills": [p.skill.id for p in fw.placed],
    }
    singular = {"axes": "axis", "categories": "category", "skills": "skill"}
    for ri, role in enumerate(fw.roles):
        base: Loc = ("roles", ri, "targets")
        targets = role.targets
        if targets.default is not None and targets.default > fw.top:
            problems.append(doc.problem(base + ("default",), _outside(targets.default, fw)))
        for table_name in ("axes", "categories", "skills"):
            table: dict[str, int] = getattr(targets, table_name)
            for key, level in table.items():
                loc = base + (table_name, key)
                if key not in known[table_name]:
                    problems.append(
                        doc.problem(
                            loc,
                            f"role '{role.id}' targets the {singular[table_name]} '{key}', "
                            "which this framework does not have" + suggest(key, known[table_name]),
                            key=True,
                        )
                    )
                elif level > fw.top:
                    problems.append(doc.problem(loc, _outside(level, fw)))
    return problems


def _outside(level: int, fw: Framework) -> str:
    return f"level {level} is outside the scale {scale_text(fw)}"


def replaces_problems(fw: Framework, doc: Doc, older: Framework) -> list[Problem]:
    """``replaces`` must name skills of the superseded version."""
    problems = []
    old_ids = list(older.skills)
    for ci, category in enumerate(fw.categories):
        for si, skill in enumerate(category.skills):
            for ri, old in enumerate(skill.replaces):
                if old not in older.skills:
                    problems.append(
                        doc.problem(
                            ("categories", ci, "skills", si, "replaces", ri),
                            f"'{old}' is not a skill of {older.ref}, which this version supersedes"
                            + suggest(old, old_ids),
                        )
                    )
    return problems


def member_problems(member: Member, doc: Doc, fw: Framework, today: dt.date | None = None) -> list[Problem]:
    """A member checked against its framework: skills, levels, role, dates."""
    problems = future_dates(member, doc, today)
    if member.role is not None and fw.role(member.role) is None:
        message, hint = unknown_role(fw, member.role)
        problems.append(doc.problem(("role",), message, hint=hint))
    skill_ids = list(fw.skills)
    for ai, assessment in enumerate(member.assessments):
        for skill_id, level in assessment.levels.items():
            loc: Loc = ("assessments", ai, "levels", skill_id)
            if skill_id not in fw.skills:
                problems.append(
                    doc.problem(
                        loc,
                        f"unknown skill '{skill_id}' in {fw.ref}" + suggest(skill_id, skill_ids),
                        key=True,
                    )
                )
            elif level > fw.top:
                problems.append(doc.problem(loc, _outside(level, fw)))
        for skill_id in assessment.blank:  # `skill-id:` with no level: not rated yet, still a known skill
            if skill_id not in fw.skills:
                problems.append(
                    doc.problem(
                        ("assessments", ai, "levels", skill_id),
                        f"unknown skill '{skill_id}' in {fw.ref}" + suggest(skill_id, skill_ids),
                        key=True,
                    )
                )
        for table in ("notes", "evidence"):
            for skill_id in getattr(assessment, table):
                if skill_id not in fw.skills:
                    problems.append(
                        doc.problem(
                            ("assessments", ai, table, skill_id),
                            f"{table} for unknown skill '{skill_id}' in {fw.ref}"
                            + suggest(skill_id, skill_ids),
                            key=True,
                        )
                    )
    return problems


def future_dates(member: Member, doc: Doc, today: dt.date | None = None) -> list[Problem]:
    """An assessment dated after today would silently become the current one."""
    today = today or dt.date.today()
    return [
        doc.problem(
            ("assessments", ai, "date"),
            f"the assessment is dated {assessment.date}, after today ({today})",
            hint="date an assessment on the day it was made; a typo in the year is the usual cause",
        )
        for ai, assessment in enumerate(member.assessments)
        if assessment.date > today
    ]


def member_warnings(member: Member, doc: Doc) -> list[Problem]:
    """What is suspicious but not wrong: reported by validate, never failing it."""
    problems = []
    if member.joined is not None and member.assessments:
        first_index, first = min(enumerate(member.assessments), key=lambda pair: pair[1].date)
        if member.joined > first.date:
            problem = doc.problem(
                ("joined",),
                f"joined {member.joined} is after the first assessment ({first.date}, "
                f"at line {doc.mark(('assessments', first_index, 'date'))[0]})",
                hint="check the year of 'joined' or of that assessment",
            )
            problems.append(_warning(problem))
    for ai, assessment in enumerate(member.assessments):
        method = assessment.method
        if method is None or (method == "self-assessment") == assessment.is_self:
            continue
        if assessment.is_self:
            message = f"an assessment by self has method '{method}', not 'self-assessment'"
            hint = "write 'method: self-assessment', or put who assessed in 'by'"
        else:
            message = f"method 'self-assessment' on an assessment by '{assessment.by}', not by self"
            hint = "write 'by: self', or the method the assessor used (e.g. observation)"
        problems.append(_warning(doc.problem(("assessments", ai, "method"), message, hint=hint)))
    return problems


def _warning(problem: Problem) -> Problem:
    return Problem(
        problem.path, problem.line, problem.col, problem.message, problem.loc, problem.hint, "warning"
    )
