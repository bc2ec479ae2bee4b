"""`sheet --format html`: one self-contained, printable page.

No external fonts, scripts or styles: the CSS is inline and names fonts a
Japanese desktop already has.  Printing gives A4 landscape pages whose rows
never split a skill, with each category's header repeated on a new page.
Every text goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape

from csmatrix.render.html_doc import document_start
from csmatrix.render.labels import number
from csmatrix.sheet.data import CURRENT_MARK, TARGET_MARK, SheetData, SheetRow

CSS = """
:root { --ink: #1f2933; --muted: #61707d; --line: #c9d1d9; --target: #fff1c2; --target-edge: #d69e00;
        --current: #dcecff; --current-edge: #2f6fb3; --org: #f3eefc; --ind: #eef6f1; --input: #fffdf2; }
* { box-sizing: border-box; }
body { margin: 24px; color: var(--ink); background: #fff; line-height: 1.5; font-size: 13px;
       font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Noto Sans CJK JP", "Noto Sans JP",
                    "Yu Gothic", "YuGothic", "Meiryo", sans-serif; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 16px; margin: 22px 0 6px; padding-bottom: 2px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 14px; margin: 14px 0 6px; }
.meta { display: flex; flex-wrap: wrap; gap: 4px 24px; margin: 6px 0 8px; }
.meta div span { color: var(--muted); margin-right: 6px; }
.fill { display: inline-block; min-width: 14em; border-bottom: 1px solid var(--ink); }
.howto { margin: 4px 0 10px; color: var(--muted); }
.legend span { display: inline-block; padding: 0 6px; margin-right: 10px; border-radius: 3px; }
.legend .t { background: var(--target); border: 1px solid var(--target-edge); }
.legend .c { background: var(--current); border: 1px solid var(--current-edge); }
.legend .i { background: var(--ind); } .legend .o { background: var(--org); }
table { border-collapse: collapse; width: 100%; table-layout: fixed; margin-bottom: 6px; }
th, td { border: 1px solid var(--line); padding: 5px 6px; vertical-align: top; text-align: left;
         overflow-wrap: anywhere; }
thead th { background: #f5f7f9; font-size: 12px; }
thead th.individual { background: var(--ind); } thead th.organization { background: var(--org); }
th .scope { display: block; font-weight: normal; color: var(--muted); font-size: 11px; }
col.skill { width: 15%; } col.num { width: 4.5%; } col.rate { width: 7.5%; } col.note { width: 12%; }
td.skill b { display: block; font-size: 13px; }
td.skill .id { display: block; font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
               font-size: 10px; color: var(--muted); }
td.skill .summary { display: block; font-size: 11px; color: var(--muted); }
td.desc { font-size: 12px; }
td.target { background: var(--target); outline: 2px solid var(--target-edge); outline-offset: -2px; }
td.current { background: var(--current); }
td.current.target { background: linear-gradient(var(--current), var(--target)); }
td .mark { font-weight: bold; font-size: 11px; display: block; }
td.target .mark { color: #8a6100; } td.current .mark { color: var(--current-edge); }
td.num { text-align: center; font-size: 15px; font-weight: bold; }
td.rate { background: var(--input); text-align: center; }
td.rate .box { display: block; min-height: 2.2em; font-size: 16px; font-weight: bold; }
td.rate .scale { display: block; color: var(--muted); font-size: 10px; letter-spacing: 2px; }
td.note { background: var(--input); }
th .range { display: block; white-space: nowrap; }
thead th.group { background: #fff; border: none; border-bottom: 2px solid var(--ink); font-size: 13px;
                 padding: 2px 0; }
tr, tbody.keep { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
h2, h3 { break-after: avoid; page-break-after: avoid; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; font-size: 10.5px; }
  h1 { font-size: 16px; } h2 { font-size: 13px; margin-top: 12px; } h3 { font-size: 12px; }
  td.desc { font-size: 9.5px; } td.skill b { font-size: 11px; }
  section.category { break-inside: auto; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"""


def sheet_html(sheet: SheetData) -> str:
    e = escape
    generator = f'<meta name="generator" content="csmatrix sheet; framework={e(sheet.framework)}">'
    out = [
        *document_start(sheet.lang, f"{e(sheet.title)} — {e(sheet.w('sheet'))}", CSS, [generator]),
        f"<h1>{e(sheet.title)} — {e(sheet.w('sheet'))}</h1>",
        '<div class="meta">',
        f"<div><span>{e(sheet.w('framework'))}</span><code>{e(sheet.framework)}</code></div>",
        f"<div><span>{e(sheet.w('role'))}</span>{e(sheet.role_text)}</div>",
    ]
    name = e(sheet.member_name) if sheet.member_name else '<span class="fill">&nbsp;</span>'
    out.append(f"<div><span>{e(sheet.w('name'))}</span>{name}</div>")
    for key in ("by", "date"):
        out.append(f'<div><span>{e(sheet.w(key))}</span><span class="fill">&nbsp;</span></div>')
    out.append("</div>")
    out.append(f'<p class="howto">{e(sheet.instructions)}</p>')
    legend = [f'<span class="t">{e(sheet.w("target_mark"))}</span>']
    if sheet.has_member:
        legend.append(f'<span class="c">{e(sheet.w("current_mark"))}</span>')
    scopes: dict[str, list[int]] = {}
    for step in sheet.scale:
        scopes.setdefault(step.scope, []).append(step.level)
    names = {step.scope: step.scope_name for step in sheet.scale}
    legend += [
        f'<span class="{"i" if scope == "individual" else "o"}">'
        f"{e(names[scope])} {levels[0]}{'–' + str(levels[-1]) if len(levels) > 1 else ''}</span>"
        for scope, levels in scopes.items()
    ]
    out.append(f'<p class="legend">{"".join(legend)}</p>')
    axis = None
    for group in sheet.groups():
        if group.axis_id != axis:
            axis = group.axis_id
            out.append(f"<h2>{e(group.axis)}</h2>")
        out.append('<section class="category">')
        out.append("<table>")
        out.append(_colgroup(sheet))
        out.append(_head(sheet, group.category))
        out += _bodies(sheet, group.rows)
        out.append("</table></section>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _colgroup(sheet: SheetData) -> str:
    cols = ['<col class="skill">'] + ["<col>"] * len(sheet.scale) + ['<col class="num">']
    if sheet.has_member:
        cols += ['<col class="num">', '<col class="num">']
    cols += ['<col class="rate">', '<col class="note">']
    return "<colgroup>" + "".join(cols) + "</colgroup>"


def _bodies(sheet: SheetData, rows: tuple[SheetRow, ...]) -> list[str]:
    """The rows in row groups, so no page starts or ends a category with one row alone.

    The first two rows stay together (and with the heading, which is the first
    row of the repeated ``thead``); so do the last two.  Chromium honours
    ``break-inside: avoid`` on a ``tbody`` where it has no orphans/widows for rows.
    """
    parts = [rows] if len(rows) <= 3 else [rows[:2], rows[2:-2], rows[-2:]]
    out = []
    for index, part in enumerate(parts):
        if part:
            keep = "" if index == 1 else ' class="keep"'  # the middle rows may break anywhere
            out.append(f"<tbody{keep}>" + "".join(_row(sheet, row) for row in part) + "</tbody>")
    return out


def _head(sheet: SheetData, category: str = "") -> str:
    e = escape
    width = 1 + len(sheet.scale) + 1 + (2 if sheet.has_member else 0) + 2
    group = f'<tr><th class="group" colspan="{width}"><h3>{e(category)}</h3></th></tr>' if category else ""
    cells = [f"<th>{e(sheet.w('skill'))}</th>"]
    cells += [
        f'<th class="{e(step.scope)}">{step.level} {e(step.name)}'
        f'<span class="scope">{e(step.scope_name)}</span></th>'
        for step in sheet.scale
    ]
    cells.append(f"<th>{e(sheet.w('target'))}</th>")
    if sheet.has_member:
        cells += [f"<th>{e(sheet.w('current'))}</th>", f"<th>{e(sheet.w('gap'))}</th>"]
    rating = sheet.w("level_member" if sheet.has_member else "level")
    cells.append(f'<th>{e(rating)}<span class="range">({sheet.low}-{sheet.top})</span></th>')
    cells.append(f"<th>{e(sheet.w('note'))}</th>")
    return "<thead>" + group + "<tr>" + "".join(cells) + "</tr></thead>"


def _row(sheet: SheetData, row: SheetRow) -> str:
    e = escape
    skill = f'<b>{e(row.name)}</b><span class="id">{e(row.skill_id)}</span>'
    if row.summary:
        skill += f'<span class="summary">{e(row.summary)}</span>'
    cells = [f'<td class="skill">{skill}</td>']
    for step, text in zip(sheet.scale, row.descriptors, strict=True):
        classes = ["desc"]
        marks = []
        if row.current == step.level:
            classes.append("current")
            marks.append(f"{CURRENT_MARK} {sheet.w('current')}")
        if row.target == step.level:
            classes.append("target")
            marks.append(f"{TARGET_MARK} {sheet.w('target')}")
        mark = f'<span class="mark">{e(" ".join(marks))}</span>' if marks else ""
        cells.append(f'<td class="{" ".join(classes)}">{mark}{e(text)}</td>')
    cells.append(f'<td class="num">{number(row.target, "")}</td>')
    if sheet.has_member:
        cells += [
            f'<td class="num">{number(row.current, "")}</td>',
            f'<td class="num">{number(row.gap, "")}</td>',
        ]
    scale = " ".join(str(step.level) for step in sheet.scale)
    cells.append(
        f'<td class="rate"><span class="box">{number(row.prefill(), "")}</span>'
        f'<span class="scale">{scale}</span></td>'
    )
    cells.append('<td class="note"></td>')
    return f'<tr id="skill-{e(row.skill_id)}">' + "".join(cells) + "</tr>"
