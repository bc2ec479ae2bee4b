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
  ``３`` are read as 3);
* a skill listed twice is an error on the second row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.checks import suggest
from csmatrix.errors import CsmatrixError, InvalidInput, Problem
from csmatrix.loading import Store
from csmatrix.memberfile import assessment_lines, member_text, schema_line
from csmatrix.models.framework import Framework
from csmatrix.sheetdata import SHEET_FORMAT, header_key, import_labels
from csmatrix.yamlio import decode, parse_text

META_KEYS = ("framework", "role", "member", "name")
MAX_SHEET_BYTES = 16 * 1024 * 1024
MAX_UNPACKED_BYTES = 64 * 1024 * 1024  # a zip bomb is refused before openpyxl inflates it
MAX_ROWS = 5_000  # a framework has tens of skills; this bounds the cells we walk
MAX_COLUMNS = 200


@dataclass(frozen=True)
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

    def problem(self, cell: Cell | None, message: str, hint: str = "") -> Problem:
        if cell is None:
            return Problem(self.path, 0, 0, message, hint=hint)
        return Problem(self.path, cell.row, cell.col, f"cell {cell.name}: {message}", hint=hint)


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


# --- reading -------------------------------------------------------------------


def read_filled_sheet(path: Path, store: Store, need_name: bool = True) -> FilledSheet:
    """Read and check a filled sheet; InvalidInput with every problem otherwise."""
    label = str(path)
    if not path.exists():
        raise InvalidInput([Problem(label, 0, 0, "no such file")])
    if path.is_dir():
        raise InvalidInput([Problem(label, 0, 0, "is a directory, not a sheet")])
    suffix = path.suffix.lower()
    if suffix == ".csv":
        grid = read_csv(path, label)
    elif suffix in (".xlsx", ".xlsm"):
        grid = read_xlsx(path, label)
    else:
        hint = "save it as .xlsx or CSV" if suffix in (".xls", ".ods", ".numbers") else ""
        raise InvalidInput(
            [
                Problem(
                    label,
                    0,
                    0,
                    f"cannot import a '{suffix or 'extensionless'}' file: give a .csv or .xlsx sheet",
                    hint=hint,
                )
            ]
        )
    if grid.problems:
        raise InvalidInput(grid.problems)
    return check_grid(grid, store, need_name)


def _read_bytes(path: Path, label: str) -> tuple[bytes | None, list[Problem]]:
    from csmatrix.safeio import FileTrouble, read_bounded

    try:
        return read_bounded(path, MAX_SHEET_BYTES, label=label, what="sheet"), []
    except FileTrouble as exc:
        return None, [exc.problem()]


