"""Sheets as printed and filled in (#13): headers that do not break, no orphan rows,
readable XLSX print, the drop-down's message, and the assessor and date fields ``import`` reads."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from csmatrix.sheet.data import display_width
from test_import import LEVEL, edit_csv, make_csv, make_xlsx
from test_sheet import mini_dir

# --- HTML ----------------------------------------------------------------------------------


@pytest.mark.lang("ja")
def test_html_rating_header_keeps_its_range_on_one_line(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "-f", "html")
    assert r.exit_code == 0, r
    assert '<th>自己評価<span class="range">(1-3)</span></th>' in r.stdout
    assert "th .range { display: block; white-space: nowrap; }" in r.stdout


@pytest.mark.lang("ja")
def test_html_repeats_the_category_and_keeps_first_and_last_rows_together(cli):
    r = cli("sheet", "icare-cs@2021-autumn", "--role", "member", "-f", "html")
    assert r.exit_code == 0, r
    page = r.stdout
    # the category heading is the first row of the table head, which the browser repeats per page
    assert '<thead><tr><th class="group" colspan="9"><h3>分析と行動</h3></th></tr><tr><th>スキル</th>' in page
    assert "<h3>分析と行動</h3>" not in page.replace('colspan="9"><h3>分析と行動</h3>', "")
    # a category of 4 skills: rows 1-2 kept together, rows 3-4 kept together
    section = page.split("<h3>分析と行動</h3>")[1].split("</table>")[0]
    bodies = re.findall(r"<tbody( class=\"keep\")?>(.*?)</tbody>", section)
    assert [(keep, body.count("<tr ")) for keep, body in bodies] == [
        (' class="keep"', 2),
        (' class="keep"', 2),
    ]
    # the ten outcome skills: 2 kept, 6 free, 2 kept
    section = page.split("<h3>成果</h3>")[1].split("</table>")[0]
    bodies = re.findall(r"<tbody( class=\"keep\")?>(.*?)</tbody>", section)
    counts = [(keep, body.count("<tr ")) for keep, body in bodies]
    assert counts[0] == (' class="keep"', 2)
    assert counts[-1] == (' class="keep"', 2)
    assert counts[1][0] == ""


def test_html_has_assessor_and_date_fields(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "-f", "html", "--lang", "en")
    assert r.exit_code == 0, r
    assert '<div><span>Assessor</span><span class="fill">&nbsp;</span></div>' in r.stdout
    assert '<div><span>Date</span><span class="fill">&nbsp;</span></div>' in r.stdout


# --- XLSX ----------------------------------------------------------------------------------


def test_xlsx_axis_fits_and_print_stays_readable(cli, tmp_path):
    from openpyxl import load_workbook

    r = cli("sheet", "icare-cs@2021-autumn", "--role", "member", "-f", "xlsx", "-o", "i.xlsx")
    assert r.exit_code == 0, r
    ws = load_workbook("i.xlsx").worksheets[0]
    widths = {key: dim.width for key, dim in ws.column_dimensions.items()}
    # "産業保健スキル" (14 columns of display width at 9pt) fits on one line
    assert widths["B"] >= display_width("産業保健スキル") * 9 / 11 + 2
    # A4 landscape holds ~141 units at 100%: fit-to-width prints at >= 85% (9pt -> >= 7.6pt), not ~65%
    total = sum(widths.values())
    assert 141 / total >= 0.85, total
    # each descriptor column still holds a sentence's worth per line
    assert all(widths[c] >= 13 for c in "EFGHI")


def test_xlsx_drop_down_says_what_to_enter_in_the_language(cli, tmp_path):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    for lang, text in (
        ("ja", "1～3 の数字を1つ選んでください。未評価のスキルは空欄のままにします。"),
        ("en", "Choose one whole number from 1 to 3. Leave a skill you do not rate blank."),
    ):
        r = cli("sheet", "mini@1", "--frameworks", fw, "-f", "xlsx", "--lang", lang, "-o", f"{lang}.xlsx")
        assert r.exit_code == 0, r
        (dv,) = load_workbook(f"{lang}.xlsx").worksheets[0].data_validations.dataValidation
        assert dv.error == text
        assert dv.prompt == text
        assert dv.errorTitle == ("自己評価" if lang == "ja" else "Self-assessment")


@pytest.mark.lang("ja")
def test_xlsx_has_assessor_and_date_cells(cli, tmp_path):
    from openpyxl import load_workbook

    make_xlsx(cli, mini_dir(tmp_path))
    wb = load_workbook("s.xlsx")
    ws = wb.worksheets[0]
    assert (ws["D3"].value, ws["E3"].value) == ("評価日", None)
    assert (ws["D4"].value, ws["E4"].value) == ("評価者", None)
    assert ws["E3"].number_format == "yyyy-mm-dd"
    pairs = {row[0]: row[1] for row in wb["_csmatrix"].iter_rows(values_only=True) if row[0] != "skill"}
    assert (pairs["by_cell"], pairs["date_cell"]) == ("E4", "E3")


# --- import reads them -----------------------------------------------------------------------


def _assessment(path: str) -> dict:
    (one,) = yaml.safe_load(Path(path).read_text(encoding="utf-8"))["assessments"]
    return one


def test_csv_assessor_and_date_round_trip(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "鈴木 一郎", (6, 2): "山本 玲子", (7, 2): "2026/11/20", (10, LEVEL): "2"})
    r = cli("import", sheet, "--frameworks", fw, "-o", "a.yaml")
    assert r.exit_code == 0, r
    assert _assessment("a.yaml") == {
        "date": dt.date(2026, 11, 20),
        "by": "山本 玲子",
        "levels": {"health": 2},
    }
    # the command line wins over the sheet
    r = cli("import", sheet, "--frameworks", fw, "--by", "self", "--date", "2026-11-21", "-o", "b.yaml")
    assert r.exit_code == 0, r
    assert _assessment("b.yaml") == {
        "date": dt.date(2026, 11, 21),
        "by": "self",
        "method": "self-assessment",
        "levels": {"health": 2},
    }
    assert cli("validate", "b.yaml", "--frameworks", fw).exit_code == 0


def test_xlsx_assessor_and_date_round_trip(cli, tmp_path):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    make_xlsx(cli, fw)
    wb = load_workbook("s.xlsx")
    ws = wb.worksheets[0]
    ws["B4"] = "鈴木 一郎"
    ws["E4"] = "self"
    ws["E3"] = dt.datetime(2026, 11, 19)  # as Excel stores a typed date
    ws.cell(8, 9, 3)  # rating of health (column I)
    wb.save("s.xlsx")
    r = cli("import", "s.xlsx", "--frameworks", fw, "-o", "x.yaml")
    assert r.exit_code == 0, r
    assert _assessment("x.yaml") == {
        "date": dt.date(2026, 11, 19),
        "by": "self",
        "method": "self-assessment",
        "levels": {"health": 3},
    }
    # blank cells: self, today (and --date fills in)
    ws["E4"] = None
    ws["E3"] = None
    wb.save("s.xlsx")
    r = cli("import", "s.xlsx", "--frameworks", fw, "--date", "2026-01-02", "-o", "y.yaml")
    assert r.exit_code == 0, r
    assert _assessment("y.yaml")["date"] == dt.date(2026, 1, 2)
    assert _assessment("y.yaml")["by"] == "self"


def test_a_bad_or_future_date_in_the_sheet_is_located(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (7, 2): "11/20", (10, LEVEL): "2"})
    r = cli("import", sheet, "--frameworks", fw)
    assert r.exit_code == 1, r
    assert r.stderr.startswith("s.csv:7:2: error: cell B7: '11/20' is not a date"), r
    edit_csv(sheet, {(7, 2): "2999-01-01"})
    r = cli("import", sheet, "--frameworks", fw)
    assert r.exit_code == 1, r
    assert r.stderr.startswith("s.csv:7:2: error: cell B7: the date 2999-01-01 is after today"), r


def test_import_by_an_assessor_writes_no_self_method(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "1"})
    r = cli("import", sheet, "--frameworks", fw, "--by", "山本 玲子", "--date", "2026-11-23")
    assert r.exit_code == 0, r
    assert "method" not in r.stdout


def test_the_assessor_cell_may_say_self_in_japanese(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (6, 2): "本人", (7, 2): "2026年11月2日", (10, LEVEL): "1"})
    r = cli("import", sheet, "--frameworks", fw)
    assert r.exit_code == 0, r
    assert "  - date: 2026-11-02\n    by: self\n    method: self-assessment\n" in r.stdout
