"""read_bounded: every read is bounded, special files are refused at once."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from csmatrix.files.read import FileTrouble, read_bounded


def test_reads_a_regular_file(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"x: 1\n")
    assert read_bounded(path, 100) == b"x: 1\n"


def test_refuses_a_file_over_the_limit_by_size(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"a" * 101)
    with pytest.raises(FileTrouble, match="larger than"):
        read_bounded(path, 100)


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(FileTrouble, match="pipe"):
        read_bounded(fifo, 100)
    assert time.monotonic() - start < 1


def test_a_device_is_refused_unread() -> None:
    with pytest.raises(FileTrouble, match="device"):
        read_bounded("/dev/zero", 100)


def test_a_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FileTrouble, match="folder"):
        read_bounded(tmp_path, 100)


def test_a_symlink_loop_is_named(tmp_path: Path) -> None:
    loop = tmp_path / "loop.yaml"
    loop.symlink_to(loop)
    with pytest.raises(FileTrouble) as info:
        read_bounded(loop, 100)
    assert info.value.what == "a loop of symbolic links"
    assert info.value.problem().format().startswith(f"{loop}:0:0: error: a loop")


def test_a_name_too_long(tmp_path: Path) -> None:
    with pytest.raises(FileTrouble, match="too long"):
        read_bounded(tmp_path / ("x" * 5000), 100)


def test_permission_denied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # CI runs as root, who may read any file: make the open fail as it would for anyone else.
    import errno

    def denied(*_args: object, **_kwargs: object) -> int:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    with pytest.raises(FileTrouble, match="permission denied"):
        read_bounded(tmp_path / "secret.yaml", 100)


def test_a_file_that_grows_past_the_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # st_size says 0 (procfs does), the content is larger: the read itself stops at limit + 1
    path = tmp_path / "lying.yaml"
    path.write_bytes(b"a" * 500)
    real_fstat = os.fstat

    class Small:
        def __init__(self, info: os.stat_result) -> None:
            self.st_mode = info.st_mode
            self.st_size = 0

    monkeypatch.setattr(os, "fstat", lambda fd: Small(real_fstat(fd)))
    with pytest.raises(FileTrouble, match="larger than"):
        read_bounded(path, 100)


def test_helpers_never_raise_on_hostile_names(tmp_path: Path) -> None:
    from csmatrix.files.read import is_file, present, real_key, special_kind

    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    long = tmp_path / ("x" * 5000)
    regular = tmp_path / "a.yaml"
    regular.write_text("a: b\n")
    assert [is_file(p) for p in (loop, fifo, long, regular, "nul\x00name")] == [
        False,
        False,
        False,
        True,
        False,
    ]
    assert [present(p) for p in (loop, fifo, long, regular, tmp_path / "nope")] == [
        True,
        True,
        True,
        True,
        False,
    ]
    assert special_kind(fifo) == "is a pipe (FIFO), not a file; it is refused unread"
    assert special_kind(loop) == "a loop of symbolic links"
    assert special_kind(long) == "the name is too long for the file system"
    assert special_kind(regular) is None
    assert special_kind(tmp_path) is None
    assert special_kind(tmp_path / "nope") is None
    assert real_key(loop).is_absolute()
    assert real_key(long).is_absolute()


def test_trouble_from_names_the_file_of_the_error() -> None:
    import errno

    from csmatrix.files.read import trouble_from

    trouble = trouble_from(PermissionError(errno.EACCES, "Permission denied", "/x/secret.yaml"))
    assert str(trouble) == "/x/secret.yaml: permission denied"
    assert trouble.problem().format() == "/x/secret.yaml:0:0: error: permission denied"
