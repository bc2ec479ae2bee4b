"""Charts as SVG text: a member's radar and a team heatmap.

Pure string building, no dependency.  Every text from a file is escaped;
each chart carries ``role="img"``, an ``aria-label``, a ``<title>`` and a
``<desc>``, and is meant to sit beside a plain HTML table of the same
numbers (``data_table``) so that a screen reader, a printer or a person who
would rather read gets everything too.  Series differ by dash pattern and
marker as well as colour, so a black-and-white print still tells them apart.

Radar geometry: ``n`` spokes, the first pointing straight up and the others
clockwise at ``360° / n`` steps; a value ``v`` on a scale ``0..top`` sits at
``radius * v / top`` from the centre (``radar_point``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from csmatrix.models.member import Member
from csmatrix.render.labels import number

FONT = (
    "'Hiragino Sans','Hiragino Kaku Gothic ProN','Noto Sans CJK JP','Noto Sans JP',"
    "'Yu Gothic','YuGothic',Meiryo,'IPAexGothic',system-ui,sans-serif"
)


@dataclass(frozen=True)
class Style:
    colour: str
    dash: str  # SVG stroke-dasharray, "" for a solid line
    fill: str  # fill opacity
    marker: str  # "circle" | "square" | "diamond" | "triangle"


STYLES: dict[str, Style] = {
    "current": Style("#1f5fa8", "", "0.22", "circle"),
    "target": Style("#c0392b", "6 4", "0", "square"),
    "self": Style("#2e7d32", "2 3", "0", "triangle"),
    "assessor": Style("#6a1b9a", "8 3 2 3", "0", "diamond"),
}


RADAR_TOP_MARGIN = 50


@dataclass(frozen=True)
class Series:
    key: str  # one of STYLES
    label: str
    values: Sequence[float | None]  # one per spoke; None is drawn at the centre


def _n(value: float) -> str:
    """A coordinate: two decimals, no trailing zeros, never '-0'."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def radar_angle(index: int, count: int) -> float:
    """Radians of spoke ``index`` of ``count``: the first straight up, then clockwise."""
    return -math.pi / 2 + 2 * math.pi * index / count


def radar_point(
    index: int, count: int, value: float, top: float, radius: float, cx: float, cy: float
) -> tuple[float, float]:
    """Where ``value`` (0..top, clamped) of spoke ``index`` sits."""
    share = min(max(value, 0.0), top) / top if top else 0.0
    angle = radar_angle(index, count)
    return cx + radius * share * math.cos(angle), cy + radius * share * math.sin(angle)


def _marker(kind: str, x: float, y: float, colour: str) -> str:
    s = 3.5
    if kind == "square":
        side = _n(2 * s)
        return f'<rect x="{_n(x - s)}" y="{_n(y - s)}" width="{side}" height="{side}" fill="{colour}"/>'
    if kind == "diamond":
        pts = (
            f"{_n(x)},{_n(y - s - 1)} {_n(x + s + 1)},{_n(y)} {_n(x)},{_n(y + s + 1)} {_n(x - s - 1)},{_n(y)}"
        )
        return f'<polygon points="{pts}" fill="{colour}"/>'
    if kind == "triangle":
        pts = f"{_n(x)},{_n(y - s - 1)} {_n(x + s + 1)},{_n(y + s)} {_n(x - s - 1)},{_n(y + s)}"
        return f'<polygon points="{pts}" fill="{colour}"/>'
    return f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(s)}" fill="{colour}"/>'


def _ids(prefix: str, title: str) -> str:
    """A stable id (the same page twice is the same bytes)."""
    import zlib

    return f"{prefix}-{zlib.crc32(title.encode('utf-8')):08x}"


