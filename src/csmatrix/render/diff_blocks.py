"""Layout pieces the diff renderers share: a hanging indent that keeps the diff
markers whole, and an indented table without trailing spaces."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

MARKERS = {"[-": "-]", "{+": "+}"}  # a removed and an added run, in plain output


def hang(console: Console, label: Text | str, body: Text | str = "", indent: int = 0) -> None:
    """``label`` then ``body`` wrapped under itself (a hanging indent), no trailing spaces.

    Japanese text has no spaces to break at; we wrap the body on its own so a
    long Japanese run folds right after the label instead of leaving it alone
    on a line.
    """
    label = Text(label) if isinstance(label, str) else label
    body = Text(body) if isinstance(body, str) else body
    lead = indent + label.cell_len
    marked = "[-" in body.plain or "{+" in body.plain
    width = max(console.width - lead - (4 if marked else 0), 20)
    lines = list(body.wrap(console, width, overflow="fold")) if body.plain else [Text("")]
    if marked:
        lines = close_markers(lines)
    for index, line in enumerate(lines):
        line.rstrip()
        out = Text(" " * indent)
        out.append_text(label if index == 0 else Text(" " * label.cell_len))
        out.append_text(line)
        console.print(out, soft_wrap=True, crop=False)


def close_markers(lines: list[Text]) -> list[Text]:
    """Colourless word-diff markers closed at each line end and opened again on the next line.

    ``[-a long deleted sentence-]`` wrapped over two lines reads ``[-a long-]`` /
    ``[-deleted sentence-]``: a marker never spans a line break.
    """
    out = []
    opened: str | None = None
    for line in lines:
        text = line.plain
        if opened is not None:
            line = Text(opened, style=line.style) + line
        i, state = 0, opened
        while i < len(text) - 1:
            pair = text[i : i + 2]
            if state is None and pair in MARKERS:
                state, i = pair, i + 2
            elif state is not None and pair == MARKERS[state]:
                state, i = None, i + 2
            else:
                i += 1
        if state is not None:
            line = line + Text(MARKERS[state])
        opened = state
        out.append(line)
    return out


def block(console: Console, renderable: Any, indent: int = 2) -> None:
    """Print a table indented, without trailing spaces or blank edge lines."""
    options = console.options.update(width=max(console.width - indent, 20))
    lines = console.render_lines(renderable, options, pad=False)
    texts = []
    for line in lines:
        text = Text(" " * indent)
        for segment in line:
            if not segment.control:
                text.append(segment.text, segment.style)
        text.rstrip()
        texts.append(text)
    while texts and not texts[0].plain.strip():
        texts.pop(0)
    while texts and not texts[-1].plain.strip():
        texts.pop()
    for text in texts:
        console.print(text, soft_wrap=True, crop=False)
