"""Writing files: never overwrite without --force, never leave half a file.

* the new content goes to a short-named temp file in the target's folder,
  then replaces the target in one rename (a 255-byte file name still works);
* a symlink is written through: its target is replaced, the link stays;
* a device, FIFO or socket is never replaced (exit 1);
* SIGINT and SIGTERM during the write remove the temp file first;
* ``locked(path)`` serialises read-modify-write cycles on one file between
  processes (``import --into`` run twice at once loses nothing).
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import Any

from csmatrix.errors import CsmatrixError
from csmatrix.words import Msg

LOCK_WAIT = 30.0  # seconds to wait for another csmatrix writing the same file
PAUSE_ENV = "CSMATRIX_TEST_WRITE_PAUSE"  # tests only: seconds to wait before the rename


class WouldOverwrite(CsmatrixError):
    def __init__(self, path: Path) -> None:
        super().__init__(Msg("write.exists", path=str(path)), hint=Msg("write.force_hint"))


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


def _reason(exc: OSError) -> Msg:
    from csmatrix.files.read import describe_os_error

    return describe_os_error(exc)


def target_of(path: Path) -> Path:
    """Where writing ``path`` really lands: through symlinks (even dangling ones)."""
    try:
        if not path.is_symlink():
            return path
        return Path(os.path.realpath(path))
    except OSError as exc:
        raise CsmatrixError(Msg("write.cannot", path=str(path), reason=_reason(exc))) from None


def _existing(path: Path, shown: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise CsmatrixError(Msg("write.cannot", path=str(shown), reason=_reason(exc))) from None


def write_file(path: Path, data: bytes | str, *, force: bool = False) -> None:
    """Atomically write ``data`` to ``path`` (temp file in the same dir + rename)."""
    shown = Path(path)
    path = target_of(shown)
    info = _existing(path, shown)
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise CsmatrixError(Msg("write.is_folder", path=str(shown)))
        if not stat.S_ISREG(info.st_mode):
            raise CsmatrixError(Msg("write.special", path=str(shown)), hint=Msg("write.special_hint"))
        if not force:
            raise WouldOverwrite(shown)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        folder = str(directory)
        raise CsmatrixError(
            Msg("write.not_folder", folder=folder)
            if directory.exists()
            else Msg("write.no_folder", folder=folder)
        )
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with _signals_clean_up() as tmps:
        try:
            # a short name: `.{name}.XXXX.tmp` would not fit beside a 255-byte name
            fd, tmp = tempfile.mkstemp(prefix=".csm", suffix=".tmp", dir=directory)
        except OSError as exc:
            raise CsmatrixError(Msg("write.cannot_in", folder=str(directory), reason=_reason(exc))) from None
        tmps.append(tmp)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, _mode_for(path))
            _test_pause()
            if force:
                os.replace(tmp, path)
            else:
                _place_new(tmp, path, shown)
            tmps.remove(tmp)
        except BaseException as exc:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            with contextlib.suppress(ValueError):
                tmps.remove(tmp)
            if isinstance(exc, OSError):
                raise CsmatrixError(Msg("write.untouched", path=str(shown), reason=_reason(exc))) from None
            raise


def _place_new(tmp: str, path: Path, shown: Path) -> None:
    """Move ``tmp`` to ``path`` only if nothing is there yet, even if another process just wrote it.

    A hard link fails when the name exists (atomically); a file system
    without hard links gets a last check and a rename.
    """
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise WouldOverwrite(shown) from None
    except OSError:
        if os.path.lexists(path):
            raise WouldOverwrite(shown) from None
        os.replace(tmp, path)
        return
    with contextlib.suppress(OSError):
        os.unlink(tmp)


def _test_pause() -> None:
    pause = os.environ.get(PAUSE_ENV)
    if pause:
        with contextlib.suppress(ValueError):
            time.sleep(float(pause))


@contextlib.contextmanager
def _signals_clean_up() -> Iterator[list[str]]:
    """While writing, SIGTERM removes the temp files listed, then ends the process as it would have.

    SIGINT raises KeyboardInterrupt, which the writer's own clean-up handles.
    Outside the main thread signals cannot be handled: nothing is installed.
    """
    tmps: list[str] = []

    def on_term(signum: int, frame: FrameType | None) -> None:
        for tmp in list(tmps):
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        if callable(previous):
            previous(signum, frame)
        else:
            os.kill(os.getpid(), signum)

    previous: Any = None
    try:
        previous = signal.signal(signal.SIGTERM, on_term)
    except ValueError:  # not the main thread
        yield tmps
        return
    try:
        yield tmps
    finally:
        signal.signal(signal.SIGTERM, previous if previous is not None else signal.SIG_DFL)


@contextlib.contextmanager
def locked(path: Path, *, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold an exclusive lock on the file at ``path`` (through symlinks) while the block runs.

    For read-modify-write: read inside the block, write inside the block.
    The lock is taken on the file itself; since writing replaces the file,
    a waiter that wakes up on a replaced file takes the lock again on the new
    one.  A missing file, or a system without ``fcntl``, is not locked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    target = target_of(Path(path))
    deadline = time.monotonic() + wait
    while True:
        try:
            regular = stat.S_ISREG(os.stat(target).st_mode)  # a device or FIFO is never opened here
            fd = os.open(target, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)) if regular else -1
        except OSError:
            fd = -1
        if fd < 0:
            yield  # nothing to lock: reading or writing it will say what is wrong
            return
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        raise CsmatrixError(
                            Msg("write.locked", path=str(path)), hint=Msg("write.locked_hint")
                        ) from None
                    time.sleep(0.02)
            try:
                same = os.fstat(fd).st_ino == os.stat(target).st_ino
            except OSError:
                same = False
            if same:
                try:
                    yield
                finally:
                    os.close(fd)
                    fd = -1
                return
        finally:
            if fd >= 0:
                os.close(fd)
