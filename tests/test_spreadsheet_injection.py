"""No text from a framework or member file becomes a spreadsheet formula (OWASP CSV injection).

Hostile names, descriptors and category names are written into a framework
and a member file here; the CSV and XLSX sheets and the team CSV must hold
them as neutralised text, and ``import`` must give back the original text.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from csmatrix.models.common import CONTROL
from csmatrix.sheet.cells import TRIGGERS, neutralise, restore, visible

# TAB and CR lead a formula too, but a framework or member file may not hold them
# (validate refuses control characters): they are tested on neutralise alone.
CONTROL_LED = ["\t=1+1", "\r=1+1"]
HOSTILE = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "=2+2",
    "+x",
    "\n=1+1",
    "＝1+1",
    "＋1",
    "－1",
    "＠SUM(1)",
    "'=1+1",
    "''twice",
    "'plain",
]


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def hostile_framework(root: Path) -> Path:
    """A valid framework whose every text begins like a formula; returns its --frameworks dir."""
    assert not any(CONTROL.search(t) for t in HOSTILE)
    h = [_quoted(t) for t in HOSTILE]
    text = f"""\
schema: csmatrix/framework@1
id: evil
version: "1"
released: 2026-01-01
title: {h[0]}
levels:
  - {{level: 1, name: {h[1]}, scope: individual}}
  - {{level: 2, name: {h[2]}, scope: individual}}
  - {{level: 3, name: {h[3]}, scope: organization}}
axes:
  - {{id: cs, name: {h[4]}}}
categories:
  - id: basics
    axis: cs
    name: {h[5]}
    skills:
      - id: one
        name: {h[6]}
        summary: {h[7]}
        levels: {{1: {h[8]}, 2: {h[9]}, 3: {h[10]}}}
      - id: two
        name: {h[11]}
        summary: {h[12]}
        levels: {{1: {h[13]}, 2: {h[14]}, 3: {h[0]}}}
roles:
  - id: member
    name: {h[1]}
    targets: {{default: 2}}
