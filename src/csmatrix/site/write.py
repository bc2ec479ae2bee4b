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

Page = tuple[str, str]  # (site path such as "icare-cs/2021-autumn/index.html", html)


def write_site(out: Path, pages: Sequence[Page], *, force: bool = False) -> list[Path]:
    from csmatrix.files.writing import write_file

    if out.exists() and not out.is_dir():
        raise CsmatrixError(
            f"{out} exists and is not a folder; nothing was written", hint="-o takes a folder"
        )
    targets = [out.joinpath(*path.split("/")) for path, _ in pages]
    if not force:
        existing = [t for t in targets if os.path.lexists(t)]
        if existing:
            more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
            raise CsmatrixError(
                f"{existing[0]} already exists{more}; nothing was written",
                hint="pass --force to replace the site's pages (other files in the folder are kept)",
            )
    for target, (_, html) in zip(targets, pages, strict=True):
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            from csmatrix.files.read import describe_os_error

            raise CsmatrixError(f"cannot create {target.parent}: {describe_os_error(exc)}") from None
        write_file(target, html, force=force)
    return targets
