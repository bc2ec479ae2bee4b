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
from csmatrix.words import Msg

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
        raise CsmatrixError(Msg("gitrev.no_git"), hint=Msg("gitrev.no_git_hint")) from None


def repo_path(revision: Revision, cwd: Path) -> tuple[str, Path]:
    """(path relative to the repository root, the root)."""
    top = _git(["rev-parse", "--show-toplevel"], cwd)
    if top.returncode != 0:
        raise CsmatrixError(
            Msg("gitrev.not_repo", label=revision.label, cwd=str(cwd)), hint=Msg("gitrev.not_repo_hint")
        )
    root = Path(top.stdout.decode("utf-8").strip())
    if not revision.path:
        raise CsmatrixError(Msg("gitrev.no_path", label=revision.label), hint=Msg("gitrev.no_path_hint"))
    raw = Path(revision.path)
    absolute = raw if raw.is_absolute() else Path(os.path.abspath(cwd / raw))
    try:
        rel = absolute.relative_to(root)
    except ValueError:
        try:
            rel = Path(os.path.realpath(absolute)).relative_to(Path(os.path.realpath(root)))
        except ValueError:
            raise CsmatrixError(
                Msg("gitrev.outside", path=revision.path, root=str(root)), hint=Msg("gitrev.outside_hint")
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
            Msg("gitrev.unknown_rev", rev=revision.rev, label=revision.label),
            hint=Msg("gitrev.unknown_rev_hint"),
        )
    blob = f"{revision.rev}:{rel}"
    sized = _git(["cat-file", "-s", blob], root)
    kind = _git(["cat-file", "-t", blob], root) if sized.returncode == 0 else sized
    if sized.returncode != 0 or kind.stdout.strip() != b"blob":
        folder = kind.stdout.strip() == b"tree"
        raise CsmatrixError(
            Msg("gitrev.missing_folder" if folder else "gitrev.missing", path=rel, rev=revision.rev),
            hint=Msg("gitrev.ls_hint", rev=revision.rev),
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
        raise CsmatrixError(Msg("gitrev.no_git"), hint=Msg("gitrev.no_git_hint")) from None
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
        raise CsmatrixError(Msg("gitrev.unreadable", label=label), hint=Msg("gitrev.unreadable_hint"))
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
