"""Text from a file made safe to print: one function per destination.

Nothing a framework, member or activities file says may become a terminal
control sequence, rich markup, HTML or a broken Markdown table in what we
print.  Renderers apply these at their boundary, to the whole view at once
(``term_tree``/``md_tree``), so no field can be forgotten; JSON output keeps
the original text (JSON escapes it itself).

- ``term``: control characters (C0 except the newline, DEL, C1) and the bidi
  overrides/isolates (U+202A–U+202E, U+2066–U+2069) are shown as ``\\x1b`` /
  ``\\u202e`` escapes.  Rich markup is not escaped here (a ``Text`` would show
  the backslashes): the CLI console has ``markup=False`` and every terminal
  renderer runs under ``no_markup``, so ``[bold]`` in a name prints as written.
- ``md``: the above, then ``& < >`` as HTML entities, ``|`` as ``&#124;`` (it
  cannot split a table row, and is idempotent under ``framework_md.cell``),
  and newlines as ``<br>``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

if TYPE_CHECKING:
    from rich.console import Console

from csmatrix.models.common import CONTROL as _CONTROL
from csmatrix.models.common import show_char

# what never reaches a terminal raw: C0 but newline, DEL, C1, bidi controls
_CONTROL_OR_NEWLINE = re.compile("[\n" + _CONTROL.pattern[1:])
_MD = re.compile("[&<>|\n]")
_MD_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "\n": "<br>"}

T = TypeVar("T")
P = ParamSpec("P")
R = TypeVar("R")


def _escape(match: re.Match[str]) -> str:
    return show_char(match.group())


def term(text: str, *, newlines: bool = True) -> str:
    """Text for the terminal: control characters shown, never sent.

    ``newlines=False`` escapes line breaks too (one-line messages).
    """
    if text.isprintable():  # no control or format character at all: the common case
        return text
    pattern = _CONTROL if newlines else _CONTROL_OR_NEWLINE
    return pattern.sub(_escape, text)


def md(text: str) -> str:
    """Text for Markdown: no HTML, no control characters, no broken table row."""
    if text.isprintable() and not _MD.search(text):
        return text
    text = term(text.replace("\r\n", "\n"))
    return _MD.sub(lambda m: _MD_ENTITIES[m.group()], text)


_LEAVES = frozenset({int, float, bool, type(None)})


def _tree(value: Any, fn: Callable[[str], str]) -> Any:
    kind = type(value)
    if kind is str:
        return fn(value)
    if kind in _LEAVES:
        return value
    if kind is dict:
        return {
            (fn(k) if type(k) is str else k): (v if type(v) in _LEAVES else _tree(v, fn))
            for k, v in value.items()
        }
    if kind is list:
        return [v if type(v) in _LEAVES else _tree(v, fn) for v in value]
    if kind is tuple:
        return tuple(_tree(v, fn) for v in value)
    if isinstance(value, str):  # an str enum, say
        return fn(value)
    return value


def term_tree(view: T) -> T:
    """Every string (keys too) in a view through ``term``."""
    result: T = _tree(view, term)
    return result


def md_tree(view: T) -> T:
    """Every string (keys too) in a view through ``md``."""
    result: T = _tree(view, md)
    return result


def no_markup(fn: Callable[Concatenate[Console, P], R]) -> Callable[Concatenate[Console, P], R]:
    """Run a terminal renderer with rich markup off, whatever console it is given.

    Text from a file (``[bold]``, ``[link=...]``) reaching rich as a plain
    ``str`` would be read as markup; our renderers never use markup, so it is
    switched off for the call (rich has no public switch on a console: its
    ``_markup`` is what ``Console(markup=False)`` sets).
    """

    @functools.wraps(fn)
    def wrapper(console: Console, /, *args: P.args, **kwargs: P.kwargs) -> R:
        before = console._markup
        console._markup = False
        try:
            return fn(console, *args, **kwargs)
        finally:
            console._markup = before

    return wrapper
