"""`team` in the terminal: members legend, the matrix in pages, coverage, mentors.

The matrix is transposed (skills are rows, members are numbered columns
explained by the members list above it) so 50 members × 30 skills stays
readable; when the members do not fit the console width they are split into
balanced pages of columns, each repeating the skill names and the team-wide
coverage.  Every cell carries its meaning in characters (``2<`` below target,
``4>`` above, ``-`` unrated), so NO_COLOR and pipes lose nothing but colour.

Lines are laid out here (widths measured with ``cell_len``, so Japanese text
lines up) and printed a section at a time: rich tables cost too much for a
team of 2,000.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from csmatrix.render.labels import percent
from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.team_words import mark, status, unit_head
from csmatrix.render.wrap import divide_line, flow, install, widest_word, wrap
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

STYLE = {"below": "red", "at": "green", "above": "bold cyan", "unrated": "dim", "none": ""}
MIN_LABEL = 14
WIDE = 80  # from here on a members table too wide caps its names rather than becoming a list
GAP = "  "
LEAVES = frozenset({int, float, bool, type(None)})  # what term_tree keeps as it is
CHUNK = 500  # lines per print: one call per line is slow, one per 20,000 lines is big


@no_markup
def print_team(
    console: Console, view: dict[str, Any], lang: str = "ja", *, mentors: bool = True, readiness: bool = True
) -> None:
    """The team on a screen: header, members, the matrix, coverage (and units).

    ``readiness`` adds each member's next role and readiness for it; ``mentors`` adds the
    mentor candidates per skill below target (``team --readiness / --mentors / --details``).
    """
    view = _safe(view, mentors)
    width = console.width
    plain = console.color_system is None and not console.is_terminal
    sections: list[Callable[[], Sequence[Text | str]]] = [
        lambda: _header(view, lang, width),
        lambda: _members(view, lang, width, readiness, plain),
        *[partial(_matrix, view, lang, page, plain, width) for page in _pages(view, width, lang)],
        lambda: _coverage(view, lang, width),
        *([lambda: _units(view, lang, width)] if "units" in view else []),
        *([lambda: _mentors(view, lang, width)] if mentors else []),
    ]
    if plain:
        _write_plain(console, sections, width)
        return
    for index, section in enumerate(sections):  # built one at a time: bounded memory
        if index:
            console.print()
        lines = [Text(line) if isinstance(line, str) else line for line in section()]
        for start in range(0, len(lines), CHUNK):
            console.print(
                Text("\n").join(lines[start : start + CHUNK]), no_wrap=True, crop=True, overflow="ellipsis"
            )


def _safe(view: dict[str, Any], mentors: bool) -> dict[str, Any]:
    """``term_tree(view)`` for what the table shows, without copying what it does not (#17).

    A team of 2,000 has hundreds of thousands of strings in its view: every member's
    levels, every skill's holders, every mentor hint.  Levels whose keys are printable
    are kept as they are (``term`` would return every key unchanged); holders are made
    safe where they are shown (``_holders``), mentor hints only when they are shown.
    """
    skip = {"members", "skills", "mentors"}
    safe: dict[str, Any] = term_tree({key: value for key, value in view.items() if key not in skip})
    members = []
    for member in view["members"]:
        levels = member["levels"]
        shown = term_tree({key: value for key, value in member.items() if key != "levels"})
        if all(type(k) is str and k.isprintable() for k in levels) and all(
            type(v) in LEAVES for v in levels.values()
        ):
            shown["levels"] = levels
        else:
            shown["levels"] = term_tree(levels)
        members.append(shown)
    safe["members"] = members
    safe["skills"] = [
        {
            **term_tree({key: value for key, value in skill.items() if key != "holders"}),
            "holders": skill["holders"],
        }
        for skill in view["skills"]
    ]
    safe["mentors"] = term_tree(view["mentors"]) if mentors else view["mentors"]
    return {key: safe[key] for key in view}  # the view's order


def _holders(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A skill's holders made safe to print (``_safe`` leaves them as they are)."""
    shown: list[dict[str, Any]] = term_tree(pairs)
    return shown


def _fit_plain(text: str, width: int, pad: bool = True) -> str:
    """``_fit(text, width, pad=pad).plain`` without a ``Text``: the same steps as ``Text.truncate``."""
    length = cell_len(text)
    if length > width:
        text = set_cell_size(text, width - 1) + "…"
    if pad and length < width:
        text += " " * (width - length)
    return text


def _fit(text: str, width: int, style: str = "", pad: bool = True) -> Text:
    out = Text(text, style=style)
    out.truncate(width, overflow="ellipsis", pad=pad)
    return out


def _right(text: str, width: int, style: str = "") -> Text:
    return Text(" " * max(0, width - cell_len(text)) + text, style=style)


def _header(view: dict[str, Any], lang: str, width: int = 80) -> list[Text]:
    """Title, members and coverage rule, legend: each on one line, wrapped at " · " if narrower (#13)."""
    head = Text()
    head.append(word("team.title", lang), style="bold")
    head.append(f"  {view['framework']}", style="dim")
    count = word("team.members_count", lang, n=len(view["members"]))
    rule = word("team.coverage_rule", lang, level=view["coverage_level"], name=view["coverage_level_name"])
    lines = [head, *(Text(line) for line in flow([count, rule], width))]
    return lines + [Text(line, style="dim") for line in flow(word("team.legend", lang).split(" · "), width)]


def _hanging(text: Text, width: int, indent: int = 4) -> list[Text]:
    """``text`` (with its own indent) in lines of ``width`` cells, continued ``indent`` cells in,
    broken as ``render.wrap`` breaks (never in a word): one line when it fits (#13)."""
    if text.cell_len <= width or width <= indent:
        return [text]
    lines = []
    for index, part in enumerate(text.divide(divide_line(text.plain, width - indent))):
        part.rstrip()
        lines.append(Text(" " * indent).append_text(part) if index else part)
    return lines


def _flowed(pieces: list[tuple[str, str]], width: int, indent: int = 4) -> list[Text]:
    """(text, style) pieces on lines of ``width`` cells, a piece moved whole to the next line
    (``indent`` cells in) when it does not fit: a holder's name is not split from its level.
    A piece too long for a line of its own is broken by ``_hanging``."""
    lines: list[Text] = []
    line = Text()
    for text, style in pieces:
        if line.cell_len > indent and line.cell_len + cell_len(text.rstrip()) > width:
            line.rstrip()
            lines.append(line)
            line = Text(" " * indent)
            text = text.lstrip()
        line.append(text, style=style)
    lines.append(line)
    return [part for line in lines for part in _hanging(line, width, indent)]


def _holder_pieces(holders: list[str]) -> list[tuple[str, str]]:
    """`` ← 森 健太 4, 佐藤 葵 3`` as pieces for ``_flowed``."""
    if not holders:
        return []
    last = len(holders) - 1
    return [
        (" ←", "yellow"),
        *((f" {name}{',' if i < last else ''}", "yellow") for i, name in enumerate(holders)),
    ]


@lru_cache(maxsize=4096)
def _label_lines(name: str, label: int) -> tuple[str, ...]:
    """A skill's name in the matrix's label column: on one line when it fits, else wrapped under
    itself, never cut (#13); the marks go on the first line."""
    text = f"  {name}"
    if cell_len(text) <= label:
        return (text,)
    return tuple(("  " if i == 0 else "    ") + line for i, line in enumerate(wrap(name, max(1, label - 4))))


def _widths(values: Sequence[str], heading: str, cap: int) -> int:
    return min(cap, max([cell_len(v) for v in values] + [cell_len(heading)]))


def _write_plain(console: Console, sections: list[Callable[[], Sequence[Text | str]]], width: int) -> None:
    """Without colour and a terminal (a pipe, a file), write the lines as text: the bytes
    rich would print (each line cut to the width with an ellipsis), without rich laying out
    a table of thousands of lines (#17)."""
    write = console.file.write
    for index, section in enumerate(sections):
        if index:
            write("\n")
        out = []
        for line in section():
            if isinstance(line, str):  # a plain line (the matrix): cut as a Text would be
                if cell_len(line) > width:
                    line = set_cell_size(line, width - 1) + "…"
                out.append(line)
                continue
            if line.cell_len > width:
                line.truncate(width, overflow="ellipsis")
            out.append(line.plain)
        write("\n".join(out) + "\n" if out else "")


def _members(
    view: dict[str, Any], lang: str, width: int, readiness: bool = True, plain: bool = False
) -> list[Text | str]:
    """The numbered members; ``plain``: their rows as ``str`` (no colour to keep)."""
    members = view["members"]
    rows: list[tuple[str, ...]] = []
    for number, m in enumerate(members, 1):
        ident = m["id"] + (" *" if m["migrated_from"] else "")
        rows.append(
            (
                str(number),
                m["name"],
                ident,
                m["role_name"] or word("team.no_role", lang),
                percent(m["readiness"]),
                m["next_role_name"] or "–",
                percent(m["next_role_readiness"]),
            )
        )
    heads: tuple[str, ...] = (
        "#",
        word("team.member", lang),
        "ID",
        word("team.role", lang),
        word("team.readiness", lang),
        word("team.next_role", lang),
        word("team.readiness", lang),
    )
    caps: tuple[int, ...] = (6, 16, max(12, width // 4), 14, 6, 14, 6)
    if not readiness:  # the next role and its readiness are details
        keep = 5
        rows = [row[:keep] for row in rows]
        heads, caps = heads[:keep], caps[:keep]
    columns = [[row[i] for row in rows] for i in range(len(heads))]
    widths = [_widths(values, head, width) for values, head in zip(columns, heads, strict=True)]
    if sum(widths) + len(GAP) * (len(widths) - 1) > width:
        # too wide: at a common width the text columns are capped (a long name ends in "…", as
        # before #13); on a narrow console, or when that is still too wide, the members are a list
        widths = [min(w, cap) for w, cap in zip(widths, caps, strict=True)]
        if width < WIDE or sum(widths) + len(GAP) * (len(widths) - 1) > width:
            return [*_member_list(rows, heads, width), *_migrated(members, lang)]
    right = {0, 4, 6}

    def line(cells: Sequence[str], style: str = "") -> Text:
        out = Text(style=style)
        for i, (value, w) in enumerate(zip(cells, widths, strict=True)):
            if i:
                out.append(GAP)
            out.append_text(_right(value, w) if i in right else _fit(value, w, pad=i < len(cells) - 1))
        return out

    def plain_line(cells: Sequence[str]) -> str:
        last = len(cells) - 1
        return GAP.join(
            " " * max(0, w - cell_len(value)) + value if i in right else _fit_plain(value, w, pad=i < last)
            for i, (value, w) in enumerate(zip(cells, widths, strict=True))
        )

    lines: list[Text | str] = [
        line(heads, "bold"),
        Text("─" * min(width, sum(widths) + len(GAP) * (len(widths) - 1))),
    ]
    lines += [plain_line(row) if plain else line(row) for row in rows]
    return lines + _migrated(members, lang)


def _migrated(members: list[dict[str, Any]], lang: str) -> list[Text | str]:
    """The footnotes of the members carried from an older version (``*`` after their id)."""
    return [
        Text(f"* {m['id']}: {word('team.migrated', lang)} {m['migrated_from']}", style="dim")
        for m in members
        if m["migrated_from"]
    ]


def _member_list(rows: list[tuple[str, ...]], heads: tuple[str, ...], width: int) -> list[Text | str]:
    """The members when their table is wider than the console: number, name and id on a line,
    then ``Ready: role 80% → next role 40%`` under them."""
    lines: list[Text | str] = []
    for number, name, ident, role, *rest in rows:
        indent = len(number) + 2
        lines += _flowed([(f"{number}  ", ""), (name, "bold"), (f"  {ident}", "dim")], width, indent)
        pieces = [(f"{' ' * indent}{heads[4]}: {role} {rest[0]}", "")]
        if len(rest) > 1:  # the next role and its readiness
            pieces.append((f" → {rest[1]} {rest[2]}", ""))
        lines += _flowed(pieces, width, indent)
    return lines


def _layout(view: dict[str, Any], width: int, lang: str) -> tuple[int, int, int, int]:
    """(label width, cell width, coverage width, members per page)."""
    top = max(level["level"] for level in view["scale"])
    cell = len(str(top)) + 1
    cov = max(4, cell_len(word("team.cov", lang)), len(str(len(view["members"]))) + 2)
    longest = max([cell_len(s["name"]) + 2 for s in view["skills"]] + [MIN_LABEL])
    fits = longest + 1 + (cell + 1) * len(view["members"]) + cov <= width
    word_room = max([widest_word(s["name"]) + 4 for s in view["skills"]], default=0)  # see _label_lines
    label = longest if fits else min(longest, max(MIN_LABEL, width // 3, word_room))
    per_page = max(1, (width - label - cov - 1) // (cell + 1))
    return label, cell, cov, per_page


def _pages(view: dict[str, Any], width: int, lang: str) -> list[tuple[int, int, int, int, int, int]]:
    label, cell, cov, per_page = _layout(view, width, lang)
    count = len(view["members"])
    pages = -(-count // per_page) if count else 1
    per_page = -(-count // pages) if count else per_page  # balanced: 50 -> 13, 13, 13, 11
    return [
        (start, min(start + per_page, count), label, cell, cov, count)
        for start in range(0, max(count, 1), per_page)
    ]


def _matrix(
    view: dict[str, Any], lang: str, page: tuple[int, ...], plain: bool = False, width: int = 80
) -> list[Text | str]:
    """One page of the matrix; ``plain``: its skill rows as ``str`` (no colour to keep)."""
    start, stop, label, cell, cov, count = page
    members = view["members"][start:stop]
    targets = {role["id"]: role["targets"] for role in view["roles"]}
    member_targets = [targets.get(m["role"], {}) if m["role"] else {} for m in members]
    lines: list[Text | str] = []
    if count > stop - start:
        lines.append(Text(word("team.page", lang, first=start + 1, last=stop, n=count), style="bold"))
    head = _fit(word("team.skill", lang), label, style="bold")
    for number in range(start + 1, stop + 1):
        head.append(" " + str(number).ljust(cell), style="bold")
    head.append(" ")
    head.append_text(_right(word("team.cov", lang), cov, style="bold"))
    lines.append(head)
    for axis in view["axes"]:
        lines += _hanging(Text(f"■ {axis['name']}", style="bold magenta"), width, 2)
        for category in (c for c in view["categories"] if c["axis"] == axis["id"]):
            lines += _hanging(Text(f"▸ {category['name']}", style="bold"), width, 2)
            for skill in (s for s in view["skills"] if s["category"] == category["id"]):
                first, *more = _label_lines(skill["name"], label)
                if plain:
                    lines.append(_plain_row(first, skill, label, cell, cov, members, member_targets))
                    lines += more
                    continue
                line = _fit(first, label)
                for member, mine in zip(members, member_targets, strict=True):
                    level = member["levels"][skill["id"]]
                    target = mine.get(skill["id"])
                    line.append(" ")
                    line.append(mark(level, target).ljust(cell), style=STYLE[status(level, target)])
                coverage = skill["coverage"]
                line.append(" ")
                flagged = coverage <= 1
                line.append_text(
                    _right(f"{coverage}{'!' if flagged else ' '}", cov, "bold red" if flagged else "")
                )
                lines.append(line)
                lines += [Text(text) for text in more]
    return lines


def _plain_row(
    name: str,
    skill: dict[str, Any],
    label: int,
    cell: int,
    cov: int,
    members: list[dict[str, Any]],
    member_targets: list[dict[str, int]],
) -> str:
    """A skill's row of the matrix as text: the characters of the ``Text`` ``_matrix`` builds."""
    skill_id = skill["id"]
    cells = [
        mark(member["levels"][skill_id], mine.get(skill_id)).ljust(cell)
        for member, mine in zip(members, member_targets, strict=True)
    ]
    coverage = skill["coverage"]
    flag = f"{coverage}{'!' if coverage <= 1 else ' '}"
    return " ".join([_fit_plain(name, label), *cells, " " * max(0, cov - cell_len(flag)) + flag])


def _names(names: dict[str, str], pairs: list[dict[str, Any]]) -> list[str]:
    """``佐藤 葵 3`` for each {id, level}: who, and at which level."""
    return [f"{names[p['id']]} {p['level']}" for p in pairs]


def _coverage(view: dict[str, Any], lang: str, width: int = 80) -> list[Text]:
    skills = {s["id"]: s for s in view["skills"]}
    names = {m["id"]: m["name"] for m in view["members"]}
    lines = _hanging(Text(word("team.single_points", lang), style="bold"), width, 2)
    if not view["single_points"]:
        lines.append(Text(f"  {word('team.none', lang)}"))
    for skill_id in view["single_points"]:
        skill = skills[skill_id]
        holders = _holder_pieces(_names(names, _holders(skill["holders"])))
        lines += _flowed([(f"  {skill['name']}", ""), (f" [{skill_id}]", "dim"), *holders], width)
    lines += _hanging(Text(word("team.uncovered", lang), style="bold"), width, 2)
    if not view["uncovered"]:
        lines.append(Text(f"  {word('team.none', lang)}"))
    for skill_id in view["uncovered"]:
        lines += _flowed([(f"  {skills[skill_id]['name']}", "red"), (f" [{skill_id}]", "dim")], width)
    return lines


def _units(view: dict[str, Any], lang: str, width: int = 80) -> list[Text]:
    """Per unit: the skills one member of it holds, and those none of it holds."""
    skills = {s["id"]: s for s in view["skills"]}
    names = {m["id"]: m["name"] for m in view["members"]}
    lines = _hanging(Text(word("team.units", lang), style="bold"), width, 2)
    for unit in view["units"]:
        lines += _hanging(Text(f"■ {unit_head(unit, lang)}", style="bold magenta"), width, 2)
        own = {s["id"]: s for s in unit["skills"]}
        if not unit["single_points"] and not unit["uncovered"]:
            lines.append(Text(f"  {word('team.none', lang)}"))
        for key, ids in (("unit_single", unit["single_points"]), ("unit_uncovered", unit["uncovered"])):
            for skill_id in ids:
                pieces = [
                    (f"  {word(f'team.{key}', lang)}  ", "red" if key == "unit_uncovered" else ""),
                    (skills[skill_id]["name"], ""),
                    (f" [{skill_id}]", "dim"),
                    *_holder_pieces(
                        _names(names, own[skill_id]["holders"]) if own[skill_id]["holders"] else []
                    ),
                    (f" · {word('team.team_wide', lang, n=skills[skill_id]['coverage'])}", "dim"),
                ]
                lines += _flowed(pieces, width)
    return lines


def _mentors(view: dict[str, Any], lang: str, width: int) -> list[Text]:
    """Per member, each skill below target: the gap and who in the team could mentor it.

    The skill's name wraps inside its column and the mentors inside theirs, line by line
    beside each other, so neither is cut (#13).
    """
    lines = _hanging(Text(word("team.mentors", lang), style="bold"), width, 2)
    if not view["mentors"]:
        lines.append(Text(f"  {word('team.no_gaps', lang)}"))
        return lines
    names = {m["id"]: m["name"] for m in view["members"]}
    skills = {s["id"]: s["name"] for s in view["skills"]}
    room = max(widest_word(n) for n in skills.values())
    label = min(max(cell_len(n) for n in skills.values()), max(MIN_LABEL, width // 3, room))
    indent = 4 + label + 2 + 5 + 2  # "    skill  2→3  "
    previous = None
    for hint in view["mentors"]:
        if hint["member"] != previous:
            lines.append(Text(f"  {names[hint['member']]}", style="bold"))
            previous = hint["member"]
        first = Text(f"  {hint['current'] or '-'}→{hint['target']}".ljust(7))
        first.append(GAP)
        right = [first]
        if not hint["mentors"]:
            nobody, *more = wrap(word("team.no_mentor", lang), max(1, width - indent))
            first.append(nobody, style="dim")
            right += [Text(" " * (indent - 4 - label) + text, style="dim") for text in more]
        else:
            # the mentor list wraps at the console width, continuing under itself
            used = indent
            for position, name in enumerate(_names(names, hint["mentors"])):
                text = (", " if position else "") + name
                if position and used + cell_len(text) > width:
                    right[-1].append(",")
                    right.append(Text(" " * (indent - 4 - label)))
                    used, text = indent, name
                right[-1].append(text, style="green")
                used += cell_len(text)
        skill = skills[hint["skill"]]
        left = [skill] if cell_len(skill) <= label else wrap(skill, label)
        for row in range(max(len(left), len(right))):
            line = Text("    ")
            if row < len(left):
                line.append_text(_fit(left[row], label, pad=row < len(right)))
            elif row < len(right):
                line.append(" " * label)
            if row < len(right):
                line.append_text(right[row])
            lines.append(line)
    return lines
