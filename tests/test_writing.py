"""Writing result files: symlinks, special files, long names, signals, write failures."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csmatrix.errors import CsmatrixError
from csmatrix.files.writing import PAUSE_ENV, write_file
from test_sheet import mini_dir


def init(cli, fw: Path, out: str | Path, *args: str):
    return cli("init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", fw, "-o", out, *args)


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# --- symlinks ------------------------------------------------------------------------------


def test_a_symlink_is_written_through_and_stays_a_link(cli, tmp_path):
    fw = mini_dir(tmp_path)
    real = tmp_path / "real" / "a.yaml"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.yaml"
    link.symlink_to(real)
    r = init(cli, fw, link)
    assert r.exit_code == 1, r  # it exists (through the link): --force needed
    assert f"{link} already exists" in r.stderr
    r = init(cli, fw, link, "--force")
    assert r.exit_code == 0, r
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8").startswith("schema: csmatrix/member@1\n")
    assert temp_files(real.parent) == []
    assert temp_files(tmp_path) == []


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.yaml"
    link.symlink_to("made.yaml")
    write_file(link, "x: 1\n")
    assert link.is_symlink()
    assert (tmp_path / "made.yaml").read_text(encoding="utf-8") == "x: 1\n"


# --- special files -------------------------------------------------------------------------


def test_a_device_is_never_replaced(cli, tmp_path):
    fw = mini_dir(tmp_path)
    for args in ((), ("--force",)):
        r = init(cli, fw, "/dev/null", *args)
        assert r.exit_code == 1, r
        assert (
            "csmatrix: error: /dev/null is not a regular file (a device, FIFO or socket); nothing was written"
            in r.stderr
        )
    assert Path("/dev/null").is_char_device()


def test_a_fifo_is_never_replaced_nor_opened(cli, tmp_path):
    fw = mini_dir(tmp_path)
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    r = init(cli, fw, fifo, "--force")
    assert r.exit_code == 1, r
    assert f"{fifo} is not a regular file" in r.stderr
    assert fifo.is_fifo()


def test_a_folder_is_refused(cli, tmp_path):
    fw = mini_dir(tmp_path)
    (tmp_path / "d.yaml").mkdir()
    r = init(cli, fw, "d.yaml", "--force")
    assert r.exit_code == 1, r
    assert "csmatrix: error: d.yaml is a directory; nothing was written" in r.stderr


# --- names and failures --------------------------------------------------------------------


def test_a_255_byte_name_is_written(cli, tmp_path):
    fw = mini_dir(tmp_path)
    name = "a" * 250 + ".yaml"
    assert len(name.encode()) == 255
    r = init(cli, fw, name)
    assert r.exit_code == 0, r
    assert (tmp_path / name).read_text(encoding="utf-8").startswith("schema: csmatrix/member@1\n")
    assert temp_files(tmp_path) == []


def test_a_name_too_long_for_the_file_system_is_exit_1_with_the_path(cli, tmp_path):
    fw = mini_dir(tmp_path)
    name = "b" * 300 + ".yaml"
    r = init(cli, fw, name)
    assert r.exit_code == 1, r
    assert r.stderr.startswith(
        f"csmatrix: error: cannot write {name}: the name is too long for the file system"
    )
    assert "internal error" not in r.stderr
    assert temp_files(tmp_path) == []


def test_a_missing_folder_or_a_file_as_folder_is_exit_1(cli, tmp_path):
    fw = mini_dir(tmp_path)
    r = init(cli, fw, "nowhere/a.yaml")
    assert r.exit_code == 1, r
    assert "csmatrix: error: the folder nowhere does not exist; nothing was written" in r.stderr
    Path("plain.txt").write_text("x", encoding="utf-8")
    r = init(cli, fw, "plain.txt/a.yaml")
    assert r.exit_code == 1, r
    assert (
        "csmatrix: error: cannot write plain.txt/a.yaml: a part of the path is not a folder; nothing was written"
        in r.stderr
    )


def test_a_failed_rename_leaves_the_old_file_and_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "a.yaml"
    target.write_text("old\n", encoding="utf-8")

    def refuse(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(CsmatrixError, match=r"cannot write .*a\.yaml: no space left on device; the old file"):
        write_file(target, "new\n", force=True)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert temp_files(tmp_path) == []


def test_the_mode_of_a_replaced_file_is_kept(tmp_path):
    target = tmp_path / "a.yaml"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o640)
    write_file(target, "new\n", force=True)
    assert target.stat().st_mode & 0o777 == 0o640


# --- signals: a real process, interrupted while writing -------------------------------------


def _start_paused_write(tmp_path: Path, fw: Path, out: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, PAUSE_ENV: "20", "NO_COLOR": "1"}
    env.pop("CSMATRIX_PATH", None)
    args = ["init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", str(fw), "-o", str(out)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "csmatrix", *args],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while not temp_files(out.parent):
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline, "the writer never made its temp file"
        time.sleep(0.02)
    return proc


@pytest.mark.slow
def test_sigterm_while_writing_removes_the_temp_file(tmp_path):
    fw = mini_dir(tmp_path)
    out = tmp_path / "out" / "a.yaml"
    out.parent.mkdir()
    proc = _start_paused_write(tmp_path, fw, out)
    proc.send_signal(signal.SIGTERM)
    proc.communicate(timeout=20)
    assert proc.returncode == -signal.SIGTERM
    assert temp_files(out.parent) == []
    assert not out.exists()


@pytest.mark.slow
def test_sigint_while_writing_removes_the_temp_file(tmp_path):
    fw = mini_dir(tmp_path)
    out = tmp_path / "out" / "a.yaml"
    out.parent.mkdir()
    proc = _start_paused_write(tmp_path, fw, out)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 130, err
    assert b"csmatrix: interrupted" in err
    assert temp_files(out.parent) == []
    assert not out.exists()


@pytest.mark.slow
def test_a_file_made_by_someone_else_meanwhile_is_not_overwritten_without_force(tmp_path):
    fw = mini_dir(tmp_path)
    out = tmp_path / "out" / "a.yaml"
    out.parent.mkdir()
    env = {**os.environ, PAUSE_ENV: "1", "NO_COLOR": "1"}
    env.pop("CSMATRIX_PATH", None)
    args = ["init", "member", "--framework", "mini@1", "--name", "A", "--frameworks", str(fw), "-o", str(out)]
    proc = subprocess.Popen(
        [sys.executable, "-m", "csmatrix", *args], cwd=tmp_path, env=env, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 20
    while not temp_files(out.parent):  # it has checked that out.yaml is free...
        assert proc.poll() is None
        assert time.monotonic() < deadline
        time.sleep(0.01)
    out.write_text("mine\n", encoding="utf-8")  # ...and now it is not
    _, err = proc.communicate(timeout=20)
    assert proc.returncode == 1, err
    assert f"{out} already exists; nothing was written".encode() in err
    assert out.read_text(encoding="utf-8") == "mine\n"
    assert temp_files(out.parent) == []


def test_the_sigterm_handler_is_only_there_while_writing(tmp_path):
    before = signal.getsignal(signal.SIGTERM)
    write_file(tmp_path / "a.yaml", "x: 1\n")
    assert signal.getsignal(signal.SIGTERM) == before
    with pytest.raises(CsmatrixError):
        write_file(tmp_path / "a.yaml", "x: 2\n")
    assert signal.getsignal(signal.SIGTERM) == before
