"""`sheet --format csv`: a skill sheet Excel opens correctly in Japan.

UTF-8 with a BOM (without it Excel in Japan reads the file as CP932 and the
text turns to mojibake).  The file starts with a small key/value block that
``import`` reads, then a blank row, then one header row and one row per skill:

    #csmatrix-sheet@1,<sheet title>
    framework,icare-cs@2021-autumn,<framework title>
    role,member,<role name>
    member,aoi-sato,<member id label>
    name,佐藤 葵,<name label>          (the new member writes their name here)
    by,,<assessor label: self, or the assessor's name>
    date,,<date label: YYYY-MM-DD>     (import takes these unless --by / --date say otherwise)
    (blank)
    ID,軸,カテゴリ,スキル,概要,1 見習い (個人),…,目標,[現在,差,]自己評価 (1–5),メモ

Keys stay in English so that ``import`` finds them whatever the sheet's
language; the third column says in the sheet's language what each one is.
The blank row keeps Excel's sort and filter to the skill table.
Every cell goes through ``cells.neutralise``: no text from a framework or a
member file becomes a formula, and ``import`` restores it exactly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from csmatrix.render.labels import number
from csmatrix.sheet.cells import neutralise
from csmatrix.sheet.data import CURRENT_MARK, SHEET_FORMAT, TARGET_MARK, SheetData, SheetRow


def header(sheet: SheetData) -> list[str]:
    cols = [sheet.w(k) for k in ("id", "axis", "category", "skill", "summary")]
    cols += [step.label for step in sheet.scale]
    cols.append(sheet.w("target"))
    if sheet.has_member:
        cols += [sheet.w("current"), sheet.w("gap")]
    cols += [sheet.level_header, sheet.w("note")]
    return cols


def marked(sheet: SheetData, row: SheetRow, level: int, text: str) -> str:
    """A descriptor with ◎ on the target level and ● on the current one."""
    marks = ""
    if row.current == level:
        marks += CURRENT_MARK
    if row.target == level:
        marks += TARGET_MARK
    return f"{marks} {text}" if marks else text


def body(sheet: SheetData, row: SheetRow) -> list[str]:
    cells = [row.skill_id, row.axis, row.category, row.name, row.summary]
    cells += [marked(sheet, row, step.level, d) for step, d in zip(sheet.scale, row.descriptors, strict=True)]
    cells.append(number(row.target, ""))
    if sheet.has_member:
        cells += [number(row.current, ""), number(row.gap, "")]
    cells += [number(row.prefill(), ""), ""]
    return cells


def meta_rows(sheet: SheetData) -> list[list[str]]:
    legend = (
        f"{sheet.w('target_mark')} / {sheet.w('current_mark')}"
        if sheet.has_member
        else sheet.w("target_mark")
    )
    return [
        [f"#{SHEET_FORMAT}", f"{sheet.title} {sheet.w('sheet')}", sheet.instructions, legend],
        ["framework", sheet.framework, sheet.w("framework")],
        ["role", sheet.role_id or "", sheet.role or sheet.w("no_role")],
        ["member", sheet.member_id or "", sheet.w("member")],
        ["name", sheet.member_name or "", sheet.w("name")],
        ["by", "", f"{sheet.w('by')}: {sheet.w('by_how')}"],
        ["date", "", f"{sheet.w('date')}: {sheet.w('date_how')}"],
    ]


def sheet_csv(sheet: SheetData) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerows(safe_rows(meta_rows(sheet)))
    writer.writerow([])
    writer.writerows(safe_rows([header(sheet)]))
    writer.writerows(safe_rows(body(sheet, row) for row in sheet.rows))
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def safe_rows(rows: Iterable[list[str]]) -> Iterable[list[str]]:
    """Rows whose cells no spreadsheet reads as a formula (OWASP CSV injection)."""
    return ([neutralise(cell) for cell in row] for row in rows)
