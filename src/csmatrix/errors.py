"""The one problem type and the exceptions the CLI turns into exit codes.

Core code never prints and never exits: it returns problems or raises one of
these, and ``cli.py`` decides what the person sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file, located at what the person wrote.

    ``line`` and ``col`` are 1-based; 0 means "the file as a whole".
    ``loc`` is the dotted data path (``categories.0.skills.2.levels``), or "".
    """

    path: str
    line: int
    col: int
    message: str
    loc: str = ""
    hint: str = field(default="", compare=False)
    severity: str = field(default="error", compare=False)

    def format(self) -> str:
        where = f"{self.path}:{self.line}:{self.col}"
        text = f"{where}: {self.severity}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "loc": self.loc,
            "message": self.message,
            "hint": self.hint,
        }


class CsmatrixError(Exception):
    """An error the user can fix; the message says how."""

    exit_code = 1

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message}\n  hint: {self.hint}" if self.hint else self.message


class InvalidInput(CsmatrixError):
    """One or more files are invalid; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        files = len({p.path for p in self.problems})
        super().__init__(
            f"{count} problem{'s' if count != 1 else ''} in {files} file{'s' if files != 1 else ''}"
        )


class UsageError(CsmatrixError):
    """The command line asks for something impossible (exit 2)."""

    exit_code = 2


def display_path(path: str | Path) -> str:
    """The path as the person typed it, relative to the working dir when shorter."""
    text = str(path)
    try:
        rel = Path(path).resolve().relative_to(Path.cwd().resolve())
    except (ValueError, OSError):
        return text
    rel_text = str(rel)
    return rel_text if len(rel_text) <= len(text) else text
