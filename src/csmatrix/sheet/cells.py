"""Spreadsheet cells that never run: the one escaping of CSV and XLSX text, and its inverse.

A spreadsheet treats a cell that begins with ``=``, ``+``, ``-`` or ``@`` as a
formula, and some also after a TAB, CR or LF, or the full-width ``＝＋－＠``
(OWASP, CSV injection).  Every text csmatrix writes into a CSV or XLSX cell
goes through :func:`neutralise`, which puts an apostrophe in front of such a
text, and in front of a text that itself begins with an apostrophe, so that
:func:`restore` (used by ``import`` on every cell it reads) gives back the
original text exactly::

    restore(neutralise(s)) == s      for every string s

``restore`` removes an apostrophe only where ``neutralise`` could have put
one (before a trigger or another apostrophe), so a note someone typed as
``'quoted'`` comes back unchanged.

:func:`visible` shows the control characters an XLSX file cannot hold (XML
1.0 forbids them) as their Unicode control pictures (ESC as ``␛``).
"""

from __future__ import annotations

import re

TRIGGERS = frozenset("=+-@\t\r\n＝＋－＠")
"""First characters that make a spreadsheet read a cell as a formula."""

QUOTE = "'"

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def neutralise(text: str) -> str:
    """``text`` as a cell no spreadsheet reads as a formula (see :func:`restore`)."""
    if text and (text[0] in TRIGGERS or text[0] == QUOTE):
        return QUOTE + text
    return text


def restore(text: str) -> str:
    """The text :func:`neutralise` was given (a cell read back from a sheet)."""
    if len(text) > 1 and text[0] == QUOTE and (text[1] in TRIGGERS or text[1] == QUOTE):
        return text[1:]
    return text


def _picture(match: re.Match[str]) -> str:
    code = ord(match.group())
    return "\u2421" if code == 0x7F else chr(0x2400 + code)


def visible(text: str) -> str:
    """Control characters XML cannot carry, shown as control pictures (``\\x1b`` -> ``␛``)."""
    return _XML_ILLEGAL.sub(_picture, text)
