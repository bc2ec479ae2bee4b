"""`activities` in the terminal (rich): the 3×3 map, the ratio against the bands,
the walls with their moves, the activities along the customer journey."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from csmatrix.render.activities_md import count_line, verdict_line
from csmatrix.render.labels import number
from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.wrap import flow, install, widest_word
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

ZONE_STYLE = {"O": "yellow", "H": "green", "G": "red"}
BLOCK_STYLE = {"H-3": "cyan"}  # the article colours H-3 apart: happy customer, costly team


def block_style(block: str) -> str:
    return BLOCK_STYLE.get(block, ZONE_STYLE[block[0]])


@no_markup
def print_activities(console: Console, view: dict[str, Any]) -> None:
    view = term_tree(view)
    lang = view["lang"]
    head = Text(word("activities.title", lang), style="bold")
    if view["team"]:
        head.append(f"  {view['team']}", style="dim")
    console.print(head)
    if not view["activities"]:
        console.print(word("activities.empty", lang), style="dim")
    if _grid_fits(view, console.width):
        console.print(_grid(view))
    elif _grid_fits(view, console.width, compact=True):
        console.print(_grid(view, compact=True))
        zones = [f"{row['zone']} {row['short']} ({row['expectation_name']})" for row in view["grid"]]
        for line in flow(zones, console.width):
            console.print(Text(line, style="dim"))
    else:
        _grid_list(console, view)
    console.print(Text(count_line(view), style="bold"))
    verdict = verdict_line(view)
    if verdict:
        style = "bold green" if view["in_band"] else "bold"
        console.print(Text(f"→ {verdict}", style=style))
    console.print()
    console.print(Text(word("activities.bands", lang), style="bold"))
    console.print(_bands(view))
    console.print(Text(word("activities.distance_note", lang), style="dim"))
    _walls(console, view)
    _journey(console, view)


def _head(row: dict[str, Any]) -> Text:
    """The zone's row head: its short name, letter and expectation (three lines)."""
    style = ZONE_STYLE[row["zone"]]
    head = Text(f"{row['short']}\n", style=f"bold {style}")
    head.append(f"{row['zone']}\n", style=style)
    head.append(row["expectation_name"].replace(" ", "\n", 1), style="dim")  # "above\nexpectation"
    return head


def _grid_fits(view: dict[str, Any], width: int, compact: bool = False) -> bool:
    """Whether the grid with its full row heads leaves each block column room for its widest word.

    The three block columns share what the heads and the five borders leave (rich gives
    each at least a third of it); a block needs its widest word plus two cells of padding,
    an activity also its bullet.  Otherwise the heads shrink to the zone letter
    (``compact``); narrower still, the map is a list (#13).
    """
    heads = (
        [_head(row).plain for row in view["grid"]] if not compact else [row["zone"] for row in view["grid"]]
    )
    head = max(cell_len(line) for text in heads for line in text.splitlines()) + 2
    need = max(widest_word(column["name"]) for column in view["columns"])
    for row in view["grid"]:
        for block in row["blocks"]:
            need = max(need, widest_word(f"{block['block']} {block['name']}"))
            need = max([need, *(2 + widest_word(a["name"]) for a in block["activities"])])
    return (width - 5 - head) // 3 - 2 >= need


def _grid(view: dict[str, Any], compact: bool = False) -> Table:
    """The 3×3 map; ``compact``: each row headed by its zone letter alone (a legend follows)."""
    table = Table(box=box.ROUNDED, show_lines=True, expand=True, pad_edge=True)
    table.add_column("", no_wrap=True)
    for column in view["columns"]:
        table.add_column(column["name"], ratio=1, overflow="fold")
    for row in view["grid"]:
        head = Text(row["zone"], style=f"bold {ZONE_STYLE[row['zone']]}") if compact else _head(row)
        table.add_row(head, *(_block(block) for block in row["blocks"]))
    return table


def _grid_list(console: Console, view: dict[str, Any]) -> None:
    """The map as a list, for a console too narrow for three columns: zone, block, activities."""
    for row in view["grid"]:
        style = ZONE_STYLE[row["zone"]]
        head = Text(f"{row['zone']} {row['short']}", style=f"bold {style}")
        head.append(f" ({row['expectation_name']})", style="dim")
        console.print(head)
        for column, block in zip(view["columns"], row["blocks"], strict=True):
            title = Text(f"{block['block']} {block['name']}", style=f"bold {block_style(block['block'])}")
            title.append(f" ({column['name']})", style="dim")
            console.print(Padding(title, (0, 0, 0, 2)))
            for activity in block["activities"] or [{"name": "–"}]:
                line = Text("• ", style="dim") if block["activities"] else Text()
                line.append(activity["name"])
                console.print(Padding(line, (0, 0, 0, 4)))


def _block(block: dict[str, Any]) -> Group:
    """The block's id and name, then its activities with a hanging bullet."""
    style = block_style(block["block"])
    title = Text(f"{block['block']} {block['name']}", style=f"bold {style}", overflow="fold")
    if not block["activities"]:
        return Group(title, Text("–", style="dim"))
    bullets = Table.grid(padding=0)
    bullets.add_column(no_wrap=True, width=2)
    bullets.add_column(overflow="fold")
    for activity in block["activities"]:
        bullets.add_row("•", activity["name"])
    return Group(title, bullets)


def _bands(view: dict[str, Any]) -> Table:
    lang = view["lang"]
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False)
    table.add_column("", no_wrap=True, width=1)
    table.add_column(word("activities.band", lang), overflow="fold")
    table.add_column("O:H:G", no_wrap=True)
    table.add_column(word("activities.distance", lang), justify="right", no_wrap=True)
    for band in view["bands"]:
        chosen = band["id"] == view["band"]
        distance = number(band["distance"])
        style = "bold" if chosen else ""
        table.add_row("▶" if chosen else "", Text(band["label"], style=style), band["reference"], distance)
    return table


def _walls(console: Console, view: dict[str, Any]) -> None:
    lang = view["lang"]
    if not view["activities"]:
        return
    console.print()
    console.print(Text(word("activities.walls", lang), style="bold"))
    walls = [w for w in view["walls"] if w["activities"]]
    if not walls:
        console.print(word("activities.no_walls", lang))
        return
    for wall in walls:
        title = Text(f"■ {wall['name']}", style="bold")
        title.append(f" ({wall['wall']})", style="dim")
        console.print(title)
        for activity in wall["activities"]:
            line = Text("  ")
            line.append(activity["block"], style=block_style(activity["block"]))
            line.append(f" {activity['name']}")
            console.print(line)
        move = Text(word("activities.move_label", lang), style="italic")
        move.append(wall["move"])
        console.print(Padding(move, (0, 0, 0, 2)))


def _journey(console: Console, view: dict[str, Any]) -> None:
    lang = view["lang"]
    if not any(stage["activities"] for stage in view["journey"]):
        return
    console.print()
    console.print(Text(word("activities.journey", lang), style="bold"))
    table = Table(box=box.SIMPLE, pad_edge=False, show_edge=False, show_header=False)
    table.add_column(word("activities.stage", lang), no_wrap=True)
    table.add_column(word("activities.activity", lang), overflow="fold")
    for stage in view["journey"]:
        acts = Text()
        for index, activity in enumerate(stage["activities"]):
            if index:
                acts.append("\n")
            acts.append(activity["block"], style=block_style(activity["block"]))
            acts.append(f" {activity['name']}")
        if not stage["activities"]:
            acts.append("–", style="dim")
        table.add_row(Text(stage["name"], style="bold"), acts)
    console.print(table)
