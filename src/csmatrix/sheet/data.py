"""The rows of a skill sheet: what every sheet format shows, in one pure model.

A sheet lists every skill of a framework, grouped by axis and category, with
all level descriptors, the role's target level and, for a 1on1 sheet built
from a member file, the member's current level and gap.  It carries what
``import`` needs to read a filled sheet back (framework reference, member,
role) and the column names ``import`` recognises, in both languages.

Renderers (``render/sheet_*.py``) turn a ``SheetData`` into Markdown, HTML,
CSV or XLSX; ``sheet/readback.py`` reads CSV/XLSX back.  No I/O here.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.words import texts, word

SHEET_FORMAT = "csmatrix-sheet@1"
"""Marker written into CSV and XLSX sheets; ``import`` refuses files without it."""

META_SHEET = "_csmatrix"
"""The hidden XLSX sheet holding the marker, framework, member and role (written and read back)."""

TARGET_MARK = "◎"
CURRENT_MARK = "●"

# Columns ``import`` looks for, by header text in any language.
IMPORT_COLUMNS = {
    "id": ("id",),
    "level": ("level", "level_member"),
    "note": ("note",),
}


def header_key(text: object) -> str:
    """The comparable form of a header cell: NFKC, first line, no '(…)', lower case."""
    value = unicodedata.normalize("NFKC", "" if text is None else str(text)).strip()
    value = value.splitlines()[0] if value else ""
    for opener in ("(", "["):
        if opener in value:
            value = value[: value.index(opener)]
    return value.strip().lower()


def import_labels() -> dict[str, str]:
    """Header text (as ``header_key`` gives it) -> column key, for every language."""
    out: dict[str, str] = {}
    for key, words in IMPORT_COLUMNS.items():
        for w in words:
            for text in texts(f"sheet.{w}"):
                out[header_key(text)] = key
    return out


def display_width(text: str) -> int:
    """Terminal/spreadsheet width: East Asian wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


@dataclass(frozen=True)
class ScaleStep:
    level: int
    name: str
    scope: str  # individual | organization
    scope_name: str

    @property
    def label(self) -> str:
        """``1 見習い (個人)``: the header of a descriptor column."""
        return f"{self.level} {self.name} ({self.scope_name})"


@dataclass(frozen=True)
class SheetRow:
    skill_id: str
    axis_id: str
    axis: str
    category_id: str
    category: str
    name: str
    summary: str
    descriptors: tuple[str, ...]  # one per scale step, in scale order
    target: int | None
    current: int | None = None  # None: no member, or unrated
    gap: int | None = None
    rated_on: str | None = None

    def prefill(self) -> int | None:
        """What the rating column starts with: the current level on a 1on1 sheet."""
        return self.current


@dataclass(frozen=True)
class Group:
    axis_id: str
    axis: str
    category_id: str
    category: str
    rows: tuple[SheetRow, ...]


@dataclass
class SheetData:
    framework: str  # family@version as the member file should say it
    title: str
    lang: str
    scale: list[ScaleStep]
    role_id: str | None
    role: str | None
    member_id: str | None
    member_name: str | None
    rows: list[SheetRow] = field(default_factory=list)

    @property
    def has_member(self) -> bool:
        return self.member_name is not None

    @property
    def low(self) -> int:
        return self.scale[0].level

    @property
    def top(self) -> int:
        return self.scale[-1].level

    def w(self, key: str) -> str:
        return word(f"sheet.{key}", self.lang)

    @property
    def level_header(self) -> str:
        """The rating column's header, with the scale: ``自己評価 (1–5)``."""
        return f"{self.w('level_member' if self.has_member else 'level')} ({self.low}-{self.top})"

    @property
    def instructions(self) -> str:
        key = "how_member" if self.has_member else "how"
        return self.w(key).format(
            level=self.w("level_member" if self.has_member else "level"),
            note=self.w("note"),
            low=self.low,
            top=self.top,
        )

    @property
    def choose(self) -> str:
        """What the rating cell takes, in the sheet's language (the drop-down's messages)."""
        return self.w("choose").format(low=self.low, top=self.top)

    @property
    def role_text(self) -> str:
        return f"{self.role} ({self.role_id})" if self.role_id else self.w("no_role")

    def groups(self) -> list[Group]:
        """Consecutive rows of one category, in framework order."""
        out: list[Group] = []
        for row in self.rows:
            if out and out[-1].category_id == row.category_id:
                last = out[-1]
                out[-1] = Group(last.axis_id, last.axis, last.category_id, last.category, (*last.rows, row))
            else:
                out.append(Group(row.axis_id, row.axis, row.category_id, row.category, (row,)))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": SHEET_FORMAT,
            "framework": self.framework,
            "title": self.title,
            "lang": self.lang,
            "role": self.role_id,
            "member": {"id": self.member_id, "name": self.member_name} if self.has_member else None,
            "scale": [{"level": s.level, "name": s.name, "scope": s.scope} for s in self.scale],
            "skills": [
                {
                    "id": r.skill_id,
                    "axis": r.axis_id,
                    "category": r.category_id,
                    "name": r.name,
                    "target": r.target,
                    "current": r.current,
                    "gap": r.gap,
                }
                for r in self.rows
            ],
        }


def build_sheet(
    fw: Framework,
    lang: str = "ja",
    role_id: str | None = None,
    member: Member | None = None,
    member_id: str | None = None,
    reference: str | None = None,
) -> SheetData:
    """The sheet of ``fw`` for ``role_id`` (default: the member's role).

    ``reference`` is what the sheet records as the framework (default
    ``fw.ref``); a member's sheet keeps the member's own ``framework:`` text.
    """
    scale = [
        ScaleStep(s.level, s.name.get(lang), s.scope, word(f"scope.{s.scope}", lang))
        for s in sorted(fw.levels, key=lambda s: s.level)
    ]
    report = None
    if member is not None:
        from csmatrix.scoring.gaps import score

        report = score(member, fw, role_id=role_id, member_id=member_id)
        role = report.role
    else:
        role = fw.role(role_id)
    scores = {s.id: s for s in report.skills} if report else {}
    rows = []
    for placed in fw.placed:
        skill = placed.skill
        target = fw.target(role, skill.id)
        current = gap = None
        rated_on = None
        if report is not None:
            s = scores[skill.id]
            current = None if s.unrated else s.current
            gap = s.gap
            rated_on = s.rating.date.isoformat() if s.rating else None
        rows.append(
            SheetRow(
                skill_id=skill.id,
                axis_id=placed.category.axis,
                axis=placed.axis.name.get(lang) if placed.axis else placed.category.axis,
                category_id=placed.category.id,
                category=placed.category.name.get(lang),
                name=skill.name.get(lang),
                summary=skill.summary.get(lang) if skill.summary else "",
                descriptors=tuple(
                    skill.levels[s.level].get(lang) if s.level in skill.levels else "" for s in scale
                ),
                target=target,
                current=current,
                gap=gap,
                rated_on=rated_on,
            )
        )
    return SheetData(
        framework=reference or fw.ref,
        title=fw.title.get(lang),
        lang=lang,
        scale=scale,
        role_id=role.id if role else None,
        role=role.name.get(lang) if role else None,
        member_id=(member_id or member.id) if member is not None else None,
        member_name=member.name.get(lang) if member is not None else None,
        rows=rows,
    )
