"""`csmatrix diff`: what changed between two framework versions."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated, Any

import typer

from csmatrix.commands.common import console, eprint, handled, store
from csmatrix.commands.formats import as_json, emit, renderers
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt, format_option


class DiffFormat(str, enum.Enum):
    table = "table"
    json = "json"
    md = "md"


def _table(view: dict[str, Any], lang: str) -> None:
    from csmatrix.render.diff_table import print_diff

    print_diff(console(), view, lang)


def _md(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.diff_md import diff_markdown

    return diff_markdown(view, lang)


RENDERERS = renderers(
    "diff", DiffFormat, {DiffFormat.table: _table, DiffFormat.json: as_json, DiffFormat.md: _md}
)


def diff_cmd(
    old: Annotated[
        str,
        typer.Argument(metavar="OLD", help="The older version: a file, family@version, or REV:PATH (git)."),
    ],
    new: Annotated[
        str,
        typer.Argument(metavar="NEW", help="The newer version: a file, family@version, or REV:PATH (git)."),
    ],
    members: Annotated[
        Path | None,
        typer.Option(
            "--members", metavar="DIR", help="Also show how each member's readiness and gaps change."
        ),
    ] = None,
    exit_code: Annotated[
        bool,
        typer.Option("--exit-code", help="Exit 1 when there are differences (like git diff --exit-code)."),
    ] = False,
    fmt: Annotated[
        DiffFormat, format_option("table for people, json for scripts, md to paste into notes.")
    ] = DiffFormat.table,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Show what changed between two framework versions, and the version bump it deserves.

    Skills added, removed, renamed or merged (via `replaces`), moved and changed
    (with a word-level diff of descriptors); categories, axes, the level scale and
    each role's targets. OLD and NEW may also be REV:PATH in a git checkout
    (e.g. HEAD~1:frameworks/acme/v2.yaml).

    Example: csmatrix diff icare-cs@2021-summer icare-cs@2021-autumn
    """
    from csmatrix.files import gitrev
    from csmatrix.versions.compare import diff_frameworks

    st = store(frameworks)
    old_fw, old_label = gitrev.load(st, old)
    new_fw, new_label = gitrev.load(st, new)
    result = diff_frameworks(old_fw, new_fw, old_label, new_label, chain_of=st.chain)
    view = result.as_dict(lang.value)
    if members is not None:
        from csmatrix.versions.impact import impact

        report = impact(st, result, members)
        view["impact"] = report.as_dict(lang.value)
        for problem in report.skipped_lines(lang.value):
            eprint(problem)
    emit(RENDERERS, fmt, view, lang.value)
    if exit_code and not result.empty:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("diff")(handled(diff_cmd))
