"""A team read for a command (`team`, `rotate`): the same notes, problems and exit codes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from csmatrix.commands.common import console, eprint, print_problems, store
from csmatrix.words import Msg

if TYPE_CHECKING:
    from csmatrix.models.framework import Framework
    from csmatrix.team.gather import Team

DEFAULT_COVERAGE = 3  # the top of the individual scope in the shipped 2021-autumn model


def load_team(
    paths: list[Path], framework: str | None, coverage_level: int | None, keep_going: bool, frameworks: Any
) -> tuple[Team, Framework, int]:
    """The team, its framework and the coverage level; invalid files reported (exit 1 unless
    ``keep_going``), a folder without members refused."""
    from csmatrix.errors import CsmatrixError, UsageError
    from csmatrix.team.gather import gather

    team = gather(store(frameworks), paths, framework)
    fw = team.framework
    level = DEFAULT_COVERAGE
    if fw is not None:
        level = coverage_level if coverage_level is not None else min(DEFAULT_COVERAGE, fw.top)
        if level not in fw.scale:
            raise UsageError(
                Msg("cmd.coverage_outside", level=level, top=fw.top, ref=fw.ref),
                hint=Msg("cmd.coverage_hint", top=fw.top),
            )
    for path in team.skipped[:5]:
        eprint(Msg("cmd.skipped_not_member", path=str(path)))
    if len(team.skipped) > 5:
        eprint(Msg("cmd.skipped_more", n=len(team.skipped) - 5))
    print_problems(team.problems)
    if not team.members:
        if team.ok:
            raise CsmatrixError(
                Msg("cmd.no_members", paths=[str(p) for p in paths]), hint=Msg("cmd.no_members_hint")
            )
        raise typer.Exit(1)
    if not team.ok and not keep_going:
        eprint(Msg("cmd.nothing_shown"))
        raise typer.Exit(1)
    assert fw is not None  # members were found, so a framework was chosen
    return team, fw, level


def print_notices(team: Team, lang: str) -> None:
    """The team's notices, after the report so the report stays on screen; wrapped on a
    terminal, one per line into a log."""
    from csmatrix.render.team_words import notice_text

    err = console(stderr=True)
    width = err.width if err.is_terminal else None
    for notice in team.notices:
        eprint(notice_text(notice.code, notice.fields, lang, width))
