"""The options every command shares, declared once.

``--lang`` (else ``CSMATRIX_LANG``, else ja: SPEC), ``--frameworks DIR``,
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


def _remember_lang(ctx: typer.Context, param: typer.CallbackParam, value: Lang | None) -> Lang | None:
    """Every message from here on (errors, hints, notes) is in this language.

    Only a ``--lang`` typed on the command line says something new: the language
    was read before parsing (``--lang`` anywhere, else ``CSMATRIX_LANG``, else ja),
    so ``csmatrix init --lang en member`` keeps English although ``member``'s own
    ``--lang`` is left at its default (or the variable's value).
    """
    from csmatrix.words import set_lang

    source = ctx.get_parameter_source(param.name or "")
    if value is not None and getattr(source, "name", "") == "COMMANDLINE":  # typer's click or click's enum
        set_lang(Lang(value).value)
    return value


LangOpt = Annotated[
    Lang,
    typer.Option(
        "--lang",
        "-l",
        envvar="CSMATRIX_LANG",
        show_envvar=True,
        callback=_remember_lang,
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
