"""Putting the site's pages on disk.

``DIR`` may be missing (it is created), empty, or hold an earlier build:
the pages are written into it, each one atomically through
``files.writing.write_file``.  Before anything is written every page is
checked: if any already exists and ``--force`` was not given, nothing is
written at all (exit 1, naming the first such file).  Files in ``DIR`` that
the site does not write are never touched or removed (a page of a version
no longer published stays until you delete it).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from csmatrix.errors import CsmatrixError
from csmatrix.words import Msg

Page = tuple[str, str]  # (site path such as "icare-cs/2021-autumn/index.html", html)


def write_site(out: Path, pages: Sequence[Page], *, force: bool = False) -> list[Path]:
    from csmatrix.files.writing import write_file

    if out.exists() and not out.is_dir():
        raise CsmatrixError(Msg("siteplan.out_not_folder", path=str(out)), hint=Msg("siteplan.out_hint"))
    targets = [out.joinpath(*path.split("/")) for path, _ in pages]
    if not force:
        existing = [t for t in targets if os.path.lexists(t)]
        if existing:
            first = str(existing[0])
            more = len(existing) - 1
            found = (
                Msg("siteplan.exists_more", path=first, more=more)
                if more
                else Msg("siteplan.exists", path=first)
            )
            raise CsmatrixError(found, hint=Msg("siteplan.exists_hint"))
    for target, (_, html) in zip(targets, pages, strict=True):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from csmatrix.files.read import describe_os_error

            raise CsmatrixError(
                Msg("siteplan.cannot_create", path=str(target.parent), detail=describe_os_error(exc))
            ) from None
        write_file(target, html, force=force)
    return targets
