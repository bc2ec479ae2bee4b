"""UI words of the team view in both languages (shared by the table and Markdown)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from csmatrix.words import word


def mark(level: int, target: int | None) -> str:
    """The level and its relation to the target, readable without colour: ``2<``, ``3``, ``4>``, ``-``."""
    if level == 0:
        return "-"
    if target is None or level == target:
        return str(level)
    return f"{level}<" if level < target else f"{level}>"


def status(level: int, target: int | None) -> str:
    """below | at | above | unrated | none (no target)."""
    if level == 0:
        return "unrated"
    if target is None:
        return "none"
    if level < target:
        return "below"
    return "at" if level == target else "above"


def unit_head(unit: dict[str, Any], lang: str) -> str:
    """'high-touch(3人)' / 'high-touch (3 members)'; members without a unit are '(ユニットなし)'."""
    label = unit["unit"] if unit["unit"] is not None else word("team.no_unit", lang)
    count = len(unit["members"])
    return word("team.unit_head_1" if count == 1 else "team.unit_head", lang, unit=label, n=count)


def notice_text(code: str, fields: Mapping[str, object], lang: str, width: int | None = None) -> str:
    """A notice of ``gather`` in ``lang``: ``csmatrix: 注意: …``, wrapped to ``width`` under itself."""
    prefix = word("notice.prefix", lang)
    text = word(f"notice.{code}", lang, **fields)
    if width is None:
        return prefix + text
    from rich.cells import cell_len

    from csmatrix.render.wrap import wrap

    indent = " " * cell_len(prefix)
    lines = wrap(text, max(width - len(indent), 20))
    return "\n".join((prefix if i == 0 else indent) + line for i, line in enumerate(lines))
