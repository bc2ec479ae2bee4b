"""`csmatrix validate`: check framework, member and activities files."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import eprint, handled, print_problems, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.words import Msg


class ValidateFormat(str, enum.Enum):
    table = "table"
    json = "json"


def _table(report: Any, lang: str) -> None:
    """path:line:col lines on stderr, then how many files are valid."""
    for path in report.skipped:
        eprint(Msg("cmd.validate_skipped", path=str(path)))
    print_problems(report.problems)
    if report.ok:
        count = len(report.files)
        eprint(Msg("cmd.validate_ok", n=count, s="s" if count != 1 else ""))


def _json(report: Any, lang: str) -> str:
    return as_json(report.as_dict())


RENDERERS = renderers("validate", ValidateFormat, {ValidateFormat.table: _table, ValidateFormat.json: _json})


def validate_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH",
            help="Framework, member or activities files, or folders to walk for *.yaml/*.yml.",
        ),
    ],
    fmt: Annotated[
        ValidateFormat,
        format_option("table: path:line:col lines on stderr; json: a report on stdout."),
    ] = ValidateFormat.table,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Check files: YAML, schema, references; members against their framework.

    Every problem of every file is reported at once as path:line:col: error: message.
    Warnings (path:line:col: warning: message, e.g. 'joined' after the first
    assessment) do not fail it. Exit 0 when all files are valid, 1 when any error is found.

    Example: csmatrix validate frameworks examples
    """
    from csmatrix.rules.validate import validate_paths

    report = validate_paths(store(frameworks, lineage=True), paths)
    emit(RENDERERS, fmt, report, lang.value)
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("validate")(handled(validate_cmd))
