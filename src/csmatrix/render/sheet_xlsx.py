"""`sheet --format xlsx`: a workbook a manager can hand out as it is.

Sheet 1 (``スキルシート`` / ``Skills``): a short header block (title,
framework, role, the name to fill in, how to fill it in), then a table with a
frozen, filterable header row: skill id (a narrow column, so ``import`` finds
each skill even after the rows are re-sorted), axis, category, skill, one
column per level descriptor (the target level highlighted and marked ◎, the
current level of a 1on1 sheet marked ● in blue), target, [current, gap,]
the rating (a drop-down restricted to the scale) and a note.
Printing gives A4 landscape, one page wide, with the header row on every page.

Sheet 2 (``_csmatrix``, hidden) holds what ``import`` needs: the sheet format,
framework reference, role, member, where the name cell and header row are,
and the skill ids.

Every text goes in through :func:`put`: neutralised (``cells.neutralise``:
nothing from a file becomes a formula, and ``import`` restores it exactly),
control characters shown as symbols (XML cannot hold them), and stored as a
string cell, never a formula.

openpyxl is imported here only, so ``csmatrix --help`` never loads it.
"""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING, Any

from csmatrix.render.sheet_csv import marked
from csmatrix.sheet.cells import neutralise, visible
from csmatrix.sheet.data import META_SHEET, SHEET_FORMAT, SheetData, display_width

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_TITLE = {"ja": "スキルシート", "en": "Skills"}
HEADER_ROW = 7
NAME_CELL = "B4"
DATE_CELL = "E3"  # the assessor and date: import takes them unless --by / --date say otherwise
BY_CELL = "E4"

FONT = {"ja": "Yu Gothic", "en": "Calibri"}
INK = "1F2933"
MUTED = "61707D"
LINE = "C9D1D9"
HEAD_FILL = "E8EDF2"
IND_FILL = "EEF6F1"
ORG_FILL = "F3EEFC"
TARGET_FILL = "FFF1C2"
TARGET_EDGE = "D69E00"
CURRENT_FILL = "DCECFF"
CURRENT_EDGE = "2F6FB3"
INPUT_FILL = "FFFCE8"

# Widths in Excel's character units (of the 11pt default font).  A4 landscape
# between the margins holds about 141 units at 100%; the sheet is laid out for
# PAGE_UNITS, so fitting it to the page width prints at about 88%: 9pt text
# comes out near 8pt, not the 6pt that 216 units gave.  Axis and category
# names get the width they need (never split mid-word); the descriptor columns
# share what is left, between DESC_MIN and DESC_WIDTH.
PAGE_UNITS = 160
DESC_WIDTH = 25
DESC_MIN = 13
BODY_SIZE = 9


def put(ws: Any, row: int, col: int, value: Any) -> Any:
    """Write ``value`` into a cell; a text is always a plain string cell (never a formula)."""
    cell = ws.cell(row, col)
    if isinstance(value, str):
        cell.value = neutralise(visible(value))
        cell.data_type = "s"
    else:
        cell.value = value
    return cell


def sheet_title(lang: str) -> str:
    return SHEET_TITLE.get(lang, SHEET_TITLE["en"])


