"""The plan sections of ``team``: what-if (``--without``) and growth capacity (``--hire``).

Printed after the team view, in the terminal (rich ``Text`` lines, widths by
``cell_len``) or as Markdown; names, not ids.  The view is ``team``'s JSON
view with the ``what_if`` / ``hire`` + ``capacity`` keys added.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from csmatrix.render.framework_md import cell
from csmatrix.render.safe import md_tree, no_markup, term_tree
from csmatrix.words import word


def _who(names: dict[str, str], pairs: list[dict[str, Any]]) -> str:
    return ", ".join(f"{names.get(p['id'], p['id'])} {p['level']}" for p in pairs)


def _what_if_items(
    view: dict[str, Any], lang: str
) -> tuple[str, list[tuple[str, list[tuple[str, list[str]]]]]]:
    """(heading, [(section title, [(skill name, [details])])])."""
    plan = view["what_if"]
    gone = {m["id"]: m["name"] for m in plan["without"]}
    names = {m["id"]: m["name"] for m in view["members"]} | gone
    skills = {s["id"]: s for s in view["skills"]}
    lost = {c["skill"]: c["lost"] for c in plan["changes"]}
    sep = word("plans.sep", lang)
    heading = word("plans.what_if", lang, names=sep.join(m["name"] for m in plan["without"]))

    def detail(skill_id: str) -> list[str]:
        parts = []
        if skills[skill_id]["holders"]:
            parts.append(word("plans.left_with", lang, who=_who(names, skills[skill_id]["holders"])))
        parts.append(word("plans.lost", lang, who=sep.join(names[i] for i in lost.get(skill_id, []))))
        return parts

    sections = [
        (word(f"plans.{key}", lang), [(skills[s]["name"], detail(s)) for s in plan[field]])
        for key, field in (("new_single", "new_single_points"), ("new_uncovered", "new_uncovered"))
    ]
    return heading, sections


def _capacity_items(
    view: dict[str, Any], lang: str
) -> tuple[str, list[str], list[str], list[dict[str, Any]]]:
    """(heading, answer lines, the first skills to run out, needed skills fewest room first)."""
    hire = view["hire"]
    skills = {s["id"]: s["name"] for s in view["skills"]}
    role = hire["role_name"] or word("plans.every_skill", lang)
    if hire["max_hires"] is None:
        answer = [word("plans.hire_yes_any", lang, role=role)]
    else:
        key = "hire_yes" if hire["can_hire"] else "hire_no"
        answer = [
            word(f"plans.{key}", lang, role=role, n=hire["count"]),
            word("plans.hire_max", lang, max=hire["max_hires"]),
        ]
    rooms = {c["skill"]: c["room"] for c in view["capacity"]}
    first = [word("plans.room_n", lang, skill=skills[s], n=rooms[s]) for s in hire["first_to_run_out"]]
    order = {s["id"]: i for i, s in enumerate(view["skills"])}
    needed = sorted(
        (c for c in view["capacity"] if c["target"] is not None), key=lambda c: (c["room"], order[c["skill"]])
    )
    return word("plans.capacity", lang, k=hire["max_mentees"]), answer, first, needed


@no_markup
def print_plans(console: Console, view: dict[str, Any], lang: str = "ja") -> None:
    """The what-if and capacity sections, as present in ``view``."""
    view = term_tree(view)
    lines: list[Text] = []
    if "what_if" in view:
        heading, sections = _what_if_items(view, lang)
        lines += [Text(""), Text(heading, style="bold")]
        for title, items in sections:
            lines.append(Text(title, style="bold"))
            if not items:
                lines.append(Text(f"  {word('plans.none', lang)}"))
            for name, details in items:
                lines.append(Text(f"  {name}", style="red"))
                lines += [Text(f"    {d}", style="yellow") for d in details]
    if "hire" in view:
        heading, answer, first, needed = _capacity_items(view, lang)
        skills = {s["id"]: s["name"] for s in view["skills"]}
        lines += [Text(""), Text(heading, style="bold")]
        yes = view["hire"]["can_hire"]
        lines.append(Text(answer[0], style="bold green" if yes else "bold red"))
        lines += [Text(f"  {extra}") for extra in answer[1:]]
        if first:
            lines.append(Text(word("plans.first_out", lang)))
        lines += [Text(f"  {skill}", style="yellow") for skill in first]
        heads = [word(f"plans.{k}", lang) for k in ("skill", "target", "mentors", "learners", "room")]
        label = max([cell_len(skills[c["skill"]]) for c in needed] + [cell_len(heads[0])])
        widths = [max(cell_len(h), 4) for h in heads[1:]]
        label = min(label, max(14, console.width - 2 - sum(w + 2 for w in widths)))

        def row(first: str, rest: list[str], style: str = "") -> Text:
            out = Text(style=style)
            name = Text(first)
            name.truncate(label, overflow="ellipsis", pad=True)
            out.append_text(Text("  ") + name)
            for value, w in zip(rest, widths, strict=True):
                out.append("  " + " " * max(0, w - cell_len(value)) + value)
            return out

        lines.append(row(heads[0], heads[1:], "bold"))
        for c in needed:
            short = c["room"] < view["hire"]["count"]
            values = [str(c["target"]), str(len(c["mentors"])), str(len(c["learners"])), str(c["room"])]
            lines.append(row(skills[c["skill"]], values, "red" if short else ""))
    if lines:
        console.print(Text("\n").join(lines), no_wrap=True, crop=True, overflow="ellipsis")


def plans_markdown(view: dict[str, Any], lang: str = "ja") -> str:
    view = md_tree(view)
    lines: list[str] = []
    if "what_if" in view:
        heading, sections = _what_if_items(view, lang)
        lines += ["", f"## {cell(heading)}"]
        for title, items in sections:
            lines += ["", f"### {title}", ""]
            lines += [f"- {cell(name)}: {cell(' · '.join(details))}" for name, details in items]
            lines += [f"- {word('plans.none', lang)}"] if not items else []
    if "hire" in view:
        heading, answer, first, needed = _capacity_items(view, lang)
        skills = {s["id"]: s["name"] for s in view["skills"]}
        lines += [
            "",
            f"## {heading}",
            "",
            f"**{cell(answer[0])}**" + "".join(f" ({a})" for a in answer[1:]),
            "",
        ]
        if first:
            lines += [
                f"{word('plans.first_out', lang)}: " + word("plans.sep", lang).join(cell(a) for a in first),
                "",
            ]
        heads = [word(f"plans.{k}", lang) for k in ("skill", "target", "mentors", "learners", "room")]
        lines += ["| " + " | ".join(heads) + " |", "|---|---:|---:|---:|---:|"]
        for c in needed:
            lines.append(
                f"| {cell(skills[c['skill']])} | {c['target']} | {len(c['mentors'])} "
                f"| {len(c['learners'])} | {c['room']} |"
            )
    return "\n".join(lines) + "\n" if lines else ""
