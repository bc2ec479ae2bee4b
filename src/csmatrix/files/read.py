"""Reading a file a person named, bounded before anything is allocated.

Every read of a user's file goes through :func:`read_bounded`: it refuses
FIFOs, devices, sockets and directories at once (a FIFO is opened without
blocking, so nothing ever waits for a writer), reads at most ``limit + 1``
bytes, and turns every file-system failure into a :class:`FileTrouble` that
names the path and says what went wrong in plain words (exit 1, never 3).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from csmatrix.errors import CsmatrixError, Problem, Text
from csmatrix.words import Msg

_WHAT = {
    errno.ENOENT: Msg("read.no_such_file"),
    errno.EACCES: Msg("read.permission"),
    errno.EPERM: Msg("read.permission"),
    errno.ELOOP: Msg("read.link_loop"),
    errno.ENAMETOOLONG: Msg("read.name_too_long"),
    errno.ENOTDIR: Msg("read.not_dir_part"),
    errno.EISDIR: Msg("read.is_folder"),
    errno.EMFILE: Msg("read.too_many_open"),
    errno.ENOSPC: Msg("read.no_space"),
    errno.EROFS: Msg("read.read_only"),
}


def describe_os_error(exc: OSError) -> Msg:
    """What an ``OSError`` means, in plain words, without the path.

    A ``Msg``: ``str()`` of it (an f-string) reads in the reader's language.
    An error we have no words for keeps the system's own (in a field).
    """
    if exc.errno in _WHAT:
        return _WHAT[exc.errno]
    return Msg("read.os_other", detail=(exc.strerror or type(exc).__name__).lower())


class FileTrouble(CsmatrixError):
    """A file could not be read (or is not a file); exit 1 with its path."""

    def __init__(self, path: str, what: Msg, hint: Text = "") -> None:
        super().__init__(Msg("read.trouble", path=path, what=what), hint=hint)
        self.path = path
        self.what = what

    def problem(self) -> Problem:
        return Problem(self.path, 0, 0, self.what, hint=self.hint)


def trouble_from(exc: OSError, path: str | Path | None = None) -> FileTrouble:
    """An ``OSError`` met anywhere (a walk, a stat, a write) as a :class:`FileTrouble`."""
    name = path if path is not None else exc.filename
    if isinstance(name, bytes):
        name = name.decode("utf-8", errors="replace")
    return FileTrouble(str(name) if name is not None else str(Msg("read.unnamed")), describe_os_error(exc))


def is_file(path: str | Path) -> bool:
    """``Path.is_file`` that never raises (a 5,000-character name, a NUL, a loop)."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def present(path: str | Path) -> bool:
    """Something is there (or cannot be looked at for another reason than absence).

    Used to decide between "not found" and letting :func:`read_bounded` say
    precisely what is wrong (a folder, a pipe, a loop, a name too long).
    """
    try:
        os.stat(path)
    except FileNotFoundError:
        return os.path.lexists(path)  # a dangling link is there, and read says so
    except NotADirectoryError:
        return False
    except OSError:
        return True
    except ValueError:
        return False
    return True


def real_key(path: str | Path) -> Path:
    """An absolute, link-free key for a cache; never raises (unlike ``Path.resolve``)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError, RuntimeError):
        return Path(os.path.abspath(path))


def special_kind(path: str | Path) -> Msg | None:
    """Why ``path`` is refused: a pipe, device or socket, or a path that cannot be
    looked at (a loop, a name too long).  Folders and absent files pass: the
    reader says "no such file" or "is a folder" in its own words."""
    try:
        mode = os.stat(path).st_mode
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        return describe_os_error(exc)
    except ValueError:
        return Msg("read.nul_name")
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    return _kind(mode)


def _kind(mode: int) -> Msg | None:
    """Why a file of this mode is refused, or None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return Msg("read.is_folder")
    if stat.S_ISFIFO(mode):
        return Msg("read.fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Msg("read.device")
    if stat.S_ISSOCK(mode):
        return Msg("read.socket")
    return Msg("read.not_regular")


def too_large(limit: int, what: str = "file") -> Msg:
    """Refused unread: the ``file`` (or the ``sheet``) is larger than ``limit`` bytes."""
    size = f"{limit // (1024 * 1024)} MiB" if limit >= 1024 * 1024 else f"{limit // 1024} KiB"
    return Msg("read.too_large_sheet" if what == "sheet" else "read.too_large", size=size)


def read_bounded(path: str | Path, limit: int, *, label: str | None = None, what: str = "file") -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, or :class:`FileTrouble`."""
    name = label if label is not None else str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise FileTrouble(name, describe_os_error(exc)) from None
    except ValueError:  # an embedded NUL in the name
        raise FileTrouble(name, Msg("read.nul_name")) from None
    try:
        info = os.fstat(fd)
        refused = _kind(info.st_mode)
        if refused:
            raise FileTrouble(name, refused)
        if info.st_size > limit:
            raise FileTrouble(name, too_large(limit, what))
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise FileTrouble(name, describe_os_error(exc)) from None
    finally:
        os.close(fd)
    data = b"".join(chunks)
    if len(data) > limit:  # the file grew, or st_size lied (procfs)
        raise FileTrouble(name, too_large(limit, what))
    return data
