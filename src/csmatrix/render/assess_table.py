"""`csmatrix assess` in the terminal (rich), from ``GapReport.as_dict(lang)``.

Made to read at 80 columns with Japanese text.  On a terminal the headings are
rules and tables have a header line; when piped (or in tests) everything is
plain ASCII-framed text without escape codes.
"""

from __future__ import annotations

from typing import Any

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from csmatrix.render.assess_words import (
    assessor,
    bar,
    by_gap,
    flags,
    level_info,
    method_cell,
    method_name,
    methods_text,
    names,
    next_steps,
    no_next_steps,
    not_counted_rows,
    number,
    readiness_text,
    sources_text,
)
from csmatrix.render.plain_table import cuts_words, table_lines
from csmatrix.render.safe import no_markup, term_tree
from csmatrix.render.wrap import flow, install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

# SIMPLE_HEAD with '-' instead of box drawing, for pipes and files.
ASCII_HEAD = box.Box("    \n    \n -- \n    \n    \n    \n    \n    \n", ascii=True)
HISTORY_COLUMN = 11  # width a dated assessment column needs ("2021-11-26" + padding)


def _box(console: Console) -> box.Box:
    return box.SIMPLE_HEAD if console.is_terminal else ASCII_HEAD


def _print_table(console: Console, table: Table) -> None:
    """Print a table; without colour or terminal, as the plain lines rich would print (#17)."""
    lines = None
    if console.color_system is None and not console.is_terminal:
        lines = table_lines(console, table)
    if lines is None:
        console.print(table)
    elif lines:
        console.out("\n".join(lines))


def _heading(console: Console, title: str) -> None:
    console.print()
    if console.is_terminal:
        console.rule(Text(title, style="bold"), align="left")
    else:
        console.print(Text(f"[{title}]", style="bold"))


@no_markup
def print_report(
    console: Console, report: dict[str, Any], lang: str = "ja", history: dict[str, Any] | None = None
) -> None:
    """Print the report; when piped, without the padding rich leaves at line ends."""
    report, history = term_tree((report, history))
    if console.is_terminal:
        _print_report(console, report, lang, history)
        return
    with console.capture() as captured:
        _print_report(console, report, lang, history)
    lines = captured.get().splitlines()
    console.file.write("".join(line.rstrip() + "\n" for line in lines))


def _print_report(
    console: Console, report: dict[str, Any], lang: str, history: dict[str, Any] | None
) -> None:
    _header(console, report, lang)
    _heading(console, word("assess.groups", lang))
    groups = _groups(console, report, lang)
    if cuts_words(console, groups):
        _groups_list(console, report, lang)
    else:
        _print_table(console, groups)
    _heading(console, word("assess.skills", lang))
    _print_table(console, _skills(console, report, lang))
    console.print(Text(word("assess.legend", lang), style="dim"))
    _heading(console, word("assess.next_steps", lang))
    _next_steps(console, report, lang)
    _callouts(console, report, lang)
    if history is not None:
        _heading(console, word("assess.history", lang))
        _print_table(console, _history(console, report, history, lang))


def _header(console: Console, report: dict[str, Any], lang: str) -> None:
    member = report["member"]
    title = Text()
    title.append(member["name"], style="bold")
    title.append(f" ({member['id']})", style="dim")
    title.append(f"  {word('assess.title', lang)}")
    console.print(title)
    if member.get("background"):
        console.print(Text(member["background"], style="dim"))
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="bold")
    grid.add_column(overflow="fold")
    role = f"{report['role_name']} ({report['role']})" if report["role"] else word("assess.no_role", lang)
    grid.add_row(word("assess.role", lang), role)
    grid.add_row(word("assess.framework", lang), report["framework"])
    grid.add_row(word("assess.assessed", lang), sources_text(report, lang))
    overall = report["overall"]
    summary = (
        f"{word('assess.mean', lang)} {number(overall['mean'])} · "
        f"{word('assess.readiness', lang)} {readiness_text(overall)} · "
        f"{word('assess.unrated_n', lang)} {len(report['unrated'])}/{overall['skills']}"
    )
    grid.add_row(word("assess.overall", lang), summary)
    _print_table(console, grid)


