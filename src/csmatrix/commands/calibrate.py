"""`csmatrix calibrate`: how each assessor rates, before a calibration meeting."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import (
    Format,
    FormatOpt,
    FrameworksOpt,
    Lang,
    LangOpt,
    console,
    emit_json,
    emit_text,
    handled,
    store,
)


def calibrate_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Member files, or folders to walk for member *.yaml/*.yml (other kinds are skipped)."
        ),
    ],
    fmt: FormatOpt = Format.table,
    leniency: Annotated[
        float,
        typer.Option("--leniency", min=0.0, help="Flag an assessor this far above (or below) their peers."),
    ] = 0.75,
    discrepancy_share: Annotated[
        float,
        typer.Option(
            "--discrepancy-share",
            min=0.0,
            max=1.0,
            help="Flag an assessor when this share of their ratings differ from the self-rating by 2+.",
        ),
    ] = 0.4,
    min_shared: Annotated[
        int,
        typer.Option("--min-shared", min=1, help="Flag only on at least this many compared ratings."),
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
    if fmt is Format.json:
        emit_json(data)
    elif fmt is Format.md:
        from csmatrix.render.calibrate_md import calibration_markdown

        emit_text(calibration_markdown(data, lang.value))
    else:
        from csmatrix.render.calibrate_table import print_calibration

        print_calibration(console(), data, lang.value)


def register(app: typer.Typer) -> None:
    app.command("calibrate")(handled(calibrate_cmd))
