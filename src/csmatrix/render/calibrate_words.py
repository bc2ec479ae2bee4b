"""Every word `csmatrix calibrate` shows a person, in both languages."""

from __future__ import annotations

from typing import Any

from csmatrix.words import word


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def rule_text(data: dict[str, Any], lang: str) -> str:
    """The thresholds the flags were raised by, in one sentence."""
    rule = data["rule"]
    return word(
        "calibrate.rule",
        lang,
        leniency=rule["leniency"],
        share=rule["discrepancy_share"],
        min=rule["min_shared"],
    )


def flags(reasons: list[str], lang: str) -> str:
    return ", ".join(word(f"calibrate.{r}", lang) for r in reasons)
