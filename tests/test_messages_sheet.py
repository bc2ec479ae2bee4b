"""`csmatrix import` speaks the reader's language (#13): every problem of a filled sheet, in ja and en.

Each case runs the real command on a real bad sheet (CSV or XLSX, written by the test)
once with ``CSMATRIX_LANG=ja`` and once with ``CSMATRIX_LANG=en``, and compares the
whole ``path:line:col: error: message (hint)`` lines: the location and ``error:`` stay
the same in both languages, the message and the hint follow the language.  When
``import`` has a ``--lang`` option, each case also runs with ``--lang`` against the
other language in the variable (the option wins).
"""

from __future__ import annotations

import csv
import io
import zipfile
from functools import cache
from pathlib import Path

import pytest

from test_sheet import MEMBER, mini_dir

DATE = "2026-11-23"
LANGS = ("ja", "en")

# a CSV sheet without a member: rows 1-7 the key/value block (name in B5, date in B7),
# row 9 the header, rows 10-12 health, escaping, labour-law; ID in column A, rating in J
ID, LEVEL = 1, 10
# an XLSX sheet (worksheet スキルシート): name in B4, date in E3, header row 7,
# rows 8-10 health, escaping, labour-law; ID in column A, rating in I


@cache
def _import_has_lang_option() -> bool:
    from typer.testing import CliRunner

    from csmatrix.cli import app

    result = CliRunner().invoke(app, ["import", "--help"])
    return "--lang" in result.stdout


def run_import(cli, monkeypatch, lang: str, *args: object, code: int = 1) -> list[str]:
    """stderr of ``csmatrix import ARGS`` read in ``lang`` (the variable; ``--lang`` too when it exists)."""
    monkeypatch.setenv("CSMATRIX_LANG", lang)
    r = cli("import", *args)
    assert r.exit_code == code, r
    lines = r.stderr.splitlines()
    if _import_has_lang_option():
        monkeypatch.setenv("CSMATRIX_LANG", "en" if lang == "ja" else "ja")
        by_option = cli("import", *args, "--lang", lang)
        assert by_option.exit_code == code, by_option
        assert by_option.stderr.splitlines() == lines
    return lines


def errors(cli, monkeypatch, sheet: Path, fw: Path | None = None) -> dict[str, list[str]]:
    """The ``error:`` lines of importing ``sheet``, per language; nothing is written."""
    args: list[object] = [sheet, "--date", DATE, "-o", "out.yaml"]
    if fw is not None:
        args += ["--frameworks", fw]
    out = {}
    for lang in LANGS:
        lines = run_import(cli, monkeypatch, lang, *args)
        assert not Path("out.yaml").exists(), "nothing is written when the sheet has problems"
        out[lang] = [line for line in lines if ": error: " in line]
    return out


def make_sheet(cli, fw: Path, fmt: str) -> Path:
    r = cli("sheet", "mini@1", "--frameworks", fw, "--lang", "ja", "-f", fmt, "-o", f"s.{fmt}")
    assert r.exit_code == 0, r
    return Path(f"s.{fmt}")


def edit_csv(path: Path, edits: dict[tuple[int, int], str]) -> None:
    """Set cells (1-based row, col) as a person in Excel would, then save as UTF-8 with a BOM."""
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))
    for (row, col), value in edits.items():
        while len(rows) < row:
            rows.append([])
        while len(rows[row - 1]) < col:
            rows[row - 1].append("")
        rows[row - 1][col - 1] = value
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    path.write_bytes(out.getvalue().encode("utf-8-sig"))


def edit_xlsx(path: Path, edits: dict[str, object]) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    ws = wb["スキルシート"]
    for ref, value in edits.items():
        ws[ref] = value
    wb.save(path)


# --- CSV -------------------------------------------------------------------------------------


def test_a_blank_name_cell(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(10, LEVEL): "1"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:5:2: error: セル B5: 氏名がありません。ここにメンバーの氏名を書いてください "
            "(または --into MEMBER で既存のメンバーファイルに追加してください)"
        ],
        "en": [
            "s.csv:5:2: error: cell B5: no name: write the member's name here "
            "(or add the sheet to an existing member file with --into MEMBER)"
        ],
    }


def test_full_width_digits_are_levels_and_a_sign_is_not(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "３"})
    for lang in LANGS:  # ３ is read as 3: imported, whatever the language
        monkeypatch.setenv("CSMATRIX_LANG", lang)
        r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
        assert r.exit_code == 0, r
        assert "health: 3" in r.stdout
    edit_csv(sheet, {(10, LEVEL): "+3", (11, LEVEL): "６"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:10:10: error: セル J10: '+3' はレベルではありません。1から3までの整数を書いてください",
            "s.csv:11:10: error: セル J11: レベル6は尺度1–3の外です",
        ],
        "en": [
            "s.csv:10:10: error: cell J10: '+3' is not a level: write a whole number from 1 to 3",
            "s.csv:11:10: error: cell J11: level 6 is outside the scale 1–3",
        ],
    }


