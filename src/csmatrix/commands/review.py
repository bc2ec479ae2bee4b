"""`csmatrix review` and `check-bump`: framework changes reviewed where teams review code."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import (
    FrameworksOpt,
    Lang,
    LangOpt,
    emit_json,
    emit_text,
    eprint,
    handled,
    print_problems,
    store,
)


class ReviewFormat(str, enum.Enum):
    """--format of `csmatrix review`: Markdown for a pull-request comment, JSON for bots."""

    md = "md"
    json = "json"


def review_cmd(
    base: Annotated[str, typer.Argument(help="The revision the change starts from (e.g. origin/main).")],
    head: Annotated[
        str | None,
        typer.Argument(help="The revision with the change (default: the working tree)."),
    ] = None,
    members: Annotated[
        Path | None,
        typer.Option("--members", metavar="DIR", help="Also show whose readiness and gaps change, and why."),
    ] = None,
    fmt: Annotated[
        ReviewFormat, typer.Option("--format", "-f", help="md: a pull-request comment; json: for bots.")
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
    the members whose targets, gaps or readiness change. Example, in CI:
    csmatrix review origin/main HEAD --members team --exit-code > comment.md
    """
    from csmatrix.versions.review import review

    result = review(store(frameworks), base, head, members)
    view = result.as_dict(lang.value)
    if fmt is ReviewFormat.json:
        emit_json(view)
    else:
        from csmatrix.render.review_md import review_markdown

        emit_text(review_markdown(view, lang.value))
    for entry in result.frameworks:
        if entry.impact is not None:
            for line in entry.impact.skipped:
                eprint(line)
    if result.problems:
        print_problems(result.problems)
        raise typer.Exit(1)
    if exit_code and not result.ok:
        raise typer.Exit(1)


def check_bump_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Framework files to check (the pre-commit hook passes the staged ones)."),
    ] = None,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Refuse a staged framework change whose version is not bumped as the change deserves.

    Compares each staged framework file with its previous version in git (HEAD,
    or the version its `supersedes:` names) and exits 1 when the bump its
    `version:` declares is below the suggested one. Other files are ignored.
    Used by the `csmatrix-version-bump` pre-commit hook.
    """
    from csmatrix.versions.review import INDEX, has_commit, review

    if not has_commit("HEAD", Path.cwd()):
        return  # the first commit: no earlier version to compare with
    result = review(store(frameworks), "HEAD", INDEX, only=list(files) if files else None)
    for entry in result.frameworks:
        if entry.ok or entry.declared is None or entry.diff is None:
            continue
        declared = entry.declared
        said = "no bump" if declared.level == "none" else f"a {declared.level} bump"
        eprint(
            f"{entry.path}: error: version {declared.before} → {declared.after} declares {said}, "
            f"but the change deserves a {entry.suggested} bump"
        )
        for reason in entry.diff.reasons:
            if reason.bump == entry.suggested:
                eprint(f"  {reason.text[lang.value]}")
    if result.problems:
        print_problems(result.problems)
        raise typer.Exit(1)
    if not result.ok:
        eprint(
            "csmatrix: raise the version (a numbered version's major/minor/patch part, "
            "or a new file for a new edition); 'csmatrix diff' shows the whole change"
        )
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("review")(handled(review_cmd))
    app.command("check-bump")(handled(check_bump_cmd))
