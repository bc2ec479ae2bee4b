"""The one problem type and the exceptions the CLI turns into exit codes.

Core code never prints and never exits: it returns problems or raises one of
these, and ``cli.py`` decides what the person sees.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.words import Msg, say

Text = Msg | str  # a message; a plain str only where the text is not ours (tests refuse it: strict)


def _check(text: Text, what: str) -> None:
    """Under ``CSMATRIX_STRICT_MESSAGES=1`` (the tests) a plain English message is a bug."""
    if isinstance(text, str) and text and os.environ.get("CSMATRIX_STRICT_MESSAGES") == "1":
        raise TypeError(f"{what} is a plain str, not a csmatrix.words.Msg: {text!r}")


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with a file, located at what the person wrote.

    ``line`` and ``col`` are 1-based; 0 means "the file as a whole".
    ``loc`` is the dotted data path (``categories.0.skills.2.levels``), or "".
    """

    path: str
    line: int
    col: int
    message: Text
    loc: str = ""
    hint: Text = field(default="", compare=False)
    severity: str = field(default="error", compare=False)

    def __post_init__(self) -> None:
        _check(self.message, "a problem's message")
        _check(self.hint, "a problem's hint")

    def format(self, lang: str | None = None) -> str:
        """``path:line:col: error: message (hint)``: ``error:`` stays English for editors and CI."""
        where = f"{self.path}:{self.line}:{self.col}"
        text = f"{where}: {self.severity}: {say(self.message, lang)}"
        if self.hint:
            text += f" ({say(self.hint, lang)})"
        return text

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "severity": self.severity,
            "loc": self.loc,
            "message": say(self.message),
            "hint": say(self.hint),
        }


class CsmatrixError(Exception):
    """An error the user can fix; the message says how."""

    exit_code = 1

    def __init__(self, message: Text, hint: Text = "") -> None:
        _check(message, "an error's message")
        _check(hint, "an error's hint")
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        if self.hint:
            return say(Msg("error.with_hint", message=self.message, hint=self.hint))
        return say(self.message)


class InvalidInput(CsmatrixError):
    """One or more files are invalid; ``problems`` says where and why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems)
        count = len(self.problems)
        files = len({p.path for p in self.problems})
        super().__init__(problems_summary(count, files))


def problems_summary(count: int, files: int) -> Msg:
    """``3 problems in 2 files``."""
    return Msg(
        "error.summary", n=count, s="s" if count != 1 else "", files=files, fs="s" if files != 1 else ""
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
