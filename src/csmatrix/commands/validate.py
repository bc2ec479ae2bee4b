"""`csmatrix validate`."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import FrameworksOpt, emit_json, eprint, handled, print_problems, store


class ValidateFormat(str, enum.Enum):
    text = "text"
    json = "json"


def validate_cmd(
    paths: Annotated[
        list[Path],
        typer.Argument(help="Framework, member or activities files, or folders to walk for *.yaml/*.yml."),
    ],
    fmt: Annotated[
        ValidateFormat,
        typer.Option("--format", "-f", help="text: path:line:col lines on stderr; json: a report on stdout."),
    ] = ValidateFormat.text,
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
    if fmt is ValidateFormat.json:
        emit_json(report.as_dict())
    else:
        for path in report.skipped:
            eprint(f"csmatrix: note: skipped {path} (not a csmatrix file: no 'schema:')")
        print_problems(report.problems)
        if report.ok:
            count = len(report.files)
            eprint(f"csmatrix: {count} file{'s' if count != 1 else ''} valid")
    if not report.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("validate")(handled(validate_cmd))
