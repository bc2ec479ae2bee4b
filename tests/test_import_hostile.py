"""`csmatrix import` of hostile files: fast, bounded, exit 1 with a message that names the file.

Every hostile file is built here.  The bounded ones run in a subprocess that
reports its own peak memory (``VmHWM``, else ``resource.getrusage``) and CPU
time (``resource.getrusage``).  CPU time, less that of starting the CLI, is
what must stay under 2 s (wall time on a loaded test machine says little);
wall time is checked loosely too.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml

from test_import import DATE, LEVEL, edit_csv, make_csv, make_xlsx
from test_sheet import mini_dir

SECONDS = 2.0
MIB = 200

MEASURE = """\
import resource, sys
from csmatrix.cli import app
code = 0
try:
    app(args=sys.argv[1:], prog_name="csmatrix")
except SystemExit as exc:
    code = exc.code if isinstance(exc.code, int) else 1
usage = resource.getrusage(resource.RUSAGE_SELF)
peak = usage.ru_maxrss  # KiB on Linux; but it keeps the parent's peak across fork and exec
try:
    with open("/proc/self/status") as status:  # VmHWM: this program's own peak
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print("MAXRSS", peak, "CPU", usage.ru_utime + usage.ru_stime, file=sys.stderr)
sys.exit(code)
"""


def measured(*args: object, cwd: Path) -> tuple[int, str, float, float]:
    """exit code, stderr, CPU seconds of the process, peak MiB of the process."""
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", MEASURE, *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert time.perf_counter() - start < 10 * SECONDS, "no hostile file may make import hang"
    match = re.search(r"MAXRSS (\d+) CPU ([0-9.]+)", proc.stderr)
    assert match, proc.stderr
    return proc.returncode, proc.stderr, float(match.group(2)), int(match.group(1)) / 1024


def baseline_seconds(cwd: Path) -> float:
    """CPU time the interpreter takes to start and import the CLI and openpyxl here."""
    return measured("sheet", "--help", cwd=cwd)[2]


def assert_refused_fast(path: Path, message: str, cwd: Path) -> None:
    code, stderr, seconds, mib = measured("import", path, "--date", DATE, cwd=cwd)
    assert code == 1, stderr
    assert f"{path}:" in stderr, stderr
    assert message in stderr, stderr
    assert "internal error" not in stderr
    assert seconds - baseline_seconds(cwd) < SECONDS, seconds
    assert mib < MIB, mib


# --- XLSX --------------------------------------------------------------------------------------


def _rewrite(path: Path, part: str, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite one part of a workbook (the other parts kept byte for byte)."""
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[part] = change(parts[part])
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)


def _meta_value(path: Path, key: str, value: str) -> None:
    from openpyxl import load_workbook

    wb = load_workbook(path)
    meta = wb["_csmatrix"]
    for row in meta.iter_rows():
        if row[0].value == key:
            row[1].value = value
    wb.save(path)


@pytest.mark.parametrize("ref", ["A1:XFD1048576", "XFD1048576", "B4:C4", "Sheet2!B4", "B0"])
def test_a_name_cell_that_is_not_one_cell_of_the_sheet(cli, tmp_path, ref):
    fw = mini_dir(tmp_path)
    sheet = make_xlsx(cli, fw)
    _meta_value(sheet, "name_cell", ref)
    code, stderr, seconds, mib = measured("import", sheet, "--frameworks", fw, "--date", DATE, cwd=tmp_path)
    assert code == 1, stderr
    assert stderr.startswith("s.xlsx:8:2: error: cell _csmatrix!B8: "), stderr
    assert "is not one cell of a skill sheet" in stderr
    assert seconds - baseline_seconds(tmp_path) < SECONDS
    assert mib < MIB


@pytest.mark.lang("ja")
def test_a_lying_dimension_and_a_huge_merged_range_are_never_materialised(cli, tmp_path):
    fw = mini_dir(tmp_path)
    sheet = make_xlsx(cli, fw)
    _meta_value(sheet, "name", "")
    from openpyxl import load_workbook

    wb = load_workbook(sheet)
    wb["スキルシート"]["B4"] = "Eve"
    wb["スキルシート"].cell(8, 9, 2)  # rating of the first skill (column I)
    wb.save(sheet)

    def bloat(xml: bytes) -> bytes:
        xml = re.sub(rb'<dimension ref="[^"]*"/>', b'<dimension ref="A1:XFD1048576"/>', xml)
        return re.sub(rb'<mergeCell ref="[^"]*"/>', b'<mergeCell ref="A1:XFD1048576"/>', xml)

    _rewrite(sheet, "xl/worksheets/sheet1.xml", bloat)
    code, stderr, seconds, mib = measured(
        "import", sheet, "--frameworks", fw, "--date", DATE, "-o", "eve.yaml", cwd=tmp_path
    )
    assert code == 0, stderr
    assert "name: Eve" in (tmp_path / "eve.yaml").read_text(encoding="utf-8")
    assert seconds - baseline_seconds(tmp_path) < SECONDS
    assert mib < MIB


