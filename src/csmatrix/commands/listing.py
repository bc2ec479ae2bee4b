"""`csmatrix list`: the frameworks on the lookup path."""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer

from csmatrix.commands.common import console, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option


class ListFormat(str, enum.Enum):
    table = "table"
    json = "json"


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.framework_table import print_catalogue

    print_catalogue(console(), view["frameworks"], lang)


RENDERERS = renderers("list", ListFormat, {ListFormat.table: _table, ListFormat.json: as_json})


def list_cmd(
    fmt: Annotated[ListFormat, format_option("table for people, json for scripts.")] = ListFormat.table,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """List the frameworks found on the lookup path, with versions and lineage.

    Lookup order: --frameworks DIR, CSMATRIX_PATH, ./frameworks, the shipped frameworks.

    Example: csmatrix list --lang en
    """
    from csmatrix.render.framework_view import catalogue

    st = store(frameworks)
    view = {"search_path": [str(d) for d in st.dirs], "frameworks": catalogue(st)}
    emit(RENDERERS, fmt, view, lang.value)


def register(app: typer.Typer) -> None:
    app.command("list")(handled(list_cmd))