def radar_svg(
    spokes: Sequence[str],
    series: Sequence[Series],
    top: int,
    *,
    title: str,
    description: str = "",
    size: int = 420,
) -> str:
    """A radar chart: one spoke per label, one closed line per series.

    Fewer than three spokes make no polygon; callers pass skills instead of
    categories then (see ``render.assess_html``).
    """
    count = len(spokes)
    if count < 3:
        raise ValueError("a radar chart needs at least three spokes")
    margin, top_margin = 120, RADAR_TOP_MARGIN  # room for labels left and right, less above
    width = size + 2 * margin
    height = size + 2 * top_margin + 40 + 28 * ((len(series) + 1) // 2)
    cx, cy, radius = width / 2, top_margin + size / 2, size / 2
    ident = _ids("radar", title)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_n(width)} {_n(height)}" '
        f'width="{_n(width)}" height="{_n(height)}" role="img" aria-label="{escape(title)}" '
        f'aria-labelledby="{ident}-t {ident}-d" class="chart radar" font-family="{escape(FONT)}">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(description)}</desc>',
        '<g class="grid" fill="none" stroke="#9e9e9e" stroke-width="0.8">',
    ]
    for level in range(1, top + 1):
        ring = [radar_point(i, count, level, top, radius, cx, cy) for i in range(count)]
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in ring)
        out.append(f'<polygon class="ring" data-level="{level}" points="{points}"/>')
    for i in range(count):
        x, y = radar_point(i, count, top, top, radius, cx, cy)
        out.append(f'<line class="spoke" x1="{_n(cx)}" y1="{_n(cy)}" x2="{_n(x)}" y2="{_n(y)}"/>')
    out.append("</g>")
    out.append('<g class="scale" font-size="11" fill="#616161" text-anchor="start">')
    for level in range(1, top + 1):
        x, y = radar_point(0, count, level, top, radius, cx, cy)
        out.append(f'<text x="{_n(x + 5)}" y="{_n(y + 12)}">{level}</text>')
    out.append("</g>")
    out.append('<g class="labels" font-size="13" fill="#212121">')
    for i, label in enumerate(spokes):
        angle = radar_angle(i, count)
        x, y = cx + (radius + 14) * math.cos(angle), cy + (radius + 14) * math.sin(angle)
        cos = math.cos(angle)
        anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
        dy = -2 if math.sin(angle) < -0.3 else (12 if math.sin(angle) > 0.3 else 4)
        out.append(f'<text x="{_n(x)}" y="{_n(y + dy)}" text-anchor="{anchor}">{escape(label)}</text>')
    out.append("</g>")
    for s in series:
        style = STYLES.get(s.key, STYLES["current"])
        pts = [radar_point(i, count, v or 0.0, top, radius, cx, cy) for i, v in enumerate(s.values)]
        points = " ".join(f"{_n(x)},{_n(y)}" for x, y in pts)
        dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
        out.append(
            f'<g class="series" data-series="{escape(s.key)}"><polygon points="{points}" '
            f'fill="{style.colour}" fill-opacity="{style.fill}" '
            f'stroke="{style.colour}" stroke-width="2"{dash}/>'
        )
        out += [_marker(style.marker, x, y, style.colour) for x, y in pts]
        out.append("</g>")
    out.append(_legend(series, 24, top_margin + size + 44, width))
    out.append("</svg>")
    return "\n".join(out)


