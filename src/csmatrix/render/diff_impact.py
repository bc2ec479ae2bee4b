"""The `--members` part of `csmatrix diff`: whose readiness and gaps change, and why."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.diff_text import w


def cause(entry: dict[str, Any], names: dict[str, Any], lang: str) -> str:
    """ "v2 widens 4 members' gaps: the target for X rose from 2 to 3"."""
    n = len(entry["members"])
    skill = ", ".join(entry["skills"])
    target = entry.get("target", {})
    widen = entry["effect"] == "widens"
    if lang == "ja":
        head = f"{n}人のギャップが{'広がる' if widen else '縮む'}: "
        if entry["why"] == "target":
            role = names["roles"].get(entry["role"], entry["role"])
            return head + f"{role}の {skill} の目標が {_v(target['from'])} から {_v(target['to'])} に変わった"
        if entry["why"] == "new":
            return head + f"目標のある新しいスキルが未評価: {skill}"
        return head + f"引き継いだ評価が変わった (統合は低い方を採用): {skill}"
    people = "1 member's gap" if n == 1 else f"{n} members' gaps"
    head = f"{'widens' if widen else 'narrows'} {people}: "
    if entry["why"] == "target":
        role = names["roles"].get(entry["role"], entry["role"])
        verb = "rose" if (target["to"] or 0) > (target["from"] or 0) else "fell"
        return head + f"the {role} target for {skill} {verb} from {_v(target['from'])} to {_v(target['to'])}"
    if entry["why"] == "new":
        return head + f"new skills with a target, not yet rated: {skill}"
    return head + f"the carried rating changed (a merge keeps the lowest): {skill}"


def _v(value: Any) -> str:
    return "–" if value is None else str(value)


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def print_impact(console: Console, impact: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    from csmatrix.render.diff_table import block, hang

    console.print()
    console.print(Text(w("impact", lang), style="bold magenta"))
    if not impact["members"]:
        hang(console, "", "–", 2)
        return
    for entry in impact["summary"]:
        style = "red" if entry["effect"] == "widens" else "green"
        hang(console, Text("• ", style=style), Text(cause(entry, names, lang)), 2)
    table = Table(box=box.SIMPLE, pad_edge=False, padding=(0, 1))
    table.add_column("", overflow="fold", ratio=1)
    table.add_column(w("role", lang), no_wrap=True)
    table.add_column(w("readiness", lang), no_wrap=True, justify="right")
    table.add_column("gap +/−", no_wrap=True, justify="right")
    for member in impact["members"]:
        ready = member["readiness"]
        wider = sum(1 for g in member["gaps"] if (g["to"] or 0) > (g["from"] or 0))
        narrower = len(member["gaps"]) - wider
        style = (
            "red"
            if (ready["to"] or 0) < (ready["from"] or 0)
            else ("green" if (ready["to"] or 0) > (ready["from"] or 0) else "")
        )
        table.add_row(
            f"{member['name']} ({member['id']})",
            (member["role"] or "–") + ("" if member["role_in_new"] else " ✗"),
            Text(f"{_pct(ready['from'])} → {_pct(ready['to'])}", style=style),
            f"+{wider}/−{narrower}",
        )
    block(console, table)
