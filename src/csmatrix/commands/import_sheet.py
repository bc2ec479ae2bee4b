"""`csmatrix import`: a filled skill sheet back into a member file.

(``import`` is a Python keyword, hence the module's name.)
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import eprint, handled, no_special_file, store, write_output
from csmatrix.commands.formats import write
from csmatrix.commands.options import ForceOpt, FrameworksOpt, Lang, LangOpt, OutputOpt
from csmatrix.words import Msg


def import_cmd(
    sheet: Annotated[
        Path,
        typer.Argument(
            metavar="SHEET",
            help="A filled sheet: .csv (UTF-8, UTF-8 with BOM or CP932) or .xlsx.",
            callback=no_special_file,
        ),
    ],
    out: OutputOpt = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by",
            metavar="WHO",
            help="Who rated: self, or the assessor's name or id (default: the sheet's, else self).",
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option(
            "--date",
            metavar="YYYY-MM-DD",
            help="Date of the assessment (default: the sheet's, else today).",
        ),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            metavar="MEMBER",
            help="Add the ratings as a new dated assessment to this member file "
            "(updated in place, comments kept; with -o the result goes to OUT).",
        ),
    ] = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Read a filled skill sheet back into a member file.

    Every problem of the sheet is reported at once as
    SHEET:ROW:COLUMN: error: cell E12: ...; nothing is written then (exit 1).
    Without --into the result is a new member file (stdout, or -o OUT);
    with --into it is added to MEMBER as a new assessment. Its assessor and
    date come from --by / --date, else from the sheet's assessor and date
    cells, else self and today; an assessment by self says
    method: self-assessment.

    Examples (a 1on1 sheet of a member, filled in, read back):

      csmatrix sheet --member examples/members/aoi-sato.yaml -f csv -o aoi.csv

      csmatrix import aoi.csv -o aoi-sato.yaml --by '山本 玲子'

      csmatrix import aoi.csv --into aoi-sato.yaml --by self
    """
    from csmatrix.errors import UsageError
    from csmatrix.sheet.readback import append_to_member, new_member_text, read_filled_sheet

    given = _date(date) if date is not None else None
    if by is not None and not by.strip():
        raise UsageError(Msg("cmd.by_empty"), hint=Msg("cmd.by_hint"))
    st = store(frameworks)
    filled = read_filled_sheet(sheet, st, need_name=into is None)
    # the command line wins; the sheet's assessor and date cells fill in; else self, today
    by = (by if by is not None else filled.by or "self").strip()
    when = given or filled.date or dt.date.today()
    if into is None:
        text = new_member_text(filled, by=by.strip(), date=when, st=st, out=out)
        write(text, out, force)
        return
    from csmatrix.files.writing import locked

    target = out if out is not None else into
    with locked(into):  # read, add and write under one lock: a concurrent import is not lost
        text = append_to_member(into, filled, by=by.strip(), date=when, st=st)
        write_output(target, text, force=force or out is None)
    count = len(filled.levels)
    eprint(Msg("cmd.import_added", n=count, s="s" if count != 1 else "", date=str(when), by=by.strip()))


def _date(text: str) -> dt.date:
    from csmatrix.errors import UsageError

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(Msg("cmd.bad_date", text=text), hint=Msg("cmd.date_hint")) from None


def register(app: typer.Typer) -> None:
    app.command("import")(handled(import_cmd))
