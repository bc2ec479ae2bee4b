"""`csmatrix import`: filled CSV/XLSX sheets back into member YAML."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from csmatrix.files.store import Store
from csmatrix.scoring.gaps import current_levels
from test_sheet import MEMBER, mini_dir

DATE = "2026-11-23"


def levels_of(path: Path, fw: Path) -> dict[str, int]:
    loaded, _ = Store([fw]).member(path)
    return current_levels(loaded.unwrap())


def make_csv(cli, fw: Path, *args: str, out: str = "s.csv") -> Path:
    ref = () if "--member" in args else ("mini@1",)
    r = cli("sheet", *ref, *args, "--frameworks", fw, "-f", "csv", "-o", out)
    assert r.exit_code == 0, r
    return Path(out)


def make_xlsx(cli, fw: Path, *args: str, out: str = "s.xlsx") -> Path:
    ref = () if "--member" in args else ("mini@1",)
    r = cli("sheet", *ref, *args, "--frameworks", fw, "-f", "xlsx", "-o", out)
    assert r.exit_code == 0, r
    return Path(out)


def edit_csv(path: Path, edits: dict[tuple[int, int], str], encoding: str = "utf-8-sig") -> None:
    """Set cells (1-based row, col) like a person in Excel would, then save."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    for (row, col), value in edits.items():
        while len(rows) < row:
            rows.append([])
        while len(rows[row - 1]) < col:
            rows[row - 1].append("")
        rows[row - 1][col - 1] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode(encoding))


# CSV columns of a sheet without a member: ID, axis, category, skill, summary,
# 3 descriptors (F-H), target I, rating J, note K
ID, LEVEL, NOTE = 1, 10, 11
# rows: 1-7 key/value block (framework, role, member, name, by, date), 9 header,
# 10 health, 11 escaping, 12 labour-law


# --- round trips ------------------------------------------------------------------------


def test_csv_round_trip_keeps_current_levels(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    sheet = make_csv(cli, fw, "--member", str(member))
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", "back.yaml")
    assert r.exit_code == 0, r
    assert r.stderr.strip() == "csmatrix: wrote back.yaml"
    assert levels_of(Path("back.yaml"), fw) == levels_of(member, fw) == {"health": 3, "escaping": 1}
    assert Path("back.yaml").read_text(encoding="utf-8") == (
        "schema: csmatrix/member@1\n"
        "id: aoi\n"
        "name: 佐藤 葵\n"
        "framework: mini@1\n"
        "role: member\n"
        "assessments:\n"
        "  - date: 2026-11-23\n"
        "    by: self\n"
        "    method: self-assessment\n"
        "    levels:\n"
        "      health: 3\n"
        "      escaping: 1\n"
    )
    assert cli("validate", "back.yaml", "--frameworks", fw).exit_code == 0


def test_csv_round_trip_after_saving_as_cp932(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    sheet = make_csv(cli, fw, "--member", str(member))
    text = sheet.read_bytes().decode("utf-8-sig")
    # Excel in Japan saves CSV as CP932, padding short rows with commas
    rows = list(csv.reader(io.StringIO(text, newline="")))
    width = max(map(len, rows))
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(row + [""] * (width - len(row)) for row in rows)
    sheet.write_bytes(out.getvalue().encode("cp932"))
    assert not sheet.read_bytes().startswith(b"\xef\xbb\xbf")
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", "back.yaml")
    assert r.exit_code == 0, r
    assert levels_of(Path("back.yaml"), fw) == levels_of(member, fw)


def test_csv_utf8_without_bom_is_read(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw, "--role", "member")
    edit_csv(
        sheet,
        {(5, 2): "鈴木 一郎", (10, LEVEL): "2", (12, LEVEL): "1", (12, NOTE): "条文は探せる"},
        encoding="utf-8",
    )
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "--by", "鈴木")
    assert r.exit_code == 0, r
    assert "name: 鈴木 一郎\n" in r.stdout
    assert "role: member\n" in r.stdout
    assert "    by: 鈴木\n" in r.stdout
    assert "      health: 2\n      labour-law: 1\n" in r.stdout
    assert "    notes:\n      labour-law: 条文は探せる\n" in r.stdout
    assert "id:" not in r.stdout  # a blank sheet has no member id: the file name gives it


def test_xlsx_round_trip_after_reordering_rows(cli, write, tmp_path):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    member = write(
        "aoi.yaml",
        MEMBER.replace("levels:\n      health: 3", "levels:\n      health: 3\n      labour-law: 2"),
    )
    sheet = make_xlsx(cli, fw, "--member", str(member))
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    rows = [[c.value for c in ws[r]] for r in range(8, 11)]
    assert [row[0] for row in rows] == ["health", "escaping", "labour-law"]
    for offset, values in enumerate(reversed(rows)):  # sort the table the other way round
        for col, value in enumerate(values, start=1):
            ws.cell(8 + offset, col).value = value
    wb.save(sheet)
    assert [ws.cell(r, 1).value for r in range(8, 11)] == ["labour-law", "escaping", "health"]
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", "back.yaml")
    assert r.exit_code == 0, r
    assert (
        levels_of(Path("back.yaml"), fw)
        == levels_of(member, fw)
        == {"health": 3, "escaping": 1, "labour-law": 2}
    )


def test_xlsx_numbers_typed_as_text_or_float_or_full_width(cli, tmp_path):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    sheet = make_xlsx(cli, fw, "--role", "member")
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    ws["B4"] = "Ann Lee"
    ws["I8"], ws["I9"], ws["I10"] = 2.0, "３", " 1 "
    ws["J9"] = "メモ: 全角で入力"
    wb.save(sheet)
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    assert "      health: 2\n      escaping: 3\n      labour-law: 1\n" in r.stdout
    assert "      escaping: 'メモ: 全角で入力'\n" in r.stdout


def test_rows_without_rating_are_unrated_and_blank_rows_are_skipped(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (11, LEVEL): "3", (14, 1): "", (14, 3): "a stray comment"})
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    assert "    levels:\n      escaping: 3\n" in r.stdout
    assert "health" not in r.stdout