def _groups(console: Console, report: dict[str, Any], lang: str) -> Table:
    table = Table(box=_box(console), pad_edge=False, show_edge=False)
    table.add_column("", overflow="fold")
    table.add_column(word("assess.mean", lang), justify="right", no_wrap=True)
    table.add_column(word("assess.attained", lang), justify="right", no_wrap=True)
    table.add_column(word("assess.readiness", lang), justify="right", no_wrap=True)
    for axis in report["axes"]:
        table.add_row(
            Text(axis["name"] or axis["id"], style="bold"),
            number(axis["mean"]),
            number(axis["attained"]),
            readiness_text(axis),
        )
        for category in report["categories"]:
            if category.get("axis") == axis["id"]:
                table.add_row(
                    Text(f"  {category['name'] or category['id']}"),
                    number(category["mean"]),
                    number(category["attained"]),
                    readiness_text(category),
                )
    return table


def _groups_list(console: Console, report: dict[str, Any], lang: str) -> None:
    """The axes and categories when their table would cut a word (#13): each name, then its
    numbers as ``label value`` under it."""

    def show(name: str, group: dict[str, Any], indent: int, style: str) -> None:
        console.print(Text(f"{' ' * indent}{name}", style=style))
        pairs = [
            f"{word('assess.mean', lang)} {number(group['mean'])}",
            f"{word('assess.attained', lang)} {number(group['attained'])}",
            f"{word('assess.readiness', lang)} {readiness_text(group)}",
        ]
        for line in flow(pairs, console.width - indent - 2):
            console.print(Text(f"{' ' * (indent + 2)}{line}"))

    for axis in report["axes"]:
        show(axis["name"] or axis["id"], axis, 0, "bold")
        for category in report["categories"]:
            if category.get("axis") == axis["id"]:
                show(category["name"] or category["id"], category, 2, "")


def _skills(console: Console, report: dict[str, Any], lang: str) -> Table:
    """The skills, largest gap first; narrower than its words, the notes go under the names (#13).

    The full table (skill, bar, now, target, gap, next, method, notes) is kept when it fits
    without cutting a word.  Otherwise the next level, the method and the notes move into
    the skill's cell, on a line under its name, and the table keeps the bar and numbers;
    narrower still, the bar and the gap alone (the bar draws now and target).
    """
    rows = [_skill_row(skill, report, lang) for skill in by_gap(report)]
    methods = any(row["method"] for row in rows)
    table = _skills_table(console, rows, lang, methods, "full")
    if not cuts_words(console, table):
        return table
    narrow = _skills_table(console, rows, lang, methods, "stacked")
    if not cuts_words(console, narrow):
        return narrow
    return _skills_table(console, rows, lang, methods, "bar")


def _skill_row(skill: dict[str, Any], report: dict[str, Any], lang: str) -> dict[str, Any]:
    top = report["scale"]["max"]
    organization = {lv["level"] for lv in report["levels"] if lv["scope"] == "organization"}
    cells = Text()
    for char, level in _bar_levels(bar(skill["current"], skill["target"], top)):
        style = "cyan" if level in organization and char != "|" else ""
        if char == "□":
            style = "yellow"
        cells.append(char, style=style)
    next_cell = ""
    if skill["next_level"] is not None and skill["scope"]:
        next_cell = f"{skill['next_level']} {word('scope.' + skill['scope'], lang)}"
    gap = skill["gap"]
    return {
        "name": skill["name"],
        "bar": cells,
        "current": str(skill["current"]),
        "target": "–" if skill["target"] is None else str(skill["target"]),
        "gap": Text("–" if gap is None else str(gap), style="bold yellow" if gap else ""),
        "next": next_cell,
        "method": method_cell(skill, lang),
        "flags": flags(skill, report, lang),
    }


def _skills_table(
    console: Console, rows: list[dict[str, Any]], lang: str, methods: bool, shape: str
) -> Table:
    """``shape``: "full", "stacked" (next, method, notes under the name) or "bar" (stacked, no numbers)."""
    table = Table(box=_box(console), pad_edge=False, show_edge=False)
    table.add_column(word("assess.skill", lang), overflow="fold")
    table.add_column(word("assess.bar", lang), no_wrap=True)
    if shape != "bar":
        table.add_column(word("assess.current", lang), justify="right", no_wrap=True)
        table.add_column(word("assess.target", lang), justify="right", no_wrap=True)
    table.add_column(word("assess.gap", lang), justify="right", no_wrap=True)
    if shape == "full":
        table.add_column(word("assess.next", lang), no_wrap=True)
        if methods:
            widest = max(len(row["method"].split(" (")[0]) for row in rows)
            table.add_column(word("assess.method", lang), overflow="fold", min_width=widest)
        table.add_column(word("assess.memo", lang), overflow="fold")
    for row in rows:
        if shape == "full":
            cells: list[str | Text] = [row["name"], row["bar"], row["current"], row["target"], row["gap"]]
            cells.append(row["next"])
            if methods:
                cells.append(row["method"])
            cells.append(Text(row["flags"], style="magenta"))
            table.add_row(*cells)
            continue
        name = Text(row["name"])
        notes = [f"{word('assess.next', lang)}: {row['next']}"] if row["next"] else []
        if row["method"]:
            notes.append(f"{word('assess.method', lang)}: {row['method']}")
        if notes:
            name.append("\n  " + " · ".join(notes), style="dim")
        if row["flags"]:
            name.append(" · " if notes else "\n  ", style="dim")
            name.append(row["flags"], style="magenta")
        numbers = [row["current"], row["target"]] if shape == "stacked" else []
        table.add_row(name, row["bar"], *numbers, row["gap"])
    return table


