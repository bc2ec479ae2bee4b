"""Short UI words in both languages (headings, scope names)."""

from __future__ import annotations


def percent(value: float | None) -> str:
    """A readiness share as people read it: 0.667 -> '67%'; None -> '–'."""
    return "–" if value is None else f"{round(value * 100)}%"
