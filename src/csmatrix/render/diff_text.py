"""Shared bits of the diff renderers: UI words in both languages."""

from __future__ import annotations

from typing import Any

from csmatrix.words import word


def similar(before: str, after: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, before, after, autojunk=False).ratio()


def target_cell(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before}→{'–' if after is None else after}"


def reason_words(reason: dict[str, Any], names: dict[str, Any], lang: str) -> str:
    """A bump reason in words, with the names of skills, roles and categories (not ids)."""
    from csmatrix.versions.semver import describe

    if "fields" not in reason or reason.get("code") not in _codes():
        return str(reason.get("text", ""))
    return describe(reason["code"], reason["fields"], names, lang)


def _codes() -> dict[str, str]:
    from csmatrix.versions.semver import BUMPS

    return BUMPS


def field_label(field: str, lang: str) -> str:
    """A changed field as people read it: ``levels.3`` -> ``L3``, ``summary`` -> ``概要``."""
    if field.startswith("levels."):
        return "L" + field.split(".", 1)[1]
    return word(f"field.{field}", lang)


def field_value(field: str, value: Any, lang: str) -> Any:
    """A field's value in words where it is one of ours (a level's scope), else as it is."""
    if field == "scope" and value in ("individual", "organization"):
        return word(f"scope.{value}", lang)
    return value
