"""The plan options of `csmatrix team`: --without (what-if) and --hire/--role (growth capacity).

Kept apart from ``commands/team.py`` so that command only calls two functions:
``plan_members`` picks the members the view shows, ``plan_sections`` adds the
``what_if`` / ``hire`` + ``capacity`` keys to the view and prints their sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from csmatrix.commands.common import console, eprint
from csmatrix.commands.formats import write
from csmatrix.words import Msg

if TYPE_CHECKING:
    from csmatrix.models.framework import Framework
    from csmatrix.team.report import TeamMember

DEFAULT_MAX_MENTEES = 2


def check_options(hire: int | None, role: str | None, max_mentees: int | None) -> None:
    from csmatrix.errors import UsageError

    if hire is None and (role is not None or max_mentees is not None):
        option = "--role" if role is not None else "--max-mentees"
        raise UsageError(Msg("cmd.goes_with_hire", option=option), hint=Msg("cmd.goes_with_hire_hint"))


def plan_members(members: Sequence[TeamMember], without: Sequence[str] | None) -> list[TeamMember]:
    """The members the view shows: all of them, or all but ``--without``."""
    if not without:
        return list(members)
    from csmatrix.team.whatif import pick_members

    gone = {m.id for m in pick_members(members, without)}
    return [m for m in members if m.id not in gone]


def plan_sections(
    fw: Framework,
    members: Sequence[TeamMember],
    shown: Sequence[TeamMember],
    view: dict[str, Any],
    level: int,
    hire: int | None,
    role: str | None,
    max_mentees: int | None,
    lang: str,
) -> None:
    """Add the plans to ``view`` (``members``: the whole team; ``shown``: the team in the view)."""
    if len(shown) != len(members):
        from csmatrix.team.report import team_report
        from csmatrix.team.whatif import what_if

        kept = {m.id for m in shown}
        before = team_report(fw, members, level).skills
        after = team_report(fw, shown, level).skills
        view["what_if"] = what_if(before, after, [m for m in members if m.id not in kept]).as_dict(lang)
    if hire is not None:
        from csmatrix.errors import UsageError
        from csmatrix.team.capacity import capacity

        chosen = fw.role(role) if role is not None else None
        if role is not None and chosen is None:
            known = [r.id for r in fw.roles]
            raise UsageError(
                Msg("cmd.hire_unknown_role", role=role, ref=fw.ref),
                hint=Msg("cmd.hire_roles", roles=known) if known else Msg("cmd.hire_no_roles"),
            )
        k = max_mentees if max_mentees is not None else DEFAULT_MAX_MENTEES
        view |= capacity(fw, shown, hire, chosen, level, k).as_dict(lang)


def print_sections(fmt: str, view: dict[str, Any], lang: str) -> None:
    """The sections after the team view (table and md; json has the keys; csv is the matrix only)."""
    if "what_if" not in view and "hire" not in view:
        return
    if fmt == "table":
        from csmatrix.render.team_plans import print_plans

        print_plans(console(), view, lang)
    elif fmt == "md":
        from csmatrix.render.team_plans import plans_markdown

        write(plans_markdown(view, lang))
    elif fmt == "csv":
        eprint(Msg("cmd.csv_no_plans"))
