"""`show --format md`: the framework as Markdown tables."""

from __future__ import annotations

from typing import Any

from csmatrix.render.safe import md_tree


def cell(value: object) -> str:
    """A Markdown table cell: no pipes or newlines can break the row."""
    text = "" if value is None else str(value)
    return text.replace("|", "\\|").replace("\r", "").replace("\n", "<br>")


def framework_markdown(view: dict[str, Any]) -> str:
    view = md_tree(view)
    lines = [f"# {view['title']} (`{view['framework']}`)", ""]
    if view.get("description"):
        lines += [view["description"], ""]
    lines += [
        f"Released {view['released']}"
        + (f", supersedes `{view['supersedes']}`" if view["supersedes"] else ""),
        "",
    ]
    lines += ["| Level | Name | Scope |", "|---|---|---|"]
    lines += [f"| {lv['level']} | {cell(lv['name'])} | {lv['scope']} |" for lv in view["levels"]]
    roles = {role["id"]: role["name"] for role in view["roles"]}
    for axis in view["axes"]:
        lines += ["", f"## {cell(axis['name'])} (`{axis['id']}`)"]
        for category in axis["categories"]:
            lines += ["", f"### {cell(category['name'])} (`{category['id']}`)", ""]
            header = (
                "| Skill | " + " | ".join(f"{lv['level']} {cell(lv['name'])}" for lv in view["levels"]) + " |"
            )
            lines += [header, "|" + "---|" * (len(view["levels"]) + 1)]
            for skill in category["skills"]:
                targets = ", ".join(f"{roles[r]} {t}" for r, t in skill["targets"].items() if t is not None)
                name = f"**{cell(skill['name'])}**<br>`{skill['id']}`" + (
                    f"<br>{cell(targets)}" if targets else ""
                )
                levels = " | ".join(cell(skill["levels"].get(str(lv["level"]))) for lv in view["levels"])
                lines.append(f"| {name} | {levels} |")
    if view["roles"]:
        lines += ["", "## Roles", ""]
        lines += [
            f"- **{cell(r['name'])}** (`{r['id']}`)"
            + (f": {r['description']}" if r.get("description") else "")
            + (f" (requires_method: {', '.join(r['requires_method'])})" if r.get("requires_method") else "")
            for r in view["roles"]
        ]
    return "\n".join(lines) + "\n"
