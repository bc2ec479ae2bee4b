"""Reading a framework from a git revision: ``REV:PATH`` (``git show``).

``git show REV:PATH`` takes PATH relative to the repository root, which
surprises anyone standing in a subdirectory.  We resolve PATH the way a user
means it, relative to the current directory, and hand git the path relative
to the root.  ``REV:./path`` and ``REV:../path`` are resolved the same way.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from csmatrix.errors import CsmatrixError
from csmatrix.files.read import FileTrouble, present, too_large
from csmatrix.files.yamlio import MAX_BYTES

if TYPE_CHECKING:  # the store and the models are loaded only when a framework is read
    from csmatrix.files.store import Store
    from csmatrix.models.framework import Framework

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


@dataclass(frozen=True)
class Revision:
    rev: str
    path: str  # as the user wrote it

    @property
    def label(self) -> str:
        return f"{self.rev}:{self.path}"


def parse(spec: str) -> Revision | None:
    """``REV:PATH`` -> Revision; an existing file or a drive path is not a revision."""
    if ":" not in spec or present(spec) or _DRIVE.match(spec):
        return None
    rev, _, path = spec.partition(":")
    if not rev:
        return None
    return Revision(rev, path)


def _git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, capture_output=True, check=False)
    except FileNotFoundError:
        raise CsmatrixError(
            "cannot read a git revision: the 'git' program was not found",
            hint="install git, or compare two files instead",
        ) from None


def repo_path(revision: Revision, cwd: Path) -> tuple[str, Path]:
    """(path relative to the repository root, the root)."""
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        raise CsmatrixError(
            f"'{revision.label}' names a git revision, but {cwd} is not inside a git repository",
            hint="run the command inside the repository, or give a file path",
        )
    root = Path(top.stdout.decode("utf-8").strip())
    if not revision.path:
        raise CsmatrixError(
            f"'{revision.label}' names no file after the ':'", hint="write REV:path/to/framework.yaml"
        )
    raw = Path(revision.path)
    absolute = raw if raw.is_absolute() else Path(os.path.abspath(cwd / raw))
    try:
        rel = absolute.relative_to(root)
    except ValueError:
        try:
            rel = Path(os.path.realpath(absolute)).relative_to(Path(os.path.realpath(root)))
        except ValueError:
            raise CsmatrixError(
                f"'{revision.path}' is outside the git repository at {root}",
                hint="name a file inside the repository",
            ) from None
    return PurePosixPath(*rel.parts).as_posix(), root


def read(revision: Revision, cwd: Path | None = None) -> tuple[bytes, str]:
    """(the file's bytes at that revision, a label such as ``HEAD~1:frameworks/x.yaml``)."""
    cwd = cwd or Path.cwd()
    rel, root = repo_path(revision, cwd)
    label = f"{revision.rev}:{rel}"
    check = _git(["rev-parse", "--verify", "--quiet", f"{revision.rev}^{{commit}}"], root)
    if check.returncode != 0:
        raise CsmatrixError(
            f"unknown git revision '{revision.rev}' (in '{revision.label}')",
            hint="check it with 'git log --oneline'; e.g. HEAD~1, a branch, a tag or a commit id",
        )
    blob = f"{revision.rev}:{rel}"
    sized = _git(["cat-file", "-s", blob], root)
    kind = _git(["cat-file", "-t", blob], root) if sized.returncode == 0 else sized
    if sized.returncode != 0 or kind.stdout.strip() != b"blob":
        raise CsmatrixError(
            f"'{rel}' does not exist in revision '{revision.rev}'"
            + (" (it is a folder there)" if kind.stdout.strip() == b"tree" else ""),
            hint=f"list the files there with 'git ls-tree -r --name-only {revision.rev}'",
        )
    try:
        size = int(sized.stdout.strip())
    except ValueError:
        size = MAX_BYTES + 1
    if size > MAX_BYTES:
        # asked before reading: a 300 MB blob is refused without a byte of it in memory
        raise FileTrouble(label, too_large(MAX_BYTES))
    return _read_blob(blob, root, label), label


def _read_blob(blob: str, root: Path, label: str) -> bytes:
    """``git cat-file blob``, read with a cap (the blob may have been swapped meanwhile)."""
    try:
        proc = subprocess.Popen(
            ["git", "cat-file", "blob", blob],
            cwd=root,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except FileNotFoundError:
        raise CsmatrixError("cannot read a git revision: the 'git' program was not found") from None
    assert proc.stdout is not None
    chunks: list[bytes] = []
    left = MAX_BYTES + 1
    try:
        while left > 0:
            chunk = proc.stdout.read(min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    finally:
        if left <= 0:
            proc.kill()
        proc.stdout.close()
        proc.wait()
    if left <= 0:
        raise FileTrouble(label, too_large(MAX_BYTES))
    if proc.returncode != 0:
        raise CsmatrixError(
            f"git could not read '{label}'", hint="check the revision with 'git log --oneline'"
        )
    return b"".join(chunks)


def load(store: Store, spec: str) -> tuple[Framework, str]:
    """A framework named on the command line: a file, ``family@version`` or ``REV:PATH``.

    Returns (Framework, label); invalid input raises ``InvalidInput``.
    """
    revision = parse(spec)
    if revision is None:
        return store.framework(spec).unwrap(), spec
    data, label = read(revision)
    # parse_bytes applies the size cap and names a wrong encoding, as for files
    return store.framework_bytes(data, label).unwrap(), label