def _workbook(path: Path, sheet_data: bytes, shared: bytes | None = None) -> Path:
    """A minimal workbook with one worksheet holding ``sheet_data``."""
    ns = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    pkg = b"http://schemas.openxmlformats.org/package/2006/relationships"
    doc = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    types = (
        b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/xl/workbook.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        b'<Override PartName="/xl/worksheets/sheet1.xml" '
        b'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        b"</Types>"
    )
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "_rels/.rels",
            b'<?xml version="1.0"?><Relationships xmlns="' + pkg + b'"><Relationship Id="rId1" Type="'
            b'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            b'Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            b'<?xml version="1.0"?><workbook ' + ns + b" " + rel + b'><sheets><sheet name="S" sheetId="1" '
            b'r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            b'<?xml version="1.0"?><Relationships xmlns="'
            + pkg
            + b'"><Relationship Id="rId1" Type="'
            + doc
            + b'/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            b'<?xml version="1.0"?><worksheet '
            + ns
            + b"><sheetData>"
            + sheet_data
            + b"</sheetData></worksheet>",
        )
    return path


def test_a_hand_built_workbook_is_readable(tmp_path):
    """The builder above makes a workbook openpyxl reads (so the hostile ones test our bounds)."""
    from openpyxl import load_workbook

    path = _workbook(tmp_path / "ok.xlsx", b'<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row>')
    assert load_workbook(path)["S"]["A1"].value == "ID"


def test_a_cell_at_the_last_row_of_excel(tmp_path):
    path = _workbook(tmp_path / "far.xlsx", b'<row r="1048576"><c r="A1048576"><v>1</v></c></row>')
    assert_refused_fast(path, "sheet 'S': the sheet has more than 5000 rows", tmp_path)


def test_a_cell_far_right_is_never_reached(tmp_path):
    """Cells right of column 200 are not read at all (a sheet's table is far narrower)."""
    path = _workbook(tmp_path / "wide.xlsx", b'<row r="1"><c r="XFD1"><v>1</v></c></row>')
    assert_refused_fast(path, "this is not a csmatrix skill sheet", tmp_path)


def test_a_million_empty_cells(tmp_path):
    path = _workbook(tmp_path / "cells.xlsx", b'<row r="1">' + b"<c/>" * 1_000_000 + b"</row>")
    assert path.stat().st_size < 100_000  # a few KB on disk
    assert_refused_fast(path, "the workbook holds more than 150000 XML elements", tmp_path)


def test_too_many_parts(tmp_path):
    path = _workbook(tmp_path / "parts.xlsx", b"")
    with zipfile.ZipFile(path, "a") as archive:
        for i in range(1_100):
            archive.writestr(f"x/{i}.xml", b"")
    assert_refused_fast(path, "the workbook holds more than 1000 parts", tmp_path)


# --- CSV ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"," * (16 * 1024 * 1024 - 16), "s.csv:1:1: error: row 1: the sheet has more than 200 columns"),
        (b",,,,,,,,\r\n" * 1_600_000, "s.csv:5001:1: error: row 5001: the sheet has more than 5000 rows"),
        (b"\n" * (16 * 1024 * 1024 - 16), "s.csv:5001:1: error: row 5001: the sheet has more than 5000 rows"),
        (b'x,"\n' + b'",' * 20_000 + b'"\n', "s.csv:1:1: error: row 1: the sheet has more than 200 columns"),
        (b",".join([b"x"] * 201) + b"\n", "s.csv:1:201: error: row 1: the sheet has more than 200 columns"),
        (b"x\n" * 2 + (b"y," * 199 + b"y\n") * 600, "the sheet has more than 100000 cells"),
    ],
    ids=["commas", "empty-cells", "line-ends", "quoted-lines", "201-columns", "cells"],
)
def test_hostile_csv_is_refused_fast(tmp_path, content, message):
    path = tmp_path / "s.csv"
    path.write_bytes(content)
    assert_refused_fast(Path("s.csv"), message, tmp_path)


