"""Line breaking that respects Japanese (kinsoku) and never splits an English word.

rich breaks a line only at spaces and folds anything longer cell by cell, so a
Japanese sentence (no spaces) is cut anywhere: a line may start with ``。`` or
``ー``, ``ビジネスレビ / ュー``, and an English word in a narrow column is cut in
two (``Occupational-hea / lth``).  ``divide_line`` here breaks between *units*:

- a run of Latin letters, digits and ASCII punctuation (``A/B``, ``Occupational-health``)
  is one unit; a wide (Japanese) character is one unit;
- kinsoku: a character that may not start a line (closing punctuation ``。、）」』】〕！？``,
  small kana ``ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ``, ``ー``) sticks to the unit before
  it, and an opening bracket ``（「『【〔`` sticks to the unit after it;
- ``diff``'s colourless markers ``{+``, ``[-`` stick to the word after them and ``+}``,
  ``-]`` to the word before (``diff`` closes and reopens a marker at a line break);
- a unit longer than the whole width is folded (nothing else can fit it).

``install()`` makes rich's ``Text.wrap`` use it (rich looks ``divide_line`` up in
``rich.text`` when it wraps), so every table cell and paragraph of every rich
renderer breaks the same way; every rich renderer calls it when it is imported.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterator

NO_START = frozenset(
    "。、，．,.）)」』】〕〉》］｝!！?？:：;；・…‥ー〜"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ々ゝゞヽヾ%％"
)
"""Characters a line may not start with."""

NO_END = frozenset("（(「『【〔〈《［｛")
"""Characters a line may not end with."""

_HYPHENATED = re.compile(r"[^-/]*[-/]+|[^-/]+")
"""A too-long unit is broken after its hyphens and slashes before it is cut anywhere."""

OPENERS = ("[-", "{+")
CLOSERS = ("-]", "+}")
"""``diff``'s colourless word-diff markers: they stick to the words they mark."""


def wide(char: str) -> bool:
    """A character that takes two terminal cells (East Asian wide or full-width)."""
    return unicodedata.east_asian_width(char) in "WF"


def _atoms(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_space) pieces: whitespace runs, markers, Latin runs, single wide characters."""
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char.isspace():
            j = i + 1
            while j < n and text[j].isspace():
                j += 1
            yield i, j, True
        elif wide(char) or char in NO_START or char in NO_END:
            j = i + 1
            yield i, j, False
        else:
            j = i + 1
            while j < n:
                nxt = text[j]
                if nxt.isspace() or wide(nxt):
                    break
                j += 1
            yield i, j, False
        i = j


def units(text: str) -> list[tuple[int, int]]:
    """The pieces a line may be broken between, each with the whitespace after it."""
    out: list[list[int]] = []
    glue_next = False  # the previous unit ends with an opening bracket
    after_space = True
    for start, end, space in _atoms(text):
        if space:
            if out:
                out[-1][1] = end
            else:
                out.append([start, end])
                glue_next = True  # leading whitespace stays with the first word (as rich does)
            after_space = True
            continue
        first, last = text[start], text[end - 1]
        closes = first in NO_START or text.startswith(CLOSERS, start)
        if out and (glue_next or (closes and not after_space)):
            out[-1][1] = end
        else:
            out.append([start, end])
        glue_next = last in NO_END or text[start:end].endswith(OPENERS)
        after_space = False
    return [(a, b) for a, b in out]


def divide_line(text: str, width: int, fold: bool = True) -> list[int]:
    """Offsets to break ``text`` at so that each line fits ``width`` cells (rich's contract)."""
    from rich.cells import cell_len, chop_cells

    breaks: list[int] = []
    offset = 0
    for start, end in units(text):
        piece = text[start:end]
        length = cell_len(piece.rstrip())
        if width - offset >= length:
            offset += cell_len(piece)
            continue
        if length > width:
            if not fold:
                if start:
                    breaks.append(start)
                offset = cell_len(piece)
                continue
            if offset and start:  # start the long piece on a fresh line, then fold it
                breaks.append(start)
            offset = 0
            for part in _HYPHENATED.findall(piece):  # after a hyphen or slash first
                size = cell_len(part.rstrip())
                if offset and width - offset < size:
                    breaks.append(start)
                    offset = 0
                if size > width:  # still too long: cut it cell by cell
                    chunks = chop_cells(part, width)
                    for chunk in chunks[:-1]:
                        start += len(chunk)
                        breaks.append(start)
                    part = chunks[-1]
                offset += cell_len(part)
                start += len(part)
        elif offset and start:
            breaks.append(start)
            offset = cell_len(piece)
    return breaks


def widest_word(text: str) -> int:
    """Cells of the widest piece ``divide_line`` never cuts in two (a column narrower folds a word).

    A Latin run is cut after its hyphens and slashes first; a wide character keeps the
    punctuation kinsoku glues to it.
    """
    from rich.cells import cell_len

    widest = 0
    for start, end in units(text):
        for part in _HYPHENATED.findall(text[start:end]):
            widest = max(widest, cell_len(part.rstrip()))
    return widest


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` cells (for plain-text output such as notices)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        cuts = [0, *divide_line(paragraph, width), len(paragraph)]
        lines += [paragraph[a:b].rstrip() for a, b in itertools.pairwise(cuts)] or [""]
    return lines


def flow(pieces: list[str], width: int, sep: str = " · ") -> list[str]:
    """``pieces`` joined by ``sep`` into lines of at most ``width`` cells, each piece kept on one
    line where it fits (a ``label value`` pair is not split); a longer one is wrapped."""
    from rich.cells import cell_len

    lines: list[str] = []
    line = ""
    for piece in pieces:
        joined = f"{line}{sep}{piece}" if line else piece
        if line and cell_len(joined.rstrip()) > width:
            lines.append(line.rstrip())
            joined = piece
        line = joined
        if cell_len(line) > width:
            *full, line = wrap(line, width)
            lines += full
    if line:
        lines.append(line.rstrip())
    return lines


def install() -> None:
    """Make rich break lines with ``divide_line`` (idempotent)."""
    import rich.text

    rich.text.divide_line = divide_line  # type: ignore[attr-defined]
