"""`csmatrix sheet`, `csmatrix init member` and `csmatrix import`: skill sheets.

A team lead hands a new member the skill sheet of their role (``sheet``) or a
member file to fill in (``init member``); the filled sheet comes back into
YAML with ``import``.
"""

from __future__ import annotations

import datetime as dt
import enum
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import (
    FrameworksOpt,
    Lang,
    LangOpt,
    emit_text,
    eprint,
    handled,
    no_special_file,
    store,
    write_output,
)


class SheetFormat(str, enum.Enum):
    md = "md"
    html = "html"
    csv = "csv"
    xlsx = "xlsx"


SheetFormatOpt = Annotated[
    SheetFormat,
    typer.Option(
        "--format", "-f", help="md (wiki, pull request), html (print), csv or xlsx (fill in, then import)."
    ),
]
OutOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")]
ForceOpt = Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")]


def _renderer(fmt: SheetFormat):  # type: ignore[no-untyped-def]
    """The renderer of each --format (imported only when used)."""
    if fmt is SheetFormat.md:
        from csmatrix.render.sheet_md import sheet_markdown

        return sheet_markdown
    if fmt is SheetFormat.html:
        from csmatrix.render.sheet_html import sheet_html

        return sheet_html
    if fmt is SheetFormat.csv:
        from csmatrix.render.sheet_csv import sheet_csv

        return sheet_csv
    from csmatrix.render.sheet_xlsx import sheet_xlsx

    return sheet_xlsx


