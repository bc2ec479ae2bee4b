"""Shared bits of the diff renderers: UI words in both languages."""

from __future__ import annotations


def similar(before: str, after: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, before, after, autojunk=False).ratio()


def target_cell(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before}→{'–' if after is None else after}"
