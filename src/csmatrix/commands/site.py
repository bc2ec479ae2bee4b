"""`csmatrix site`: a static site to roll a framework out (no server, no network)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from csmatrix.commands.common import eprint, handled, store
from csmatrix.commands.options import FrameworksOpt, Lang, LangOpt
from csmatrix.words import Msg


def site_cmd(
    out: Annotated[
        Path, typer.Option("--output", "-o", metavar="DIR", help="Write the site into this folder.")
    ],
    targets: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="PATH|REF",
            help="Framework files, folders to walk, or family@version references "
            "(default: every framework on the lookup path, as `csmatrix list` shows).",
        ),
    ] = None,
    members: Annotated[
        Path | None,
        typer.Option(
            "--members",
            metavar="DIR",
            help="Add member pages (radar per member, team heatmap) from the member files here; "
            "needs --private.",
        ),
    ] = None,
    private: Annotated[
        bool,
        typer.Option(
            "--private", help="Confirm the site holds people's assessments and will not be published."
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Replace pages an earlier build left in DIR.")
    ] = False,
    lang: LangOpt = Lang.ja,
    frameworks: FrameworksOpt = None,
) -> None:
    """Build a static site to roll frameworks out: open DIR/index.html in any browser.

    Per family and version: the framework (skills × levels, with a filter box
    that needs scripts; everything reads without them), the career path (roles
    as a ladder, what rises at each step) and what changed from the version it
    supersedes. Pages work from file:// with no server and no network (no CDN,
    no web font, a strict Content-Security-Policy), on a phone and on paper.

    Member pages (a radar chart per member, the team heatmap) are added only
    with --members DIR --private: --members alone is refused (exit 2), so a
    site of people's assessments is never built by accident.

    DIR is created if missing. If any page the site writes already exists,
    nothing is written unless --force (then those pages are replaced; other
    files in DIR are never touched).

    Example: csmatrix site icare-cs@2021-summer icare-cs@2021-autumn -o site
    """
    from csmatrix.errors import UsageError
    from csmatrix.render.site_pages import site_pages
    from csmatrix.site.plan import plan
    from csmatrix.site.write import write_site

    if members is not None and not private:
        raise UsageError(Msg("cmd.site_private"), hint=Msg("cmd.site_private_hint"))
    site = plan(store(frameworks), targets or [], members)
    pages = site_pages(site, lang.value)
    write_site(out, pages, force=force)
    versions = sum(len(f.versions) for f in site.families)
    extra = Msg("cmd.site_member_pages", n=len(site.members)) if site.members else ""
    eprint(
        Msg(
            "cmd.site_wrote",
            pages=len(pages),
            versions=versions,
            s="s" if versions != 1 else "",
            extra=extra,
            dir=str(out),
        )
    )
    eprint(Msg("cmd.site_open", path=str(out / "index.html")))


def register(app: typer.Typer) -> None:
    app.command("site")(handled(site_cmd))
