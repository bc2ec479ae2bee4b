"""Shared fixtures: a CLI runner that shows what happened when a test fails."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csmatrix.cli import app

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
FRAMEWORKS = REPO / "frameworks"
EXAMPLES = REPO / "examples"
GOLDEN = REPO / "tests" / "golden"
UPDATE_GOLDEN = os.environ.get("CSMATRIX_UPDATE_GOLDEN") == "1"

# The product speaks Japanese unless told otherwise (SPEC).  The suite asserts messages in
# English unless a test says which language it reads (`--lang ja`, or CSMATRIX_LANG set in
# the test); tests/test_messages_lang.py checks the Japanese default with the variable removed.
# Subprocesses inherit both settings.  CSMATRIX_STRICT_MESSAGES=1 makes a plain-str message
# (one that could not follow --lang) a TypeError where it is made: every error path the suite
# walks proves its message has both languages.
os.environ["CSMATRIX_LANG"] = "en"
os.environ["CSMATRIX_STRICT_MESSAGES"] = "1"


def check_golden(name: str, actual: str | bytes, *, rstrip_lines: bool = False) -> None:
    """``actual`` must equal ``tests/golden/NAME``: the one golden helper of the suite.

    Text is compared as text, bytes byte for byte.  ``rstrip_lines`` compares
    line by line without trailing blanks (rich pads table cells with spaces).
    With ``CSMATRIX_UPDATE_GOLDEN=1`` the file is rewritten from ``actual``
    first: regenerate deliberately, then read the diff.
    """
    path = GOLDEN / name
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(actual, bytes):
            path.write_bytes(actual)
        elif rstrip_lines:
            path.write_text("".join(line.rstrip() + "\n" for line in actual.splitlines()), encoding="utf-8")
        else:
            path.write_text(actual, encoding="utf-8")
    if isinstance(actual, bytes):
        assert actual == path.read_bytes(), f"differs from {path}"
    elif rstrip_lines:
        expected = path.read_text(encoding="utf-8")
        assert [line.rstrip() for line in actual.splitlines()] == [
            line.rstrip() for line in expected.splitlines()
        ], f"differs from {path}"
    else:
        assert actual == path.read_text(encoding="utf-8"), f"differs from {path}"


def need_shared(path: Path) -> None:
    """Tests that read ``../shared`` (the corpus beside the clone) call this first.

    A clone on its own skips them, with the reason; under CI (``CI`` set) a
    missing corpus is a failure, so it is never skipped there by accident.
    """
    if path.exists():
        return
    message = f"{path} is absent (the shared corpus is read from ../shared beside the clone)"
    if os.environ.get("CI"):
        pytest.fail(f"{message}; CI must have it", pytrace=False)
    pytest.skip(message)


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def __str__(self) -> str:
        return f"exit {self.exit_code}\n--- stdout\n{self.stdout}\n--- stderr\n{self.stderr}"


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run ``csmatrix ARGS`` in-process; ``str(result)`` shows everything."""
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.delenv("CSMATRIX_PATH", raising=False)

    def run(*args: str, input: str | None = None, columns: int = 100) -> Run:
        monkeypatch.setenv("COLUMNS", str(columns))
        runner = CliRunner()
        result = runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)
        return Run(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def write(tmp_path: Path) -> Callable[..., Path]:
    """Write a file under tmp_path (text is encoded UTF-8 unless bytes)."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return _write


@pytest.fixture(autouse=True)
def _isolated_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """Tests run in a temp dir so ./frameworks of the checkout never leaks in."""
    monkeypatch.chdir(tmp_path)
    os.environ.pop("CSMATRIX_PATH", None)
    from csmatrix.words import set_lang

    set_lang(None)  # an earlier in-process --lang must not leak into this test
    marker = request.node.get_closest_marker("lang")
    if marker is not None:  # @pytest.mark.lang("ja"): the test reads what a Japanese reader sees
        monkeypatch.setenv("CSMATRIX_LANG", marker.args[0])