"""
    folder = root / "fw"
    (folder / "evil").mkdir(parents=True)
    (folder / "evil" / "1.yaml").write_text(text, encoding="utf-8")
    return folder


def hostile_member(root: Path, name: str, ident: str = "eve") -> Path:
    path = root / f"{ident}.yaml"
    path.write_text(
        "schema: csmatrix/member@1\n"
        f"id: {ident}\n"
        f"name: {_quoted(name)}\n"
        "framework: evil@1\n"
        "role: member\n"
        "assessments:\n"
        "  - {date: 2026-01-10, by: self, levels: {one: 2}}\n",
        encoding="utf-8",
    )
    return path


def csv_cells(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def assert_no_formula_text(texts: list[str]) -> None:
    for text in texts:
        assert not text or text[0] not in TRIGGERS, repr(text)


# --- the escaping itself --------------------------------------------------------------------


@given(st.text())
def test_neutralise_round_trips_and_never_starts_a_formula(text):
    cell = neutralise(text)
    assert restore(cell) == text
    assert not cell or cell[0] not in TRIGGERS


@pytest.mark.parametrize("text", HOSTILE + CONTROL_LED)
def test_neutralise_examples(text):
    assert neutralise(text) == "'" + text
    assert restore(neutralise(text)) == text


def test_a_typed_apostrophe_is_kept_and_plain_text_untouched():
    assert neutralise("abc") == "abc"
    assert restore("'quoted'") == "'quoted'"  # not something neutralise wrote
    assert restore("''x") == "'x"
    assert neutralise("") == ""
    assert restore("'") == "'"


def test_visible_shows_control_characters():
    assert visible("a\x1b[31mb\x07\x7f\tc\n") == "a\u241b[31mb\u2407\u2421\tc\n"


# --- CSV ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_sheet_csv_neutralises_every_cell(cli, tmp_path, lang):
    fw = hostile_framework(tmp_path)
    member = hostile_member(tmp_path, HOSTILE[1])
    r = cli("sheet", "--member", member, "--frameworks", fw, "--lang", lang, "-f", "csv", "-o", "s.csv")
    assert r.exit_code == 0, r
    rows = csv_cells(Path("s.csv"))
    texts = [cell for row in rows for cell in row]
    assert_no_formula_text(texts)
    # the hostile texts are all there (a cell that starts with one holds it neutralised)
    for hostile in HOSTILE:
        assert any(hostile in restore(t) for t in texts), hostile
    assert neutralise(HOSTILE[8]) in texts  # a descriptor cell, whole
    assert rows[4][:2] == ["name", neutralise(HOSTILE[1])]
    header = rows[8]
    one = rows[9]
    assert one[0] == "one"
    assert one[header.index("Summary" if lang == "en" else "概要")] == neutralise(HOSTILE[7])


def test_team_csv_neutralises_names(cli, tmp_path):
    fw = hostile_framework(tmp_path)
    team = tmp_path / "team"
    team.mkdir()
    for i, name in enumerate(HOSTILE[:6]):
        hostile_member(team, name, ident=f"m{i}")
    r = cli("team", team, "--frameworks", fw, "--format", "csv")
    assert r.exit_code == 0, r
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"), newline="")))
    assert_no_formula_text([cell for row in rows for cell in row])
    names = {row[0]: row[1] for row in rows[1:]}
    assert {names[f"m{i}"] for i in range(6)} == {neutralise(h) for h in HOSTILE[:6]}


# --- XLSX --------------------------------------------------------------------------------------


@pytest.mark.lang("ja")
def test_sheet_xlsx_has_no_formula_anywhere(cli, tmp_path):
    from openpyxl import load_workbook

    fw = hostile_framework(tmp_path)
    member = hostile_member(tmp_path, HOSTILE[0])
    r = cli("sheet", "--member", member, "--frameworks", fw, "-f", "xlsx", "-o", "s.xlsx")
    assert r.exit_code == 0, r
    wb = load_workbook("s.xlsx")
    seen: list[str] = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", (ws.title, c.coordinate, c.value)
                if c.value is not None:
                    seen.append(str(c.value))
    assert_no_formula_text(seen)
    assert neutralise(HOSTILE[0]) in seen  # the name cell and the hidden sheet
    assert wb["スキルシート"]["B4"].value == neutralise(HOSTILE[0])
    with zipfile.ZipFile("s.xlsx") as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                xml = archive.read(name).decode("utf-8")
                assert not re.search(r"<f[ >]", xml), name
        assert 'fullCalcOnLoad="1"' not in archive.read("xl/workbook.xml").decode("utf-8")


def test_xlsx_of_a_member_with_control_characters_shows_them(cli, tmp_path):
    from openpyxl import load_workbook

    fw = hostile_framework(tmp_path)
    member = hostile_member(tmp_path, "\x1b[31mRed\x07 =x")
    r = cli("sheet", "--member", member, "--frameworks", fw, "-f", "xlsx", "-o", "s.xlsx")
    # a member file may not hold control characters: a located error, never exit 3
    assert r.exit_code == 1, r
    assert "eve.yaml:3:7: error: " in r.stderr
    assert not Path("s.xlsx").exists()
    # what the sheet would show, had the text got there: symbols, not controls
    assert visible("\x1b[31mRed\x07 =x") == "\u241b[31mRed\u2407 =x"
    assert load_workbook is not None


# --- import gives back the original text -----------------------------------------------------


NAMES = ["=cmd|' /C calc'!A0", "'=1+1", "''twice", "'plain", "-1", "＠x", "普通の名前"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
@pytest.mark.parametrize("name", NAMES)
def test_import_restores_the_original_name(cli, tmp_path, fmt, name):
    fw = hostile_framework(tmp_path)
    member = hostile_member(tmp_path, name)
    r = cli("sheet", "--member", member, "--frameworks", fw, "-f", fmt, "-o", f"s.{fmt}")
    assert r.exit_code == 0, r
    r = cli("import", f"s.{fmt}", "--frameworks", fw, "--date", "2026-11-23", "-o", "back.yaml")
    assert r.exit_code == 0, r
    back = yaml.safe_load(Path("back.yaml").read_text(encoding="utf-8"))
    assert back["name"] == name
    assert back["id"] == "eve"
    assert back["assessments"][0]["levels"] == {"one": 2}


def test_import_restores_a_hostile_note(cli, tmp_path):
    fw = hostile_framework(tmp_path)
    r = cli("sheet", "evil@1", "--frameworks", fw, "-f", "csv", "-o", "s.csv")
    assert r.exit_code == 0, r
    rows = csv_cells(Path("s.csv"))
    rows[4][1] = neutralise("=evil name")
    rows[9][-2] = "2"
    rows[9][-1] = neutralise("=1+1 and '")
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    Path("s.csv").write_bytes(out.getvalue().encode("utf-8-sig"))
    r = cli("import", "s.csv", "--frameworks", fw, "--date", "2026-11-23", "-o", "back.yaml")
    assert r.exit_code == 0, r
    back = yaml.safe_load(Path("back.yaml").read_text(encoding="utf-8"))
    assert back["name"] == "=evil name"
    assert back["assessments"][0]["notes"] == {"one": "=1+1 and '"}


def test_xlsx_of_a_framework_with_control_characters_shows_them(cli, tmp_path):
    from openpyxl import load_workbook

    fw = hostile_framework(tmp_path)
    path = fw / "evil" / "1.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"-2+3"', '"\\e[2J\\x07-2+3"'), encoding="utf-8")
    r = cli("sheet", "evil@1", "--frameworks", fw, "-f", "xlsx", "-o", "s.xlsx")
    if r.exit_code == 1:  # a framework may refuse control characters outright: fine, never exit 3
        assert "error" in r.stderr
        return
    assert r.exit_code == 0, r
    header = [c.value for c in load_workbook("s.xlsx")["スキルシート"][7]]
    assert "3 \u241b[2J\u2407-2+3 (組織)" in header


def test_xlsx_print_header_shows_an_ampersand_of_the_title_literally(cli, tmp_path):
    fw = hostile_framework(tmp_path)
    path = fw / "evil" / "1.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"title: {_quoted(HOSTILE[0])}", 'title: "R&D &P"'), encoding="utf-8")
    r = cli("sheet", "evil@1", "--frameworks", fw, "-f", "xlsx", "-o", "s.xlsx")
    assert r.exit_code == 0, r
    with zipfile.ZipFile("s.xlsx") as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    # '&P' would print the page number; '&&' prints '&'
    assert "R&amp;&amp;D &amp;&amp;P" in xml
