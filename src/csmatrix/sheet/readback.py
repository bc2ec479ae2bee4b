"""Reading a filled skill sheet (CSV or XLSX) back into member YAML.

The sheet is read into a grid of located cells, checked as a whole (every
problem at once, each located as ``SHEET:ROW:COLUMN`` with the cell's name in
the message), and only then turned into YAML text: a new member file, or a
new dated assessment appended to an existing one.  Nothing is written here.

Rules:

* the table is found by its header row (``ID`` and the rating column, in
  either language), rows are matched by the skill id in the ID column, so
  rows may be re-sorted, filtered or deleted;
* a row with a skill id and no rating is simply unrated; a row with a rating
  (or a note) but no skill id is an error; a row with neither is skipped;
* ratings are whole numbers within the scale (``3``, ``3.0`` and full-width
  ``３`` are read as 3, and nothing else: not ``2e0``, ``²``, ``②`` or ``٣``);
* every text cell is read back through ``cells.restore``, the inverse of the
  escaping the sheet writers apply (OWASP CSV injection), so a name that
  begins with ``=`` or ``'`` comes back exactly;
* hostile files are bounded before they are parsed: at most 16 MiB read,
  CSV parsed record by record with rows, columns and cells capped, and an
  XLSX's parts, unpacked size and XML elements counted before openpyxl
  opens it (read-only, so no declared dimension or merged range is ever
  materialised); a cell reference read from the hidden ``_csmatrix`` sheet
  must be one cell within those caps;
* a skill listed twice is an error on the second row;
* the assessor and date cells (CSV rows ``by`` and ``date``; XLSX cells named
  by ``by_cell`` / ``date_cell`` in the hidden sheet) become the assessment's
  ``by`` and ``date`` when filled in; ``import --by`` / ``--date`` win over
  them; blank, they are ``self`` and the day of import.  A date is read as
  ``2026-11-23``, ``2026/11/23``, ``2026年11月23日`` or an Excel date cell; one
  after today, or not a date, is an error at its cell.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csmatrix.errors import CsmatrixError, InvalidInput, Problem, Text
from csmatrix.files.member_writer import TextLines, assessment_lines, member_text, schema_line
from csmatrix.files.store import Store
from csmatrix.files.yamlio import Doc, decode, parse_text
from csmatrix.models.common import ID_PATTERN
from csmatrix.models.framework import Framework
from csmatrix.rules.semantic import unknown_role, unknown_skill
from csmatrix.sheet.cells import restore
from csmatrix.sheet.data import META_SHEET, SHEET_FORMAT, header_key, import_labels
from csmatrix.words import Msg

META_KEYS = ("framework", "role", "member", "name", "by", "date")
# cells a person fills in, found in an XLSX through `<key>_cell` in the hidden sheet
CELL_KEYS = ("name", "by", "date")
SELF_WORDS = ("本人", "自分", "自己", "自己評価")  # what a Japanese sheet's assessor cell may say for self
MAX_SHEET_BYTES = 16 * 1024 * 1024
MAX_UNPACKED_BYTES = 16 * 1024 * 1024  # unpacked parts (csmatrix writes ~60 KB); a zip bomb is refused unread
MAX_ROWS = 5_000  # a framework has tens of skills; this bounds the cells we walk
MAX_COLUMNS = 200
MAX_CELLS = 100_000  # non-empty cells of a sheet (a 300-skill sheet has about 6,000)
MAX_SEPARATORS = 10_000  # commas fed to the CSV parser for one record
MAX_ZIP_ENTRIES = 1_000  # parts of a workbook (csmatrix writes about 12)
MAX_ZIP_DIRECTORY = 256 * 1024  # bytes of the zip's central directory
MAX_XML_TAGS = 150_000  # XML elements in all parts (a 30-skill sheet has 3,000): bounds openpyxl


@dataclass(frozen=True, slots=True)
class Cell:
    row: int  # 1-based, as the spreadsheet shows it
    col: int  # 1-based
    value: str | None
    sheet: str | None = None  # XLSX worksheet title

    @property
    def name(self) -> str:
        from_letter = column_letter(self.col)
        return f"{self.sheet}!{from_letter}{self.row}" if self.sheet else f"{from_letter}{self.row}"

    @property
    def text(self) -> str:
        return (self.value or "").strip()


def column_letter(col: int) -> str:
    letters = ""
    while col:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@dataclass
class Grid:
    """A sheet as located cells: the key/value block and the table rows."""

    path: str
    meta: dict[str, Cell] = field(default_factory=dict)
    rows: list[list[Cell]] = field(default_factory=list)
    header_row: int | None = None
    sheet: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def problem(self, cell: Cell | None, message: Text, hint: Text = "") -> Problem:
        """A problem at ``cell`` (``cell B5: …``), or at the sheet as a whole (0:0) without one."""
        if cell is None:
            return Problem(self.path, 0, 0, message, hint=hint)
        return Problem(
            self.path, cell.row, cell.col, Msg("readback.cell", name=cell.name, message=message), hint=hint
        )


@dataclass
class FilledSheet:
    path: str
    framework: Framework
    reference: str
    role: str | None
    member_id: str | None
    name: str | None
    levels: dict[str, int]
    notes: dict[str, str]
    by: str | None = None  # the sheet's assessor cell, when filled in
    date: dt.date | None = None  # the sheet's date cell, when filled in


# --- reading -------------------------------------------------------------------


def read_filled_sheet(path: Path, store: Store, need_name: bool = True) -> FilledSheet:
    """Read and check a filled sheet; InvalidInput with every problem otherwise."""
    label = str(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        grid = read_csv(path, label)
    elif suffix in (".xlsx", ".xlsm"):
        grid = read_xlsx(path, label)
    else:
        hint = Msg("readback.save_as_xlsx") if suffix in (".xls", ".ods", ".numbers") else ""
        message = Msg("readback.bad_suffix", suffix=suffix) if suffix else Msg("readback.no_suffix")
        raise InvalidInput([Problem(label, 0, 0, message, hint=hint)])
    if grid.problems:
        raise InvalidInput(grid.problems)
    return check_grid(grid, store, need_name)


def _open(path: Path, label: str) -> tuple[Grid, bytes | None]:
    """An empty grid for the file and its bytes; no bytes, and the grid holds why, when it cannot be read."""
    from csmatrix.files.read import FileTrouble, read_bounded

    grid = Grid(label)
    try:
        return grid, read_bounded(path, MAX_SHEET_BYTES, label=label, what="sheet")
    except FileTrouble as exc:
        grid.problems = [exc.problem()]
        return grid, None


def decode_csv(data: bytes, label: str) -> tuple[str, Problem | None]:
    """UTF-8 (BOM or not), else CP932 as Excel saves CSV in Japan; else a located problem."""
    if data.startswith(codecs.BOM_UTF8) or _is_utf8(data):
        return decode(data, label)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "", Problem(
            label,
            1,
            1,
            Msg("readback.utf16"),
            hint=Msg("readback.save_csv_utf8"),
        )
    try:
        return data.decode("cp932"), None
    except UnicodeDecodeError as cp932_error:
        utf8_error = _utf8_error(data)
        # the encoding that reads further is the one the file was meant to be in
        bad = max(cp932_error.start, utf8_error)
        before = data[:bad]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("cp932", errors="replace")) + 1
        return "", Problem(
            label,
            line,
            col,
            Msg("readback.not_text", byte=f"0x{data[bad]:02x}"),
            hint=Msg("readback.save_csv_utf8"),
        )


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _utf8_error(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return len(data)


_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")


class _TooWide(Exception):
    """A CSV record with more separators than any sheet has (raised before it is parsed)."""


def read_csv(path: Path, label: str) -> Grid:
    """The CSV as located cells, parsed record by record with rows, columns and cells capped."""
    grid, data = _open(path, label)
    if data is None:
        return grid
    text, problem = decode_csv(data, label)
    del data
    if problem is not None:
        grid.problems = [problem]
        return grid
    if "\x00" in text:
        grid.problems = [Problem(label, 1, 1, Msg("readback.nul"))]
        return grid
    pending = [0]  # separators fed to the parser since the last record it gave back

    def lines() -> Iterator[str]:
        for match in _LINE.finditer(text):  # one line at a time: no copy of the whole text
            line = match.group()
            pending[0] += line.count(",")
            if pending[0] > MAX_SEPARATORS:
                raise _TooWide
            yield line

    records: list[list[Cell]] = []
    cells = 0
    number = 0
    try:
        for number, record in enumerate(csv.reader(lines()), start=1):
            pending[0] = 0
            while record and not record[-1]:
                record.pop()  # Excel pads rows with empty cells
            if number > MAX_ROWS:  # blank records count too: a file of line ends is no sheet
                grid.problems = [_too_big(label, number, 1, _row(number), "rows", MAX_ROWS)]
                return grid
            if len(record) > MAX_COLUMNS:
                grid.problems = [
                    _too_big(label, number, MAX_COLUMNS + 1, _row(number), "columns", MAX_COLUMNS)
                ]
                return grid
            cells += len(record)
            if cells > MAX_CELLS:
                grid.problems = [_too_big(label, number, 1, _row(number), "cells", MAX_CELLS)]
                return grid
            records.append([Cell(number, i + 1, restore(v)) for i, v in enumerate(record)])
    except _TooWide:
        grid.problems = [_too_big(label, number + 1, 1, _row(number + 1), "columns", MAX_COLUMNS)]
        return grid
    except csv.Error as exc:
        grid.problems = [Problem(label, number + 1, 1, Msg("readback.bad_csv", detail=str(exc)))]
        return grid
    _split(grid, records)
    return grid


def _row(number: int) -> Msg:
    return Msg("readback.where_row", n=number)


def _too_big(label: str, row: int, col: int, where: Msg, what: str, limit: int) -> Problem:
    """More ``what`` (rows, columns, cells) than ``limit``, found at ``where``."""
    if what == "rows":
        message = Msg("readback.too_many_rows", where=where, limit=limit)
    elif what == "columns":
        message = Msg("readback.too_many_columns", where=where, limit=limit)
    else:
        message = Msg("readback.too_many_cells", where=where, limit=limit)
    return Problem(label, row, col, message, hint=Msg("readback.too_big_hint"))


def _split(grid: Grid, records: list[list[Cell]]) -> None:
    """Key/value rows before the header row go to ``meta``; the rest are the table."""
    labels = import_labels()
    for index, record in enumerate(records):
        keys = {labels.get(header_key(c.value)) for c in record}
        if {"id", "level"} <= keys:
            grid.header_row = index
            grid.rows = records[index:]
            break
        if record and record[0].text:
            key = record[0].text.lstrip("#").strip()
            value = record[1] if len(record) > 1 else Cell(record[0].row, 2, None)
            if key == SHEET_FORMAT:
                grid.meta["format"] = record[0]
            elif key in META_KEYS:
                grid.meta[key] = value
    else:
        grid.rows = records


class _TooBig(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


def _zip_trouble(data: bytes) -> Msg | None:
    """Why this archive is refused before openpyxl opens it, or None.

    The central directory, the unpacked size and the number of XML elements
    (every ``<``) are bounded, so no workbook can make openpyxl build millions
    of cells or strings.  A file that is no zip at all is left to openpyxl.
    """
    import struct
    import zipfile
    import zlib

    tail = data[-(22 + 0xFFFF) :]
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) - at < 22:
        return None
    entries, directory = struct.unpack("<HL", tail[at + 10 : at + 16])
    if at >= 20 and tail[at - 20 : at - 16] == b"PK\x06\x07":
        return Msg("readback.zip64")
    if entries > MAX_ZIP_ENTRIES or directory > MAX_ZIP_DIRECTORY:
        return Msg("readback.too_many_parts", limit=MAX_ZIP_ENTRIES)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ZIP_ENTRIES:
                return Msg("readback.too_many_parts", limit=MAX_ZIP_ENTRIES)
            if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
                return Msg("readback.too_much_unpacked", mib=MAX_UNPACKED_BYTES // (1024 * 1024))
            tags = 0
            for info in infos:
                with archive.open(info) as part:
                    while chunk := part.read(1 << 20):
                        tags += chunk.count(b"<")
                        if tags > MAX_XML_TAGS:
                            return Msg("readback.too_many_tags", limit=MAX_XML_TAGS)
    except (zipfile.BadZipFile, zlib.error, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return None  # openpyxl says it is not a workbook
    return None


def read_xlsx(path: Path, label: str) -> Grid:
    grid, data = _open(path, label)
    if data is None:
        return grid
    trouble = _zip_trouble(data)
    if trouble is not None:
        grid.problems = [Problem(label, 0, 0, trouble, hint=Msg("readback.import_written"))]
        return grid
    try:
        _read_workbook(data, grid)
    except _TooBig as exc:
        grid.problems = [exc.problem]
    except Exception as exc:  # noqa: BLE001 - any parser failure means "not a workbook we can read"
        grid.problems = [
            Problem(
                label,
                0,
                0,
                Msg("readback.not_xlsx", kind=type(exc).__name__),
                hint=Msg("readback.save_workbook"),
            )
        ]
    return grid


def _rows_of(ws: Any, label: str, max_rows: int, max_cols: int) -> list[list[Cell]]:
    """The rows of a read-only worksheet as cells, never past the caps (whatever it declares)."""
    records: list[list[Cell]] = []
    cells = 0
    rows = ws.iter_rows(min_row=1, max_row=max_rows + 1, max_col=max_cols + 1, values_only=True)
    for r, row in enumerate(rows, start=1):
        values = list(row)
        while values and values[-1] is None:
            values.pop()
        where = Msg("readback.where_sheet", title=ws.title)
        if r > max_rows:  # openpyxl yields this row only when something lies at or beyond it
            raise _TooBig(_too_big(label, 0, 0, where, "rows", max_rows))
        if len(values) > max_cols:
            raise _TooBig(_too_big(label, 0, 0, where, "columns", max_cols))
        cells += len(values)
        if cells > MAX_CELLS:
            raise _TooBig(_too_big(label, 0, 0, where, "cells", MAX_CELLS))
        records.append([Cell(r, c, _text(v), ws.title) for c, v in enumerate(values, start=1)])
    return records


def _read_workbook(data: bytes, grid: Grid) -> None:
    from openpyxl import load_workbook

    label = grid.path
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about Excel extensions it drops
        wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = {ws.title: ws for ws in wb.worksheets}  # no chart sheets
        meta: dict[str, Cell] = {}
        if META_SHEET in sheets:
            for record in _rows_of(sheets[META_SHEET], label, MAX_ROWS, MAX_COLUMNS):
                key = record[0].value if record else None
                if key and key not in meta and key != "skill":
                    meta[key] = record[1] if len(record) > 1 else Cell(record[0].row, 2, None, META_SHEET)
        title = meta["sheet"].value if "sheet" in meta else None
        content = [ws for name, ws in sheets.items() if name != META_SHEET]
        if title and title in sheets:
            ws = sheets[title]
        elif content:
            ws = content[0]
        else:
            grid.problems = [Problem(label, 0, 0, Msg("readback.no_worksheet"))]
            return
        grid.sheet = ws.title
        records = _rows_of(ws, label, MAX_ROWS, MAX_COLUMNS)
    finally:
        wb.close()
    if "format" in meta and meta["format"].value == SHEET_FORMAT:
        grid.meta["format"] = meta["format"]
    for key in ("framework", "role", "member"):
        if key in meta:
            grid.meta[key] = meta[key]
    for key in CELL_KEYS:
        if f"{key}_cell" not in meta or not meta[f"{key}_cell"].value:
            continue
        ref_cell = meta[f"{key}_cell"]
        where = _single_cell(ref_cell.text)
        if where is None:
            grid.problems.append(
                grid.problem(
                    ref_cell,
                    Msg("readback.not_one_cell", ref=ref_cell.text),
                    hint=Msg("readback.import_written"),
                )
            )
            return
        row, col = where
        record = records[row - 1] if row <= len(records) else []
        grid.meta[key] = record[col - 1] if col <= len(record) else Cell(row, col, None, ws.title)
    table = Grid(label)
    _split(table, records)
    grid.rows = table.rows
    grid.header_row = table.header_row


_CELL_REF = re.compile(r"\$?([A-Z]{1,3})\$?([1-9][0-9]{0,6})", re.ASCII)


def _single_cell(ref: str) -> tuple[int, int] | None:
    """(row, column) of a reference like ``B4`` within the sheet's caps, or None."""
    match = _CELL_REF.fullmatch(ref.strip())
    if match is None:
        return None
    col = 0
    for letter in match.group(1):
        col = col * 26 + ord(letter) - 64
    row = int(match.group(2))
    if row > MAX_ROWS or col > MAX_COLUMNS:
        return None
    return row, col


