"""`csmatrix team`: the team skill matrix (力量表/星取表)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import console, handled
from csmatrix.commands.formats import emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.commands.team_input import DEFAULT_COVERAGE, load_team, print_notices

CHUNK = 1000  # JSON list items encoded and written at a time


class TeamFormat(str, enum.Enum):
    table = "table"
    json = "json"
    csv = "csv"
    md = "md"


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.team_table import print_team

    shown = view.pop("_details", set())  # not part of the report: which sections to add
    print_team(console(), view, lang, mentors="mentors" in shown, readiness="readiness" in shown)


def _json(view: dict[str, Any], lang: str) -> None:
    """One JSON document, one list item per line.

    A team of 2,000 members is megabytes of JSON: pretty-printing it with
    ``indent`` runs the pure-Python encoder (seconds) and builds it all in
    memory, so each item is encoded by the C encoder and written as it goes.
    """
    import json
    import sys

    dump = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps makes an encoder per call

    write = sys.stdout.write
    write("{")
    for index, (key, value) in enumerate(view.items()):
        write(("," if index else "") + f"\n  {dump(key)}: ")
        if isinstance(value, list) and value:
            write("[")
            for start in range(0, len(value), CHUNK):  # one write per chunk: bounded memory
                items = value[start : start + CHUNK]
                write(("," if start else "") + "\n    " + ",\n    ".join(map(dump, items)))
            write("\n  ]")
        else:
            write(dump(value))
    write("\n}\n")


def _csv(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.team_csv import team_csv

    return team_csv(view, lang)


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.team_md import team_markdown

    return team_markdown(view, lang)


class TeamBy(str, enum.Enum):
    unit = "unit"


RENDERERS = renderers(
    "team",
    TeamFormat,
    {TeamFormat.table: _table, TeamFormat.json: _json, TeamFormat.csv: _csv, TeamFormat.md: _md},
)


def team_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Member files, or folders to walk for member *.yaml/*.yml (other kinds are skipped).",
        ),
    ],
    framework: Annotated[
        str | None,
        typer.Option(
            "--framework",
            metavar="REF",
            help="Compare on this framework (family@version or a file); "
            "default: the newest version among the members' frameworks.",
        ),
    ] = None,
    coverage_level: Annotated[
        int | None,
        typer.Option(
            "--coverage-level",
            metavar="N",
            help=f"A member covers a skill at this level or above (default {DEFAULT_COVERAGE}, "
            "or the top of a shorter scale).",
        ),
    ] = None,
    fmt: Annotated[
        TeamFormat,
        format_option("table for people, json for scripts, csv for Excel, md for notes."),
    ] = TeamFormat.table,
    by: Annotated[
        TeamBy | None,
        typer.Option(
            "--by",
            help="Also show coverage inside each group: 'unit' (a member's unit, e.g. high-touch), "
            "so a single point inside one unit shows even when another unit has the skill.",
        ),
    ] = None,
    keep_going: Annotated[
        bool,
        typer.Option(
            "--keep-going",
            help="Show the team of the valid files even when some are invalid (still exit 1).",
        ),
    ] = False,
    without: Annotated[
        list[str] | None,
        typer.Option(
            "--without",
            metavar="MEMBER",
            help="What-if: show the team without this member (id or file; repeatable) and the skills "
            "that become single points of failure or uncovered because of it.",
        ),
    ] = None,
    hire: Annotated[
        int | None,
        typer.Option(
            "--hire", metavar="N", min=1, help="Growth capacity: can the team take N newcomers (of --role)?"
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", metavar="R", help="The newcomers' role for --hire (default: the first role)."),
    ] = None,
    max_mentees: Annotated[
        int | None,
        typer.Option("--max-mentees", metavar="K", min=1, help="Learners per mentor for --hire (default 2)."),
    ] = None,
    mentors: Annotated[
        bool, typer.Option("--mentors", help="Table: also list mentor candidates per skill below target.")
    ] = False,
    readiness: Annotated[
        bool,
        typer.Option("--readiness", help="Table: also show each member's next role and readiness for it."),
    ] = False,
    details: Annotated[
        bool, typer.Option("--details", help="Table: both --mentors and --readiness.")
    ] = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """The team matrix: who is strong where, single points of failure, mentors, readiness.

    Members on older versions of the framework are carried to the newest one in
    memory (their files are not changed). Invalid files are reported as
    path:line:col: error: message and nothing is shown (exit 1); with
    --keep-going the valid members are still shown and the exit code is 1.

    Example: csmatrix team examples/members --lang en
    """
    from csmatrix.commands.team_plans import check_options, plan_members, plan_sections, print_sections
    from csmatrix.team.report import team_report

    check_options(hire, role, max_mentees)
    team, fw, level = load_team(paths, framework, coverage_level, keep_going, frameworks)
    shown = plan_members(team.members, without)
    report = team_report(fw, shown, level, by_unit=by is TeamBy.unit)
    view = report.as_dict(lang.value)
    plan_sections(fw, team.members, shown, view, level, hire, role, max_mentees, lang.value)
    if fmt is TeamFormat.table:
        view["_details"] = {k for k, on in (("mentors", mentors), ("readiness", readiness)) if on or details}
    emit(RENDERERS, fmt, view, lang.value)
    print_sections(fmt.value, view, lang.value)
    print_notices(team, lang.value)
    if not team.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("team")(handled(team_cmd))
