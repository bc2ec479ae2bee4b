"""The one ``--format`` registry: each command's enum, each member's renderer.

A command declares ``class XFormat(str, Enum)`` with the formats it offers
and ``RENDERERS = renderers("x", XFormat, {member: renderer, ...})``; ``emit``
is the one dispatch every command uses.  A renderer takes the result and the
language and returns the text (or bytes) to write, or ``None`` when it
printed the result itself (rich tables, streamed JSON).  Renderers import
their render module when called, so a command pays only for its format.
"""

from __future__ import annotations

import enum
import json
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

E = TypeVar("E", bound=enum.Enum)
Renderer = Callable[[Any, str], "str | bytes | None"]

ALL: dict[str, Mapping[Any, Renderer]] = {}
"""Every command's registry by command name (for the tests)."""


def renderers(name: str, formats: type[E], table: Mapping[E, Renderer]) -> Mapping[E, Renderer]:
    """Register the renderers of command ``name``; every format must have one."""
    missing = [member.value for member in formats if member not in table]
    if missing:
        raise TypeError(f"{name}: no renderer for --format {', '.join(missing)}")
    ALL[name] = table
    return table


def as_json(data: Any, lang: str = "") -> str:
    """The JSON of a result's ``as_dict``: stable keys, UTF-8 text, two-space indent."""
    return json.dumps(data, ensure_ascii=False, indent=2)


def emit(
    table: Mapping[E, Renderer],
    fmt: E,
    result: Any,
    lang: str,
    out: Path | None = None,
    force: bool = False,
) -> None:
    """Render ``result`` as ``fmt``: to ``out`` when given, else to stdout."""
    rendered = table[fmt](result, lang)
    if rendered is not None:
        write(rendered, out, force)


def write(rendered: str | bytes, out: Path | None = None, force: bool = False) -> None:
    """What a command produced: into ``out`` (the SPEC way) when given, else to stdout."""
    if out is not None:
        from csmatrix.commands.common import write_output

        write_output(out, rendered, force)
    elif isinstance(rendered, bytes):
        sys.stdout.flush()
        sys.stdout.buffer.write(rendered)
        sys.stdout.buffer.flush()
    else:
        sys.stdout.write(rendered if rendered.endswith("\n") else rendered + "\n")