def test_unknown_skills_twice_listed_and_ratings_without_a_skill(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(
        sheet,
        {
            (5, 2): "A",
            (10, LEVEL): "1",
            (12, ID): "labor-law",  # a typo: the close id is suggested
            (13, ID): "negotiation",  # nothing close
            (13, LEVEL): "2",
            (14, ID): "health",
            (15, LEVEL): "2",  # a rating without a skill id
        },
    )
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:12:1: error: セル A12: mini@1 にスキル 'labor-law' はありません('labour-law' のことですか?)",
            "s.csv:13:1: error: セル A13: mini@1 にスキル 'negotiation' はありません",
            "s.csv:14:1: error: セル A14: スキル 'health' が2回書かれています(最初は10行目) "
            "(1つのスキルは1行にまとめてください)",
            "s.csv:15:10: error: セル J15: スキルIDのない行に評価 ('2') があります "
            "(セル A15 にスキルIDを戻すか、評価を消してください)",
        ],
        "en": [
            "s.csv:12:1: error: cell A12: unknown skill 'labor-law' in mini@1 (did you mean 'labour-law'?)",
            "s.csv:13:1: error: cell A13: unknown skill 'negotiation' in mini@1",
            "s.csv:14:1: error: cell A14: skill 'health' is listed twice (first on row 10) (keep one row per skill)",
            "s.csv:15:10: error: cell J15: a rating ('2') on a row without a skill id "
            "(put the skill id back in cell A15, or clear the rating)",
        ],
    }


def test_a_nul_byte(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    sheet.write_bytes(sheet.read_bytes().replace(b"health", b"hea\x00lth", 1))
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:1:1: error: ファイルに NUL バイトが含まれています。CSV のテキストファイルではありません"
        ],
        "en": ["s.csv:1:1: error: the file holds NUL bytes: it is not a CSV text file"],
    }


def test_invalid_csv(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(5, 2): "A", (11, 11): "x" * 200_000})  # a note longer than the parser takes
    found = errors(cli, monkeypatch, sheet, fw)
    # the parser's own words follow (stdlib text, not pinned); ours come first
    assert [line.split(": error: ")[0] for line in found["ja"] + found["en"]] == ["s.csv:11:1", "s.csv:11:1"]
    assert found["ja"][0].startswith("s.csv:11:1: error: CSV として読めません: ")
    assert found["en"][0].startswith("s.csv:11:1: error: this is not valid CSV: ")


def test_a_bad_date_and_a_date_after_today(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(5, 2): "A", (7, 2): "11/20", (10, LEVEL): "1"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:7:2: error: セル B7: '11/20' は日付ではありません "
            "(YYYY-MM-DD (例: 2026-11-23) で書くか、空欄にして取り込む日の日付にしてください)"
        ],
        "en": [
            "s.csv:7:2: error: cell B7: '11/20' is not a date "
            "(write it as YYYY-MM-DD, e.g. 2026-11-23, or leave it blank for today)"
        ],
    }
    edit_csv(sheet, {(7, 2): "2999-01-01"})
    found = errors(cli, monkeypatch, sheet, fw)
    assert found["ja"][0].startswith("s.csv:7:2: error: セル B7: 日付 2999-01-01 が今日 (")
    assert found["ja"][0].endswith(") より後です (評価をした日の日付を書いてください)")
    assert found["en"][0].startswith("s.csv:7:2: error: cell B7: the date 2999-01-01 is after today (")
    assert found["en"][0].endswith(") (date the assessment on the day it was made)")


def test_too_many_columns(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(5, 2): "A", (10, LEVEL): "1", (13, 250): "stray"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:13:201: error: 13行目: シートの列が200を超えています。"
            "スキルシートがこれほど大きくなることはありません "
            "(csmatrix が作ったシートを取り込むか、表から離れた下や右にあるセルを消してください)"
        ],
        "en": [
            "s.csv:13:201: error: row 13: the sheet has more than 200 columns; a skill sheet is never that big "
            "(import the sheet csmatrix wrote, or delete stray cells far below or right of the table)"
        ],
    }


