"""The `--members` part of `csmatrix diff`: whose readiness and gaps change, and why."""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.labels import percent
from csmatrix.render.wrap import install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

MAX_NAMES = 8


def people(entry_names: list[str], lang: str) -> str:
    """The people, by name: "佐藤 葵, 森 健太 and 2 more" (never ids)."""
    shown = entry_names[:MAX_NAMES]
    more = len(entry_names) - len(shown)
    sep = word("impact.sep", lang)
    if more:
        return word("impact.more", lang, names=sep.join(shown), more=more)
    if len(shown) > 1:
        return word("impact.and", lang, names=sep.join(shown[:-1]), last=shown[-1])
    return "".join(shown)


def skill_names(ids: list[str], names: dict[str, Any], lang: str) -> str:
    """Skills as people read them: their names (the id when a skill has no name)."""
    known = names.get("skills", {})
    return word("impact.sep", lang).join(known.get(i) or i for i in ids)


def cause(entry: dict[str, Any], names: dict[str, Any], lang: str) -> str:
    """ "widens the gap of 佐藤 葵 and 森 健太: the Member target for X rose from 2 to 3"."""
    who = people(entry.get("names") or entry["members"], lang)
    skill = skill_names(entry["skills"], names, lang)
    target = entry.get("target", {})
    plural = "s" if len(entry["members"]) > 1 else ""
    head = word("impact.widens" if entry["effect"] == "widens" else "impact.narrows", lang, who=who, s=plural)
    if entry["why"] == "target":
        role = names["roles"].get(entry["role"], entry["role"])
        rose = (target["to"] or 0) > (target["from"] or 0)
        before, after = _v(target["from"]), _v(target["to"])
        why = word(
            "impact.why_target_rose" if rose else "impact.why_target_fell",
            lang,
            role=role,
            skill=skill,
            before=before,
            after=after,
        )
        return head + why
    if entry["why"] == "new":
        return head + word("impact.why_new", lang, skill=skill)
    if entry["why"] == "removed":
        return head + word("impact.why_removed", lang, skill=skill)
    return head + word("impact.why_carried", lang, skill=skill)


def reasons(member: dict[str, Any], lang: str, names: dict[str, Any] | None = None) -> str:
    """Why one member's gaps move, grouped: "target 2→3: alpha, beta; new, not rated: gamma"."""
    groups: dict[str, list[str]] = {}
    for gap in member["gaps"]:
        target, current = gap["target"], gap["current"]
        if gap["why"] == "target":
            label = word("impact.target", lang, before=_v(target["from"]), after=_v(target["to"]))
        elif gap["why"] in ("new", "removed"):
            label = word(f"impact.{gap['why']}", lang)
        else:
            label = word("impact.rating", lang, before=_v(current["from"]), after=_v(current["to"]))
        groups.setdefault(label, []).append(gap["skill"])
    parts = [f"{label}: {skill_names(skills, names or {}, lang)}" for label, skills in groups.items()]
    if member.get("descriptors"):
        parts.append(descriptors(member["descriptors"], names or {}, lang))
    if not member["role_in_new"] and member["role"]:
        role = (names or {}).get("roles", {}).get(member["role"], member["role"])
        parts.append(word("impact.role_gone", lang, role=role))
    return "; ".join(parts)


SHOWN_SKILLS = 3


def descriptors(entries: list[dict[str, Any]], names: dict[str, Any], lang: str) -> str:
    """ "descriptor changed at their level: Experience management, …": names only (levels in JSON)."""
    shown = skill_names([e["skill"] for e in entries[:SHOWN_SKILLS]], names, lang)
    if len(entries) > SHOWN_SKILLS:
        shown = word("impact.more_items", lang, items=shown, n=len(entries) - SHOWN_SKILLS)
    return word("impact.descriptor", lang, skills=shown)


def _v(value: Any) -> str:
    return "–" if value is None else str(value)


def affected(member: dict[str, Any]) -> bool:
    """Whether the new version changes anything for this member."""
    ready = member["readiness"]
    return (
        bool(member["gaps"])
        or bool(member.get("descriptors"))
        or ready["from"] != ready["to"]
        or bool(member["role"] and not member["role_in_new"])  # their role is gone (none: nothing lost)
    )


