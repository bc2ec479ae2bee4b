"""`csmatrix calibrate`: how each assessor rates, before a calibration meeting."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import console, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option


class CalibrateFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"


def _table(data: dict[str, Any], lang: str) -> None:
    from csmatrix.render.calibrate_table import print_calibration

    print_calibration(console(), data, lang)


def _md(data: dict[str, Any], lang: str) -> str:
    from csmatrix.render.calibrate_md import calibration_markdown

    return calibration_markdown(data, lang)


RENDERERS = renderers(
    "calibrate",
    CalibrateFormat,
    {CalibrateFormat.table: _table, CalibrateFormat.json: as_json, CalibrateFormat.md: _md},
)


def calibrate_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Member files, or folders to walk for member *.yaml/*.yml (other kinds are skipped).",
        ),
    ],
    fmt: Annotated[
        CalibrateFormat, format_option("table for people, json for scripts, md to paste into notes.")
    ] = CalibrateFormat.table,
    leniency: Annotated[
        float,
        typer.Option(
            "--leniency",
            metavar="LEVELS",
            min=0.0,
            help="Flag an assessor this far above (or below) their peers.",
        ),
    ] = 0.75,
    discrepancy_share: Annotated[
        float,
        typer.Option(
            "--discrepancy-share",
            metavar="RATIO",
            min=0.0,
            max=1.0,
            help="Flag an assessor when this share of their ratings differ from the self-rating by 2+.",
        ),
    ] = 0.4,
    min_shared: Annotated[
        int,
        typer.Option(
            "--min-shared", metavar="N", min=1, help="Flag only on at least this many compared ratings."
        ),
    ] = 3,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Per assessor: ratings, mean level, gap to self-ratings, discrepancies, leniency vs peers.

    An assessor is anyone in an assessment's 'by:' other than self. Self-ratings
    and peers' ratings are matched on the same member and skill, nearest in date.
    Flagged: lenient/severe (leniency of ±0.75 or more over 3+ shared ratings) or
    discrepant (40%+ of 3+ ratings differ from the self-rating by 2 or more).

    Example: csmatrix calibrate examples/members --format md
    """
    from csmatrix.calibrate.report import CalibrationOptions, calibrate, gather_members
    from csmatrix.errors import InvalidInput

    members, problems = gather_members(store(frameworks), paths)
    if problems:
        raise InvalidInput(problems)
    options = CalibrationOptions(
        leniency=leniency, discrepancy_share=discrepancy_share, min_shared=min_shared
    )
    data = calibrate(members, options).as_dict()
    emit(RENDERERS, fmt, data, lang.value)


def register(app: typer.Typer) -> None:
    app.command("calibrate")(handled(calibrate_cmd))
