"""`csmatrix textconv`: a framework as one fact per line, for git diff."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import handled, started
from csmatrix.commands.options import Lang, LangOpt


def textconv_cmd(
    file: Annotated[
        Path, typer.Argument(metavar="FILE", help="A framework file (git passes a temporary copy).")
    ],
    lang: LangOpt = Lang.ja,
) -> None:
    """Print a framework as sorted one-fact-per-line text, for git diff.

    Set up once per clone: git config diff.csmatrix.textconv "csmatrix textconv"
    with `frameworks/**/*.yaml diff=csmatrix` in .gitattributes. A file that is
    not a valid framework is printed unchanged (exit 0), so git diff always works;
    a pipe, a device, a folder or a file over 4 MiB is refused unread (exit 1).

    Example: csmatrix textconv frameworks/icare-cs/2021-autumn.yaml
    """
    import sys

    from csmatrix.versions.textconv import read, render

    started()

    data = read(file)  # bounded; a pipe, a device or a folder is FileTrouble (exit 1)
    out = render(data, str(file))
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def register(app: typer.Typer) -> None:
    app.command("textconv")(handled(textconv_cmd))
