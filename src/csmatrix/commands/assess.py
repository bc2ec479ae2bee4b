"""`csmatrix assess`: score a member against their role and show the gap report."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import (
    FrameworksOpt,
    Lang,
    LangOpt,
    console,
    emit_json,
    emit_text,
    handled,
    store,
)


class AssessFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"
    html = "html"


def assess_cmd(
    member: Annotated[Path, typer.Argument(help="A member file (YAML).")],
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            "-r",
            help="Score against this role instead of the member's own (e.g. the next one up).",
        ),
    ] = None,
    fmt: Annotated[
        AssessFormat,
        typer.Option(
            "--format",
            "-f",
            help="table for people, json for scripts, md for notes, html for a page with a radar chart.",
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
    from csmatrix.models.member import Member
    from csmatrix.scoring.gaps import resolve_role, score

    if not member.exists():
        raise CsmatrixError(f"{member}: no such file", hint="give the path of a member YAML file")
    if member.is_dir():
        raise CsmatrixError(
            f"{member}: is a directory, not a member file",
            hint="give one member file; 'csmatrix team DIR' reads a whole directory",
        )
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
    data = report.as_dict(lang.value)
    if fmt is AssessFormat.json:
        if history is not None:
            data["history"] = history
        emit_json(data)
    elif fmt is AssessFormat.html:
        from csmatrix.render.assess_html import report_html
        from csmatrix.render.charts import latest_sides

        emit_text(report_html(data, lang.value, *latest_sides(model)))
    elif fmt is AssessFormat.md:
        from csmatrix.render.assess_md import report_markdown

        emit_text(report_markdown(data, lang.value, history))
    else:
        from csmatrix.render.assess_table import print_report

        print_report(console(), data, lang.value, history)


def register(app: typer.Typer) -> None:
    app.command("assess")(handled(assess_cmd))