# --- --into ---------------------------------------------------------------------------------


def test_into_appends_textually_and_keeps_comments(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    sheet = make_csv(cli, fw, "--member", str(member))
    edit_csv(
        sheet, {(10, 12): "2", (12, 12): "1", (12, 13): "初めての相談"}
    )  # with a member: L=rating, M=note
    r = cli("import", sheet, "--into", member, "--frameworks", fw, "--date", DATE, "--by", "山本 玲子")
    assert r.exit_code == 0, r
    assert "csmatrix: wrote" in r.stderr
    assert "added an assessment of 3 skills dated 2026-11-23 by 山本 玲子" in r.stderr
    new = member.read_text(encoding="utf-8")
    assert new == MEMBER.replace(
        "      health: 3\n",
        "      health: 3\n"
        "  - date: 2026-11-23\n"
        "    by: 山本 玲子\n"
        "    levels:\n"
        "      health: 2\n"
        "      escaping: 1\n"
        "      labour-law: 1\n"
        "    notes:\n"
        "      labour-law: 初めての相談\n",
    )
    assert levels_of(member, fw) == {"health": 2, "escaping": 1, "labour-law": 1}


def test_into_with_output_leaves_the_member_alone(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    sheet = make_csv(cli, fw, "--member", str(member))
    r = cli("import", sheet, "--into", member, "-o", "new.yaml", "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    assert member.read_text(encoding="utf-8") == MEMBER
    assert Path("new.yaml").read_text(encoding="utf-8").startswith(MEMBER.split("\n\n")[0])


@pytest.mark.parametrize(
    ("assessments", "expected"),
    [
        ("assessments: []\n", "assessments:\n  - date: 2026-11-23\n"),
        ("assessments: []  # none yet\n# end\n", "assessments:\n  - date: 2026-11-23\n"),
        ("", "role: member\nassessments:\n  - date: 2026-11-23\n"),
        (
            "assessments:\n- date: 2026-01-10\n  by: self\n  levels: {health: 1}\ndropped: []\n",
            "  levels: {health: 1}\n- date: 2026-11-23\n  by: self\n  method: self-assessment\n  levels:\n    escaping: 2\ndropped: []\n",
        ),
    ],
)
def test_into_any_shape_of_assessments(cli, write, tmp_path, assessments, expected):
    fw = mini_dir(tmp_path)
    head = "schema: csmatrix/member@1\nname: A\nframework: mini@1\nrole: member\n"
    member = write("a.yaml", head + assessments)
    sheet = make_csv(cli, fw, "--role", "member")
    edit_csv(sheet, {(11, LEVEL): "2"})
    r = cli("import", sheet, "--into", member, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    text = member.read_text(encoding="utf-8")
    assert expected in text
    assert cli("validate", member, "--frameworks", fw).exit_code == 0


def test_into_keeps_crlf_line_ends(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER.replace("\n", "\r\n").encode("utf-8"))
    sheet = make_csv(cli, fw, "--member", str(member))
    r = cli("import", sheet, "--into", member, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    data = member.read_bytes()
    assert data.count(b"\n") == data.count(b"\r\n")
    assert b"  - date: 2026-11-23\r\n    by: self\r\n" in data


def test_into_another_framework_or_member_is_refused(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw, "--member", str(write("aoi.yaml", MEMBER)))
    other = write("ken.yaml", MEMBER.replace("id: aoi", "id: ken"))
    r = cli("import", sheet, "--into", other, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 1, r
    assert "was made for 'aoi' but" in r.stderr
    assert other.read_text(encoding="utf-8") == MEMBER.replace("id: aoi", "id: ken")
    icare = write("icare.yaml", "schema: csmatrix/member@1\nname: B\nframework: icare-cs@2021-autumn\n")
    r = cli("import", sheet, "--into", icare, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 1, r
    assert "is for mini@1 but" in r.stderr
    assert "icare-cs@2021-autumn" in r.stderr


# --- errors: exact row and column ---------------------------------------------------------


def _errors(cli, sheet, fw, *args):
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", "out.yaml", *args)
    assert r.exit_code == 1, r
    assert not Path("out.yaml").exists(), "nothing is written when the sheet has problems"
    return [line for line in r.stderr.splitlines() if ": error: " in line]


def test_csv_errors_are_all_reported_at_their_cells(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw, "--role", "member")
    edit_csv(
        sheet,
        {
            (5, 2): "A",
            (10, LEVEL): "7",  # outside the scale
            (11, LEVEL): "abc",  # not a number
            (12, ID): "labor-law",  # unknown id (typo)
            (13, ID): "health",  # duplicate
            (13, LEVEL): "1",
            (14, LEVEL): "2",  # a rating without a skill id
            (15, ID): "escaping",  # duplicate as well
            (16, LEVEL): "2.5",  # not a whole number (and no id)
        },
    )
    assert _errors(cli, sheet, fw) == [
        "s.csv:10:10: error: cell J10: level 7 is outside the scale 1–3",
        "s.csv:11:10: error: cell J11: 'abc' is not a level: write a whole number from 1 to 3",
        "s.csv:12:1: error: cell A12: unknown skill 'labor-law' in mini@1 (did you mean 'labour-law'?)",
        "s.csv:13:1: error: cell A13: skill 'health' is listed twice (first on row 10) (keep one row per skill)",
        "s.csv:14:10: error: cell J14: a rating ('2') on a row without a skill id "
        "(put the skill id back in cell A14, or clear the rating)",
        "s.csv:15:1: error: cell A15: skill 'escaping' is listed twice (first on row 11) (keep one row per skill)",
        "s.csv:16:10: error: cell J16: a rating ('2.5') on a row without a skill id "
        "(put the skill id back in cell A16, or clear the rating)",
    ]


def test_non_integer_level_with_an_id(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "2.5", (11, LEVEL): "0"})
    assert _errors(cli, sheet, fw) == [
        "s.csv:10:10: error: cell J10: '2.5' is not a level: write a whole number from 1 to 3",
        "s.csv:11:10: error: cell J11: level 0 is outside the scale 1–3",
    ]


def test_missing_name_is_reported_at_the_name_cell(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(10, LEVEL): "1"})
    assert _errors(cli, sheet, fw) == [
        "s.csv:5:2: error: cell B5: no name: write the member's name here "
        "(or add the sheet to an existing member file with --into MEMBER)"
    ]


def test_nothing_rated_is_an_error(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A"})
    assert _errors(cli, sheet, fw) == [
        "s.csv:9:10: error: cell J9: no skill is rated: nothing to import (write levels 1–3 in this column)"
    ]


def test_xlsx_errors_name_the_sheet_and_cell(cli, tmp_path, monkeypatch):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    monkeypatch.setenv("CSMATRIX_LANG", "ja")  # a Japanese sheet (its sheet name is スキルシート)
    sheet = make_xlsx(cli, fw, "--role", "member")
    monkeypatch.setenv("CSMATRIX_LANG", "en")  # read back with messages in English
    wb = load_workbook(sheet)
    ws = wb.worksheets[0]
    ws["I8"] = 9
    ws["I9"] = "high"
    ws["A10"] = "health"
    ws["I10"] = 1
    wb.save(sheet)
    assert _errors(cli, sheet, fw) == [
        "s.xlsx:4:2: error: cell スキルシート!B4: no name: write the member's name here "
        "(or add the sheet to an existing member file with --into MEMBER)",
        "s.xlsx:8:9: error: cell スキルシート!I8: level 9 is outside the scale 1–3",
        "s.xlsx:9:9: error: cell スキルシート!I9: 'high' is not a level: write a whole number from 1 to 3",
        "s.xlsx:10:1: error: cell スキルシート!A10: skill 'health' is listed twice (first on row 8) "
        "(keep one row per skill)",
    ]


def test_wrong_encoding_utf16(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    sheet.write_bytes(sheet.read_bytes().decode("utf-8-sig").encode("utf-16"))
    assert _errors(cli, sheet, fw) == [
        "s.csv:1:1: error: the file is UTF-16 text (Excel's 'Unicode Text'), not CSV "
        "(save it from Excel as 'CSV UTF-8 (comma delimited)')"
    ]


def test_wrong_encoding_neither_utf8_nor_cp932(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = Path("s.csv")
    # valid CP932 up to row 2, then a lead byte followed by a byte no encoding accepts there
    sheet.write_bytes("#csmatrix-sheet@1\r\nframework,mini@1\r\nname,佐藤".encode("cp932") + b"\x81\x20x\r\n")
    assert _errors(cli, sheet, fw) == [
        "s.csv:3:8: error: the file is neither UTF-8 nor CP932 (Shift_JIS) text: byte 0x81 cannot be read "
        "(save it from Excel as 'CSV UTF-8 (comma delimited)')"
    ]


def test_missing_file(cli, tmp_path):
    r = cli("import", "nope.csv")
    assert r.exit_code == 1, r
    assert r.stderr.splitlines()[0] == "nope.csv:0:0: error: no such file"


def test_not_a_sheet(cli, write):
    sheet = write("x.csv", "a,b\n1,2\n")
    r = cli("import", sheet)
    assert r.exit_code == 1, r
    assert "x.csv:0:0: error: this is not a csmatrix skill sheet" in r.stderr


def test_unsupported_extension(cli, write):
    sheet = write("x.xls", b"\xd0\xcf\x11\xe0")
    r = cli("import", sheet)
    assert r.exit_code == 1, r
    assert "cannot import a '.xls' file: give a .csv or .xlsx sheet (save it as .xlsx or CSV)" in r.stderr


def test_broken_xlsx(cli, write):
    sheet = write("x.xlsx", b"PK\x03\x04 not really a zip")
    r = cli("import", sheet)
    assert r.exit_code == 1, r
    assert "x.xlsx:0:0: error: cannot read the workbook: it is not an XLSX file" in r.stderr


def test_overwrite_refused_without_force(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "1"})
    old = write("out.yaml", "old\n")
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", old)
    assert r.exit_code == 1, r
    assert "out.yaml already exists; nothing was written" in r.stderr
    assert "--force" in r.stderr
    assert old.read_text() == "old\n"
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE, "-o", old, "--force")
    assert r.exit_code == 0, r
    assert "health: 1" in old.read_text(encoding="utf-8")


def test_bad_date_is_a_usage_error(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    r = cli("import", sheet, "--frameworks", fw, "--date", "2026/11/23")
    assert r.exit_code == 2, r
    assert "--date '2026/11/23' is not a date" in r.stderr


def test_date_defaults_to_today(cli, tmp_path):
    import datetime as dt

    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "1"})
    r = cli("import", sheet, "--frameworks", fw)
    assert r.exit_code == 0, r
    assert f"  - date: {dt.date.today().isoformat()}\n" in r.stdout


def test_unresolvable_framework_points_at_its_cell(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "1"})
    r = cli("import", sheet, "--date", DATE)  # no --frameworks: mini@1 is nowhere
    assert r.exit_code == 1, r
    assert r.stderr.startswith("s.csv:2:2: error: cell B2: framework 'mini@1' cannot be used:")


def test_xlsx_bombs_and_sprawling_sheets_are_refused(cli, tmp_path):
    import zipfile

    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (65 * 1024 * 1024))
    r = cli("import", str(bomb), "--date", "2024-01-01")
    assert r.exit_code == 1, r
    assert f"{bomb}:0:0: error: the workbook unpacks to more than 16 MiB" in r.stderr

    from openpyxl import Workbook

    sprawl = tmp_path / "sprawl.xlsx"
    wb = Workbook()
    wb.active["A1"] = "ID"
    wb.active["A6000"] = "x"
    wb.save(sprawl)
    r = cli("import", str(sprawl), "--date", "2024-01-01")
    assert r.exit_code == 1, r
    assert f"{sprawl}:0:0: error: sheet 'Sheet': the sheet has more than 5000 rows;" in r.stderr


def test_a_broken_xml_inside_the_workbook_is_a_plain_error(cli, tmp_path):
    import zipfile

    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types><unclosed>")
    r = cli("import", str(broken), "--date", "2024-01-01")
    assert r.exit_code == 1, r
    assert "cannot read the workbook: it is not an XLSX file" in r.stderr
    assert "internal error" not in r.stderr
