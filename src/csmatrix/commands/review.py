"""`csmatrix review`: framework changes reviewed where teams review code."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import eprint, handled, print_problems, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option


class ReviewFormat(str, enum.Enum):
    """--format of `csmatrix review`: Markdown for a pull-request comment, JSON for bots."""

    md = "md"
    json = "json"


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.review_md import review_markdown

    return review_markdown(view, lang)


RENDERERS = renderers("review", ReviewFormat, {ReviewFormat.md: _md, ReviewFormat.json: as_json})


def review_cmd(
    base: Annotated[
        str, typer.Argument(metavar="BASE", help="The revision the change starts from (e.g. origin/main).")
    ],
    head: Annotated[
        str | None,
        typer.Argument(metavar="HEAD", help="The revision with the change (default: the working tree)."),
    ] = None,
    members: Annotated[
        Path | None,
        typer.Option("--members", metavar="DIR", help="Also show whose readiness and gaps change, and why."),
    ] = None,
    fmt: Annotated[
        ReviewFormat, format_option("md: a pull-request comment; json: for bots.")
    ] = ReviewFormat.md,
    exit_code: Annotated[
        bool,
        typer.Option(
            "--exit-code", help="Exit 1 when a version declares a smaller bump than its change deserves."
        ),
    ] = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Review every framework file changed between two git revisions.

    For each: the semantic diff in people's words, the version bump it deserves
    against the one its `version:` declares (unchanged: none; numbered 1.2.0 ->
    1.3.0: the part that rose; a new edition name: major) and, with --members,
    the members whose targets, gaps or readiness change.

    In CI, as a pull-request comment:

    csmatrix review origin/main HEAD --members team --exit-code > comment.md

    Example: csmatrix review HEAD --members examples/members
    """
    from csmatrix.versions.review import review

    result = review(store(frameworks), base, head, members)
    emit(RENDERERS, fmt, result.as_dict(lang.value), lang.value)
    for entry in result.frameworks:
        if entry.impact is not None:
            for line in entry.impact.skipped_lines(lang.value):
                eprint(line)
    if result.problems:
        print_problems(result.problems)
        raise typer.Exit(1)
    if exit_code and not result.ok:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("review")(handled(review_cmd))
