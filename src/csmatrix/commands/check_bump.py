"""`csmatrix check-bump`: the pre-commit hook that refuses an unbumped framework version."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import eprint, handled, print_problems, store
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt
from csmatrix.words import Msg


def check_bump_cmd(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="FILE", help="Framework files to check (the pre-commit hook passes the staged ones)."
        ),
    ] = None,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Refuse a staged framework change whose version is not bumped as the change deserves.

    Compares each staged framework file with its previous version in git (HEAD,
    or the version its `supersedes:` names) and exits 1 when the bump its
    `version:` declares is below the suggested one. Other files are ignored.
    Used by the `csmatrix-version-bump` pre-commit hook.

    Example: csmatrix check-bump frameworks/icare-cs/2021-autumn.yaml
    """
    from csmatrix.versions.review import INDEX, has_commit, review

    if not has_commit("HEAD", Path.cwd()):
        return  # the first commit: no earlier version to compare with
    result = review(store(frameworks), "HEAD", INDEX, only=list(files) if files else None)
    for entry in result.frameworks:
        if entry.ok or entry.declared is None or entry.diff is None:
            continue
        declared = entry.declared
        said = (
            Msg("cmd.bump_said_none")
            if declared.level == "none"
            else Msg("cmd.bump_said", level=_bump(declared.level))
        )
        eprint(
            Msg(
                "cmd.bump_declared",
                path=str(entry.path),
                before=declared.before,
                after=declared.after,
                said=said,
                suggested=_bump(entry.suggested),
            )
        )
        for reason in entry.diff.reasons:
            if reason.bump == entry.suggested:
                eprint(f"  {reason.text[lang.value]}")
    if result.problems:
        print_problems(result.problems)
        raise typer.Exit(1)
    if not result.ok:
        eprint(Msg("cmd.bump_raise"))
        raise typer.Exit(1)


def _bump(level: str) -> Msg:
    """A bump level (major, minor, patch) in the reader's words."""
    return Msg("bump.major" if level == "major" else "bump.minor" if level == "minor" else "bump.patch")


def register(app: typer.Typer) -> None:
    app.command("check-bump")(handled(check_bump_cmd))