def sheet_xlsx(sheet: SheetData) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation
    from openpyxl.worksheet.page import PageMargins
    from openpyxl.worksheet.worksheet import Worksheet

    font_name = FONT.get(sheet.lang, FONT["en"])

    def font(size: float = BODY_SIZE, bold: bool = False, color: str = INK) -> Any:
        return Font(name=font_name, size=size, bold=bold, color=color)

    def fill(rgb: str) -> Any:
        return PatternFill("solid", start_color=rgb, end_color=rgb)

    thin = Side(style="thin", color=LINE)
    grid = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    center = Alignment(wrap_text=True, vertical="top", horizontal="center")

    wb = Workbook()
    wb.calculation.fullCalcOnLoad = False  # nothing to calculate: the workbook holds no formula
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new Workbook() starts with one worksheet, active
    ws.title = sheet_title(sheet.lang)

    # --- columns ---------------------------------------------------------------
    def need(texts: list[str], size: float = BODY_SIZE) -> float:
        return max((display_width(t) for t in texts), default=0) * size / 11 + 2

    axis_cap = min(16.0, max(9.0, need([r.axis for r in sheet.rows])))
    category_cap = min(14.0, max(10.0, need([r.category for r in sheet.rows])))
    fixed = 10 + axis_cap + category_cap + 18 + 6 + 9 + 16 + (12 if sheet.has_member else 0)
    desc_cap = max(DESC_MIN, min(DESC_WIDTH, (PAGE_UNITS - fixed) / max(1, len(sheet.scale))))
    columns: list[tuple[str, str, float]] = [  # key, header, width cap
        ("id", sheet.w("id"), 10),
        ("axis", sheet.w("axis"), axis_cap),
        ("category", sheet.w("category"), category_cap),
        ("skill", sheet.w("skill"), 18),
    ]
    columns += [(f"L{step.level}", step.label, desc_cap) for step in sheet.scale]
    columns.append(("target", sheet.w("target"), 6))
    if sheet.has_member:
        columns += [("current", sheet.w("current"), 6), ("gap", sheet.w("gap"), 6)]
    columns += [("level", sheet.level_header.replace(" (", "\n("), 9), ("note", sheet.w("note"), 16)]
    # columns people write in are as wide as their cap, whatever they hold now
    minimum = {"level": 9.0, "note": 16.0}
    col_of = {key: i + 1 for i, (key, _, _) in enumerate(columns)}
    last_col = get_column_letter(len(columns))

    # --- header block ----------------------------------------------------------
    put(ws, 1, 1, f"{sheet.title} — {sheet.w('sheet')}")
    ws["A1"].font = font(14, bold=True)
    block = [
        (2, sheet.w("framework"), sheet.framework),
        (3, sheet.w("role"), sheet.role_text),
        (4, sheet.w("name"), sheet.member_name or ""),
    ]
    for block_row, label, value in block:
        put(ws, block_row, 1, label).font = font(10, bold=True, color=MUTED)
        put(ws, block_row, 2, value).font = font(11, bold=block_row == 4)
    name_cell = ws[NAME_CELL]
    name_cell.fill = fill(INPUT_FILL)
    name_cell.border = Border(bottom=Side(style="medium", color=INK))
    ws.merge_cells(start_row=4, start_column=2, end_row=4, end_column=3)
    for ref, key in ((DATE_CELL, "date"), (BY_CELL, "by")):
        at = ws[ref]
        put(ws, at.row, at.column - 1, sheet.w(key)).font = font(10, bold=True, color=MUTED)
        at.fill = fill(INPUT_FILL)
        at.border = Border(bottom=Side(style="medium", color=INK))
        at.font = font(11, bold=True)
        put(ws, at.row, at.column + 1, sheet.w(f"{key}_how")).font = font(9, color=MUTED)
    ws[DATE_CELL].number_format = "yyyy-mm-dd"
    put(ws, 5, 1, sheet.instructions).font = font(10, color=MUTED)
    legend = put(ws, 6, 1, sheet.w("target_mark"))
    legend.font = font(10, bold=True, color="8A6100")
    legend.fill = fill(TARGET_FILL)
    if sheet.has_member:
        cur = put(ws, 6, 2, sheet.w("current_mark"))
        cur.font = font(10, bold=True, color=CURRENT_EDGE)
        cur.fill = fill(CURRENT_FILL)
    ws.row_dimensions[1].height = 24

    # --- table -----------------------------------------------------------------
    scope_of = {f"L{step.level}": step.scope for step in sheet.scale}
    for key, label, _ in columns:
        c = put(ws, HEADER_ROW, col_of[key], label)
        c.font = font(9, bold=True)
        c.alignment = center if key not in ("skill", "note") else wrap
        c.border = grid
        scope = scope_of.get(key)
        c.fill = fill(
            IND_FILL if scope == "individual" else ORG_FILL if scope == "organization" else HEAD_FILL
        )

    caps = {key: cap for key, _, cap in columns}
    widths = {
        key: max(
            minimum.get(key, 0.0), min(caps[key], max(map(display_width, label.split("\n"))) * 9 / 11 + 2)
        )
        for key, label, _ in columns
    }
    rating_cells = []
    for offset, row in enumerate(sheet.rows):
        r = HEADER_ROW + 1 + offset
        values: dict[str, Any] = {
            "id": row.skill_id,
            "axis": row.axis,
            "category": row.category,
            "skill": _skill_text(row.name, row.summary, font_name),
            "target": row.target,
            "current": row.current,
            "gap": row.gap,
            "level": row.prefill(),
            "note": None,
        }
        for step, text in zip(sheet.scale, row.descriptors, strict=True):
            values[f"L{step.level}"] = marked(sheet, row, step.level, text)
        lines = 1
        for key, _, _ in columns:
            value = values[key]
            c = put(ws, r, col_of[key], value)
            c.border = grid
            c.font = font()
            c.alignment = wrap
            if key == "id":
                c.font = font(7.5, color=MUTED)
            elif key == "skill":
                c.font = font(BODY_SIZE, bold=True)
            elif key in ("target", "current", "gap"):
                c.font = font(11, bold=key == "target")
                c.alignment = center
            elif key == "level":
                c.font = font(12, bold=True)
                c.alignment = center
                c.fill = fill(INPUT_FILL)
                rating_cells.append(c.coordinate)
            elif key == "note":
                c.fill = fill(INPUT_FILL)
            elif key.startswith("L"):
                level = int(key[1:])
                if row.target == level:
                    c.fill = fill(TARGET_FILL)
                    c.border = Border(*(Side(style="medium", color=TARGET_EDGE),) * 4)
                if row.current == level:
                    c.font = font(BODY_SIZE, bold=True, color=CURRENT_EDGE)
                    if row.target != level:
                        c.fill = fill(CURRENT_FILL)
            text = "" if value is None else str(value)
            if key == "skill":
                text = row.name + (f"\n{row.summary}" if row.summary else "")
            size = 7.5 if key == "id" else BODY_SIZE
            widest = max((display_width(part) for part in text.split("\n")), default=0)
            widths[key] = max(widths[key], min(caps[key], widest * size / 11 + 2))
            lines = max(lines, _lines(text, caps[key], size))
        ws.row_dimensions[r].height = max(18, math.ceil(lines * BODY_SIZE * 1.55 + 6))

    for key, _, _ in columns:
        ws.column_dimensions[get_column_letter(col_of[key])].width = round(widths[key], 1)
    # the header block's labels and values sit in the id/axis columns: keep them readable
    ws.column_dimensions["A"].width = max(ws.column_dimensions["A"].width, 12)
    ws.row_dimensions[HEADER_ROW].height = 30

    first = HEADER_ROW + 1
    last = HEADER_ROW + len(sheet.rows)
    ws.freeze_panes = ws.cell(first, col_of["skill"] + 1).coordinate
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last}"

    steps = ",".join(str(step.level) for step in sheet.scale)
    dv = DataValidation(
        type="list",
        formula1=f'"{steps}"',
        allow_blank=True,
        showErrorMessage=True,
        showInputMessage=True,
        errorTitle=sheet.w("level_member" if sheet.has_member else "level"),
        error=sheet.choose,
        promptTitle=sheet.w("level_member" if sheet.has_member else "level"),
        prompt=sheet.choose,
    )
    ws.add_data_validation(dv)
    if rating_cells:
        dv.add(f"{rating_cells[0]}:{rating_cells[-1]}")

    _print_setup(ws, sheet, PageMargins, last_col, last)
    _meta_sheet(wb, sheet, col_of)

    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _skill_text(name: str, summary: str, font_name: str) -> Any:
    """The skill's name in bold, its summary below in grey (rich text)."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont
    from openpyxl.styles.colors import Color

    if not summary:
        return name  # put() neutralises it
    return CellRichText(
        TextBlock(
            InlineFont(rFont=font_name, sz=BODY_SIZE, b=True, color=Color(rgb=INK)), neutralise(visible(name))
        ),
        TextBlock(
            InlineFont(rFont=font_name, sz=BODY_SIZE - 1, color=Color(rgb=MUTED)), "\n" + visible(summary)
        ),
    )


def _lines(text: str, width: float, size: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` units wide."""
    per_line = max(1.0, (width - 1) * 11 / size)
    return sum(max(1, math.ceil(display_width(part) / per_line)) for part in text.split("\n")) if text else 1


