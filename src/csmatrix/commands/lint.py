"""`csmatrix lint`: warnings on the quality of a framework's text."""

from __future__ import annotations

import enum
from typing import Annotated, Any

import typer

from csmatrix.commands.common import eprint, handled, print_problems, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option
from csmatrix.words import Msg


class LintFormat(str, enum.Enum):
    table = "table"
    json = "json"


def _table(report: Any, lang: str) -> None:
    """path:line:col lines on stdout (nothing when clean); problems and the summary on stderr."""
    import sys

    from csmatrix.render.lint_table import lint_lines, lint_summary

    sys.stdout.write(lint_lines(report.findings))
    print_problems(report.problems)
    if report.ok:
        eprint(lint_summary(report.findings, report.files, lang))


def _json(report: Any, lang: str) -> str:
    return as_json(report.as_dict())


RENDERERS = renderers("lint", LintFormat, {LintFormat.table: _table, LintFormat.json: _json})


def lint_cmd(
    targets: Annotated[
        list[str],
        typer.Argument(
            metavar="PATH|REF",
            help="Framework files, folders to walk for frameworks, or family@version references.",
        ),
    ],
    fmt: Annotated[
        LintFormat,
        format_option("table: path:line:col lines; json: warnings[] for scripts."),
    ] = LintFormat.table,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 1 when there is any warning (for CI and pre-commit).")
    ] = False,
    similarity: Annotated[
        float,
        typer.Option(
            "--similarity",
            metavar="RATIO",
            min=0.0,
            max=1.0,
            help="overlap: two skills' descriptors this similar (0-1) describe the same behaviour.",
        ),
    ] = 0.20,
    repeat_similarity: Annotated[
        float,
        typer.Option(
            "--repeat-similarity",
            metavar="RATIO",
            min=0.0,
            max=1.0,
            help="no-build-up: warn when a level is at least this similar (0-1) to the one below.",
        ),
    ] = 0.60,
    template_skills: Annotated[
        int,
        typer.Option(
            "--template-skills",
            metavar="N",
            min=2,
            help="template: a phrase in at least this many skills at one level.",
        ),
    ] = 3,
    template_share: Annotated[
        float,
        typer.Option(
            "--template-share",
            metavar="RATIO",
            min=0.0,
            max=1.0,
            help="template: ... and the phrase is in at least this share of that level's skills.",
        ),
    ] = 0.15,
    max_joins: Annotated[
        int,
        typer.Option(
            "--max-joins",
            metavar="N",
            min=0,
            help="joined: warn when one descriptor joins more behaviours than this.",
        ),
    ] = 0,
    ignore: Annotated[
        list[str] | None,
        typer.Option("--ignore", metavar="RULE", help="Skip a rule (repeatable)."),
    ] = None,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Warn about a framework's text: overlapping skills, levels that do not build up, templates.

    Rules: overlap, no-build-up, template, mixed-mood, missing-language,
    one-language-change (against the version it supersedes), joined. Each
    warning is path:line:col: warning: message [rule]. Exit 0 unless the
    files are invalid (1), or --strict and there is a warning (1).

    Example: csmatrix lint frameworks/icare-cs/2021-autumn.yaml --similarity 0.3
    """
    from csmatrix.errors import UsageError
    from csmatrix.lint.rules import RULES, LintOptions, lint_paths

    unknown = sorted(set(ignore or ()) - set(RULES))
    if unknown:
        raise UsageError(Msg("cmd.unknown_rule", rules=unknown), hint=Msg("cmd.rules", rules=list(RULES)))
    options = LintOptions(
        similarity=similarity,
        repeat_similarity=repeat_similarity,
        template_skills=template_skills,
        template_share=template_share,
        max_joins=max_joins,
        lang=lang.value,
    )
    report = lint_paths(store(frameworks), targets, options, ignore or ())
    emit(RENDERERS, fmt, report, lang.value)
    if not report.ok or (strict and report.findings):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("lint")(handled(lint_cmd))