def test_utf16_and_a_file_that_is_no_sheet_at_all(cli, monkeypatch, tmp_path, write):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    sheet.write_bytes(sheet.read_bytes().decode("utf-8-sig").encode("utf-16"))
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.csv:1:1: error: このファイルは CSV ではなく、UTF-16 のテキスト(Excel の「Unicode テキスト」)です "
            "(Excel で「CSV UTF-8 (コンマ区切り)」として保存してください)"
        ],
        "en": [
            "s.csv:1:1: error: the file is UTF-16 text (Excel's 'Unicode Text'), not CSV "
            "(save it from Excel as 'CSV UTF-8 (comma delimited)')"
        ],
    }
    other = write("x.csv", "a,b\n1,2\n")
    assert errors(cli, monkeypatch, other) == {
        "ja": [
            f"{other}:0:0: error: csmatrix のスキルシートではありません(フレームワークの指定が見つかりません) "
            "('csmatrix sheet REF -f csv|xlsx' でシートを作り、それに記入してください)"
        ],
        "en": [
            f"{other}:0:0: error: this is not a csmatrix skill sheet (no framework reference found) "
            "(make the sheet with 'csmatrix sheet REF -f csv|xlsx' and fill that in)"
        ],
    }


def test_a_sheet_for_another_member_is_refused_into_a_file(cli, monkeypatch, tmp_path, write):
    fw = mini_dir(tmp_path)
    aoi = write("aoi.yaml", MEMBER)
    r = cli("sheet", "--member", aoi, "--frameworks", fw, "-f", "csv", "-o", "s.csv")
    assert r.exit_code == 0, r
    ken = write("ken.yaml", MEMBER.replace("id: aoi", "id: ken"))
    said = {
        lang: run_import(cli, monkeypatch, lang, "s.csv", "--into", ken, "--frameworks", fw, "--date", DATE)
        for lang in LANGS
    }
    assert said == {
        "ja": [
            f"csmatrix: error: シート s.csv は 'aoi' 用ですが、{ken} は 'ken' のファイルです。何も書き込んでいません",
            "  ヒント: そのメンバーのファイルに取り込んでください",
        ],
        "en": [
            f"csmatrix: error: the sheet s.csv was made for 'aoi' but {ken} is 'ken'; nothing was written",
            "  hint: import it into that member's file",
        ],
    }
    assert ken.read_text(encoding="utf-8") == MEMBER.replace("id: aoi", "id: ken")


def test_the_problem_count_follows_the_language(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "csv")
    edit_csv(sheet, {(10, LEVEL): "9"})
    ja = run_import(cli, monkeypatch, "ja", sheet, "--frameworks", fw, "--date", DATE)
    en = run_import(cli, monkeypatch, "en", sheet, "--frameworks", fw, "--date", DATE)
    assert ja[-1] == "csmatrix: 2件の問題(1ファイル)"
    assert en[-1] == "csmatrix: 2 problems in 1 file"


# --- XLSX ------------------------------------------------------------------------------------


def test_xlsx_cells_are_named_with_their_worksheet(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "xlsx")
    edit_xlsx(sheet, {"I8": 9, "I9": "high", "E3": "昨日"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.xlsx:3:5: error: セル スキルシート!E3: '昨日' は日付ではありません "
            "(YYYY-MM-DD (例: 2026-11-23) で書くか、空欄にして取り込む日の日付にしてください)",
            "s.xlsx:4:2: error: セル スキルシート!B4: 氏名がありません。ここにメンバーの氏名を書いてください "
            "(または --into MEMBER で既存のメンバーファイルに追加してください)",
            "s.xlsx:8:9: error: セル スキルシート!I8: レベル9は尺度1–3の外です",
            "s.xlsx:9:9: error: セル スキルシート!I9: 'high' はレベルではありません。1から3までの整数を書いてください",
        ],
        "en": [
            "s.xlsx:3:5: error: cell スキルシート!E3: '昨日' is not a date "
            "(write it as YYYY-MM-DD, e.g. 2026-11-23, or leave it blank for today)",
            "s.xlsx:4:2: error: cell スキルシート!B4: no name: write the member's name here "
            "(or add the sheet to an existing member file with --into MEMBER)",
            "s.xlsx:8:9: error: cell スキルシート!I8: level 9 is outside the scale 1–3",
            "s.xlsx:9:9: error: cell スキルシート!I9: 'high' is not a level: write a whole number from 1 to 3",
        ],
    }


