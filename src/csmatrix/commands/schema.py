"""`csmatrix schema`: the JSON Schema of a file kind."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from csmatrix.commands.common import handled
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import Lang, LangOpt


class SchemaKind(str, enum.Enum):
    framework = "framework"
    member = "member"
    activities = "activities"


class SchemaFormat(str, enum.Enum):
    json = "json"


RENDERERS = renderers("schema", SchemaFormat, {SchemaFormat.json: as_json})


def schema_cmd(
    kind: Annotated[
        SchemaKind, typer.Argument(metavar="KIND", help="Which file kind: framework, member or activities.")
    ],
    lang: LangOpt = Lang.ja,
) -> None:
    """Print the JSON Schema of a file kind (for editors: yaml-language-server).

    Example: csmatrix schema framework
    """
    from csmatrix.models.jsonschema import json_schema

    emit(RENDERERS, SchemaFormat.json, json_schema(kind.value), lang.value)


def register(app: typer.Typer) -> None:
    app.command("schema")(handled(schema_cmd))
