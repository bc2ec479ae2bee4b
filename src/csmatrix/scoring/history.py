"""How a member's levels moved across their dated assessments (``assess --history``).

Pure: no I/O, no terminal.  Assessments are put in the order the scoring rules
use (date, then ``self`` before an assessor on the same date, then file order),
so the last rating of a skill here is always its current level in the gap report.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import Rating, ratings, recency


@dataclass(frozen=True)
class Step:
    """One assessment of the member, in scoring order."""

    index: int  # position in the file
    date: dt.date
    by: str
    is_self: bool
    method: str | None = None  # how the ratings were obtained, when the assessment says


@dataclass(frozen=True)
class SkillHistory:
    id: str
    name: LangMap
    ratings: list[Rating]  # oldest first, scoring order

    @property
    def path(self) -> list[int]:
        """The current level after each assessment that rated the skill, repeats folded."""
        out: list[int] = []
        for rating in self.ratings:
            if not out or out[-1] != rating.level:
                out.append(rating.level)
        return out

    def by_step(self) -> dict[int, int]:
        """Assessment index in the file -> the level it gave."""
        return {rating.index: rating.level for rating in self.ratings}

    def of_kind(self, is_self: bool) -> list[int]:
        return [r.level for r in self.ratings if r.is_self == is_self]


@dataclass
class History:
    member_id: str
    steps: list[Step]
    skills: list[SkillHistory]  # framework order, every skill of the framework

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        return {
            "assessments": [
                {
                    "index": s.index,
                    "date": s.date.isoformat(),
                    "by": s.by,
                    "self": s.is_self,
                    "method": s.method,
                }
                for s in self.steps
            ],
            "skills": [
                {
                    "id": skill.id,
                    "name": skill.name.get(lang),
                    "path": skill.path,
                    "ratings": [
                        {
                            "date": r.date.isoformat(),
                            "by": r.by,
                            "self": r.is_self,
                            "level": r.level,
                            "index": r.index,
                        }
                        for r in skill.ratings
                    ],
                }
                for skill in self.skills
            ],
        }


def history(member: Member, fw: Framework, member_id: str | None = None) -> History:
    """Every skill of ``fw`` with the ratings ``member`` received, in scoring order."""
    steps = sorted(
        (Step(i, a.date, a.by, a.is_self, a.method) for i, a in enumerate(member.assessments)),
        key=lambda s: recency(s.date, s.is_self, s.index),
    )
    rows = ratings(member)
    skills = [SkillHistory(p.skill.id, p.skill.name, rows.get(p.skill.id, [])) for p in fw.placed]
    return History(member_id or member.id or "", steps, skills)
