"""`csmatrix init member`: a new member file listing every skill, ready to fill in."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import check_role, handled, store
from csmatrix.commands.formats import write
from csmatrix.commands.options import ForceOpt, FrameworksOpt, Lang, LangOpt, OutputOpt
from csmatrix.words import Msg

init_app = typer.Typer(
    name="init",
    help="Start a new file, ready to fill in (init member).",
    no_args_is_help=True,
)


@init_app.callback(invoke_without_command=True)
def init_group(ctx: typer.Context, lang: LangOpt = Lang.ja) -> None:
    """``--lang`` is the group's too: ``csmatrix init --help --lang en`` reads in English.

    ``csmatrix init --lang en`` alone shows the help, as ``csmatrix init`` does (exit 2).
    """
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit(2)


@init_app.command("member")
@handled
def init_member_cmd(
    framework: Annotated[
        str, typer.Option("--framework", metavar="REF", help="family@version (or a framework file).")
    ],
    name: Annotated[str, typer.Option("--name", metavar="NAME", help="The member's name, e.g. '佐藤 葵'.")],
    role: Annotated[
        str | None,
        typer.Option("--role", "-r", metavar="ROLE", help="Their role (a role id of the framework)."),
    ] = None,
    ident: Annotated[
        str | None,
        typer.Option(
            "--id",
            metavar="ID",
            help="Member id (kebab-case); default: the output file's name without .yaml, if that is an id.",
        ),
    ] = None,
    out: OutputOpt = None,
    force: ForceOpt = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """A new member file listing every skill, ready to fill in.

    The self-assessment is written commented out, grouped by axis and category
    with each skill's name and target: uncomment it, give each skill a level
    and delete the skills you don't rate.  The file validates as written.

    Examples:

      csmatrix init member --framework icare-cs@2021-autumn --name '佐藤 葵'

      csmatrix init member --framework icare-cs@2021-autumn --name Aoi -o aoi.yaml
    """
    from csmatrix.errors import UsageError
    from csmatrix.files.member_writer import framework_reference, init_member, schema_line
    from csmatrix.words import current_lang

    fw = store(frameworks).framework(framework).unwrap()
    check_role(fw, role)
    if ident is None and out is not None:
        ident = _id_from(out.stem)
    elif ident is not None and _id_from(ident) != ident:
        raise UsageError(Msg("cmd.bad_member_id", ident=ident), hint=Msg("cmd.member_id_hint"))
    reference = framework_reference(framework, out)
    text = init_member(
        fw,
        name=name,
        reference=reference,
        role=role,
        ident=ident,
        lang=current_lang(),  # --lang here or on the group (`init --lang en member`)
        today=dt.date.today(),
        schema=schema_line(out if out is not None else Path("member.yaml")),
    )
    write(text, out, force)


def _id_from(text: str) -> str | None:
    import re

    from csmatrix.models.common import ID_PATTERN

    return text if re.fullmatch(ID_PATTERN, text) else None


def register(app: typer.Typer) -> None:
    app.add_typer(init_app, name="init")
