"""`csmatrix diff`, `migrate` and `textconv`: framework versions over time."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import (
    Format,
    FormatOpt,
    FrameworksOpt,
    Lang,
    LangOpt,
    console,
    emit_json,
    emit_text,
    eprint,
    handled,
    store,
    write_output,
)


def diff_cmd(
    old: Annotated[str, typer.Argument(help="The older version: a file, family@version, or REV:PATH (git).")],
    new: Annotated[str, typer.Argument(help="The newer version: a file, family@version, or REV:PATH (git).")],
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
    fmt: FormatOpt = Format.table,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Show what changed between two framework versions, and the version bump it deserves.

    Skills added, removed, renamed or merged (via `replaces`), moved and changed
    (with a word-level diff of descriptors); categories, axes, the level scale and
    each role's targets. Example: csmatrix diff icare-cs@2021-summer icare-cs@2021-autumn
    or, in a git checkout: csmatrix diff HEAD~1:frameworks/acme/v2.yaml frameworks/acme/v2.yaml
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
        for problem in report.skipped:
            eprint(problem)
    if fmt is Format.json:
        emit_json(view)
    elif fmt is Format.md:
        from csmatrix.render.diff_md import diff_markdown

        emit_text(diff_markdown(view, lang.value))
    else:
        from csmatrix.render.diff_table import print_diff

        print_diff(console(), view, lang.value)
    if exit_code and not result.empty:
        raise typer.Exit(1)


def migrate_cmd(
    member: Annotated[Path, typer.Argument(help="The member file to migrate.")],
    to: Annotated[
        str, typer.Option("--to", help="The version to move to: family@version, a bare version, or a file.")
    ],
    out: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the new member file here (default: stdout).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace OUT if it exists.")] = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Rewrite a member's assessments onto another version of their framework.

    Follows `replaces` across any number of versions. A skill that replaces
    several old ones takes the lowest of their ratings; skills with no
    successor are kept under `dropped:`. Example:
    csmatrix migrate examples/members/yumi-kobayashi.yaml --to icare-cs@2021-autumn -o yumi.yaml
    """
    from csmatrix.files.writing import locked
    from csmatrix.versions.migrate import plan

    if out is None:
        text, lines = plan(store(frameworks), member, to, lang.value)
        emit_text(text)
        for line in lines:
            eprint(line)
        return
    with locked(out):  # migrating in place (-o MEMBER --force) reads and writes under one lock
        text, lines = plan(store(frameworks), member, to, lang.value)
        write_output(out, text, force)
    for line in lines:
        eprint(line)


def textconv_cmd(
    file: Annotated[Path, typer.Argument(help="A framework file (git passes a temporary copy).")],
) -> None:
    """Print a framework as sorted one-fact-per-line text, for git diff.

    Set up once per clone:
      git config diff.csmatrix.textconv "csmatrix textconv"
    with `frameworks/**/*.yaml diff=csmatrix` in .gitattributes. A file that is
    not a valid framework is printed unchanged (exit 0), so git diff always works;
    a pipe, a device, a folder or a file over 4 MiB is refused unread (exit 1).
    """
    import sys

    from csmatrix.versions.textconv import read, render

    data = read(file)  # bounded; a pipe, a device or a folder is FileTrouble (exit 1)
    out = render(data, str(file))
    sys.stdout.flush()
    sys.stdout.buffer.write(out)
    sys.stdout.buffer.flush()


def register(app: typer.Typer) -> None:
    app.command("diff")(handled(diff_cmd))
    app.command("migrate")(handled(migrate_cmd))
    app.command("textconv")(handled(textconv_cmd))
