"""`team` in the terminal: members legend, the matrix in pages, coverage, mentors.

The matrix is transposed (skills are rows, members are numbered columns
explained by the legend above it) so 50 members × 30 skills stays readable;
when the members do not fit the console width they are split into pages of
columns, each repeating the skill names and the team-wide coverage.
Every cell carries its meaning in characters (``2<`` below target, ``4>``
above, ``-`` unrated), so NO_COLOR and pipes lose nothing but colour.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.team_words import mark, percent, status, word

STYLE = {"below": "red", "at": "green", "above": "bold cyan", "unrated": "dim", "none": ""}
MIN_LABEL = 14


def print_team(console: Console, view: dict[str, Any], lang: str = "ja") -> None:
    _header(console, view, lang)
    console.print()
    _members(console, view, lang)
    for page in _pages(view, console.width, lang):
        console.print()
        _matrix(console, view, lang, page)
    console.print()
    _coverage(console, view, lang)
    console.print()
    _mentors(console, view, lang)


def _header(console: Console, view: dict[str, Any], lang: str) -> None:
    head = Text()
    head.append(word("title", lang), style="bold")
    head.append(f"  {view['framework']}", style="dim")
    console.print(head)
    line = Text(word("members_count", lang, n=len(view["members"])))
    line.append(" · ")
    line.append(word("coverage_rule", lang, level=view["coverage_level"], name=view["coverage_level_name"]))
    console.print(line)
    console.print(Text(word("legend", lang), style="dim"))


def _members(console: Console, view: dict[str, Any], lang: str) -> None:
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(word("member", lang), overflow="fold")
    table.add_column("ID", overflow="fold")
    table.add_column(word("role", lang), overflow="fold")
    table.add_column(word("readiness", lang), justify="right", no_wrap=True)
    table.add_column(word("next_role", lang), overflow="fold")
    table.add_column(word("readiness", lang), justify="right", no_wrap=True)
    carried = False
    for number, member in enumerate(view["members"], 1):
        ident = member["id"]
        if member["migrated_from"]:
            ident += " *"
            carried = True
        table.add_row(
            str(number),
            member["name"],
            ident,
            member["role_name"] or word("no_role", lang),
            percent(member["readiness"]),
            member["next_role_name"] or "–",
            percent(member["next_role_readiness"]),
        )
    console.print(table)
    if carried:
        console.print(
            Text(
                f"* {word('migrated', lang)}: "
                + ", ".join(
                    f"{m['id']} ({m['migrated_from']})" for m in view["members"] if m["migrated_from"]
                ),
                style="dim",
            )
        )


def _layout(view: dict[str, Any], width: int, lang: str) -> tuple[int, int, int, int]:
    """(label width, cell width, coverage width, members per page)."""
    top = max(level["level"] for level in view["scale"])
    cell = len(str(top)) + 1
    cov = max(4, cell_len(word("cov", lang)), len(str(len(view["members"]))) + 2)
    longest = max([cell_len(s["name"]) + 2 for s in view["skills"]] + [MIN_LABEL])
    fits = longest + 1 + (cell + 1) * len(view["members"]) + cov <= width
    label = longest if fits else min(longest, max(MIN_LABEL, width // 3))
    per_page = max(1, (width - label - cov - 1) // (cell + 1))
    return label, cell, cov, per_page


def _pages(view: dict[str, Any], width: int, lang: str) -> list[tuple[int, int, int, int, int, int]]:
    label, cell, cov, per_page = _layout(view, width, lang)
    count = len(view["members"])
    pages = -(-count // per_page) if count else 1
    per_page = -(-count // pages) if count else per_page  # balanced: 50 -> 13, 13, 12, 12
    return [
        (start, min(start + per_page, count), label, cell, cov, count)
        for start in range(0, max(count, 1), per_page)
    ]


def _fit(text: str, width: int, pad: bool = True) -> Text:
    out = Text(text)
    out.truncate(width, overflow="ellipsis", pad=pad)
    return out


def _matrix(console: Console, view: dict[str, Any], lang: str, page: tuple[int, ...]) -> None:
    start, stop, label, cell, cov, count = page
    members = view["members"][start:stop]
    targets = {role["id"]: role["targets"] for role in view["roles"]}
    if count > stop - start:
        console.print(Text(word("page", lang, first=start + 1, last=stop, n=count), style="bold"))
    head = _fit(word("skill", lang), label)
    for number in range(start + 1, stop + 1):
        head.append(" " + str(number).ljust(cell))
    cov_head = word("cov", lang)
    head.append(" " + " " * max(0, cov - cell_len(cov_head)) + cov_head)
    console.print(head, style="bold", no_wrap=True, crop=True)
    skills = {s["id"]: s for s in view["skills"]}
    for axis in view["axes"]:
        console.print(
            _fit(f"■ {axis['name']}", console.width, pad=False), style="bold magenta", no_wrap=True, crop=True
        )
        for category in (c for c in view["categories"] if c["axis"] == axis["id"]):
            console.print(
                _fit(f"▸ {category['name']}", console.width, pad=False), style="bold", no_wrap=True, crop=True
            )
            for skill in (s for s in view["skills"] if s["category"] == category["id"]):
                line = _fit(f"  {skill['name']}", label)
                for member in members:
                    level = member["levels"][skill["id"]]
                    target = targets.get(member["role"], {}).get(skill["id"]) if member["role"] else None
                    line.append(" ")
                    line.append(mark(level, target).ljust(cell), style=STYLE[status(level, target)])
                coverage = skills[skill["id"]]["coverage"]
                flag = "!" if coverage <= 1 else " "
                line.append(" ")
                line.append(f"{coverage}{flag}".rjust(cov), style="bold red" if coverage <= 1 else "")
                console.print(line, no_wrap=True, crop=True)


def _names(view: dict[str, Any], pairs: list[dict[str, Any]]) -> str:
    return ", ".join(f"{p['name']} {p['level']}" for p in pairs)


def _coverage(console: Console, view: dict[str, Any], lang: str) -> None:
    skills = {s["id"]: s for s in view["skills"]}
    console.print(Text(word("single_points", lang), style="bold"))
    if not view["single_points"]:
        console.print(f"  {word('none', lang)}")
    for skill_id in view["single_points"]:
        skill = skills[skill_id]
        line = Text(f"  {skill['name']}")
        line.append(f" [{skill_id}]", style="dim")
        line.append(f" ← {_names(view, skill['holders'])}", style="yellow")
        console.print(line)
    console.print(Text(word("uncovered", lang), style="bold"))
    if not view["uncovered"]:
        console.print(f"  {word('none', lang)}")
    for skill_id in view["uncovered"]:
        line = Text(f"  {skills[skill_id]['name']}")
        line.append(f" [{skill_id}]", style="dim")
        console.print(line, style="red")


def _mentors(console: Console, view: dict[str, Any], lang: str) -> None:
    console.print(Text(word("mentors", lang), style="bold"))
    if not view["mentors"]:
        console.print(f"  {word('no_gaps', lang)}")
        return
    names = {m["id"]: m["name"] for m in view["members"]}
    skills = {s["id"]: s["name"] for s in view["skills"]}
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False, show_edge=False)
    table.add_column(word("member", lang), overflow="fold")
    table.add_column(word("skill", lang), overflow="fold")
    table.add_column(word("now_target", lang), no_wrap=True, justify="center")
    table.add_column(word("mentors", lang).split("(")[0], overflow="fold")
    previous = None
    for hint in view["mentors"]:
        who = names[hint["member"]] if hint["member"] != previous else ""
        if previous is not None and hint["member"] != previous:
            table.add_section()
        previous = hint["member"]
        mentors = (
            _names(view, hint["mentors"]) if hint["mentors"] else Text(word("no_mentor", lang), style="dim")
        )
        table.add_row(who, skills[hint["skill"]], f"{hint['current'] or '-'}→{hint['target']}", mentors)
    console.print(table)
