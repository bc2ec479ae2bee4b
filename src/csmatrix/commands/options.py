"""The options every command shares, declared once.

``--lang`` (else ``CSMATRIX_LANG``, else ja: SPEC; the messages' language is read from the
command line before click parses it, ``cli.lang_from_args``), ``--frameworks DIR``,
``--output/-o OUT`` with ``--force``, and ``--format/-f`` whose choices are
each command's own enum (see ``formats``).
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer


class Lang(str, enum.Enum):
    ja = "ja"
    en = "en"


LangOpt = Annotated[
    Lang,
    typer.Option(
        "--lang",
        "-l",
        envvar="CSMATRIX_LANG",
        show_envvar=True,
        help="Language of what you read: ja or en.",
    ),
]
FrameworksOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--frameworks",
        metavar="DIR",
        help="Look for family@version frameworks here first (repeatable; also CSMATRIX_PATH).",
    ),
]
OutputOpt = Annotated[
    Path | None,
    typer.Option("--output", "-o", metavar="OUT", help="Write here instead of stdout."),
]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")]


def format_option(help: str) -> Any:
    """``--format/-f``: the choices are the enum the parameter is annotated with."""
    return typer.Option("--format", "-f", help=help)