def decode_csv(data: bytes, label: str) -> tuple[str, Problem | None]:
    """UTF-8 (BOM or not), else CP932 as Excel saves CSV in Japan; else a located problem."""
    if data.startswith(codecs.BOM_UTF8) or _is_utf8(data):
        return decode(data, label)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "", Problem(
            label,
            1,
            1,
            "the file is UTF-16 text (Excel's 'Unicode Text'), not CSV",
            hint="save it from Excel as 'CSV UTF-8 (comma delimited)'",
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
            f"the file is neither UTF-8 nor CP932 (Shift_JIS) text: byte 0x{data[bad]:02x} cannot be read",
            hint="save it from Excel as 'CSV UTF-8 (comma delimited)'",
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


def read_csv(path: Path, label: str) -> Grid:
    grid = Grid(label)
    data, problems = _read_bytes(path, label)
    if data is None:
        grid.problems = problems
        return grid
    text, problem = decode_csv(data, label)
    if problem is not None:
        grid.problems = [problem]
        return grid
    if "\x00" in text:
        grid.problems = [Problem(label, 1, 1, "the file holds NUL bytes: it is not a CSV text file")]
        return grid
    reader = csv.reader(io.StringIO(text, newline=""))
    records: list[list[Cell]] = []
    try:
        for number, record in enumerate(reader, start=1):
            records.append([Cell(number, i + 1, v) for i, v in enumerate(record)])
    except csv.Error as exc:
        grid.problems = [Problem(label, len(records) + 1, 1, f"this is not valid CSV: {exc}")]
        return grid
    _split(grid, records)
    return grid


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


def read_xlsx(path: Path, label: str) -> Grid:
    import zipfile

    from openpyxl import load_workbook

    from csmatrix.render.sheet_xlsx import META_SHEET

    grid = Grid(label)
    if path.stat().st_size > MAX_SHEET_BYTES:
        grid.problems = [
            Problem(label, 0, 0, "the file is larger than 16 MiB; a skill sheet is never that big")
        ]
        return grid
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        unpacked = 0  # load_workbook below says what is wrong with it
    if unpacked > MAX_UNPACKED_BYTES:
        grid.problems = [
            Problem(label, 0, 0, "the workbook unpacks to more than 64 MiB; a skill sheet is never that big")
        ]
        return grid
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about Excel extensions it drops
            wb = load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any parser failure means "not a workbook we can read"
        grid.problems = [
            Problem(
                label,
                0,
                0,
                f"cannot read the workbook: it is not an XLSX file ({type(exc).__name__})",
                hint="open it in Excel and save it as 'Excel Workbook (.xlsx)'",
            )
        ]
        return grid
    meta: dict[str, Cell] = {}
    if META_SHEET in wb.sheetnames:
        for r, row in enumerate(wb[META_SHEET].iter_rows(max_col=2, values_only=True), start=1):
            key = _text(row[0]) if row else None
            if key and key not in meta and key != "skill":
                meta[key] = Cell(r, 2, _text(row[1]) if len(row) > 1 else None, META_SHEET)
    title = meta["sheet"].value if "sheet" in meta else None
    ws = wb[title] if title and title in wb.sheetnames else wb.worksheets[0]
    grid.sheet = ws.title
    if ws.max_row > MAX_ROWS or ws.max_column > MAX_COLUMNS:
        grid.problems = [
            Problem(
                label,
                0,
                0,
                f"the sheet '{ws.title}' spans {ws.max_row} rows × {ws.max_column} columns; "
                f"a skill sheet has at most {MAX_ROWS} rows and {MAX_COLUMNS} columns",
                hint="delete stray cells far below or right of the table, or use the sheet csmatrix wrote",
            )
        ]
        return grid
    if "format" in meta and meta["format"].value == SHEET_FORMAT:
        grid.meta["format"] = meta["format"]
    for key in ("framework", "role", "member"):
        if key in meta:
            grid.meta[key] = meta[key]
    records = [
        [Cell(r, c, _text(v), ws.title) for c, v in enumerate(row, start=1)]
        for r, row in enumerate(ws.iter_rows(values_only=True), start=1)
    ]
    name_ref = meta["name_cell"].value if "name_cell" in meta else None
    if name_ref:
        try:
            cell = ws[name_ref]
            grid.meta["name"] = Cell(cell.row, cell.column, _text(cell.value), ws.title)
        except (ValueError, KeyError, AttributeError):
            pass
    table = Grid(label)
    _split(table, records)
    grid.rows = table.rows
    grid.header_row = table.header_row
    return grid


def _text(value: object) -> str | None:
    """A cell value as the text a person sees (3.0 -> '3')."""
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
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
                    "this is not a csmatrix skill sheet (no framework reference found)",
                    hint="make the sheet with 'csmatrix sheet REF -f csv|xlsx' and fill that in",
                )
            ]
        )
    if ref_cell is None or not ref_cell.text:
        raise InvalidInput(
            [grid.problem(ref_cell or fmt, "the sheet names no framework", hint="e.g. icare-cs@2021-autumn")]
        )
    reference = ref_cell.text
    loaded = store.framework(reference)
    if loaded.model is None or not loaded.ok:
        first = loaded.problems[0] if loaded.problems else None
        detail = first.message if first else "it is invalid"
        raise InvalidInput(
            [
                grid.problem(
                    ref_cell,
                    f"framework '{reference}' cannot be used: {detail}",
                    hint=(first.hint if first and first.hint else "pass --frameworks DIR where it lives"),
                )
            ]
        )
    fw: Framework = loaded.model
    role_cell = grid.meta.get("role")
    role = role_cell.text if role_cell is not None and role_cell.text else None
    if role is not None and fw.role(role) is None:
        roles = [r.id for r in fw.roles]
        problems.append(grid.problem(role_cell, f"unknown role '{role}' in {fw.ref}" + suggest(role, roles)))
    name_cell = grid.meta.get("name")
    name = name_cell.text if name_cell is not None and name_cell.text else None
    if need_name and name is None:
        problems.append(
            grid.problem(
                name_cell,
                "no name: write the member's name here",
                hint="or add the sheet to an existing member file with --into MEMBER",
            )
        )
    member_cell = grid.meta.get("member")
    member_id = member_cell.text if member_cell is not None and member_cell.text else None

    if grid.header_row is None:
        problems.append(
            grid.problem(
                None,
                "no header row with an ID column and a rating column was found",
                hint="keep the header row the sheet was made with",
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
                "no skill is rated: nothing to import",
                hint=f"write levels {min(fw.scale)}–{fw.top} in this column",
            )
        )
    if problems:
        raise InvalidInput(problems)
    return FilledSheet(grid.path, fw, reference, role, member_id, name, levels, notes)


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
                        f"a rating ('{level_cell.text}') on a row without a skill id",
                        hint=f"put the skill id back in cell {column_letter(id_cell.col)}"
                        f"{id_cell.row}, or clear the rating",
                    )
                )
            elif note:
                problems.append(
                    grid.problem(
                        note_cell,
                        "a note on a row without a skill id",
                        hint="put the skill id back, or move the note to a skill's row",
                    )
                )
            continue
        if skill not in fw.skills:
            problems.append(
                grid.problem(id_cell, f"unknown skill '{skill}' in {fw.ref}" + suggest(skill, skill_ids))
            )
            continue
        if skill in first_row:
            problems.append(
                grid.problem(
                    id_cell,
                    f"skill '{skill}' is listed twice (first on row {first_row[skill]})",
                    hint="keep one row per skill",
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
                    f"'{level_cell.text}' is not a level: write a whole number from {low} to {top}",
                )
            )
        elif level not in fw.scale:
            problems.append(grid.problem(level_cell, f"level {level} is outside the scale {low}–{top}"))
        else:
            levels[skill] = level
    return levels, notes


