"""`csmatrix sheet`: an onboarding skill sheet to hand out, print or fill in.

A team lead hands a new member the skill sheet of their role; the filled
sheet comes back into YAML with ``csmatrix import``.
"""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from csmatrix.commands.common import check_role, handled, store
from csmatrix.commands.formats import emit, renderers
from csmatrix.commands.options import ForceOpt, FrameworksOpt, Lang, LangOpt, OutputOpt, format_option
from csmatrix.words import Msg

if TYPE_CHECKING:
    from csmatrix.sheet.data import SheetData


class SheetFormat(str, enum.Enum):
    md = "md"
    html = "html"
    csv = "csv"
    xlsx = "xlsx"


def _md(data: SheetData, lang: str) -> str:
    from csmatrix.render.sheet_md import sheet_markdown

    return sheet_markdown(data)


def _html(data: SheetData, lang: str) -> str:
    from csmatrix.render.sheet_html import sheet_html

    return sheet_html(data)


def _csv(data: SheetData, lang: str) -> bytes:
    from csmatrix.render.sheet_csv import sheet_csv

    return sheet_csv(data)


def _xlsx(data: SheetData, lang: str) -> bytes:
    from csmatrix.render.sheet_xlsx import sheet_xlsx

    return sheet_xlsx(data)


RENDERERS = renderers(
    "sheet",
    SheetFormat,
    {SheetFormat.md: _md, SheetFormat.html: _html, SheetFormat.csv: _csv, SheetFormat.xlsx: _xlsx},
)


def sheet_cmd(
    ref: Annotated[
        str | None,
        typer.Argument(
            metavar="REF",
            help="family@version or a framework file; may be left out with --member "
            "(given with it, it must be the member's framework).",
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role", "-r", metavar="ROLE", help="Mark this role's targets (default: the member's role)."
        ),
    ] = None,
    member: Annotated[
        Path | None,
        typer.Option(
            "--member",
            "-m",
            metavar="MEMBER",
            help="A member file: fill in their current levels and gaps (for a 1on1).",
        ),
    ] = None,
    lang: LangOpt = Lang.ja,
    fmt: Annotated[
        SheetFormat,
        format_option("md (wiki, pull request), html (print), csv or xlsx (fill in, then import)."),
    ] = SheetFormat.md,
    out: OutputOpt = None,
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
    from csmatrix.errors import UsageError
    from csmatrix.sheet.data import build_sheet

    if fmt is SheetFormat.xlsx and out is None:
        raise UsageError(Msg("cmd.xlsx_binary"), hint=Msg("cmd.xlsx_hint"))
    st = store(frameworks)
    if member is not None:
        loaded, fw_loaded = st.member(member)
        model = loaded.unwrap()
        fw = fw_loaded.unwrap() if fw_loaded is not None else None
        assert fw is not None  # a valid member always has its framework
        if ref is not None:
            given = st.framework(ref).unwrap()
            if given.ref != fw.ref:
                fields = {"member": str(member), "given": given.ref}
                raise UsageError(
                    Msg("cmd.sheet_other_framework", fw=fw.ref, **fields),
                    hint=Msg("cmd.sheet_other_framework_hint", **fields),
                )
        check_role(fw, role)
        data = build_sheet(fw, lang.value, role_id=role, member=model, member_id=model.id or member.stem)
    else:
        if ref is None:
            raise UsageError(Msg("cmd.sheet_which"), hint=Msg("cmd.sheet_which_hint"))
        fw = st.framework(ref).unwrap()
        check_role(fw, role)
        data = build_sheet(fw, lang.value, role_id=role)
    emit(RENDERERS, fmt, data, lang.value, out, force)


def register(app: typer.Typer) -> None:
    app.command("sheet")(handled(sheet_cmd))
