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
from csmatrix.files.located import problem_at
from csmatrix.files.yamlio import Doc, Loc
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.words import Msg


def scale_text(fw: Framework) -> str:
    return f"1–{fw.top}"


def unknown_role(fw: Framework, role_id: str) -> tuple[Msg, Msg]:
    """(message, hint) for a role ``fw`` does not define: the one wording everywhere."""
    roles = [r.id for r in fw.roles]
    message = Msg("rules.unknown_role", role=role_id, ref=fw.ref, suggest=suggest(role_id, roles))
    hint = Msg("rules.roles_of", ref=fw.ref, roles=roles) if roles else Msg("rules.no_roles", ref=fw.ref)
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
                problem_at(
                    doc, ("levels", index, "level"), Msg("rules.out_of_order", level=level.level, n=index + 1)
                )
            )
    return problems


def _unique_ids(fw: Framework, doc: Doc) -> list[Problem]:
    problems: list[Problem] = []
    groups: list[tuple[Msg, list[tuple[str, Loc]]]] = [
        (Msg("rules.kind_axis"), [(a.id, ("axes", i, "id")) for i, a in enumerate(fw.axes)]),
        (Msg("rules.kind_category"), [(c.id, ("categories", i, "id")) for i, c in enumerate(fw.categories)]),
        (
            Msg("rules.kind_skill"),
            [
                (s.id, ("categories", ci, "skills", si, "id"))
                for ci, c in enumerate(fw.categories)
                for si, s in enumerate(c.skills)
            ],
        ),
        (Msg("rules.kind_role"), [(r.id, ("roles", i, "id")) for i, r in enumerate(fw.roles)]),
    ]
    for kind, entries in groups:
        first: dict[str, Loc] = {}
        for ident, loc in entries:
            if ident in first:
                line = doc.mark(first[ident])[0]
                problems.append(
                    problem_at(doc, loc, Msg("rules.duplicate_id", kind=kind, id=ident, line=line))
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
                    problem_at(
                        doc,
                        base + (_written_key(doc, base, level),),
                        Msg("rules.level_key_outside", level=level, scale=scale_text(fw)),
                        key=True,
                    )
                )
            missing = sorted(scale - set(skill.levels))
            if missing:
                message = Msg(
                    "rules.missing_descriptors",
                    skill=skill.id,
                    s="s" if len(missing) > 1 else "",
                    levels=[str(m) for m in missing],
                    scale=scale_text(fw),
                )
                problems.append(problem_at(doc, base, message, key=True))
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
        problem_at(
            doc,
            ("categories", ci, "axis"),
            Msg("rules.undeclared_axis", category=c.id, axis=c.axis, suggest=suggest(c.axis, axes)),
            hint=Msg("rules.declared_axes", axes=axes),
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
    singular = {
        "axes": Msg("rules.kind_axis"),
        "categories": Msg("rules.kind_category"),
        "skills": Msg("rules.kind_skill"),
    }
    for ri, role in enumerate(fw.roles):
        base: Loc = ("roles", ri, "targets")
        targets = role.targets
        if targets.default is not None and targets.default > fw.top:
            problems.append(problem_at(doc, base + ("default",), _outside(targets.default, fw)))
        for table_name in ("axes", "categories", "skills"):
            table: dict[str, int] = getattr(targets, table_name)
            for key, level in table.items():
                loc = base + (table_name, key)
                if key not in known[table_name]:
                    message = Msg(
                        "rules.target_unknown",
                        role=role.id,
                        kind=singular[table_name],
                        name=key,
                        suggest=suggest(key, known[table_name]),
                    )
                    problems.append(problem_at(doc, loc, message, key=True))
                elif level > fw.top:
                    problems.append(problem_at(doc, loc, _outside(level, fw)))
    return problems


def _outside(level: int, fw: Framework) -> Msg:
    return Msg("rules.outside", level=level, scale=scale_text(fw))


def replaces_problems(fw: Framework, doc: Doc, older: Framework) -> list[Problem]:
    """``replaces`` must name skills of the superseded version."""
    problems = []
    old_ids = list(older.skills)
    for ci, category in enumerate(fw.categories):
        for si, skill in enumerate(category.skills):
            for ri, old in enumerate(skill.replaces):
                if old not in older.skills:
                    problems.append(
                        problem_at(
                            doc,
                            ("categories", ci, "skills", si, "replaces", ri),
                            Msg(
                                "rules.replaces_unknown",
                                old=old,
                                ref=older.ref,
                                suggest=suggest(old, old_ids),
                            ),
                        )
                    )
    return problems


def member_problems(member: Member, doc: Doc, fw: Framework, today: dt.date | None = None) -> list[Problem]:
    """A member checked against its framework: skills, levels, role, dates."""
    problems = future_dates(member, doc, today)
    if member.role is not None and fw.role(member.role) is None:
        message, hint = unknown_role(fw, member.role)
        problems.append(problem_at(doc, ("role",), message, hint=hint))
    skill_ids = list(fw.skills)
    for ai, assessment in enumerate(member.assessments):
        for skill_id, level in assessment.levels.items():
            loc: Loc = ("assessments", ai, "levels", skill_id)
            if skill_id not in fw.skills:
                problems.append(problem_at(doc, loc, unknown_skill(skill_id, fw, skill_ids), key=True))
            elif level > fw.top:
                problems.append(problem_at(doc, loc, _outside(level, fw)))
        for skill_id in assessment.blank:  # `skill-id:` with no level: not rated yet, still a known skill
            if skill_id not in fw.skills:
                problems.append(
                    problem_at(
                        doc,
                        ("assessments", ai, "levels", skill_id),
                        unknown_skill(skill_id, fw, skill_ids),
                        key=True,
                    )
                )
        for table in ("notes", "evidence"):
            for skill_id in getattr(assessment, table):
                if skill_id not in fw.skills:
                    message = Msg(
                        "rules.unknown_skill_in",
                        table=table,
                        skill=skill_id,
                        ref=fw.ref,
                        suggest=suggest(skill_id, skill_ids),
                    )
                    problems.append(problem_at(doc, ("assessments", ai, table, skill_id), message, key=True))
    return problems


def unknown_skill(skill_id: str, fw: Framework, skill_ids: list[str]) -> Msg:
    """``unknown skill 'x' in fw@1 (did you mean 'y'?)``: the one wording everywhere (files, sheets)."""
    return Msg("rules.unknown_skill", skill=skill_id, ref=fw.ref, suggest=suggest(skill_id, skill_ids))


def future_dates(member: Member, doc: Doc, today: dt.date | None = None) -> list[Problem]:
    """An assessment dated after today would silently become the current one."""
    today = today or dt.date.today()
    return [
        problem_at(
            doc,
            ("assessments", ai, "date"),
            Msg("rules.future_date", date=str(assessment.date), today=str(today)),
            hint=Msg("rules.future_date_hint"),
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
            message = Msg(
                "rules.joined_after",
                joined=str(member.joined),
                first=str(first.date),
                line=doc.mark(("assessments", first_index, "date"))[0],
            )
            problem = problem_at(doc, ("joined",), message, hint=Msg("rules.joined_hint"))
            problems.append(_warning(problem))
    for ai, assessment in enumerate(member.assessments):
        method = assessment.method
        if method is None or (method == "self-assessment") == assessment.is_self:
            continue
        if assessment.is_self:
            message = Msg("rules.self_method", method=method)
            hint = Msg("rules.self_method_hint")
        else:
            message = Msg("rules.not_self_method", by=assessment.by)
            hint = Msg("rules.not_self_method_hint")
        problems.append(_warning(problem_at(doc, ("assessments", ai, "method"), message, hint=hint)))
    return problems


def _warning(problem: Problem) -> Problem:
    return Problem(
        problem.path, problem.line, problem.col, problem.message, problem.loc, problem.hint, "warning"
    )