def test_a_csv_larger_than_16_mib(tmp_path):
    (tmp_path / "s.csv").write_bytes(b"x" * (16 * 1024 * 1024 + 1))
    assert_refused_fast(Path("s.csv"), "s.csv:0:0: error: the sheet is larger than 16 MiB", tmp_path)


@pytest.mark.parametrize("name", ["s.csv", "s.xlsx"])
def test_a_fifo_is_refused_at_once(tmp_path, name):
    fifo = tmp_path / name
    os.mkfifo(fifo)
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "csmatrix", "import", name, "--date", DATE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.startswith(f"{name}:0:0: error: is a pipe (FIFO), not a file"), proc.stderr
    assert time.perf_counter() - start < 30


# --- cells that name things ------------------------------------------------------------------


@pytest.mark.parametrize("member", ["Bob Smith", "../etc", "/etc/passwd", "ÄBC"])
def test_a_member_cell_that_is_not_an_id(cli, tmp_path, member):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(4, 2): member, (5, 2): "Bob", (10, LEVEL): "2"})
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 1, r
    assert r.stderr.startswith(f"s.csv:4:2: error: cell B4: '{member}' is not a member id"), r


def test_a_framework_cell_pointing_at_another_file_does_not_echo_it(cli, tmp_path):
    secret = tmp_path / "etc" / "passwd"
    secret.parent.mkdir()
    secret.write_text("root:x:0:0:TOP-SECRET-LINE:/root:/bin/sh\n", encoding="utf-8")
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(2, 2): "etc/passwd", (5, 2): "Bob", (10, LEVEL): "2"})
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 1, r
    assert r.stderr.startswith("s.csv:2:2: error: cell B2: 'etc/passwd' is not a valid csmatrix framework"), r
    assert "TOP-SECRET" not in r.stderr + r.stdout
    assert "root" not in r.stderr + r.stdout


@pytest.mark.parametrize("typed", ["2e0", "²", "②", "٣", "2.5", "0x2", "+2", "2.", "2,0", "1" * 5000])
def test_only_plain_whole_numbers_are_levels(cli, tmp_path, typed):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "Bob", (10, LEVEL): typed})
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 1, r
    assert "s.csv:10:10: error: cell J10: " in r.stderr
    assert "is not a level: write a whole number from 1 to 3" in r.stderr


@pytest.mark.parametrize("typed", ["2", "2.0", "２", " 2 ", ""])
def test_plain_levels_and_blank(cli, tmp_path, typed):
    fw = mini_dir(tmp_path)
    sheet = make_csv(cli, fw)
    edit_csv(sheet, {(5, 2): "Bob", (10, LEVEL): typed, (11, LEVEL): "1"})
    r = cli("import", sheet, "--frameworks", fw, "--date", DATE)
    assert r.exit_code == 0, r
    levels = yaml.safe_load(r.stdout)["assessments"][0]["levels"]
    assert levels == ({"health": 2, "escaping": 1} if typed else {"escaping": 1})


def test_one_huge_string(tmp_path):
    text = b"x" * (16 * 1024 * 1024)
    path = _workbook(
        tmp_path / "big.xlsx", b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
    )
    assert path.stat().st_size < 100_000
    assert_refused_fast(path, "the workbook unpacks to more than 16 MiB", tmp_path)


def test_a_large_string_under_the_caps_stays_bounded(tmp_path):
    text = b"x" * (15 * 1024 * 1024)
    path = _workbook(
        tmp_path / "big.xlsx", b'<row r="1"><c r="A1" t="inlineStr"><is><t>' + text + b"</t></is></c></row>"
    )
    assert_refused_fast(path, "this is not a csmatrix skill sheet", tmp_path)


def test_an_entity_expansion_bomb(tmp_path):
    entities = b"".join(
        b'<!ENTITY %s "%s">' % (bytes([98 + i]), b"&%s;" % bytes([97 + i]) * 10) for i in range(9)
    )
    dtd = b'<!DOCTYPE worksheet [<!ENTITY a "' + b"a" * 60 + b'">' + entities + b"]>"
    path = _workbook(
        tmp_path / "laughs.xlsx", b'<row r="1"><c r="A1" t="inlineStr"><is><t>&j;</t></is></c></row>'
    )
    _rewrite(path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace(b"?>", b"?>" + dtd, 1))
    assert_refused_fast(path, "cannot read the workbook", tmp_path)
