"""`csmatrix lint` for people: one located warning per line, then counts by rule."""

from __future__ import annotations

from collections import Counter
from typing import Any


def lint_lines(findings: list[Any]) -> str:
    """``path:line:col: warning: message [rule]``, one per line (yamllint's parsable form)."""
    return "".join(f"{finding.format()}\n" for finding in findings)


def lint_summary(findings: list[Any], files: int) -> str:
    if not findings:
        return f"csmatrix: lint: {files} framework{'s' if files != 1 else ''}, no warnings"
    counts = Counter(finding.rule for finding in findings)
    by_rule = ", ".join(f"{rule} {count}" for rule, count in sorted(counts.items()))
    total = len(findings)
    return (
        f"csmatrix: lint: {total} warning{'s' if total != 1 else ''} in {files} "
        f"framework{'s' if files != 1 else ''} ({by_rule})"
    )
