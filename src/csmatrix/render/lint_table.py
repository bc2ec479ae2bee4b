"""`csmatrix lint` for people: one located warning per line, then counts by rule."""

from __future__ import annotations

from collections import Counter
from typing import Any

from csmatrix.words import word


def lint_lines(findings: list[Any]) -> str:
    """``path:line:col: warning: message [rule]``, one per line (yamllint's parsable form)."""
    return "".join(f"{finding.format()}\n" for finding in findings)


def lint_summary(findings: list[Any], files: int, lang: str = "en") -> str:
    plural = "s" if files != 1 else ""
    if not findings:
        return word("lint.clean", lang, files=files, s=plural)
    counts = Counter(finding.rule for finding in findings)
    by_rule = ", ".join(f"{rule} {count}" for rule, count in sorted(counts.items()))
    total = len(findings)
    return word(
        "lint.found",
        lang,
        total=total,
        ws="s" if total != 1 else "",
        files=files,
        s=plural,
        by_rule=by_rule,
    )