def _text(value: object) -> str | None:
    """A cell value as the text a person sees (3.0 -> '3'); a text as csmatrix wrote it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, str):
        return restore(value)
    return str(value)


# --- checking --------------------------------------------------------------------


def check_grid(grid: Grid, store: Store, need_name: bool) -> FilledSheet:
    problems: list[Problem] = []
    fmt = grid.meta.get("format")
    ref_cell = grid.meta.get("framework")
    if fmt is None and ref_cell is None:
        raise InvalidInput(
            [
                grid.problem(
                    None,
                    Msg("readback.not_a_sheet"),
                    hint=Msg("readback.not_a_sheet_hint"),
                )
            ]
        )
    if ref_cell is None or not ref_cell.text:
        raise InvalidInput(
            [
                grid.problem(
                    ref_cell or fmt, Msg("readback.no_framework"), hint=Msg("readback.no_framework_hint")
                )
            ]
        )
    reference = ref_cell.text
    loaded = store.framework(reference)
    if loaded.model is None or not loaded.ok:
        first = loaded.problems[0] if loaded.problems else None
        detail = first.message if first else Msg("readback.framework_invalid")
        if _names_a_file(reference) and store.resolve(reference) is not None:
            # a path in a cell may point anywhere: say what it is not, never what it holds
            raise InvalidInput(
                [
                    grid.problem(
                        ref_cell,
                        Msg("readback.not_a_framework", ref=reference),
                        hint=Msg("readback.validate_it", ref=reference),
                    )
                ]
            )
        raise InvalidInput(
            [
                grid.problem(
                    ref_cell,
                    Msg("readback.framework_unusable", ref=reference, detail=detail),
                    hint=(first.hint if first and first.hint else Msg("readback.frameworks_dir")),
                )
            ]
        )
    fw: Framework = loaded.model
    role_cell = grid.meta.get("role")
    role = role_cell.text if role_cell is not None and role_cell.text else None
    if role is not None and fw.role(role) is None:
        message, hint = unknown_role(fw, role)
        problems.append(grid.problem(role_cell, message, hint=hint))
    name_cell = grid.meta.get("name")
    name = name_cell.text if name_cell is not None and name_cell.text else None
    if need_name and name is None:
        problems.append(
            grid.problem(
                name_cell,
                Msg("readback.no_name"),
                hint=Msg("readback.no_name_hint"),
            )
        )
    member_cell = grid.meta.get("member")
    member_id = member_cell.text if member_cell is not None and member_cell.text else None
    if member_id is not None and not re.fullmatch(ID_PATTERN, member_id):
        problems.append(
            grid.problem(
                member_cell,
                Msg("readback.bad_member_id", member=member_id),
                hint=Msg("readback.bad_member_id_hint"),
            )
        )
        member_id = None

    by, date = _by_and_date(grid, problems)

    if grid.header_row is None:
        problems.append(
            grid.problem(
                None,
                Msg("readback.no_header"),
                hint=Msg("readback.no_header_hint"),
            )
        )
        raise InvalidInput(problems)
    header = grid.rows[0]
    labels = import_labels()
    columns: dict[str, int] = {}
    for c in header:
        key = labels.get(header_key(c.value))
        if key and key not in columns:
            columns[key] = c.col
    levels, notes = _rows(grid, fw, columns, problems)
    if not levels and not problems:
        level_cell = next(c for c in header if c.col == columns["level"])
        problems.append(
            grid.problem(
                level_cell,
                Msg("readback.nothing_rated"),
                hint=Msg("readback.nothing_rated_hint", low=min(fw.scale), top=fw.top),
            )
        )
    if problems:
        raise InvalidInput(problems)
    return FilledSheet(grid.path, fw, reference, role, member_id, name, levels, notes, by, date)


_DATE = re.compile(
    r"([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?(?:[T ]00:00(?::00)?)?", re.ASCII
)


def sheet_date(text: str) -> dt.date | None:
    """A date as people type it in a sheet (or Excel saves it): ``2026-11-23``, ``2026/11/23``,
    ``2026年11月23日``, full-width digits, or a date cell read as ``2026-11-23T00:00:00``."""
    match = _DATE.fullmatch(_normal(text))
    if match is None:
        return None
    try:
        return dt.date(*(int(part) for part in match.groups()))
    except ValueError:
        return None


def _by_and_date(grid: Grid, problems: list[Problem]) -> tuple[str | None, dt.date | None]:
    """The assessor and date cells: checked and located, None when left blank."""
    import unicodedata

    by_cell, date_cell = grid.meta.get("by"), grid.meta.get("date")
    by = by_cell.text if by_cell is not None and by_cell.text else None
    if by is not None and by_cell is not None and any(unicodedata.category(ch) == "Cc" for ch in by):
        problems.append(
            grid.problem(by_cell, Msg("readback.by_control"), hint=Msg("readback.by_control_hint"))
        )
        by = None
    if by is not None and (by.lower() == "self" or by in SELF_WORDS):
        by = "self"  # the sheet says "self (本人)": a person may write either
    date = None
    if date_cell is not None and date_cell.text:
        date = sheet_date(date_cell.text)
        if date is None:
            problems.append(
                grid.problem(
                    date_cell,
                    Msg("readback.not_a_date", text=date_cell.text),
                    hint=Msg("readback.not_a_date_hint"),
                )
            )
        elif date > dt.date.today():
            problems.append(
                grid.problem(
                    date_cell,
                    Msg("readback.future_date", date=date.isoformat(), today=dt.date.today().isoformat()),
                    hint=Msg("readback.future_date_hint"),
                )
            )
            date = None
    return by, date


def _rows(
    grid: Grid, fw: Framework, columns: dict[str, int], problems: list[Problem]
) -> tuple[dict[str, int], dict[str, str]]:
    levels: dict[str, int] = {}
    notes: dict[str, str] = {}
    first_row: dict[str, int] = {}
    skill_ids = list(fw.skills)
    low, top = min(fw.scale), fw.top

    def at(record: list[Cell], key: str) -> Cell:
        col = columns.get(key)
        row = record[0].row if record else 0
        if col is None:
            return Cell(row, 0, None, grid.sheet)
        return record[col - 1] if col - 1 < len(record) else Cell(row, col, None, grid.sheet)

    for record in grid.rows[1:]:
        if not record:
            continue
        id_cell, level_cell, note_cell = at(record, "id"), at(record, "level"), at(record, "note")
        skill, raw, note = id_cell.text, _normal(level_cell.text), note_cell.text
        if not skill:
            if raw:
                problems.append(
                    grid.problem(
                        level_cell,
                        Msg("readback.rating_without_id", rating=level_cell.text),
                        hint=Msg(
                            "readback.rating_without_id_hint",
                            cell=f"{column_letter(id_cell.col)}{id_cell.row}",
                        ),
                    )
                )
            elif note:
                problems.append(
                    grid.problem(
                        note_cell,
                        Msg("readback.note_without_id"),
                        hint=Msg("readback.note_without_id_hint"),
                    )
                )
            continue
        if skill not in fw.skills:
            problems.append(grid.problem(id_cell, unknown_skill(skill, fw, skill_ids)))
            continue
        if skill in first_row:
            problems.append(
                grid.problem(
                    id_cell,
                    Msg("readback.listed_twice", skill=skill, row=first_row[skill]),
                    hint=Msg("readback.listed_twice_hint"),
                )
            )
            continue
        first_row[skill] = id_cell.row
        if note:
            notes[skill] = note
        if not raw:
            continue
        level = _level(raw)
        if level is None:
            problems.append(
                grid.problem(
                    level_cell,
                    Msg("readback.not_a_level", text=level_cell.text, low=low, top=top),
                )
            )
        elif level not in fw.scale:
            problems.append(
                grid.problem(level_cell, Msg("readback.outside_scale", level=level, low=low, top=top))
            )
        else:
            levels[skill] = level
    return levels, notes


def _names_a_file(reference: str) -> bool:
    """Whether a framework cell gives a path rather than ``family@version``."""
    from csmatrix.files import lookup

    return lookup.parse_ref(reference) is None or lookup.looks_like_path(reference)


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_LEVEL = re.compile(r"(0|[1-9][0-9]{0,5})(?:\.0+)?", re.ASCII)


def _normal(text: str) -> str:
    """A rating as typed, with full-width digits (``３``) made ASCII; nothing else is mapped."""
    return text.strip().translate(_FULL_WIDTH_DIGITS)


def _level(text: str) -> int | None:
    """``3`` and ``3.0`` are 3; ``2e0``, ``²``, ``②``, ``٣`` or ``3.5`` are not levels."""
    match = _LEVEL.fullmatch(text)
    return int(match.group(1)) if match else None


# --- writing (as text) ---------------------------------------------------------------


def new_member_text(
    filled: FilledSheet, *, by: str, date: dt.date, st: Store, out: Path | None = None
) -> str:
    """A new member file holding the sheet's ratings as one assessment."""
    text = member_text(
        name=filled.name or "",
        framework=filled.reference,
        ident=filled.member_id,
        role=filled.role,
        assessments=[_assessment(date, by, filled)],
        schema=schema_line(out if out is not None else Path("member.yaml")),
    )
    _check_member_text(text, out or Path("member.yaml"), st)
    return text


