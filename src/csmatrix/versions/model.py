"""What a framework diff holds: plain records with JSON-able views.

Texts stay ``LangMap``s until ``as_dict(lang)`` picks the language, so one
diff serves ``--lang ja`` and ``--lang en``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from csmatrix.models.common import LangMap
from csmatrix.versions.textdiff import diff_words

Value = LangMap | str | list[str] | int | None


def pick(value: Value, lang: str, other: Value = None) -> Any:
    """The text in ``lang``; when both sides agree in ``lang``, the other language.

    A change made only to the English text must still be visible in a
    Japanese report, so we show the language that actually changed.
    """
    if isinstance(value, LangMap):
        if isinstance(other, LangMap) and value.get(lang) == other.get(lang):
            return value.get("en" if lang == "ja" else "ja")
        return value.get(lang)
    return value


@dataclass(frozen=True)
class Change:
    """One field that differs: ``name``, ``summary``, ``levels.3``, ``tags`` ..."""

    field: str
    before: Value
    after: Value

    def as_dict(self, lang: str) -> dict[str, Any]:
        before = pick(self.before, lang, self.after)
        after = pick(self.after, lang, self.before)
        out: dict[str, Any] = {"field": self.field, "from": before, "to": after}
        if isinstance(before, str) and isinstance(after, str):
            out["diff"] = [s.as_dict() for s in diff_words(before, after)]
        return out


def changes_of(pairs: list[tuple[str, Value, Value]]) -> list[Change]:
    return [Change(name, a, b) for name, a, b in pairs if a != b]


def fields_of(changes: list[Change]) -> list[str]:
    out: list[str] = []
    for change in changes:
        name = change.field.split(".")[0]
        if name not in out:
            out.append(name)
    return out


@dataclass
class SkillChange:
    id: str
    changes: list[Change]
    old_id: str | None = None

    @property
    def levels(self) -> list[int]:
        return [int(c.field.split(".")[1]) for c in self.changes if c.field.startswith("levels.")]

    def as_dict(self, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "fields": fields_of(self.changes)}
        if self.old_id is not None and self.old_id != self.id:
            out["was"] = self.old_id
        if self.levels:
            out["levels"] = self.levels
        out["changes"] = [c.as_dict(lang) for c in self.changes]
        return out


@dataclass
class Moved:
    id: str
    old_category: str
    new_category: str
    old_axis: str
    new_axis: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "from": self.old_category,
            "to": self.new_category,
            "from_axis": self.old_axis,
            "to_axis": self.new_axis,
        }


@dataclass
class GroupDiff:
    """Categories, axes or roles: matched by id (and, for renames, by content)."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, list[Change]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.renamed or self.changed)

    def as_dict(self, lang: str, key: str = "id") -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "renamed": [{"from": a, "to": b} for a, b in self.renamed],
            "changed": [
                {key: ident, "fields": fields_of(changes), "changes": [c.as_dict(lang) for c in changes]}
                for ident, changes in self.changed
            ],
        }


@dataclass(frozen=True)
class TargetChange:
    role: str
    skill: str
    before: int | None
    after: int | None
    old_skill: str | None = None  # when the skill was renamed or merged

    @property
    def kind(self) -> str:
        if self.before is None:
            return "new"
        if self.after is None:
            return "dropped"
        return "raised" if self.after > self.before else "lowered"

    def as_dict(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "skill": self.skill,
            "from": self.before,
            "to": self.after,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Reason:
    bump: str  # major | minor | patch
    code: str
    args: dict[str, Any]
    text: dict[str, str]

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {"bump": self.bump, "code": self.code, **self.args, "text": self.text[lang]}
