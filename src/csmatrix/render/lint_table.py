"""`csmatrix lint` for people: one located warning per line, then counts by rule."""

from __future__ import annotations

from collections import Counter
from typing import Any

from csmatrix.render.labels import pick

WORDS: dict[str, dict[str, str]] = {
    "clean": {
        "en": "csmatrix: lint: {files} framework{s}, no warnings",
        "ja": "csmatrix: lint: {files}件のフレームワーク、警告なし",
    },
    "found": {
        "en": "csmatrix: lint: {total} warning{ws} in {files} framework{s} ({by_rule})",
        "ja": "csmatrix: lint: {files}件のフレームワークに{total}件の警告({by_rule})",
    },
}


def lint_lines(findings: list[Any]) -> str:
    """``path:line:col: warning: message [rule]``, one per line (yamllint's parsable form)."""
    return "".join(f"{finding.format()}\n" for finding in findings)


def lint_summary(findings: list[Any], files: int, lang: str = "en") -> str:
    plural = "s" if files != 1 else ""
    if not findings:
        return pick(WORDS, "clean", lang, files=files, s=plural)
    counts = Counter(finding.rule for finding in findings)
    by_rule = ", ".join(f"{rule} {count}" for rule, count in sorted(counts.items()))
    total = len(findings)
    return pick(
        WORDS,
        "found",
        lang,
        total=total,
        ws="s" if total != 1 else "",
        files=files,
        s=plural,
        by_rule=by_rule,
    )