def test_xlsx_nothing_rated(cli, monkeypatch, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_sheet(cli, fw, "xlsx")
    edit_xlsx(sheet, {"B4": "佐藤 葵"})
    assert errors(cli, monkeypatch, sheet, fw) == {
        "ja": [
            "s.xlsx:7:9: error: セル スキルシート!I7: 評価したスキルがありません。取り込むものがありません "
            "(この列に1–3のレベルを書いてください)"
        ],
        "en": [
            "s.xlsx:7:9: error: cell スキルシート!I7: no skill is rated: nothing to import "
            "(write levels 1–3 in this column)"
        ],
    }


def test_a_workbook_that_is_not_csmatrixs(cli, monkeypatch, tmp_path):
    from openpyxl import Workbook

    book = tmp_path / "other.xlsx"
    wb = Workbook()
    wb.active["A1"] = "ID"
    wb.active["B1"] = "Level"
    wb.active["A2"] = "health"
    wb.save(book)
    assert errors(cli, monkeypatch, book) == {
        "ja": [
            f"{book}:0:0: error: csmatrix のスキルシートではありません(フレームワークの指定が見つかりません) "
            "('csmatrix sheet REF -f csv|xlsx' でシートを作り、それに記入してください)"
        ],
        "en": [
            f"{book}:0:0: error: this is not a csmatrix skill sheet (no framework reference found) "
            "(make the sheet with 'csmatrix sheet REF -f csv|xlsx' and fill that in)"
        ],
    }


def test_a_file_that_is_no_workbook(cli, monkeypatch, write):
    broken = write("x.xlsx", b"PK\x03\x04 not really a zip")
    found = errors(cli, monkeypatch, broken)
    # the parser's exception name is shown in brackets (openpyxl's, not pinned)
    assert found["ja"][0].startswith(
        f"{broken}:0:0: error: ブックを読めません。XLSX ファイルではありません ("
    )
    assert found["ja"][0].endswith(") (Excel で開き、「Excel ブック (*.xlsx)」として保存してください)")
    assert found["en"][0].startswith(
        f"{broken}:0:0: error: cannot read the workbook: it is not an XLSX file ("
    )
    assert found["en"][0].endswith(") (open it in Excel and save it as 'Excel Workbook (.xlsx)')")


@pytest.mark.parametrize(
    ("hostile", "ja", "en"),
    [
        (
            "parts",
            "ブックの部品が1000個を超えています。スキルシートがこれほど大きくなることはありません",
            "the workbook holds more than 1000 parts; a skill sheet is never that big",
        ),
        (
            "tags",
            "ブックの XML 要素が150000個を超えています。スキルシートがこれほど大きくなることはありません",
            "the workbook holds more than 150000 XML elements; a skill sheet is never that big",
        ),
    ],
)
def test_hostile_workbooks_are_refused_unread(cli, monkeypatch, tmp_path, hostile, ja, en):
    book = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(book, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        if hostile == "parts":
            for n in range(1_001):
                archive.writestr(f"xl/part{n}.xml", b"")
        else:
            archive.writestr("xl/worksheets/sheet1.xml", b"<c/>" * 150_001)
    assert errors(cli, monkeypatch, book) == {
        "ja": [f"{book}:0:0: error: {ja} (csmatrix が作ったブックに記入して、それを取り込んでください)"],
        "en": [f"{book}:0:0: error: {en} (import the workbook csmatrix wrote, filled in)"],
    }


def test_a_sprawling_worksheet(cli, monkeypatch, tmp_path):
    from openpyxl import Workbook

    sprawl = tmp_path / "sprawl.xlsx"
    wb = Workbook()
    wb.active.title = "評価"
    wb.active["A1"] = "ID"
    wb.active["A6000"] = "x"
    wb.save(sprawl)
    assert errors(cli, monkeypatch, sprawl) == {
        "ja": [
            f"{sprawl}:0:0: error: シート '評価': シートの行が5000を超えています。"
            "スキルシートがこれほど大きくなることはありません "
            "(csmatrix が作ったシートを取り込むか、表から離れた下や右にあるセルを消してください)"
        ],
        "en": [
            f"{sprawl}:0:0: error: sheet '評価': the sheet has more than 5000 rows; a skill sheet is never that big "
            "(import the sheet csmatrix wrote, or delete stray cells far below or right of the table)"
        ],
    }


def test_a_file_of_another_kind(cli, monkeypatch, write):
    for name, hint in (("x.xls", True), ("x.txt", False), ("noext", False)):
        sheet = write(name, b"\xd0\xcf\x11\xe0")
        found = errors(cli, monkeypatch, sheet)
        suffix = Path(name).suffix
        if suffix:
            ja = f"'{suffix}' のファイルは取り込めません。.csv か .xlsx のシートを指定してください"
            en = f"cannot import a '{suffix}' file: give a .csv or .xlsx sheet"
        else:
            ja = "拡張子のないファイルは取り込めません。.csv か .xlsx のシートを指定してください"
            en = "cannot import a file without an extension: give a .csv or .xlsx sheet"
        if hint:
            ja += " (.xlsx か CSV で保存し直してください)"
            en += " (save it as .xlsx or CSV)"
        assert found == {"ja": [f"{sheet}:0:0: error: {ja}"], "en": [f"{sheet}:0:0: error: {en}"]}