def _print_setup(ws: Worksheet, sheet: SheetData, margins: Any, last_col: str, last: int) -> None:
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    # openpyxl creates pageSetUpPr and the header/footer parts with every sheet;
    # its stubs type them Optional
    page_setup_pr = ws.sheet_properties.pageSetUpPr
    assert page_setup_pr is not None
    page_setup_pr.fitToPage = True
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_area = f"A1:{last_col}{last}"
    ws.page_margins = margins(left=0.4, right=0.4, top=0.5, bottom=0.5, header=0.25, footer=0.25)
    header, footer = ws.oddHeader, ws.oddFooter
    assert header is not None
    assert footer is not None
    assert header.left is not None
    assert footer.center is not None
    # '&' starts a header code (&P: page number): a literal one is '&&'
    header.left.text = visible(f"{sheet.title} — {sheet.w('sheet')}").replace("&", "&&")
    header.left.size = 8
    footer.center.text = "&P / &N"
    footer.center.size = 8


def _meta_sheet(wb: Any, sheet: SheetData, col_of: dict[str, int]) -> None:
    meta = wb.create_sheet(META_SHEET)
    meta.sheet_state = "hidden"
    rows: list[tuple[str, Any]] = [
        ("format", SHEET_FORMAT),
        ("framework", sheet.framework),
        ("lang", sheet.lang),
        ("role", sheet.role_id or ""),
        ("member", sheet.member_id or ""),
        ("name", sheet.member_name or ""),
        ("sheet", sheet_title(sheet.lang)),
        ("name_cell", NAME_CELL),
        ("by_cell", BY_CELL),
        ("date_cell", DATE_CELL),
        ("header_row", HEADER_ROW),
    ]
    rows += [("skill", row.skill_id) for row in sheet.rows]
    for r, (key, value) in enumerate(rows, start=1):
        put(meta, r, 1, key)
        put(meta, r, 2, value)
