"""A rich ``Table`` laid out as plain lines, for a console without colour or terminal (#17).

rich renders a table through padding objects, segments and measurements for
every cell: tens of milliseconds for ``assess``'s few small tables, more than
the whole command's own work.  Without colour only the characters matter, so
``table_lines`` lays the table out with rich's own rules (the same column
widths, ``rich.table.Table._collapse_widths`` and ``ratio_reduce`` when it
must shrink, ``Text.wrap`` for a cell that does not fit on one line) and
returns its lines.  It handles what csmatrix's renderers use (no box or an
ASCII box without edges, padding left/right only, no title, footer, row
lines, fixed widths or ratios); for anything else it returns ``None`` and
the caller prints the table with rich.  ``tests/test_speed_paths.py``
compares the two on every shipped example.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from rich._ratio import ratio_reduce
from rich.cells import cell_len, set_cell_size
from rich.control import strip_control_codes
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

from csmatrix.render.wrap import widest_word

if TYPE_CHECKING:
    from rich.console import Console


def table_lines(console: Console, table: Table) -> list[str] | None:
    """The lines rich would print for ``table`` (trailing spaces aside), or ``None``."""
    if not (_simple(table) and _measurable(table)):
        return None
    layout = _layout(console, table)
    if layout is None:
        return None
    widths, pads, cells = layout
    columns = table.columns
    count = len(columns)
    any_padding = any(table.padding)
    boxed = table.box is not None
    if any(
        width - pad_left - pad_right < 1 for width, (pad_left, pad_right) in zip(widths, pads, strict=True)
    ):
        return None  # a column too narrow for its padding: rich's corner cases
    divider = " " if boxed else ""  # csmatrix's boxes draw no vertical lines
    lines: list[str] = []
    rows = len(cells[0]) if cells else 0
    for row in range(rows):
        header = row == 0 and table.show_header
        rendered = [
            _render_cell(console, cells[i][row], widths[i], pads[i] if any_padding else (0, 0), columns[i])
            for i in range(count)
        ]
        height = max(len(cell) for cell in rendered)
        for i, cell in enumerate(rendered):
            blank = [" " * widths[i]] * (height - len(cell))
            rendered[i] = blank + cell if header else cell + blank  # a header sits on its bottom line
        lines += [divider.join(cell[line] for cell in rendered) for line in range(height)]
        if header and boxed:
            lines.append("-" * (sum(widths) + count - 1))
    if any(cell_len(line) > console.width for line in lines):
        return None  # rich would crop it: let rich do it
    return lines


def cuts_words(console: Console, table: Table) -> bool:
    """Whether rich, laying ``table`` out at the console's width, would cut a word in two.

    A wrapping column narrower than the widest piece ``render.wrap`` keeps whole folds
    it; a ``no_wrap`` column narrower than a cell crops it; a header is cut if it does not
    fit on its lines (a label is read whole, even in Japanese).  For what ``_layout`` cannot
    measure (a title, fixed widths, ratios …) the answer is ``True``: lay it out narrow.
    """
    layout = _layout(console, table)
    if layout is None:
        return True
    widths, pads, cells = layout
    for column, width, (pad_left, pad_right), texts in zip(table.columns, widths, pads, cells, strict=True):
        inner = width - pad_left - pad_right
        if table.show_header and any(cell_len(line) > inner for line in texts[0].splitlines()):
            return True  # a header is a label: read whole, not in pieces
        if column.no_wrap:
            if any(cell_len(line) > inner for text in texts for line in text.splitlines()):
                return True
        elif any(widest_word(text) > inner for text in texts if cell_len(text) > inner):
            return True
    return False


Layout = tuple[list[int], list[tuple[int, int]], list[list[str]]]
"""Column widths, each column's (left, right) padding, each column's cell texts."""

_LAID_OUT: WeakKeyDictionary[Table, tuple[int, int, Layout | None]] = WeakKeyDictionary()
"""The last layout of each table still alive (width, rows, layout): ``cuts_words`` then
``table_lines`` on the same table measure it once (#17)."""


def _layout(console: Console, table: Table) -> Layout | None:
    """(column widths, each column's (left, right) padding, each column's cell texts) as rich
    computes them for ``table`` at the console's width; ``None`` for what it does not handle."""
    known = _LAID_OUT.get(table)
    if known is not None and known[:2] == (console.width, table.row_count):
        return known[2]
    layout = _measured(console, table)
    _LAID_OUT[table] = (console.width, table.row_count, layout)
    return layout


def _measured(console: Console, table: Table) -> Layout | None:
    """``_layout`` computed."""
    if not _measurable(table):
        return None
    columns = table.columns
    count = len(columns)
    top, right, bottom, left = table.padding
    if top or bottom:
        return None
    boxed = table.box is not None
    max_width = console.width - (count - 1 if boxed else 0)
    pads = []  # (left, right) of each column's cells
    for index in range(count):
        pad_left, pad_right = left, right
        if table.collapse_padding and index:
            pad_left = max(0, pad_left - pad_right)
        if not table.pad_edge:
            if index == 0:
                pad_left = 0
            if index == count - 1:
                pad_right = 0
        pads.append((pad_left, pad_right))
    any_padding = any(table.padding)
    cells: list[list[str]] = []
    for column in columns:
        texts = [_plain(column.header)] if table.show_header else []
        texts += [_plain(cell) for cell in column._cells]
        if any(text is None for text in texts):
            return None
        cells.append(texts)  # type: ignore[arg-type]

    def measure_column(index: int, width: int) -> Measurement:
        column = columns[index]
        pad = pads[index] if any_padding else (0, 0)
        ranges = [_cell_range(text, width, pad) for text in cells[index]]
        measurement = Measurement(
            max(r[0] for r in ranges) if ranges else 1, max(r[1] for r in ranges) if ranges else width
        ).with_maximum(width)
        return measurement.clamp(
            None if column.min_width is None else column.min_width + table._get_padding_width(index), None
        )

    widths = [measure_column(i, max_width).maximum or 1 for i in range(count)]
    if sum(widths) > max_width:
        widths = Table._collapse_widths(
            widths, [column.width is None and not column.no_wrap for column in columns], max_width
        )
        if sum(widths) > max_width:
            widths = ratio_reduce(sum(widths) - max_width, [1] * len(widths), widths, widths)
        widths = [measure_column(i, width).maximum or 0 for i, width in enumerate(widths)]
    return widths, pads, cells


def _simple(table: Table) -> bool:
    """Only what ``table_lines`` lays out exactly like rich."""
    if (
        table.title
        or table.caption
        or table.show_footer
        or table.show_lines
        or table.leading
        or table.expand
        or table.width is not None
        or table.min_width is not None
        or any(row.end_section for row in table.rows)
    ):
        return False
    box = table.box
    if box is not None and not (
        box.ascii
        and not (box.head_vertical + box.mid_vertical + box.foot_vertical).strip()
        and box.head_row_horizontal == box.head_row_cross == "-"
    ):
        return False
    return all(
        column.vertical == "top"
        and column.justify in ("left", "right", "center", "default")
        and column.overflow in ("fold", "ellipsis", "crop")
        for column in table.columns
    )


def _measurable(table: Table) -> bool:
    """Only tables whose column widths ``_layout`` computes exactly like rich."""
    return bool(table.columns) and not (
        table.expand
        or table.width is not None
        or table.min_width is not None
        or table.show_edge
        or any(
            column.width is not None or column.max_width is not None or column.ratio
            for column in table.columns
        )
    )


def _plain(cell: Any) -> str | None:
    """A cell's characters (str cells become a ``Text`` in rich: control codes go)."""
    if isinstance(cell, str):
        return strip_control_codes(cell)
    if type(cell) is Text and cell.justify is None and cell.overflow is None and cell.no_wrap is None:
        return cell.plain
    return None


def _measure(text: str) -> tuple[int, int]:
    """``Text.__rich_measure__``: (the widest word, the widest line)."""
    lines = text.splitlines()
    widest = max(cell_len(line) for line in lines) if lines else 0
    words = text.split()
    return (max(cell_len(word) for word in words) if words else widest), widest


def _cell_range(text: str, width: int, pad: tuple[int, int]) -> tuple[int, int]:
    """``Measurement.get`` of the cell's ``Padding`` (of the text alone without padding)."""
    if width < 1:
        return 0, 0
    if pad == (0, 0):
        return _get(Measurement(*_measure(text)), width)
    extra = pad[0] + pad[1]
    if width - extra < 1:  # Padding.__rich_measure__
        padded = Measurement(width, width)
    else:
        low, high = _get(Measurement(*_measure(text)), width)
        padded = Measurement(low + extra, high + extra).with_maximum(width)
    return _get(padded, width)


def _get(measurement: Measurement, width: int) -> tuple[int, int]:
    """The rest of ``Measurement.get`` for a measured renderable."""
    measured = measurement.normalize().with_maximum(width)
    if measured.maximum < 1:
        return 0, 0
    low, high = measured.normalize()
    return low, high


def _render_cell(console: Console, text: str, width: int, pad: tuple[int, int], column: Any) -> list[str]:
    """The cell's lines, each exactly ``width`` cells: padding, justify, wrap as rich does them."""
    inner = width - pad[0] - pad[1]
    justify = column.justify
    if "\n" not in text and cell_len(text) <= inner:
        lines = [_justify(text, inner, justify)]
    else:
        wrapped = Text(text).wrap(
            console, inner, justify=justify, overflow=column.overflow, no_wrap=column.no_wrap
        )
        lines = [_fit(line.plain, inner) for line in wrapped]
    left, right = " " * pad[0], " " * pad[1]
    return [f"{left}{line}{right}" for line in lines]


def _justify(text: str, width: int, justify: str) -> str:
    """One line that fits, as ``Lines.justify`` and ``render_lines(pad=True)`` leave it."""
    if justify == "right":
        text = text.rstrip()
        return " " * (width - cell_len(text)) + text
    if justify == "center":
        text = text.rstrip()
        text = " " * ((width - cell_len(text)) // 2) + text
    return _fit(text, width)


def _fit(text: str, width: int) -> str:
    """``Segment.adjust_line_length``: padded with spaces, or cut, to ``width`` cells."""
    length = cell_len(text)
    if length < width:
        return text + " " * (width - length)
    if length > width:
        return set_cell_size(text, width)
    return text