def sheet_cmd(
    ref: Annotated[
        str | None,
        typer.Argument(
            help="family@version or a framework file; may be left out with --member "
            "(given with it, it must be the member's framework).",
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option("--role", "-r", help="Mark this role's targets (default: the member's role)."),
    ] = None,
    member: Annotated[
        Path | None,
        typer.Option(
            "--member", "-m", help="A member file: fill in their current levels and gaps (for a 1on1)."
        ),
    ] = None,
    lang: LangOpt = Lang.ja,
    fmt: SheetFormatOpt = SheetFormat.md,
    out: OutOpt = None,
    force: ForceOpt = False,
    frameworks: FrameworksOpt = None,
) -> None:
    """An onboarding skill sheet: every skill, every level, the role's targets.

    Columns: skill id, axis, category, skill, one per level (with its scope:
    individual / organisation; the target level marked ◎), target, the rating
    to fill in and a note.  With --member the member's current levels and gaps
    are filled in and the rating column starts from the current levels.

    Examples:

      csmatrix sheet icare-cs@2021-autumn --role new-member -f xlsx -o sheet.xlsx

      csmatrix sheet --member examples/members/aoi-sato.yaml -f html -o aoi.html
    """
    from csmatrix.errors import CsmatrixError, UsageError
    from csmatrix.sheet.data import build_sheet

    if fmt is SheetFormat.xlsx and out is None:
        raise UsageError(
            "an XLSX workbook is binary and is not printed to the terminal",
            hint="write it to a file: -o sheet.xlsx",
        )
    st = store(frameworks)
    if member is not None:
        loaded, fw_loaded = st.member(member)
        model = loaded.unwrap()
        fw = fw_loaded.unwrap() if fw_loaded is not None else None
        assert fw is not None  # a valid member always has its framework
        if ref is not None:
            given = st.framework(ref).unwrap()
            if given.ref != fw.ref:
                raise UsageError(
                    f"{member} is on {fw.ref} but the sheet was asked for {given.ref}",
                    hint=f"leave out the framework argument, or migrate the member first: "
                    f"csmatrix migrate {member} --to {given.ref}",
                )
        if role is not None and fw.role(role) is None:
            raise CsmatrixError(f"unknown role '{role}' in {fw.ref}", hint=_roles_hint(fw))
        data = build_sheet(fw, lang.value, role_id=role, member=model, member_id=model.id or member.stem)
    else:
        if ref is None:
            raise UsageError(
                "which framework? give family@version (or a file), or --member FILE",
                hint="e.g. csmatrix sheet icare-cs@2021-autumn --role new-member",
            )
        fw = st.framework(ref).unwrap()
        if role is not None and fw.role(role) is None:
            raise CsmatrixError(f"unknown role '{role}' in {fw.ref}", hint=_roles_hint(fw))
        data = build_sheet(fw, lang.value, role_id=role)
    rendered = _renderer(fmt)(data)
    if out is not None:
        write_output(out, rendered, force)
    elif isinstance(rendered, bytes):
        import sys

        sys.stdout.buffer.write(rendered)
        sys.stdout.flush()
    else:
        emit_text(rendered)


def _roles_hint(fw) -> str:  # type: ignore[no-untyped-def]
    roles = [r.id for r in fw.roles]
    return ("roles: " + ", ".join(roles)) if roles else "this framework defines no roles"


init_app = typer.Typer(
    name="init",
    help="Start a new file, ready to fill in (init member).",
    no_args_is_help=True,
)


@init_app.command("member")
@handled
def init_member_cmd(
    framework: Annotated[str, typer.Option("--framework", help="family@version (or a framework file).")],
    name: Annotated[str, typer.Option("--name", help="The member's name, e.g. '佐藤 葵'.")],
    role: Annotated[
        str | None, typer.Option("--role", "-r", help="Their role (a role id of the framework).")
    ] = None,
    ident: Annotated[
        str | None,
        typer.Option("--id", help="Member id (kebab-case); default: the output file's name when it is one."),
    ] = None,
    out: OutOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """A new member file listing every skill, ready to fill in.

    The self-assessment is written commented out, grouped by axis and category
    with each skill's name and target: uncomment it, give each skill a level
    and delete the skills you don't rate.  The file validates as written.

    Example:

      csmatrix init member --framework icare-cs@2021-autumn --name '佐藤 葵' \\
        --role new-member -o aoi-sato.yaml
    """
    from csmatrix.errors import CsmatrixError, UsageError
    from csmatrix.files.member_writer import init_member, schema_line

    fw = store(frameworks).framework(framework).unwrap()
    if role is not None and fw.role(role) is None:
        raise CsmatrixError(f"unknown role '{role}' in {fw.ref}", hint=_roles_hint(fw))
    if ident is None and out is not None:
        ident = _id_from(out.stem)
    elif ident is not None and _id_from(ident) != ident:
        raise UsageError(
            f"'{ident}' is not a member id", hint="use lowercase letters, digits and hyphens: aoi-sato"
        )
    reference = _reference_from(framework, out)
    text = init_member(
        fw,
        name=name,
        reference=reference,
        role=role,
        ident=ident,
        lang=lang.value,
        today=dt.date.today(),
        schema=schema_line(out if out is not None else Path("member.yaml")),
    )
    if out is None:
        emit_text(text)
    else:
        write_output(out, text, force)


def _reference_from(framework: str, out: Path | None) -> str:
    """What the new member's ``framework:`` says: a family@version as given, or a path.

    A path is written relative to the member file's folder, which is where the
    loader looks first (stdout: relative to the current folder, its fallback).
    """
    import os

    from csmatrix.files import lookup

    if lookup.parse_ref(framework) is not None and not lookup.looks_like_path(framework):
        return framework
    folder = os.path.realpath((out if out is not None else Path("member.yaml")).absolute().parent)
    target = os.path.realpath(framework)
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(target).as_posix()


def _id_from(text: str) -> str | None:
    import re

    from csmatrix.models.common import ID_PATTERN

    return text if re.fullmatch(ID_PATTERN, text) else None


def import_cmd(
    sheet: Annotated[
        Path,
        typer.Argument(
            help="A filled sheet: .csv (UTF-8, UTF-8 with BOM or CP932) or .xlsx.",
            callback=no_special_file,
        ),
    ],
    out: OutOpt = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who rated: self, or the assessor's name or id (default: the sheet's, else self)."
        ),
    ] = None,
    date: Annotated[
        str | None,
        typer.Option("--date", help="Date of the assessment, YYYY-MM-DD (default: the sheet's, else today)."),
    ] = None,
    into: Annotated[
        Path | None,
        typer.Option(
            "--into",
            help="Add the ratings as a new dated assessment to this member file "
            "(updated in place, comments kept; with -o the result goes to OUT).",
        ),
    ] = None,
    force: ForceOpt = False,
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

    Examples:

      csmatrix import sheet.xlsx -o members/aoi-sato.yaml

      csmatrix import 1on1.csv --into members/aoi-sato.yaml --by '山本 玲子'
    """
    from csmatrix.errors import UsageError
    from csmatrix.sheet.readback import append_to_member, new_member_text, read_filled_sheet

    given = _date(date) if date is not None else None
    if by is not None and not by.strip():
        raise UsageError("--by is empty", hint="--by self, or the assessor's name")
    st = store(frameworks)
    filled = read_filled_sheet(sheet, st, need_name=into is None)
    # the command line wins; the sheet's assessor and date cells fill in; else self, today
    by = (by if by is not None else filled.by or "self").strip()
    when = given or filled.date or dt.date.today()
    if into is None:
        text = new_member_text(filled, by=by.strip(), date=when, st=st, out=out)
        if out is None:
            emit_text(text)
            return
        write_output(out, text, force)
        return
    from csmatrix.files.writing import locked

    target = out if out is not None else into
    with locked(into):  # read, add and write under one lock: a concurrent import is not lost
        text = append_to_member(into, filled, by=by.strip(), date=when, st=st)
        write_output(target, text, force=force or out is None)
    count = len(filled.levels)
    eprint(
        f"csmatrix: added an assessment of {count} skill{'s' if count != 1 else ''} "
        f"dated {when} by {by.strip()}"
    )


def _date(text: str) -> dt.date:
    from csmatrix.errors import UsageError

    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise UsageError(
            f"--date '{text}' is not a date", hint="write it as YYYY-MM-DD, e.g. 2026-11-23"
        ) from None


def register(app: typer.Typer) -> None:
    app.command("sheet")(handled(sheet_cmd))
    app.add_typer(init_app, name="init")
    app.command("import")(handled(import_cmd))