def _normal(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def _level(text: str) -> int | None:
    try:
        number = float(text)
    except ValueError:
        return None
    if not number.is_integer():
        return None
    return int(number)


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
        assessments=[assessment_lines(date, by, filled.levels, filled.notes)],
        schema=schema_line(out if out is not None else Path("member.yaml")),
    )
    _check_member_text(text, out or Path("member.yaml"), st)
    return text


def append_to_member(into: Path, filled: FilledSheet, *, by: str, date: dt.date, st: Store) -> str:
    """``into`` with the sheet's ratings added as a new assessment, comments kept."""
    from csmatrix.yamlio import read_doc

    doc = read_doc(into)
    loaded, fw_loaded = st.member_doc(doc, into.parent)
    member = loaded.unwrap()
    fw = fw_loaded.model if fw_loaded is not None else None
    if fw is None or fw.ref != filled.framework.ref:
        found = fw.ref if fw is not None else member.framework
        raise CsmatrixError(
            f"the sheet {filled.path} is for {filled.framework.ref} but {into} is on {found}; "
            "nothing was written",
            hint=f"make the sheet from the member file (csmatrix sheet --member {into}) "
            "or migrate the member first",
        )
    own_id = member.id or into.stem
    if filled.member_id and filled.member_id != own_id:
        raise CsmatrixError(
            f"the sheet {filled.path} was made for '{filled.member_id}' but {into} is '{own_id}'; "
            "nothing was written",
            hint="import it into that member's file",
        )
    raw = into.read_bytes()
    bom = raw.startswith(codecs.BOM_UTF8)
    text, problem = decode(raw, str(into))
    if problem is not None:
        raise InvalidInput([problem])
    result = insert_assessment(text, doc, assessment_lines(date, by, filled.levels, filled.notes))
    _check_member_text(result, into, st, expect=len(member.assessments) + 1)
    return ("\ufeff" if bom else "") + result


def insert_assessment(text: str, doc: object, block: list[str]) -> str:
    """Insert ``block`` (an item at indent 2) as the last item of ``assessments:``.

    Works on the text so every comment and blank line of the file stays.
    """
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.splitlines()
    value = getattr(doc, "value", None)
    marks = getattr(doc, "marks", {})
    key_mark = marks.get(("assessments", "<key>"))
    if not isinstance(value, dict) or "assessments" not in value or key_mark is None:
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["assessments:", *block]
        return newline.join(lines) + newline
    key_line = key_mark[0] - 1
    key_indent = key_mark[1] - 1
    current = value["assessments"]
    if not current:  # `assessments:` or `assessments: []`
        head = lines[key_line]
        lines[key_line : key_line + 1] = [
            head[: head.index("assessments")] + "assessments:",
            *_shift(block, key_indent),
        ]
        return newline.join(lines) + newline
    first_item = marks.get(("assessments", 0), (key_line + 1, 1))[0] - 1
    dash = lines[first_item].find("-") if first_item > key_line else -1
    if dash < 0 or lines[first_item][:dash].strip():
        raise CsmatrixError(
            "the assessments of this file are written in flow style ([...]); "
            "cannot add one without losing comments",
            hint="write them as a block list ('- date: ...' items), or import into a new file with -o",
        )
    last = key_line
    for index in range(key_line + 1, len(lines)):
        line = lines[index]
        stripped = line.strip()
        if not stripped:
            continue
        indent = len(line) - len(line.lstrip(" "))
        if stripped.startswith("#"):
            if indent > key_indent:
                last = index
            continue
        if indent > key_indent or (indent == key_indent and stripped.startswith("-") and dash == key_indent):
            last = index
            continue
        break
    lines[last + 1 : last + 1] = [" " * dash + item[2:] for item in block]
    return newline.join(lines) + newline


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