def _bar_levels(cells: str) -> list[tuple[str, int]]:
    """Pair each bar character with the level it draws ('|' keeps the previous level)."""
    out = []
    level = 0
    for char in cells:
        if char != "|":
            level += 1
        out.append((char, level))
    return out


def _next_steps(console: Console, report: dict[str, Any], lang: str) -> None:
    steps = next_steps(report)
    if not steps:
        console.print(no_next_steps(report, lang))
        return
    table = Table.grid(padding=(0, 1))
    table.add_column(justify="right", no_wrap=True)
    table.add_column(overflow="fold")
    for number_, skill in enumerate(steps, 1):
        head = Text()
        head.append(skill["name"], style="bold")
        target = f" → {skill['target']}" if skill["target"] is not None else ""
        head.append(f"  {skill['current']}{target}  ")
        head.append(
            f"{word('assess.next', lang)}: {level_info(report, skill['next_level'], lang)}",
            style="cyan" if skill["scope"] == "organization" else "green",
        )
        table.add_row(f"{number_}.", head)
        table.add_row("", skill["next"])
    _print_table(console, table)


def _callouts(console: Console, report: dict[str, Any], lang: str) -> None:
    skill_names = names(report)
    sep = word("punct.list", lang)
    if report["unrated"]:
        _heading(console, word("assess.unrated", lang))
        console.print(sep.join(skill_names[s] for s in report["unrated"]))
    if report["discrepancies"]:
        _heading(console, word("assess.discrepancies", lang))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(overflow="fold")
        grid.add_column(overflow="fold")
        for d in report["discrepancies"]:
            grid.add_row(
                Text(skill_names.get(d["id"], d["id"]), style="bold"),
                f"{word('assess.self', lang)} {d['self']} ({d['self_date']}) / "
                f"{d['assessor_by']} {d['assessor']} ({d['assessor_date']})",
            )
        _print_table(console, grid)
    if report.get("not_counted"):
        _heading(
            console, word("assess.not_counted", lang, methods=methods_text(report["requires_method"], lang))
        )
        grid = Table.grid(padding=(0, 2))
        grid.add_column(overflow="fold")
        grid.add_column(overflow="fold")
        for name, why in not_counted_rows(report, lang):
            grid.add_row(Text(name, style="bold"), why)
        _print_table(console, grid)


def _history(console: Console, report: dict[str, Any], history: dict[str, Any], lang: str) -> Table:
    steps = history["assessments"]
    table = Table(box=_box(console), pad_edge=False, show_edge=False)
    table.add_column(word("assess.skill", lang), overflow="fold")
    fits = (console.width - 34) // HISTORY_COLUMN
    columns = len(steps) <= max(fits, 1)
    if columns:
        for step in steps:
            method = f"\n{method_name(step['method'], lang)}" if step.get("method") else ""
            table.add_column(
                f"{step['date']}\n{assessor(step['by'], step['self'], lang)}{method}",
                justify="center",
                no_wrap=True,
            )
    else:
        table.add_column(word("assess.self", lang), no_wrap=True)
        table.add_column(word("assess.assessor", lang), no_wrap=True)
    table.add_column(word("assess.path", lang), no_wrap=True)
    for skill in history["skills"]:
        row: list[str | Text] = [skill["name"]]
        if columns:
            given = {r["index"]: r["level"] for r in skill["ratings"]}
            row += [str(given[s["index"]]) if s["index"] in given else "·" for s in steps]
        else:
            row.append("→".join(str(r["level"]) for r in skill["ratings"] if r["self"]) or "·")
            row.append("→".join(str(r["level"]) for r in skill["ratings"] if not r["self"]) or "·")
        row.append("→".join(str(level) for level in skill["path"]) or "–")
        table.add_row(*row)
    return table
