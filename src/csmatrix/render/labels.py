"""How every renderer writes a number, a share and a list of names (one rule each)."""

from __future__ import annotations


def number(value: float | None, missing: str = "–", *, fixed: bool = False) -> str:
    """A level, gap or mean as people read it: 3 -> '3', 2.50 -> '2.5', 2.667 -> '2.67'.

    None (no value) is written ``missing``: '–' in reports, '' in the blank cells of a sheet.
    ``fixed`` keeps two decimals on a float (2.5 -> '2.50'), so means line up in a column.
    """
    if value is None:
        return missing
    if isinstance(value, float):
        text = f"{value:.2f}"
        return text if fixed else text.rstrip("0").rstrip(".")
    return str(value)


def percent(value: float | None) -> str:
    """A readiness share as people read it: 0.667 -> '67%'; None -> '–'."""
    return "–" if value is None else f"{round(value * 100)}%"
