"""`csmatrix show`, `list` and `schema`: looking at frameworks."""

from __future__ import annotations

import enum
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


class SchemaKind(str, enum.Enum):
    framework = "framework"
    member = "member"
    activities = "activities"


class ListFormat(str, enum.Enum):
    table = "table"
    json = "json"


def show_cmd(
    ref: Annotated[
        str, typer.Argument(help="family@version (e.g. icare-cs@2021-autumn) or a framework file.")
    ],
    lang: LangOpt = Lang.ja,
    fmt: FormatOpt = Format.table,
    frameworks: FrameworksOpt = None,
) -> None:
    """Show a framework as a matrix: skills × level descriptors, by axis and category.

    Example: csmatrix show icare-cs@2021-autumn --lang en
    """
    from csmatrix.render.framework_view import framework_view

    fw = store(frameworks).framework(ref).unwrap()
    view = framework_view(fw, lang.value)
    if fmt is Format.json:
        emit_json(view)
    elif fmt is Format.md:
        from csmatrix.render.framework_md import framework_markdown

        emit_text(framework_markdown(view))
    else:
        from csmatrix.render.framework_table import print_framework

        print_framework(console(), view, lang.value)


def list_cmd(
    fmt: Annotated[ListFormat, typer.Option("--format", "-f", help="table or json.")] = ListFormat.table,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """List the frameworks found on the lookup path, with versions and lineage.

    Lookup order: --frameworks DIR, CSMATRIX_PATH, ./frameworks, the shipped frameworks.

    Example: csmatrix list --lang en
    """
    from csmatrix.render.framework_view import catalogue

    st = store(frameworks)
    entries = catalogue(st)
    if fmt is ListFormat.json:
        emit_json({"search_path": [str(d) for d in st.dirs], "frameworks": entries})
        return
    from csmatrix.render.framework_table import print_catalogue

    print_catalogue(console(), entries, lang.value)


def schema_cmd(
    kind: Annotated[SchemaKind, typer.Argument(help="Which file kind: framework, member or activities.")],
) -> None:
    """Print the JSON Schema of a file kind (for editors: yaml-language-server).

    Example: csmatrix schema framework > schemas/framework.schema.json
    """
    from csmatrix.models.jsonschema import json_schema

    emit_json(json_schema(kind.value))


def register(app: typer.Typer) -> None:
    app.command("show")(handled(show_cmd))
    app.command("list")(handled(list_cmd))
    app.command("schema")(handled(schema_cmd))