def _legend(series: Sequence[Series], x0: float, y0: float, width: float) -> str:
    out = ['<g class="legend" font-size="13" fill="#212121">']
    column = (width - 2 * x0) / 2
    for k, s in enumerate(series):
        style = STYLES.get(s.key, STYLES["current"])
        x, y = x0 + column * (k % 2), y0 + 28 * (k // 2)
        dash = f' stroke-dasharray="{style.dash}"' if style.dash else ""
        out.append(
            f'<line x1="{_n(x)}" y1="{_n(y)}" x2="{_n(x + 34)}" y2="{_n(y)}" '
            f'stroke="{style.colour}" stroke-width="2.5"{dash}/>'
        )
        out.append(_marker(style.marker, x + 17, y, style.colour))
        out.append(f'<text x="{_n(x + 42)}" y="{_n(y + 4)}">{escape(s.label)}</text>')
    out.append("</g>")
    return "\n".join(out)


def heat_colour(level: int | None, top: int) -> str:
    """White-ish for low, deep blue for the top; grey hatch colour for unrated."""
    if not level:
        return "#eeeeee"
    share = min(max(level, 0), top) / top
    # from #e3f2fd (light) to #0d47a1 (deep)
    light, deep = (0xE3, 0xF2, 0xFD), (0x0D, 0x47, 0xA1)
    rgb = [round(a + (b - a) * share) for a, b in zip(light, deep, strict=True)]
    return "#" + "".join(f"{c:02x}" for c in rgb)


def heatmap_svg(
    rows: Sequence[str],
    columns: Sequence[str],
    values: Sequence[Sequence[int | None]],
    top: int,
    *,
    title: str,
    description: str = "",
    cell: int = 34,
) -> str:
    """A grid: one row per skill, one column per member, the level written in each cell.

    Rows are skills so that long Japanese names read horizontally; columns
    are members, their names written vertically (top to bottom) above the grid.
    """
    label_width = 14 * max((len(r) for r in rows), default=4) + 16
    header = 14 * max((len(c) for c in columns), default=4) + 16
    width = label_width + cell * len(columns) + 8
    height = header + cell * len(rows) + 8
    ident = _ids("heat", title)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" '
        f'height="{height}" role="img" aria-label="{escape(title)}" aria-labelledby="{ident}-t {ident}-d" '
        f'class="chart heatmap" font-family="{escape(FONT)}">',
        f'<title id="{ident}-t">{escape(title)}</title>',
        f'<desc id="{ident}-d">{escape(description)}</desc>',
        '<g class="columns" font-size="13" fill="#212121">',
    ]
    for j, name in enumerate(columns):
        x = label_width + cell * j + cell / 2
        # written top to bottom, as Japanese is in a vertical line
        out.append(
            f'<text x="{_n(x)}" y="8" writing-mode="vertical-rl" text-anchor="start">{escape(name)}</text>'
        )
    out.append("</g>")
    out.append('<g class="rows" font-size="13" fill="#212121" text-anchor="end">')
    for i, name in enumerate(rows):
        y = header + cell * i + cell / 2 + 4
        out.append(f'<text x="{label_width - 8}" y="{_n(y)}">{escape(name)}</text>')
    out.append("</g>")
    out.append('<g class="cells" font-size="13" text-anchor="middle">')
    for i, row in enumerate(values):
        for j, level in enumerate(row):
            x, y = label_width + cell * j, header + cell * i
            ink = "#ffffff" if level and level / top > 0.55 else "#212121"
            text = str(level) if level else "–"
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell - 2}" height="{cell - 2}" '
                f'fill="{heat_colour(level, top)}" data-level="{level or 0}"/>'
                f'<text x="{_n(x + cell / 2 - 1)}" y="{_n(y + cell / 2 + 3)}" fill="{ink}">{text}</text>'
            )
    out.append("</g></svg>")
    return "\n".join(out)


def data_table(caption: str, headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """The numbers of a chart as an HTML table (escaped), to sit beside it."""
    head = "".join(f'<th scope="col">{escape(str(h))}</th>' for h in headers)
    body = []
    for row in rows:
        first, *rest = row
        cells = "".join(f'<td class="num">{escape(_cell(v))}</td>' for v in rest)
        body.append(f'<tr><th scope="row">{escape(_cell(first))}</th>{cells}</tr>')
    return (
        f'<table class="chart-data"><caption>{escape(caption)}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _cell(value: object) -> str:
    return number(value) if value is None or isinstance(value, int | float) else str(value)


def latest_sides(member: Member) -> tuple[dict[str, int], dict[str, int]]:
    """(latest self level, latest assessor level) per skill, by SPEC's ordering."""
    from csmatrix.scoring.gaps import ratings

    own: dict[str, int] = {}
    other: dict[str, int] = {}
    for skill, rows in ratings(member).items():
        for rating in rows:  # oldest first: the last one written wins
            (own if rating.is_self else other)[skill] = rating.level
    return own, other


def group_means(
    groups: Sequence[tuple[str, Sequence[str]]], levels: Mapping[str, int | None]
) -> list[float | None]:
    """Mean of the known levels of each group's skills (None when none is known)."""
    out: list[float | None] = []
    for _, skills in groups:
        known = [v for s in skills if (v := levels.get(s)) is not None]
        out.append(round(sum(known) / len(known), 2) if known else None)
    return out
