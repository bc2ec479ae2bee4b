"""`csmatrix diff` in the terminal: grouped, coloured, word-level descriptor diffs.

Without colour (NO_COLOR, a pipe) deletions and insertions are marked
``[-like this-]{+like this+}`` as ``git diff --word-diff`` does.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.diff_blocks import block, hang
from csmatrix.render.diff_text import field_label, field_value, reason_words, similar, target_cell
from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.wrap import install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

BUMP_STYLE = {"major": "bold red", "minor": "bold yellow", "patch": "bold cyan", "none": "bold green"}
REWRITE_BELOW = 0.35  # similarity under which a descriptor is shown as old/new lines


@no_markup
def print_diff(console: Console, view: dict[str, Any], lang: str) -> None:
    view = term_tree(view)
    plain = console.no_color or console.color_system is None
    names = view["names"]
    head = Text(f"{view['sources']['from']} → {view['sources']['to']}", style="bold")
    if view["lineage"]["via"]:
        head.append(f"  ({word('diff.via', lang)} {', '.join(view['lineage']['via'])})", style="dim")
    hang(console, "", head)
    if not view["lineage"]["connected"] and view["from"].split("@")[0] != view["to"].split("@")[0]:
        console.print(word("diff.not-linked", lang), style="yellow")
    if view["identical"]:
        console.print(word("diff.identical", lang), style="green")
        return
    if view.get("impact"):  # the people first: who is affected, and why
        from csmatrix.render.diff_impact import print_people

        print_people(console, view["impact"], names, lang)
    _bump(console, view, lang)
    _skills(console, view, names, lang)
    _changed(console, view, names, lang, plain)
    _groups(console, view, names, lang, plain)
    _targets(console, view, names, lang)
    if view.get("impact"):
        from csmatrix.render.diff_impact import print_impact

        print_impact(console, view["impact"], names, lang)


def _section(console: Console, title: str) -> None:
    console.print()
    console.print(Text(title, style="bold magenta"))


def _bump(console: Console, view: dict[str, Any], lang: str) -> None:
    level = view["bump"]["level"]
    console.print()
    line = Text(f"{word('diff.bump', lang)}: ")
    line.append(word(f"bump.{level}", lang).upper(), style=BUMP_STYLE[level])
    console.print(line)
    from rich.cells import cell_len

    labels = {r["bump"]: word(f"bump.{r['bump']}", lang) for r in view["bump"]["reasons"]}
    pad = max((cell_len(t) for t in labels.values()), default=0)
    for reason in view["bump"]["reasons"]:
        text = labels[reason["bump"]]
        label = Text(
            text + " " * (pad - cell_len(text) + 1), style=BUMP_STYLE[reason["bump"]].replace("bold ", "")
        )
        hang(console, label, reason_words(reason, view["names"], lang), 2)


def _item(mark: str, style: str, ident: str, name: str | None, extra: str = "") -> tuple[Text, Text]:
    label = Text(f"{mark} ", style=style)
    text = Text(ident, style=style)
    if name:
        text.append(f"  {name}")
    if extra:
        text.append(f"  {extra}", style="dim")
    return label, text


def _skills(console: Console, view: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    skills = view["skills"]
    if not any(skills[k] for k in ("added", "removed", "renamed", "merged", "split", "moved")):
        return
    _section(console, word("diff.skills", lang))
    sn = names["skills"]
    lines: list[tuple[Text, Text]] = []
    lines += [_item("+", "green", s, sn.get(s)) for s in skills["added"]]
    lines += [_item("-", "red", s, sn.get(s)) for s in skills["removed"]]
    lines += [
        _item("~", "yellow", f"{r['from']} → {r['to']}", sn.get(r["to"]), word("diff.renamed", lang))
        for r in skills["renamed"]
    ]
    lines += [
        _item(
            "⇉", "yellow", f"{' + '.join(m['from'])} → {m['to']}", sn.get(m["to"]), word("diff.merged", lang)
        )
        for m in skills["merged"]
    ]
    lines += [
        _item(
            "⇶", "yellow", f"{s['from']} → {' + '.join(s['to'])}", sn.get(s["from"]), word("diff.split", lang)
        )
        for s in skills["split"]
    ]
    cn, an = names["categories"], names["axes"]
    for m in skills["moved"]:  # categories and axes by name
        where = f"{cn.get(m['from']) or m['from']} → {cn.get(m['to']) or m['to']}"
        if m["from_axis"] != m["to_axis"]:
            where += f" ({an.get(m['from_axis']) or m['from_axis']} → {an.get(m['to_axis']) or m['to_axis']})"
        lines.append(_item("↦", "blue", m["id"], sn.get(m["id"]), f"{word('diff.moved', lang)}: {where}"))
    for label, text in lines:
        hang(console, label, text, 2)


def _words(segments: list[dict[str, str]], plain: bool) -> Text:
    text = Text()
    for seg in segments:
        if seg["op"] == "equal":
            text.append(seg["text"])
        elif seg["op"] == "delete":
            text.append(f"[-{seg['text']}-]" if plain else seg["text"], style="red strike")
        else:
            text.append(f"{{+{seg['text']}+}}" if plain else seg["text"], style="green")
    return text


def print_change(console: Console, change: dict[str, Any], plain: bool, lang: str, indent: int) -> None:
    """One field's change: a word diff, or old/new lines when it was rewritten."""
    label = Text(field_label(change["field"], lang) + ": ", style="bold")
    before = field_value(change["field"], change["from"], lang)
    after = field_value(change["field"], change["to"], lang)
    if "diff" in change and similar(before, after) >= REWRITE_BELOW:
        hang(console, label, _words(change["diff"], plain), indent)
        return
    if isinstance(before, list) or isinstance(after, list):
        before = ", ".join(before or []) or "–"
        after = ", ".join(after or []) or "–"
    if before is None or after is None or len(str(before)) + len(str(after)) < 50:
        body = Text(f"{before if before is not None else '–'}", style="red")
        body.append(" → ", style="")
        body.append(f"{after if after is not None else '–'}", style="green")
        hang(console, label, body, indent)
        return
    label.append(word("diff.rewritten", lang), style="dim")
    hang(console, label, "", indent)
    hang(console, Text("- ", style="red"), Text(str(before), style="red"), indent + 2)
    hang(console, Text("+ ", style="green"), Text(str(after), style="green"), indent + 2)


