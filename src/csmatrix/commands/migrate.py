"""`csmatrix migrate`: a member's assessments onto another version of their framework."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import eprint, handled, store, write_output
from csmatrix.commands.formats import write
from csmatrix.commands.options import ForceOpt, FrameworksOpt, Lang, LangOpt, OutputOpt


def migrate_cmd(
    member: Annotated[Path, typer.Argument(metavar="MEMBER", help="The member file to migrate.")],
    to: Annotated[
        str,
        typer.Option(
            "--to", metavar="REF", help="The version to move to: family@version, a bare version, or a file."
        ),
    ],
    out: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Rewrite a member's assessments onto another version of their framework.

    Follows `replaces` across any number of versions. A skill that replaces
    several old ones takes the lowest of their ratings; skills with no
    successor are kept under `dropped:`.

    Example:

      csmatrix migrate examples/members/yumi-kobayashi.yaml --to 2021-autumn
    """
    from csmatrix.files.writing import locked
    from csmatrix.versions.migrate import plan

    if out is None:
        text, lines = plan(store(frameworks), member, to, lang.value)
        write(text)
        for line in lines:
            eprint(line)
        return
    with locked(out):  # migrating in place (-o MEMBER --force) reads and writes under one lock
        text, lines = plan(store(frameworks), member, to, lang.value)
        write_output(out, text, force)
    for line in lines:
        eprint(line)


def register(app: typer.Typer) -> None:
    app.command("migrate")(handled(migrate_cmd))
