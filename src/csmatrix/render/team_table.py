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
from functools import partial
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.console import Console
from rich.text import Text

from csmatrix.render.labels import percent
from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.team_words import mark, status, unit_head
from csmatrix.render.wrap import install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

STYLE = {"below": "red", "at": "green", "above": "bold cyan", "unrated": "dim", "none": ""}
MIN_LABEL = 14
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
        lambda: _header(view, lang),
        lambda: _members(view, lang, width, readiness, plain),
        *[partial(_matrix, view, lang, page, plain) for page in _pages(view, width, lang)],
        lambda: _coverage(view, lang),
        *([lambda: _units(view, lang)] if "units" in view else []),
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


def _header(view: dict[str, Any], lang: str) -> list[Text]:
    head = Text()
    head.append(word("team.title", lang), style="bold")
    head.append(f"  {view['framework']}", style="dim")
    line = Text(word("team.members_count", lang, n=len(view["members"])))
    line.append(" · ")
    line.append(
        word("team.coverage_rule", lang, level=view["coverage_level"], name=view["coverage_level_name"])
    )
    return [head, line, Text(word("team.legend", lang), style="dim")]


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
    widths = [_widths([row[i] for row in rows], heads[i], caps[i]) for i in range(len(heads))]
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
    lines += [
        Text(f"* {m['id']}: {word('team.migrated', lang)} {m['migrated_from']}", style="dim")
        for m in members
        if m["migrated_from"]
    ]
    return lines


def _layout(view: dict[str, Any], width: int, lang: str) -> tuple[int, int, int, int]:
    """(label width, cell width, coverage width, members per page)."""
    top = max(level["level"] for level in view["scale"])
    cell = len(str(top)) + 1
    cov = max(4, cell_len(word("team.cov", lang)), len(str(len(view["members"]))) + 2)
    longest = max([cell_len(s["name"]) + 2 for s in view["skills"]] + [MIN_LABEL])
    fits = longest + 1 + (cell + 1) * len(view["members"]) + cov <= width
    label = longest if fits else min(longest, max(MIN_LABEL, width // 3))
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


def _matrix(view: dict[str, Any], lang: str, page: tuple[int, ...], plain: bool = False) -> list[Text | str]:
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
        lines.append(Text(f"■ {axis['name']}", style="bold magenta"))
        for category in (c for c in view["categories"] if c["axis"] == axis["id"]):
            lines.append(Text(f"▸ {category['name']}", style="bold"))
            for skill in (s for s in view["skills"] if s["category"] == category["id"]):
                if plain:
                    lines.append(_plain_row(skill, label, cell, cov, members, member_targets))
                    continue
                line = _fit(f"  {skill['name']}", label)
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
    return lines


def _plain_row(
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
    return " ".join(
        [_fit_plain(f"  {skill['name']}", label), *cells, " " * max(0, cov - cell_len(flag)) + flag]
    )


def _names(names: dict[str, str], pairs: list[dict[str, Any]]) -> list[str]:
    """``佐藤 葵 3`` for each {id, level}: who, and at which level."""
    return [f"{names[p['id']]} {p['level']}" for p in pairs]


def _coverage(view: dict[str, Any], lang: str) -> list[Text]:
    skills = {s["id"]: s for s in view["skills"]}
    names = {m["id"]: m["name"] for m in view["members"]}
    lines = [Text(word("team.single_points", lang), style="bold")]
    if not view["single_points"]:
        lines.append(Text(f"  {word('team.none', lang)}"))
    for skill_id in view["single_points"]:
        skill = skills[skill_id]
        line = Text(f"  {skill['name']}")
        line.append(f" [{skill_id}]", style="dim")
        line.append(" ← " + ", ".join(_names(names, _holders(skill["holders"]))), style="yellow")
        lines.append(line)
    lines.append(Text(word("team.uncovered", lang), style="bold"))
    if not view["uncovered"]:
        lines.append(Text(f"  {word('team.none', lang)}"))
    for skill_id in view["uncovered"]:
        line = Text(f"  {skills[skill_id]['name']}", style="red")
        line.append(f" [{skill_id}]", style="dim")
        lines.append(line)
    return lines


def _units(view: dict[str, Any], lang: str) -> list[Text]:
    """Per unit: the skills one member of it holds, and those none of it holds."""
    skills = {s["id"]: s for s in view["skills"]}
    names = {m["id"]: m["name"] for m in view["members"]}
    lines = [Text(word("team.units", lang), style="bold")]
    for unit in view["units"]:
        lines.append(Text(f"■ {unit_head(unit, lang)}", style="bold magenta"))
        own = {s["id"]: s for s in unit["skills"]}
        if not unit["single_points"] and not unit["uncovered"]:
            lines.append(Text(f"  {word('team.none', lang)}"))
        for key, ids in (("unit_single", unit["single_points"]), ("unit_uncovered", unit["uncovered"])):
            for skill_id in ids:
                line = Text(
                    f"  {word(f'team.{key}', lang)}  ", style="red" if key == "unit_uncovered" else ""
                )
                line.append(skills[skill_id]["name"])
                line.append(f" [{skill_id}]", style="dim")
                if own[skill_id]["holders"]:
                    line.append(" ← " + ", ".join(_names(names, own[skill_id]["holders"])), style="yellow")
                line.append(f" · {word('team.team_wide', lang, n=skills[skill_id]['coverage'])}", style="dim")
                lines.append(line)
    return lines


def _mentors(view: dict[str, Any], lang: str, width: int) -> list[Text]:
    lines = [Text(word("team.mentors", lang), style="bold")]
    if not view["mentors"]:
        lines.append(Text(f"  {word('team.no_gaps', lang)}"))
        return lines
    names = {m["id"]: m["name"] for m in view["members"]}
    skills = {s["id"]: s["name"] for s in view["skills"]}
    label = min(max(cell_len(n) for n in skills.values()), max(MIN_LABEL, width // 3))
    indent = 4 + label + 2 + 5 + 2  # "    skill  2→3  "
    previous = None
    for hint in view["mentors"]:
        if hint["member"] != previous:
            lines.append(Text(f"  {names[hint['member']]}", style="bold"))
            previous = hint["member"]
        line = Text("    ")
        line.append_text(_fit(skills[hint["skill"]], label))
        line.append(f"  {hint['current'] or '-'}→{hint['target']}".ljust(7))
        line.append(GAP)
        if not hint["mentors"]:
            line.append(word("team.no_mentor", lang), style="dim")
            lines.append(line)
            continue
        # wrap the mentor list at the console width, continuing under itself
        used = indent
        for position, name in enumerate(_names(names, hint["mentors"])):
            text = (", " if position else "") + name
            if position and used + cell_len(text) > width:
                lines.append(line.append(","))
                line, used, text = Text(" " * indent), indent, name
            line.append(text, style="green")
            used += cell_len(text)
        lines.append(line)
    return lines
