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
def _isolated_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests run in a temp dir so ./frameworks of the checkout never leaks in."""
    monkeypatch.chdir(tmp_path)
    os.environ.pop("CSMATRIX_PATH", None)