def _changed(console: Console, view: dict[str, Any], names: dict[str, Any], lang: str, plain: bool) -> None:
    changed = view["skills"]["changed"]
    if not changed:
        return
    _section(console, word("diff.changed", lang))
    for entry in changed:
        head = Text(f"{entry['id']}", style="bold yellow")
        head.append(f"  {names['skills'].get(entry['id'], '')}")
        if entry.get("was"):
            head.append(f"  ({word('diff.was', lang)} {entry['was']})", style="dim")
        hang(console, "", head, 2)
        for change in entry["changes"]:
            print_change(console, change, plain, lang, 4)


def _groups(console: Console, view: dict[str, Any], names: dict[str, Any], lang: str, plain: bool) -> None:
    for key in ("categories", "axes", "roles"):
        group = view[key]
        if not any(group[k] for k in ("added", "removed", "renamed", "changed")):
            continue
        _section(console, word(f"diff.{key}", lang))
        nm = names[key]
        for ident in group["added"]:
            hang(console, *_item("+", "green", ident, nm.get(ident)), indent=2)
        for ident in group["removed"]:
            hang(console, *_item("-", "red", ident, nm.get(ident)), indent=2)
        for r in group["renamed"]:
            hang(
                console,
                *_item(
                    "~", "yellow", f"{r['from']} → {r['to']}", nm.get(r["to"]), word("diff.renamed", lang)
                ),
                indent=2,
            )
        for entry in group["changed"]:
            hang(console, *_item("~", "yellow", entry["id"], nm.get(entry["id"])), indent=2)
            for change in entry["changes"]:
                print_change(console, change, plain, lang, 4)
    levels = view["levels"]
    if levels["added"] or levels["removed"] or levels["changed"]:
        _section(console, word("diff.levels", lang))
        ln = names["levels"]
        for level in levels["added"]:
            hang(console, *_item("+", "green", f"L{level}", ln.get(str(level))), indent=2)
        for level in levels["removed"]:
            hang(console, *_item("-", "red", f"L{level}", ln.get(str(level))), indent=2)
        for entry in levels["changed"]:
            hang(console, *_item("~", "yellow", f"L{entry['level']}", ln.get(str(entry["level"]))), indent=2)
            for change in entry["changes"]:
                print_change(console, change, plain, lang, 4)
    fw = view["framework"]
    if fw["changes"]:
        _section(console, word("diff.framework", lang))
        for change in fw["changes"]:
            print_change(console, change, plain, lang, 2)


def _targets(console: Console, view: dict[str, Any], names: dict[str, Any], lang: str) -> None:
    """Role × skill target changes, by name: a table when it fits, else a line per skill."""
    from rich.cells import cell_len

    targets = view["roles"]["targets"]
    if not targets:
        return
    _section(console, word("diff.targets", lang))
    roles = list(dict.fromkeys(t["role"] for t in targets))
    skills = list(dict.fromkeys(t["skill"] for t in targets))
    cells = {(t["role"], t["skill"]): t for t in targets}
    role_names = {r: names["roles"].get(r) or r for r in roles}
    skill_names = {s: names["skills"].get(s) or s for s in skills}
    style = {"raised": "red", "new": "red", "lowered": "green", "dropped": "green"}
    longest = max(cell_len(n) for n in skill_names.values())
    widths = [min(longest, 14)] + [max(cell_len(n), 3) for n in role_names.values()]
    if 2 + sum(widths) + 2 * len(widths) > console.width:
        sep = word("impact.sep", lang)
        for skill in skills:
            body = Text()
            for role in roles:
                t = cells.get((role, skill))
                if t is None:
                    continue
                if body.plain:
                    body.append(sep)
                body.append(f"{role_names[role]} ")
                body.append(target_cell(t["from"], t["to"]), style=style[t["kind"]])
            hang(console, Text(f"{skill_names[skill]}: ", style="bold"), body, 2)
        return
    table = Table(box=box.SIMPLE, pad_edge=False, padding=(0, 1))
    table.add_column("", overflow="fold", ratio=1, min_width=widths[0])
    for role in roles:
        table.add_column(role_names[role], justify="center", no_wrap=True)
    for skill in skills:
        row = [Text(skill_names[skill])]
        for role in roles:
            t = cells.get((role, skill))
            row.append(Text(target_cell(t["from"], t["to"]), style=style[t["kind"]]) if t else Text(""))
        table.add_row(*row)
    block(console, table)
