"""UI words of the plans (what-if, growth capacity, rotation) in both languages."""

from __future__ import annotations


def names_of(view_members: list[dict[str, object]]) -> dict[str, str]:
    return {str(m["id"]): str(m["name"]) for m in view_members}
