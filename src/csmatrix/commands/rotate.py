"""`csmatrix rotate`: who should learn which skill from whom, against single points of failure."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csmatrix.commands.common import console, handled
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.commands.team_input import DEFAULT_COVERAGE, load_team, print_notices

if TYPE_CHECKING:
    pass


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.rotate_table import print_rotate

    print_rotate(console(), view, lang)


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.rotate_md import rotate_markdown

    return rotate_markdown(view, lang)


class RotateFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"


RENDERERS = renderers(
    "rotate", RotateFormat, {RotateFormat.table: _table, RotateFormat.json: as_json, RotateFormat.md: _md}
)


def rotate_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH", help="Member files, or folders to walk for member *.yaml/*.yml (as for 'team')."
        ),
    ],
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework",
            metavar="REF",
            help="Plan on this framework (family@version or a file); default: the newest among the members'.",
        ),
    ] = None,
    coverage_level: Annotated[
        int | None,
        typer.Option(
            "--coverage-level",
            metavar="N",
            help=f"A member covers a skill at this level or above, and learners aim at it "
            f"(default {DEFAULT_COVERAGE}, or the top of a shorter scale).",
        ),
    ] = None,
    max_mentees: Annotated[
        int,
        typer.Option("--max-mentees", metavar="K", min=1, help="At most K learners per mentor."),
    ] = 2,
    fmt: Annotated[
        RotateFormat, format_option("table for people, json for scripts, md for a wiki or a ticket.")
    ] = RotateFormat.table,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going", help="Plan for the valid members even when some files are invalid (exit 1)."
        ),
    ] = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """A rotation plan against 属人化: who learns which skill from whom.

    Each proposal pairs a learner below the coverage level on a skill that rests
    on one person with that person as mentor; each learner takes one skill at a
    time, each mentor at most K learners. The plan is optimal: the fewest single
    points plus uncovered skills after it, then the smallest total level
    increase, then skill and member ids. A skill nobody holds has no mentor in
    the team: it stays uncovered, with the members closest to the level named.

    Example: csmatrix rotate examples/csm-career-path/members --coverage-level 4
    """
    from csmatrix.team.rotate import rotation_plan

    team, fw, level = load_team(paths, framework, coverage_level, keep_going, frameworks)
    plan = rotation_plan(fw, team.members, level, max_mentees)
    emit(RENDERERS, fmt, plan.as_dict(lang.value), lang.value)
    print_notices(team, lang.value)
    if not team.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("rotate")(handled(rotate_cmd))