def append_to_member(into: Path, filled: FilledSheet, *, by: str, date: dt.date, st: Store) -> str:
    """``into`` with the sheet's ratings added as a new assessment, comments kept."""
    from csmatrix.files.yamlio import read_doc

    doc = read_doc(into)
    loaded, fw_loaded = st.member_doc(doc, into.parent)
    member = loaded.unwrap()
    fw = fw_loaded.model if fw_loaded is not None else None
    if fw is None or fw.ref != filled.framework.ref:
        found = fw.ref if fw is not None else member.framework
        raise CsmatrixError(
            Msg(
                "readback.other_framework",
                sheet=filled.path,
                ref=filled.framework.ref,
                into=str(into),
                found=found,
            ),
            hint=Msg("readback.other_framework_hint", into=str(into)),
        )
    own_id = member.id or into.stem
    if filled.member_id and filled.member_id != own_id:
        raise CsmatrixError(
            Msg(
                "readback.other_member",
                sheet=filled.path,
                member=filled.member_id,
                into=str(into),
                own=own_id,
            ),
            hint=Msg("readback.other_member_hint"),
        )
    raw = into.read_bytes()
    bom = raw.startswith(codecs.BOM_UTF8)
    text, problem = decode(raw, str(into))
    if problem is not None:
        raise InvalidInput([problem])
    result = insert_assessment(text, doc, _assessment(date, by, filled))
    _check_member_text(result, into, st, expect=len(member.assessments) + 1)
    return ("\ufeff" if bom else "") + result


