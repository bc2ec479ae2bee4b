"""`csmatrix assess`: score a member against their role and show the gap report."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

if TYPE_CHECKING:
    from csmatrix.models.member import Member

from csmatrix.commands.common import console, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.words import Msg


class AssessFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"
    html = "html"


def _table(result: Result, lang: str) -> None:
    from csmatrix.render.assess_table import print_report

    print_report(console(), result.data, lang, result.history)


def _json(result: Result, lang: str) -> str:
    data = result.data if result.history is None else {**result.data, "history": result.history}
    return as_json(data)


def _md(result: Result, lang: str) -> str:
    from csmatrix.render.assess_md import report_markdown

    return report_markdown(result.data, lang, result.history)


def _html(result: Result, lang: str) -> str:
    from csmatrix.render.assess_html import report_html
    from csmatrix.render.charts import latest_sides

    return report_html(result.data, lang, *latest_sides(result.member))


RENDERERS = renderers(
    "assess",
    AssessFormat,
    {AssessFormat.table: _table, AssessFormat.json: _json, AssessFormat.md: _md, AssessFormat.html: _html},
)


class Result(NamedTuple):
    """What the renderers of ``assess`` get: the report, its history, the member."""

    data: dict[str, Any]
    history: dict[str, Any] | None
    member: Member


def assess_cmd(
    member: Annotated[Path, typer.Argument(metavar="MEMBER", help="A member file (YAML).")],
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            metavar="ROLE",
            help="Score against this role instead of the member's own (e.g. the next one up).",
        ),
    ] = None,
    fmt: Annotated[
        AssessFormat,
        format_option(
            "table for people, json for scripts, md for notes, html for a page with a radar chart."
        ),
    ] = AssessFormat.table,
    lang: LangOpt = Lang.ja,
    show_history: Annotated[
        bool,
        typer.Option("--history", help="Also show how each skill's level moved across the assessments."),
    ] = False,
    frameworks: FrameworksOpt = None,
) -> None:
    """Score a member against their role's targets and show the gap report.

    Per axis and category: mean, attained level and readiness. Per skill: current, target, gap.

    Then the next step for each gap: the descriptor of the next level. Unrated skills count as 0.

    Example: csmatrix assess examples/members/aoi-sato.yaml --role member
    """
    from csmatrix.errors import CsmatrixError, InvalidInput
    from csmatrix.models.framework import Framework
    from csmatrix.scoring.gaps import resolve_role, score

    if not member.exists():
        raise CsmatrixError(Msg("cmd.no_member_file", path=str(member)), hint=Msg("cmd.member_file_hint"))
    if member.is_dir():
        raise CsmatrixError(Msg("cmd.member_is_dir", path=str(member)), hint=Msg("cmd.member_is_dir_hint"))
    loaded, framework = store(frameworks).member(member)
    if not loaded.ok or loaded.model is None or framework is None or framework.model is None:
        raise InvalidInput(loaded.problems)
    model: Member = loaded.model
    fw: Framework = framework.model
    if role is not None:
        resolve_role(fw, role)
    member_id = model.id or member.stem
    report = score(model, fw, role_id=role, member_id=member_id)
    history = None
    if show_history:
        from csmatrix.scoring.history import history as build_history

        history = build_history(model, fw, member_id).as_dict(lang.value)
    emit(RENDERERS, fmt, Result(report.as_dict(lang.value), history, model), lang.value)


def register(app: typer.Typer) -> None:
    app.command("assess")(handled(assess_cmd))
