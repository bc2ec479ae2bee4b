"""`csmatrix sheet`: Markdown, HTML, CSV and XLSX skill sheets."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import check_golden

GOLDEN = Path(__file__).parent / "golden" / "sheets"
MINI = GOLDEN / "mini.yaml"

MEMBER = """\
# yaml-language-server: $schema=../schemas/member.schema.json
schema: csmatrix/member@1
id: aoi
name: 佐藤 葵
framework: mini@1
role: member
# a comment that must survive an import --into
assessments:
  - date: 2026-01-10
    by: self
    levels: {health: 2, escaping: 1}
  - date: 2026-02-01
    by: 山本 玲子   # the manager
    levels:
      health: 3

# trailing comment
"""


def mini_dir(root: Path) -> Path:
    """A --frameworks DIR holding mini@1."""
    folder = root / "fw"
    (folder / "mini").mkdir(parents=True, exist_ok=True)
    shutil.copy(MINI, folder / "mini" / "1.yaml")
    return folder


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- Markdown / CSV: golden -------------------------------------------------------------


@pytest.mark.lang("ja")
def test_markdown_golden(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli("sheet", "mini@1", "--frameworks", fw, "--role", "member")
    assert r.exit_code == 0, r
    check_golden("sheets/mini-member.md", r.stdout)


@pytest.mark.lang("ja")
def test_markdown_escapes_html_and_pipes(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path))
    assert r.exit_code == 0, r
    assert "&lt;b&gt;記号&lt;/b&gt; &amp;" in r.stdout
    assert "\\| 縦線" in r.stdout
    assert "<b>" not in r.stdout


def test_csv_golden_in_english(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = cli(
        "sheet", "mini@1", "--frameworks", fw, "--role", "lead", "--lang", "en", "-f", "csv", "-o", "s.csv"
    )
    assert r.exit_code == 0, r
    assert r.stderr.strip() == "csmatrix: wrote s.csv"
    check_golden("sheets/mini-lead-en.csv", Path("s.csv").read_bytes())


@pytest.mark.lang("ja")
def test_csv_is_utf8_with_bom_and_has_skill_ids_and_framework(cli, tmp_path):
    r = cli(
        "sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "--role", "member", "-f", "csv", "-o", "s.csv"
    )
    assert r.exit_code == 0, r
    data = Path("s.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = csv_rows(data)
    assert rows[0][0] == "#csmatrix-sheet@1"
    assert rows[1][:2] == ["framework", "mini@1"]
    assert rows[2][:2] == ["role", "member"]
    # the assessor and the date: empty cells that import reads (#13)
    assert rows[5] == ["by", "", "評価者: self (本人) または評価者の名前"]
    assert rows[6] == ["date", "", "評価日: YYYY-MM-DD (空欄なら取り込んだ日)"]
    assert rows[7] == []
    header = rows[8]
    assert header[0] == "ID"
    assert header[-2:] == ["自己評価 (1-3)", "メモ"]
    assert [row[0] for row in rows[9:]] == ["health", "escaping", "labour-law"]
    # the target level is marked ◎ and stated in the target column
    health = rows[9]
    assert health[header.index("2 一人前 (個人)")].startswith("◎ ")
    assert health[header.index("目標")] == "2"
    assert rows[11][header.index("1 見習い (個人)")].startswith("◎ ")  # axis target oh: 1


@pytest.mark.lang("ja")
def test_csv_without_output_goes_to_stdout(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "-f", "csv")
    assert r.exit_code == 0, r
    assert "health,CSスキル,基本,ヘルス" in r.stdout


# --- HTML ---------------------------------------------------------------------------------


@pytest.mark.lang("ja")
def test_html_is_self_contained_printable_and_escaped(cli, tmp_path):
    r = cli(
        "sheet",
        "mini@1",
        "--frameworks",
        mini_dir(tmp_path),
        "--role",
        "member",
        "-f",
        "html",
        "-o",
        "s.html",
    )
    assert r.exit_code == 0, r
    page = Path("s.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert '<html lang="ja">' in page
    for external in ("<script", "<link", "@import", "src=", "url(", "http://", "https://"):
        assert external not in page, external
    assert '"Hiragino Sans"' in page
    assert '"Noto Sans CJK JP"' in page
    assert '"Yu Gothic"' in page
    assert "@media print" in page
    assert "@page { size: A4 landscape" in page
    assert "tr, tbody.keep { break-inside: avoid; page-break-inside: avoid; }" in page
    assert "&lt;b&gt;記号&lt;/b&gt; &amp; &quot;引用&quot;" in page
    assert "<b>記号" not in page
    assert "&#x27;単引用&#x27;" in page
    # the target level of 'health' (2) is highlighted
    row = re.search(r'<tr id="skill-health">(.*?)</tr>', page).group(1)
    cells = re.findall(r'<td class="([^"]*)"', row)
    assert cells[:4] == ["skill", "desc", "desc target", "desc"]


def test_html_in_english(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "--lang", "en", "-f", "html")
    assert r.exit_code == 0, r
    assert '<html lang="en">' in r.stdout
    assert "<h1>Mini framework — Skill sheet</h1>" in r.stdout
    assert "individual 1–2" in r.stdout
    assert "organisation 3" in r.stdout


# --- member sheets (1on1) ----------------------------------------------------------------


@pytest.mark.lang("ja")
def test_member_sheet_fills_current_levels_and_gaps(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("sheet", "--member", member, "--frameworks", fw, "-f", "csv")
    assert r.exit_code == 0, r
    rows = list(csv.reader(io.StringIO(r.stdout.removeprefix("\ufeff"))))
    assert rows[3][:2] == ["member", "aoi"]
    assert rows[4][:2] == ["name", "佐藤 葵"]
    header = rows[8]
    assert header[-5:] == ["目標", "現在", "差", "今回の評価 (1-3)", "メモ"]
    by_id = {row[0]: row for row in rows[9:]}
    # health: the manager's 3 (later) wins; target 2, gap 0; the rating starts from 3
    assert by_id["health"][-5:] == ["2", "3", "0", "3", ""]
    assert by_id["health"][header.index("3 牽引 (組織)")].startswith("● ")
    assert by_id["escaping"][-5:] == ["2", "1", "1", "1", ""]
    assert by_id["escaping"][header.index("1 見習い (個人)")].startswith("● ")
    assert by_id["escaping"][header.index("2 一人前 (個人)")].startswith("◎ ")
    # unrated: no current level, the full gap
    assert by_id["labour-law"][-5:] == ["1", "", "1", "", ""]


@pytest.mark.lang("ja")
def test_member_sheet_with_the_same_framework_named(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("sheet", "mini@1", "--member", member, "--frameworks", fw)
    assert r.exit_code == 0, r
    assert "- 氏名: 佐藤 葵" in r.stdout
    assert "● 現在のレベル" in r.stdout


def test_member_sheet_with_another_framework_is_a_usage_error(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("sheet", "icare-cs@2021-autumn", "--member", member, "--frameworks", fw)
    assert r.exit_code == 2, r
    assert "is on mini@1 but the sheet was asked for icare-cs@2021-autumn" in r.stderr
    assert "csmatrix migrate" in r.stderr


def test_member_sheet_role_override(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("sheet", "--member", member, "--frameworks", fw, "--role", "lead", "-f", "csv")
    assert r.exit_code == 0, r
    health = next(row for row in csv.reader(io.StringIO(r.stdout)) if row and row[0] == "health")
    assert health[-5:-2] == ["3", "3", "0"]


def test_sheet_needs_a_framework_or_a_member(cli):
    r = cli("sheet")
    assert r.exit_code == 2, r
    assert "which framework?" in r.stderr


def test_unknown_role_exits_1_like_assess(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "--role", "boss")
    assert r.exit_code == 1, r
    assert "unknown role 'boss' in mini@1" in r.stderr
    assert "roles of mini@1: member, lead" in r.stderr


def test_unknown_framework_is_located(cli):
    r = cli("sheet", "nope@1")
    assert r.exit_code == 1, r
    assert r.stderr.startswith("nope@1:0:0: error:")


def test_invalid_member_is_reported_not_sheeted(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    member = write("bad.yaml", MEMBER.replace("health: 3", "health: 7"))
    r = cli("sheet", "--member", member, "--frameworks", fw)
    assert r.exit_code == 1, r
    assert re.search(r"bad\.yaml:15:\d+: error: .*level 7 is outside the scale", r.stderr), r


@pytest.mark.lang("ja")
def test_existing_output_is_not_overwritten_without_force(cli, write, tmp_path):
    fw = mini_dir(tmp_path)
    old = write("s.md", "keep me")
    r = cli("sheet", "mini@1", "--frameworks", fw, "-o", old)
    assert r.exit_code == 1, r
    assert "はすでにあります。何も書き出していません" in r.stderr
    assert old.read_text() == "keep me"
    r = cli("sheet", "mini@1", "--frameworks", fw, "-o", old, "--force")
    assert r.exit_code == 0, r
    assert old.read_text(encoding="utf-8").startswith("# ミニ枠組み")


def test_shipped_framework_sheet_lists_every_skill(cli):
    from csmatrix.files.store import Store

    fw = Store().framework("icare-cs@2021-autumn").unwrap()
    r = cli("sheet", "icare-cs@2021-autumn", "--role", "new-member", "--lang", "en")
    assert r.exit_code == 0, r
    for skill_id in fw.skills:
        assert f"| `{skill_id}` |" in r.stdout
    assert "- Role: New member (new-member)" in r.stdout


# --- XLSX ----------------------------------------------------------------------------------


def test_xlsx_requires_an_output_file(cli, tmp_path):
    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "-f", "xlsx")
    assert r.exit_code == 2, r
    assert "not printed to the terminal" in r.stderr
    assert "-o sheet.xlsx" in r.stderr
    assert r.stdout == ""


def _workbook(cli, tmp_path, *args):
    from openpyxl import load_workbook

    r = cli("sheet", "mini@1", "--frameworks", mini_dir(tmp_path), "-f", "xlsx", "-o", "s.xlsx", *args)
    assert r.exit_code == 0, r
    return load_workbook("s.xlsx")


@pytest.mark.lang("ja")
def test_xlsx_layout_validation_and_print_settings(cli, tmp_path):
    wb = _workbook(cli, tmp_path, "--role", "member")
    ws = wb["スキルシート"]
    assert wb.sheetnames == ["スキルシート", "_csmatrix"]
    header = [c.value for c in ws[7]]
    assert header[:4] == ["ID", "軸", "カテゴリ", "スキル"]
    assert header[-3:] == ["目標", "自己評価\n(1-3)", "メモ"]
    assert [ws.cell(r, 1).value for r in range(8, 11)] == ["health", "escaping", "labour-law"]
    assert ws.freeze_panes == "E8"
    assert ws.auto_filter.ref == "A7:J10"
    # the rating cells accept only the scale
    (dv,) = ws.data_validations.dataValidation
    assert dv.type == "list"
    assert dv.formula1 == '"1,2,3"'
    assert str(dv.sqref) == "I8:I10"
    assert dv.showErrorMessage
    # print: A4 landscape, one page wide, the header row on every page
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1
    assert ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == "$7:$7"
    # wrapped text, the target highlighted
    assert ws["F8"].alignment.wrap_text
    assert ws["F8"].value.startswith("◎ ")
    assert ws["F8"].fill.fgColor.rgb.endswith("FFF1C2")
    assert ws["E8"].fill.fill_type is None
    assert ws["E10"].fill.fgColor.rgb.endswith("FFF1C2")  # labour-law: axis target 1


def test_xlsx_hidden_sheet_holds_the_reference(cli, tmp_path):
    wb = _workbook(cli, tmp_path, "--role", "lead")
    meta = wb["_csmatrix"]
    assert meta.sheet_state == "hidden"
    pairs = [(row[0], row[1]) for row in meta.iter_rows(values_only=True)]
    assert ("format", "csmatrix-sheet@1") in pairs
    assert ("framework", "mini@1") in pairs
    assert ("role", "lead") in pairs
    assert ("name_cell", "B4") in pairs
    assert [v for k, v in pairs if k == "skill"] == ["health", "escaping", "labour-law"]


@pytest.mark.lang("ja")
def test_xlsx_column_widths_count_wide_characters_twice(cli, tmp_path):
    from csmatrix.sheet.data import display_width

    assert display_width("ヘルスabc") == 9
    assert display_width("ＡＢ") == 4
    wb = _workbook(cli, tmp_path)
    ws = wb.worksheets[0]
    widths = {col: ws.column_dimensions[col].width for col in "ABCDEFGHIJ"}
    # the axis column holds "CSスキル" and "産業保健": 8 columns of display width each
    # (len() would say 5 and 4), at 9pt in units of the 11pt default font, plus padding
    assert widths["B"] == round(8 * 9 / 11 + 2, 1)
    # a descriptor column is as wide as its widest text ("スコアを確認できる。": 20)
    assert widths["E"] == round(20 * 9 / 11 + 2, 1)
    assert widths["I"] == 9  # the columns people write in
    assert widths["J"] == 16


@pytest.mark.lang("ja")
def test_xlsx_member_sheet_marks_current_levels(cli, write, tmp_path):
    from openpyxl import load_workbook

    fw = mini_dir(tmp_path)
    member = write("aoi.yaml", MEMBER)
    r = cli("sheet", "--member", member, "--frameworks", fw, "-f", "xlsx", "-o", "m.xlsx")
    assert r.exit_code == 0, r
    ws = load_workbook("m.xlsx").worksheets[0]
    assert ws["B4"].value == "佐藤 葵"
    header = [c.value for c in ws[7]]
    assert header[-5:] == ["目標", "現在", "差", "今回の評価\n(1-3)", "メモ"]
    assert [c.value for c in ws[8]][-5:] == [2, 3, 0, 3, None]
    assert ws["G8"].value.startswith("● ")  # current 3
    assert ws["G8"].font.b


def test_commands_module_does_not_import_openpyxl():
    code = (
        "import sys; import csmatrix.cli, csmatrix.sheet.readback, csmatrix.sheet.data; "
        "import csmatrix.render.sheet_xlsx; "
        "assert 'openpyxl' not in sys.modules, 'openpyxl imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.slow
@pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: apt-get install libreoffice-calc"
)
@pytest.mark.lang("ja")
def test_libreoffice_reads_every_skill_name(cli, tmp_path):
    from csmatrix.files.store import Store

    fw = Store().framework("icare-cs@2021-autumn").unwrap()
    r = cli("sheet", "icare-cs@2021-autumn", "--role", "member", "-f", "xlsx", "-o", "lo.xlsx")
    assert r.exit_code == 0, r
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--headless",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path / "out"),
            "lo.xlsx",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    text = (tmp_path / "out" / "lo.csv").read_text(encoding="utf-8")
    for placed in fw.placed:
        assert placed.skill.name.get("ja") in text, placed.skill.id
        assert placed.skill.id in text


# --- hostile texts: nothing from a file becomes markup ------------------------------------------

MARKUP = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "</td></tr></table><h1>forged</h1>",
    "<!-- & --><style>body{display:none}</style>",
    "'><svg onload=alert(3)>",
]


def markup_framework(root: Path) -> Path:
    """A valid framework whose every human text is markup; returns its --frameworks dir."""
    import yaml

    m = MARKUP
    doc = {
        "schema": "csmatrix/framework@1",
        "id": "evil",
        "version": "1",
        "released": "2026-01-01",
        "title": m[0],
        "levels": [
            {"level": 1, "name": m[1], "scope": "individual"},
            {"level": 2, "name": m[2], "scope": "organization"},
        ],
        "axes": [{"id": "cs", "name": m[3]}],
        "categories": [
            {
                "id": "basics",
                "axis": "cs",
                "name": m[4],
                "skills": [{"id": "one", "name": m[0], "summary": m[1], "levels": {1: m[2], 2: m[3]}}],
            }
        ],
        "roles": [{"id": "member", "name": m[4], "targets": {"default": 1}}],
    }
    folder = root / "evil-fw"
    (folder / "evil").mkdir(parents=True)
    (folder / "evil" / "1.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    member = root / "eve.yaml"
    member.write_text(
        "schema: csmatrix/member@1\nid: eve\nname: " + json.dumps(m[1]) + "\nframework: evil@1\n"
        "role: member\nassessments:\n  - {date: 2026-01-10, by: self, levels: {one: 2}}\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize("fmt", ["html", "md"])
def test_markup_from_files_is_escaped(cli, tmp_path, fmt):
    fw = markup_framework(tmp_path)
    r = cli("sheet", "--member", tmp_path / "eve.yaml", "--frameworks", fw, "-f", fmt)
    assert r.exit_code == 0, r
    out = r.stdout
    for tag in ("<script", "<img", "<h1>forged", "<svg", "<!--", "</table><h1>"):
        assert tag not in out, tag
    assert out.count("<style>") == (1 if fmt == "html" else 0)  # our own stylesheet only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out
    assert "&lt;img src=x onerror=alert(2)&gt;" in out
    if fmt == "html":
        # attribute values cannot be closed by a quote from a file
        assert '"><img' not in out
        assert "'><svg" not in out


def test_markdown_inline_code_cannot_be_closed_by_its_text():
    from csmatrix.render.sheet_md import code

    assert code("mini@1") == "`mini@1`"
    assert code("x`<img src=x onerror=alert(1)>") == "x`&lt;img src=x onerror=alert(1)&gt;"
