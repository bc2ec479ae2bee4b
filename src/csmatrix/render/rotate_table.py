"""`rotate` in the terminal: the rule, before → after, the proposals, what is left."""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

from csmatrix.render.safe import no_markup, term_tree
from csmatrix.words import word


def rotate_lines(
    view: dict[str, Any], lang: str
) -> tuple[list[str], list[list[str]], list[tuple[str, list[str]]]]:
    """(header lines, proposal rows, [(skill still at risk, why)]): shared by the table and Markdown."""
    names = {m["id"]: m["name"] for m in view["members"]}
    skills = {s["id"]: s["name"] for s in view["skills"]}
    before, after = view["before"], view["after"]
    header = [
        f"{word('plans.rotate_title', lang)}  {view['framework']}",
        word("plans.rotate_rule", lang, level=view["coverage_level"], name=view["coverage_level_name"]),
        word("plans.rotate_limits", lang, k=view["max_mentees"]),
        word(
            "plans.before_after",
            lang,
            sb=len(before["single_points"]),
            sa=len(after["single_points"]),
            ub=len(before["uncovered"]),
            ua=len(after["uncovered"]),
            inc=view["level_increase"],
        ),
    ]
    rows = [
        [
            names[r["member"]],
            skills[r["skill"]],
            f"{r['from'] or '-'}→{r['to']}",
            names[r["mentor"]],
        ]
        for r in view["rotations"]
    ]
    sep = word("plans.sep", lang)
    left = []
    for item in view["left"]:
        if item["reason"] == "no_holder":
            why = [word("plans.no_holder", lang)]
            if item["closest"]:
                who = sep.join(f"{names[c['id']]} {c['level']}" for c in item["closest"])
                why.append(word("plans.closest", lang, who=who))
        else:
            why = [word(f"plans.{item['reason']}", lang, who=names[item["holder"]])]
        left.append((skills[item["skill"]], why))
    return header, rows, left


@no_markup
def print_rotate(console: Console, view: dict[str, Any], lang: str = "ja") -> None:
    view = term_tree(view)
    header, rows, left = rotate_lines(view, lang)
    lines = [Text(header[0], style="bold"), *[Text(h) for h in header[1:]], Text("")]
    heads = [word(f"plans.{k}", lang) for k in ("learner", "skill", "now_to", "mentor")]
    if rows:
        widths = [max(cell_len(r[i]) for r in [heads, *rows]) for i in range(4)]
        widths[1] = min(widths[1], max(14, console.width - 2 * 4 - widths[0] - widths[2] - widths[3]))

        def line(cells: list[str], style: str = "") -> Text:
            out = Text(style=style)
            for i, (value, w) in enumerate(zip(cells, widths, strict=True)):
                part = Text(value)
                if i < 3:
                    part.truncate(w, overflow="ellipsis", pad=True)
                out.append_text(Text("  ") + part)
            return out

        lines += [line(heads, "bold"), *[line(r) for r in rows]]
    else:
        lines.append(Text(word("plans.no_rotation", lang)))
    if left:
        lines += [Text(""), Text(word("plans.remaining", lang), style="bold")]
        for skill, why in left:
            lines.append(Text(f"  {skill}"))
            lines += [Text(f"    {text}", style="yellow") for text in why]
    console.print(Text("\n").join(lines), no_wrap=True, crop=True, overflow="ellipsis")
