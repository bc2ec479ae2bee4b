"""Writing files: never overwrite without --force, never leave half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from csmatrix.errors import CsmatrixError


class WouldOverwrite(CsmatrixError):
    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} already exists; nothing was written", hint="pass --force to replace it")


def _mode_for(path: Path) -> int:
    """The replaced file's mode, or what a plain ``open(path, "w")`` would give.

    ``mkstemp`` creates files readable by their owner only; a member file or a
    skill sheet should be as shareable as any other file the user writes.
    """
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_file(path: Path, data: bytes | str, *, force: bool = False) -> None:
    """Atomically write ``data`` to ``path`` (temp file in the same dir + rename)."""
    path = Path(path)
    if path.exists() and not force:
        raise WouldOverwrite(path)
    if path.exists() and path.is_dir():
        raise CsmatrixError(f"{path} is a directory; nothing was written")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise CsmatrixError(f"the folder {directory} does not exist; nothing was written")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise CsmatrixError(f"cannot write in {directory}: {exc.strerror}; nothing was written") from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _mode_for(path))
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise CsmatrixError(f"cannot write {path}: {exc.strerror}; the old file is untouched") from None
        raise
