"""Hostile paths: every command that reads a path fails fast, with exit 1 and the path.

Missing files, folders, FIFOs, devices, loops of links and 5,000-character
names are ordinary file-system trouble: exit 1, the path named on stderr, no
traceback, no waiting (a FIFO is never opened for a blocking read) and never
more than a capped read.
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from conftest import EXAMPLES, FRAMEWORKS, Run

FRAMEWORK = str(FRAMEWORKS / "icare-cs" / "2021-autumn.yaml")
MEMBER = str(sorted((EXAMPLES / "members").glob("*.yaml"))[0])
LONG = "x" * 5000


def _hostile(kind: str, tmp_path: Path, suffix: str) -> str:
    """A hostile path of ``kind`` under tmp_path (or /dev/zero)."""
    if kind == "missing":
        return str(tmp_path / f"nope{suffix}")
    if kind == "folder":
        folder = tmp_path / f"folder{suffix}"
        folder.mkdir()
        return str(folder)
    if kind == "fifo":
        fifo = tmp_path / f"pipe{suffix}"
        os.mkfifo(fifo)
        return str(fifo)
    if kind == "device":
        return "/dev/zero"
    if kind == "loop":
        loop = tmp_path / f"loop{suffix}"
        loop.symlink_to(loop)
        return str(loop)
    assert kind == "long"
    return str(tmp_path / f"{LONG}{suffix}")


COMMANDS: dict[str, tuple[str, Callable[[str], list[str]]]] = {
    "validate": (".yaml", lambda p: ["validate", p]),
    "show": (".yaml", lambda p: ["show", p]),
    "assess": (".yaml", lambda p: ["assess", p]),
    "diff-old": (".yaml", lambda p: ["diff", p, FRAMEWORK]),
    "diff-new": (".yaml", lambda p: ["diff", FRAMEWORK, p]),
    "migrate": (".yaml", lambda p: ["migrate", p, "--to", "icare-cs@2021-autumn"]),
    "migrate-to": (".yaml", lambda p: ["migrate", MEMBER, "--to", p]),
    "textconv": (".yaml", lambda p: ["textconv", p]),
    "sheet": (".yaml", lambda p: ["sheet", p]),
    "sheet-member": (".yaml", lambda p: ["sheet", "--member", p]),
    "init": (".yaml", lambda p: ["init", "member", "--framework", p, "--name", "x"]),
    "import-csv": (".csv", lambda p: ["import", p]),
    "import-xlsx": (".xlsx", lambda p: ["import", p]),
    "team": (".yaml", lambda p: ["team", p]),
    "activities": (".yaml", lambda p: ["activities", p]),
}
KINDS = ["missing", "folder", "fifo", "device", "loop", "long"]
# validate and team take folders: an empty one is not trouble for validate
SKIP = {("validate", "folder")}
CASES = [(c, k) for c in COMMANDS for k in KINDS if (c, k) not in SKIP]


@pytest.mark.parametrize(("command", "kind"), CASES, ids=[f"{c}-{k}" for c, k in CASES])
def test_hostile_path_is_exit_1_with_the_path(cli, tmp_path: Path, command: str, kind: str) -> None:
    suffix, args = COMMANDS[command]
    path = _hostile(kind, tmp_path, suffix)
    start = time.monotonic()
    result: Run = cli(*args(path))
    elapsed = time.monotonic() - start
    assert result.exit_code == 1, result
    # the path as given, or its last part (a 5,000-character name may be shown whole)
    assert path in result.stderr or Path(path).name in result.stderr, result
    assert "Traceback" not in result.stderr + result.stdout
    assert "internal error" not in result.stderr
    assert elapsed < 2, f"{command} on a {kind} took {elapsed:.1f} s"


@pytest.mark.parametrize(
    ("kind", "what"),
    [
        ("fifo", "is a pipe (FIFO), not a file"),
        ("device", "is a device, not a file"),
        ("loop", "a loop of symbolic links"),
        ("long", "the name is too long for the file system"),
        ("folder", "is a folder, not a file"),
    ],
)
def test_the_message_says_what_is_wrong(cli, tmp_path: Path, kind: str, what: str) -> None:
    path = _hostile(kind, tmp_path, ".yaml")
    result = cli("migrate", path, "--to", "icare-cs@2021-autumn")
    assert result.exit_code == 1, result
    assert f"{path}:0:0: error: {what}" in result.stderr, result


def test_textconv_refuses_dev_zero_at_once(cli) -> None:
    start = time.monotonic()
    result = cli("textconv", "/dev/zero")
    assert result.exit_code == 1, result
    assert "/dev/zero:0:0: error: is a device, not a file" in result.stderr
    assert result.stdout == ""
    assert time.monotonic() - start < 2


def test_textconv_refuses_a_file_over_the_cap_unread(cli, write) -> None:
    from csmatrix.files.yamlio import MAX_BYTES

    path = write("big.yaml", b"a: " + b"x" * (MAX_BYTES + 1))
    result = cli("textconv", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:0:0: error: the file is larger than 4 MiB" in result.stderr


def _deny(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    """CI runs as root, who reads anything: make opening ``target`` fail like for anyone else."""
    real_open = os.open

    def guarded(path: object, *args: object, **kwargs: object) -> int:
        if Path(os.fsdecode(path)).name == target.name:  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", guarded)


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "{p}"],
        ["show", "{p}"],
        ["assess", "{p}"],
        ["migrate", "{p}", "--to", "icare-cs@2021-autumn"],
        ["textconv", "{p}"],
        ["team", "{p}"],
        ["activities", "{p}"],
        ["sheet", "--member", "{p}"],
        ["diff", "{p}", FRAMEWORK],
    ],
    ids=lambda a: a[0] + ("-member" if "--member" in a else ""),
)
def test_an_unreadable_file_is_exit_1(cli, write, monkeypatch, args: list[str]) -> None:
    path = write("secret.yaml", (FRAMEWORKS / "icare-cs" / "2021-autumn.yaml").read_bytes())
    _deny(monkeypatch, path)
    result = cli(*[a.replace("{p}", str(path)) for a in args])
    assert result.exit_code == 1, result
    assert str(path) in result.stderr, result
    assert "permission denied" in result.stderr, result


def test_an_unreadable_csv_sheet_is_exit_1(cli, write, monkeypatch) -> None:
    path = write("sheet.csv", "skill_id,rating\n")
    _deny(monkeypatch, path)
    result = cli("import", str(path))
    assert result.exit_code == 1, result
    assert f"{path}:0:0: error: permission denied" in result.stderr, result


def test_a_folder_that_cannot_be_listed_is_named(cli, write, tmp_path: Path, monkeypatch) -> None:
    write("team/a.yaml", "schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\nrole: x\n")
    locked = tmp_path / "team" / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)) == locked:  # type: ignore[arg-type]
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))  # type: ignore[arg-type]
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    result = cli("validate", str(tmp_path / "team"))
    assert result.exit_code == 1, result
    assert f"{locked}:0:0: error: cannot list this folder: permission denied" in result.stderr, result
    # the rest of the folder is still checked
    assert f"{tmp_path / 'team' / 'a.yaml'}:4:7: error: unknown role 'x'" in result.stderr, result


# --- git blobs -------------------------------------------------------------------

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _repo(tmp_path: Path, content: bytes) -> Path:
    def git(*args: str) -> None:
        subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)

    git("init", "-q")
    git("config", "user.email", "t@example.com")
    git("config", "user.name", "t")
    (tmp_path / "fw.yaml").write_bytes(content)
    git("add", "fw.yaml")
    git("commit", "-q", "-m", "x")
    return tmp_path


@needs_git
def test_an_oversize_blob_is_refused_before_it_is_read(cli, tmp_path: Path, monkeypatch) -> None:
    import csmatrix.files.gitrev

    _repo(tmp_path, b"a: " + b"x" * 5000)
    monkeypatch.setattr(csmatrix.files.gitrev, "MAX_BYTES", 4096)
    opened: list[object] = []
    real_popen = subprocess.Popen

    def spy(args: list[str], *rest: object, **kwargs: object) -> object:
        opened.append(args)
        return real_popen(args, *rest, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(subprocess, "Popen", spy)
    result = cli("diff", "HEAD:fw.yaml", FRAMEWORK)
    assert result.exit_code == 1, result
    assert "HEAD:fw.yaml:0:0: error: the file is larger than 4 KiB; it is refused unread" in result.stderr
    assert not [a for a in opened if "blob" in a]  # type: ignore[operator]


@needs_git
def test_a_blob_is_read_with_a_cap_even_when_its_size_lies(tmp_path: Path, monkeypatch) -> None:
    import csmatrix.files.gitrev
    from csmatrix.files.read import FileTrouble

    _repo(tmp_path, b"a: " + b"x" * 5000)
    monkeypatch.setattr(csmatrix.files.gitrev, "MAX_BYTES", 100)
    with pytest.raises(FileTrouble, match="larger than"):
        csmatrix.files.gitrev._read_blob("HEAD:fw.yaml", tmp_path, "HEAD:fw.yaml")


@needs_git
def test_a_folder_in_a_revision_is_named(cli, tmp_path: Path) -> None:
    _repo(tmp_path, b"a: b\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.yaml").write_text("a: b\n")
    subprocess.run(["git", "add", "."], cwd=tmp_path, check=True)
    subprocess.run(["git", "commit", "-q", "-m", "y"], cwd=tmp_path, check=True, capture_output=True)
    result = cli("diff", "HEAD:sub", FRAMEWORK)
    assert result.exit_code == 1, result
    assert "'sub' does not exist in revision 'HEAD' (it is a folder there)" in result.stderr


# --- a file just under the byte cap, as many values as it can hold -----------------


@pytest.mark.parametrize(
    "shape",
    ["flow-list", "mapping"],
)
def test_a_cap_sized_file_of_tiny_values_fails_fast_and_small(tmp_path: Path, shape: str) -> None:
    from csmatrix.files.yamlio import MAX_BYTES, MAX_NODES, read_doc

    path = tmp_path / "many.yaml"
    if shape == "flow-list":
        body = "[" + "a," * (MAX_BYTES // 2 - 2) + "a]"
    else:
        body = "".join(f"k{i}: v\n" for i in range(MAX_BYTES // 8))[: MAX_BYTES - 16]
        body = body[: body.rfind("\n") + 1]
    path.write_text(body, encoding="utf-8")
    assert path.stat().st_size <= MAX_BYTES
    # CPU time, not wall time: a machine shared with other work must not make this flaky
    start = time.process_time()
    doc = read_doc(path)
    elapsed = time.process_time() - start
    assert [p.message for p in doc.problems] == [f"the document holds more than {MAX_NODES:,} values"]
    assert elapsed < 2, f"{elapsed:.1f} s of CPU"
    # the whole process's peak resident memory, from the kernel (VmHWM: this
    # program only; ru_maxrss would inherit the size of the forked test runner)
    probe = (
        "import sys; from csmatrix.files.yamlio import read_doc; read_doc(sys.argv[1]); "
        "print(next(l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')))"
    )
    if not Path("/proc/self/status").exists():
        pytest.skip("peak memory is read from /proc (Linux)")
    out = subprocess.run([sys.executable, "-c", probe, str(path)], capture_output=True, text=True, check=True)
    peak_kib = int(out.stdout.strip())
    assert peak_kib < 200 * 1024, f"{peak_kib / 1024:.0f} MiB"
