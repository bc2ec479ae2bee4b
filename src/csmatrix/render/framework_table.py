"""`show` and `list` in the terminal (rich)."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.wrap import install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

WIDE = 120  # below this, each skill's levels are stacked instead of side by side


def _lang(view: dict[str, Any]) -> str:
    return str(view.get("lang", "ja"))


@no_markup
def print_framework(console: Console, view: dict[str, Any], lang: str = "ja") -> None:
    view = term_tree(view)
    head = Text()
    head.append(view["title"] or view["framework"], style="bold")
    head.append(f"  {view['framework']}  ({view['released']})", style="dim")
    console.print(head)
    if view.get("description"):
        console.print(view["description"], style="dim")
    console.print(_scale_line(view["levels"], lang))
    roles = {role["id"]: role["name"] for role in view["roles"]}
    wide = console.width >= WIDE
    for axis in view["axes"]:
        console.print()
        console.rule(Text(f"{axis['name']} [{axis['id']}]", style="bold magenta"), align="left")
        for category in axis["categories"]:
            console.print(Text(f"▸ {category['name']} [{category['id']}]", style="bold"))
            if wide:
                console.print(_matrix(category, view["levels"], roles))
            else:
                for skill in category["skills"]:
                    console.print(_stacked(skill, view["levels"], roles, lang))


def _scale_line(levels: list[dict[str, Any]], lang: str) -> Text:
    """``Levels: 1 A · 2 B · 3 C │ 4 D · 5 E`` then which levels each scope covers."""
    line = Text(f"{word('show.levels', lang)}: ")
    for index, level in enumerate(levels):
        if index:
            changed = level["scope"] != levels[index - 1]["scope"]
            line.append(" │ " if changed else " · ")
        style = "cyan" if level["scope"] == "organization" else ""
        line.append(f"{level['level']} {level['name']}", style=style)
    spans: list[str] = []
    for name in ("individual", "organization"):
        numbers = [lv["level"] for lv in levels if lv["scope"] == name]
        if numbers:
            span = str(numbers[0]) if len(numbers) == 1 else f"{numbers[0]}–{numbers[-1]}"
            spans.append(f"{word('scope.' + name, lang)} {span}")
    line.append(f"  ({', '.join(spans)})", style="dim")
    return line


def _target_line(skill: dict[str, Any], roles: dict[str, str]) -> str:
    parts = [f"{roles[r]} {t}" for r, t in skill["targets"].items() if t is not None]
    return " · ".join(parts)


def _matrix(category: dict[str, Any], levels: list[dict[str, Any]], roles: dict[str, str]) -> Table:
    table = Table(box=box.SIMPLE_HEAVY, show_lines=True, expand=True, pad_edge=False)
    table.add_column("", ratio=2, overflow="fold")
    for level in levels:
        style = "cyan" if level["scope"] == "organization" else None
        table.add_column(f"{level['level']} {level['name']}", ratio=3, header_style=style, overflow="fold")
    for skill in category["skills"]:
        head = Text(skill["name"], style="bold")
        head.append(f"\n{skill['id']}", style="dim")
        targets = _target_line(skill, roles)
        if targets:
            head.append(f"\n{targets}", style="green")
        table.add_row(head, *[skill["levels"].get(str(level["level"]), "") for level in levels])
    return table


def _stacked(skill: dict[str, Any], levels: list[dict[str, Any]], roles: dict[str, str], lang: str) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, padding=(0, 1), expand=True)
    table.add_column(no_wrap=True, width=3, justify="right")
    table.add_column(ratio=1, overflow="fold")
    title = Text(skill["name"], style="bold")
    title.append(f"  {skill['id']}", style="dim")
    table.add_row("", title)
    if skill.get("summary"):
        table.add_row("", Text(skill["summary"], style="italic"))
    targets = _target_line(skill, roles)
    if targets:
        table.add_row("", Text(f"{word('show.targets', lang)}: {targets}", style="green"))
    for level in levels:
        style = "cyan" if level["scope"] == "organization" else ""
        table.add_row(
            Text(str(level["level"]), style=style or "bold"),
            Text(skill["levels"].get(str(level["level"]), ""), style=style),
        )
    table.add_row("", "")
    return table


@no_markup
def print_catalogue(console: Console, entries: list[dict[str, Any]], lang: str = "ja") -> None:
    """One line per framework (ref, release, lineage, size), its title dim below."""
    from rich.cells import cell_len

    entries = term_tree(entries)
    if not entries:
        console.print(word("list.none", lang))
        return
    heads = [word(f"list.{k}", lang) for k in ("framework", "released", "supersedes", "skills")]

    def pad(text: str, width: int) -> str:
        return text + " " * max(0, width - cell_len(text))

    ref_width = max(cell_len(heads[0]), *(len(e["framework"]) for e in entries))
    date_width = max(cell_len(heads[1]), 10)
    old_width = max(cell_len(heads[2]), *(len(e["supersedes"] or "") for e in entries))
    skills_width = max(cell_len(heads[3]), 6)
    head = f"{pad(heads[0], ref_width)}  {pad(heads[1], date_width)}  {pad(heads[2], old_width)}  "
    console.print(Text(head + " " * (skills_width - cell_len(heads[3])) + heads[3], style="bold"))
    for entry in entries:
        valid = entry["title"] is not None
        line = Text(pad(entry["framework"], ref_width), style="bold" if valid else "red")
        line.append(
            f"  {pad(entry['released'] or '', date_width)}  {pad(entry['supersedes'] or '', old_width)}"
        )
        line.append(f"  {entry['skills'] if entry['skills'] is not None else '':>{skills_width}}")
        console.print(line)
        title = {"ja": entry["title"], "en": entry["title_en"]}.get(lang) or entry["title"]
        if not valid:
            title = word("list.invalid", lang, path=entry["path"])
        console.print(Text("  " + title, style="dim" if valid else "red"))
