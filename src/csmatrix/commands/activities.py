"""`csmatrix activities`: the CS activity improvement map (3 zones × 9 blocks)."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import console, eprint, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import Lang, LangOpt, format_option
from csmatrix.words import Msg


class ActivitiesFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.activities_table import print_activities

    print_activities(console(), view)


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.activities_md import activities_markdown

    return activities_markdown(view)


RENDERERS = renderers(
    "activities",
    ActivitiesFormat,
    {ActivitiesFormat.table: _table, ActivitiesFormat.json: as_json, ActivitiesFormat.md: _md},
)


def activities_cmd(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="An activities file (schema: csmatrix/activities@1).")
    ],
    fmt: Annotated[
        ActivitiesFormat, format_option("table for people, json for scripts, md to paste into notes.")
    ] = ActivitiesFormat.table,
    lang: LangOpt = Lang.ja,
) -> None:
    """Map a team's CS activities: 3 zones × 9 blocks, the O:H:G ratio, walls and moves.

    Each activity lands in a block by expectation (above/meets/below: O お節介,
    H ハッピー, G がっかり) and resources (low/medium/high: 1-3). The ratio is
    scaled to 10 and placed against the article's reference bands; activities
    outside H-1/H-2 get the wall to cross and the recommended move.

    Example: csmatrix activities examples/activities.yaml --lang en
    """
    from csmatrix.activities.map import activity_map
    from csmatrix.errors import CsmatrixError
    from csmatrix.files.store import kind_of

    loaded = store(()).activities(file)
    kind = kind_of(loaded.doc) if loaded.doc.ok else None
    if not loaded.ok and kind not in (None, "activities"):
        raise CsmatrixError(
            Msg("cmd.activities_wrong_kind", path=str(file), kind=kind), hint=Msg("cmd.activities_hint")
        )
    model = loaded.unwrap()
    view = activity_map(model, lang.value).as_dict()
    if not view["activities"]:
        eprint(Msg("cmd.activities_empty", path=str(file)))
    emit(RENDERERS, fmt, view, lang.value)


def register(app: typer.Typer) -> None:
    app.command("activities")(handled(activities_cmd))
