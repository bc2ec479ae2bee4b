"""`csmatrix show`: a framework as a matrix of skills × level descriptors."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from csmatrix.commands.common import console, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.words import Msg

if TYPE_CHECKING:
    from csmatrix.files.store import Store


class ShowFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.framework_table import print_framework

    print_framework(console(), view, lang)


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.framework_md import framework_markdown

    return framework_markdown(view)


RENDERERS = renderers(
    "show", ShowFormat, {ShowFormat.table: _table, ShowFormat.json: as_json, ShowFormat.md: _md}
)


def show_cmd(
    ref: Annotated[
        str,
        typer.Argument(
            metavar="REF",
            help="family@version (e.g. icare-cs@2021-autumn), a framework file, or a family "
            "alone to list its versions.",
        ),
    ],
    lang: LangOpt = Lang.ja,
    fmt: Annotated[
        ShowFormat, format_option("table for people, json for scripts, md to paste into notes.")
    ] = ShowFormat.table,
    frameworks: FrameworksOpt = None,
) -> None:
    """Show a framework as a matrix: skills × level descriptors, by axis and category.

    Example: csmatrix show icare-cs@2021-autumn --lang en
    """
    from csmatrix.render.framework_view import framework_view

    st = store(frameworks)
    _family_alone(st, ref)
    fw = st.framework(ref).unwrap()
    emit(RENDERERS, fmt, framework_view(fw, lang.value), lang.value)


def _family_alone(st: Store, ref: str) -> None:
    """``show FAMILY`` with no version: name the versions there are, oldest first (exit 1)."""
    from csmatrix.errors import CsmatrixError
    from csmatrix.files import lookup

    if "@" in ref or lookup.looks_like_path(ref):
        return
    found = lookup.available(st.dirs, family=ref)
    if not found:
        return

    def released(path: Path) -> str:
        model = st.framework_file(path).model
        return model.released.isoformat() if model is not None else ""

    versions = [f.version for f in sorted(found, key=lambda f: (released(f.path), f.version))]
    raise CsmatrixError(
        Msg("cmd.family_alone", ref=ref, versions=versions),
        hint=Msg("cmd.family_alone_hint", ref=ref, newest=versions[-1]),
    )


def register(app: typer.Typer) -> None:
    app.command("show")(handled(show_cmd))