def _assessment(date: dt.date, by: str, filled: FilledSheet) -> list[str]:
    """The sheet's ratings as one assessment; one by self says ``method: self-assessment``."""
    lines = assessment_lines(date, by, filled.levels, filled.notes)
    if by.strip().lower() == "self":
        lines.insert(2, lines[1][: len(lines[1]) - len(lines[1].lstrip())] + "method: self-assessment")
    return lines


def insert_assessment(text: str, doc: Doc, block: list[str]) -> str:
    """Insert ``block`` (an item at indent 2) as the last item of ``assessments:``.

    Works on the text (:class:`TextLines`) so every comment, blank line and
    line break of the file stays as it was.
    """
    edit = TextLines.of(text)
    lines = edit.lines

    def done() -> str:
        return edit.text()

    def put(at: int, new: list[str]) -> None:
        edit.replace(at, at, new)

    value = getattr(doc, "value", None)
    marks = getattr(doc, "marks", {})
    key_mark = marks.get(("assessments", "<key>"))
    if not isinstance(value, dict) or "assessments" not in value or key_mark is None:
        end = len(lines)
        while end and not lines[end - 1].strip():
            end -= 1
        edit.replace(end, len(lines), ["assessments:", *block])
        return done()
    key_line = key_mark[0] - 1
    key_indent = key_mark[1] - 1
    current = value["assessments"]
    if not current:  # `assessments:` or `assessments: []`
        head = lines[key_line]
        lines[key_line] = head[: head.index("assessments")] + "assessments:"
        put(key_line + 1, _shift(block, key_indent))
        return done()
    first_item = marks.get(("assessments", 0), (key_line + 1, 1))[0] - 1
    dash = lines[first_item].find("-") if first_item > key_line else -1
    if dash < 0 or lines[first_item][:dash].strip():
        raise CsmatrixError(Msg("readback.flow_style"), hint=Msg("readback.flow_style_hint"))
    # the assessments end where the next top-level key starts (or the file ends):
    # marks, not indentation, since a quoted scalar may go on at column 0
    later = [
        mark[0] - 1
        for loc, mark in marks.items()
        if len(loc) == 2 and loc[1] == "<key>" and mark[0] - 1 > key_line
    ]
    end = min(later, default=len(lines))
    last = end - 1
    while last > key_line:
        stripped = lines[last].strip()
        indent = len(lines[last]) - len(lines[last].lstrip(" "))
        if stripped and not (stripped.startswith("#") and indent <= key_indent):
            break
        last -= 1  # blank lines and the next key's comments stay after the new item
    put(last + 1, [" " * dash + item[2:] for item in block])
    return done()


def _shift(block: list[str], indent: int) -> list[str]:
    return [" " * indent + line for line in block]


def _check_member_text(text: str, path: Path, st: Store, expect: int | None = None) -> None:
    """What we are about to write must load as a valid member (else a bug, not bad input)."""
    doc = parse_text(text, str(path))
    loaded, _ = st.member_doc(doc, path.parent if str(path.parent) else Path("."))
    if (
        loaded.model is None
        or not loaded.ok
        or (expect is not None and len(loaded.model.assessments) != expect)
    ):
        details = "; ".join(p.format() for p in loaded.problems[:3]) or "the assessment did not land"
        raise RuntimeError(f"the member file csmatrix built is not valid: {details}")
