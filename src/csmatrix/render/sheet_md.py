"""`sheet --format md`: a skill sheet for a wiki page or a pull request."""

from __future__ import annotations

from csmatrix.render.framework_md import cell as _cell
from csmatrix.render.labels import number
from csmatrix.render.sheet_csv import marked
from csmatrix.sheet.data import SheetData


def cell(value: object) -> str:
    """A table cell with HTML-significant characters escaped (wiki renderers allow raw HTML)."""
    text = "" if value is None else str(value)
    return _cell(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def code(text: str) -> str:
    """``text`` as inline code, or as an escaped cell when it could close the code span."""
    if any(ch in text for ch in "`<>&|\r\n"):
        return cell(text)
    return f"`{text}`"


def sheet_markdown(sheet: SheetData) -> str:
    lines = [f"# {cell(sheet.title)} — {sheet.w('sheet')}", ""]
    lines.append(f"- {sheet.w('framework')}: {code(sheet.framework)}")
    lines.append(f"- {sheet.w('role')}: {cell(sheet.role_text)}")
    name = cell(sheet.member_name) if sheet.has_member else ""
    lines.append(f"- {sheet.w('name')}: {name}".rstrip())
    steps = " · ".join(cell(step.label) for step in sheet.scale)
    lines.append(f"- {sheet.w('scale')}: {steps}")
    legend = sheet.w("target_mark") + (f" / {sheet.w('current_mark')}" if sheet.has_member else "")
    lines += ["", f"{cell(sheet.instructions)} {legend}"]
    head = [sheet.w("id"), sheet.w("skill"), *(step.label for step in sheet.scale), sheet.w("target")]
    if sheet.has_member:
        head += [sheet.w("current"), sheet.w("gap")]
    head += [sheet.level_header, sheet.w("note")]
    axis = None
    for group in sheet.groups():
        if group.axis_id != axis:
            axis = group.axis_id
            lines += ["", f"## {cell(group.axis)}"]
        lines += ["", f"### {cell(group.category)}", ""]
        lines.append("| " + " | ".join(cell(h) for h in head) + " |")
        lines.append("|" + "---|" * len(head))
        for row in group.rows:
            name = f"**{cell(row.name)}**" + (f"<br>{cell(row.summary)}" if row.summary else "")
            cells = [f"`{row.skill_id}`", name]
            cells += [
                cell(marked(sheet, row, step.level, d))
                for step, d in zip(sheet.scale, row.descriptors, strict=True)
            ]
            cells.append(number(row.target, ""))
            if sheet.has_member:
                cells += [number(row.current, ""), number(row.gap, "")]
            cells += [number(row.prefill(), ""), ""]
            lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"