def print_people(console: Console, impact: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    """The people first: one line per affected member, by name, with what changes for them."""
    from csmatrix.render.diff_blocks import hang

    console.print()
    console.print(Text(word("diff.impact", lang), style="bold magenta"))
    people = [m for m in impact["members"] if affected(m)]
    if not people:
        hang(console, "", word("impact.nobody", lang), 2)
        return
    roles = names.get("roles", {})
    for member in people:
        ready = member["readiness"]
        worse = (ready["to"] or 0) < (ready["from"] or 0)
        better = (ready["to"] or 0) > (ready["from"] or 0)
        role = roles.get(member["role"], member["role"]) if member["role"] else word("team.no_role", lang)
        label = Text("• ", style="red" if worse else ("green" if better else ""))
        label.append(f"{member['name'] or member['id']} ", style="bold")
        body = Text(f"{role} {percent(ready['from'])} → {percent(ready['to'])}")
        why = reasons(member, lang, names)
        if why:
            body.append(f" · {why}")
        hang(console, label, body, 2)


def print_impact(console: Console, impact: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    """The maintainer's view of the impact: causes, then a table of every member."""
    from csmatrix.render.diff_blocks import block, hang

    console.print()
    console.print(Text(word("impact.detail", lang), style="bold magenta"))
    if not impact["members"]:
        hang(console, "", "–", 2)
        return
    for entry in impact["summary"]:
        style = "red" if entry["effect"] == "widens" else "green"
        hang(console, Text("• ", style=style), Text(cause(entry, names, lang)), 2)
    if _too_narrow(console, impact, names, lang):
        _detail_lines(console, impact, names, lang)
        return
    table = Table(box=box.SIMPLE, pad_edge=False, padding=(0, 1))
    table.add_column("", overflow="fold", ratio=1)
    table.add_column(word("diff.role", lang), no_wrap=True)
    table.add_column(word("diff.readiness", lang), no_wrap=True, justify="right")
    table.add_column(word("impact.gaps", lang), no_wrap=True, justify="right")
    table.add_column(word("impact.why", lang), overflow="fold", ratio=2)
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
            names.get("roles", {}).get(member["role"], member["role"] or "–")
            + ("" if member["role_in_new"] else " ✗"),
            Text(f"{percent(ready['from'])} → {percent(ready['to'])}", style=style),
            f"+{wider}/−{narrower}",
            reasons(member, lang, names),
        )
    block(console, table)


WHY_MIN = 24  # cells the "why" column needs; narrower, the detail becomes a line per member


def _role(member: dict[str, Any], names: dict[str, Any]) -> str:
    role = names.get("roles", {}).get(member["role"], member["role"] or "–")
    return str(role) + ("" if member["role_in_new"] else " ✗")


def _too_narrow(console: Console, impact: dict[str, Any], names: dict[str, Any], lang: str) -> bool:
    from rich.cells import cell_len

    members = impact["members"]
    name = max(cell_len(m["name"] or m["id"]) for m in members)
    role = max([cell_len(_role(m, names)) for m in members] + [cell_len(word("diff.role", lang))])
    fixed = name + role + 11 + max(7, cell_len(word("impact.gaps", lang))) + 2 * 5 + 2
    return console.width - fixed < WHY_MIN


def _detail_lines(console: Console, impact: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    from csmatrix.render.diff_blocks import hang

    for member in impact["members"]:
        ready = member["readiness"]
        wider = sum(1 for g in member["gaps"] if (g["to"] or 0) > (g["from"] or 0))
        body = Text(f"{_role(member, names)} {percent(ready['from'])} → {percent(ready['to'])}")
        body.append(f" · {word('impact.gaps', lang)} +{wider}/−{len(member['gaps']) - wider}")
        why = reasons(member, lang, names)
        if why:
            body.append(f" · {why}")
        label = Text(f"{member['name'] or member['id']} ", style="bold")
        hang(console, label, body, 2)
