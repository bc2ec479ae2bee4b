"""The `--members` part of `csmatrix diff`: whose readiness and gaps change, and why."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.diff_text import w

MAX_NAMES = 8


def people(entry_names: list[str], lang: str) -> str:
    """The people, by name: "佐藤 葵, 森 健太 and 2 more" (never ids)."""
    shown = entry_names[:MAX_NAMES]
    more = len(entry_names) - len(shown)
    if lang == "ja":
        return "、".join(shown) + (f" ほか{more}人" if more else "")
    if more:
        return ", ".join(shown) + f" and {more} more"
    if len(shown) > 1:
        return ", ".join(shown[:-1]) + " and " + shown[-1]
    return "".join(shown)


def cause(entry: dict[str, Any], names: dict[str, Any], lang: str) -> str:
    """ "widens the gap of 佐藤 葵 and 森 健太: the Member target for X rose from 2 to 3"."""
    who = people(entry.get("names") or entry["members"], lang)
    skill = ", ".join(entry["skills"])
    target = entry.get("target", {})
    widen = entry["effect"] == "widens"
    if lang == "ja":
        head = f"{who} のギャップが{'広がる' if widen else '縮む'}: "
        if entry["why"] == "target":
            role = names["roles"].get(entry["role"], entry["role"])
            return head + f"{role}の {skill} の目標が {_v(target['from'])} から {_v(target['to'])} に変わった"
        if entry["why"] == "new":
            return head + f"目標のある新しいスキルが未評価: {skill}"
        if entry["why"] == "removed":
            return head + f"ギャップのあったスキルが削除された: {skill}"
        return head + f"引き継いだ評価が変わった (統合は低い方を採用): {skill}"
    n = len(entry["members"])
    head = f"{'widens' if widen else 'narrows'} the gap{'s' if n > 1 else ''} of {who}: "
    if entry["why"] == "target":
        role = names["roles"].get(entry["role"], entry["role"])
        verb = "rose" if (target["to"] or 0) > (target["from"] or 0) else "fell"
        return head + f"the {role} target for {skill} {verb} from {_v(target['from'])} to {_v(target['to'])}"
    if entry["why"] == "new":
        return head + f"new skills with a target, not yet rated: {skill}"
    if entry["why"] == "removed":
        return head + f"skills with a gap were removed: {skill}"
    return head + f"the carried rating changed (a merge keeps the lowest): {skill}"


def reasons(member: dict[str, Any], lang: str) -> str:
    """Why one member's gaps move, grouped: "target 2→3: alpha, beta; new, not rated: gamma"."""
    ja = lang == "ja"
    groups: dict[str, list[str]] = {}
    for gap in member["gaps"]:
        target, current = gap["target"], gap["current"]
        if gap["why"] == "target":
            label = f"{'目標' if ja else 'target'} {_v(target['from'])}→{_v(target['to'])}"
        elif gap["why"] == "new":
            label = "新スキル・未評価" if ja else "new, not rated"
        elif gap["why"] == "removed":
            label = "削除" if ja else "removed"
        else:
            label = f"{'評価' if ja else 'rating'} {_v(current['from'])}→{_v(current['to'])}"
        groups.setdefault(label, []).append(gap["skill"])
    parts = [f"{label}: {', '.join(skills)}" for label, skills in groups.items()]
    if not member["role_in_new"] and member["role"]:
        gone = "新しい版にない" if ja else "not in the new version"
        parts.append(f"{'ロール' if ja else 'role'} {member['role']}: {gone}")
    return "; ".join(parts)


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
    table.add_column("why" if lang == "en" else "理由", overflow="fold", ratio=2)
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
            member["name"] or member["id"],
            (member["role"] or "–") + ("" if member["role_in_new"] else " ✗"),
            Text(f"{_pct(ready['from'])} → {_pct(ready['to'])}", style=style),
            f"+{wider}/−{narrower}",
            reasons(member, lang),
        )
    block(console, table)
