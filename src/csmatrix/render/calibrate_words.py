"""Every word `csmatrix calibrate` shows a person, in both languages."""

from __future__ import annotations

from csmatrix.words import word


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def share(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def flags(reasons: list[str], lang: str) -> str:
    return ", ".join(word(f"calibrate.{r}", lang) for r in reasons)
