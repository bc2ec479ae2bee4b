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
