"""Scoring a member against a framework and role, exactly as SPEC.md defines it.

Pure functions over validated models: no I/O, no terminal.  Every number a
report shows comes from here, so the rules live in one place:

* current(s): the level of the most recent assessment (by date) that rates s;
  on the same date a non-self assessor wins over ``self``; between two of the
  same kind the later one in the file wins.  Unrated skills count as 0.
* target(s): role targets skill -> category -> axis -> default.
* gap(s) = max(0, target - current), None without a target.
* mean: arithmetic mean of current, ``round(x, 2)``; attained: min of current.
* readiness: share of targeted skills at or above target, ``round(x, 3)``.
  When the role has ``requires_method``, a skill's level for readiness is the
  latest rating obtained by one of those methods (0 when there is none); the
  skills that reach their target only by a rating that does not count are
  listed in ``not_counted``.
* discrepancy: latest self and latest non-self rating differ by 2 or more.
* next step: descriptor of level current + 1 for a skill below its target
  (or below the top of the scale when it has no target).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from csmatrix.errors import CsmatrixError
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework, Role
from csmatrix.models.member import Member
from csmatrix.rules.semantic import unknown_role

DISCREPANCY = 2


def recency(date: dt.date, is_self: bool, index: int) -> tuple[dt.date, int, int]:
    """The "current rating" order, the one rule: later date, then an assessor over
    ``self`` on the same date, then later in the file.  The greatest key wins."""
    return (date, 0 if is_self else 1, index)


@dataclass(frozen=True)
class Rating:
    """One rating of one skill, with where it came from."""

    skill: str
    level: int
    date: dt.date
    by: str
    is_self: bool
    index: int  # position of its assessment in the file
    note: str | None = None
    evidence: tuple[str, ...] = ()
    method: str | None = None
    assessor_org: str | None = None

    @property
    def rank(self) -> tuple[dt.date, int, int]:
        """Sort key (:func:`recency`): later date, then assessor over self, then later in the file."""
        return recency(self.date, self.is_self, self.index)


def ratings(member: Member) -> dict[str, list[Rating]]:
    """Every rating per skill, oldest first (by ``Rating.rank``)."""
    out: dict[str, list[Rating]] = {}
    for index, assessment in enumerate(member.assessments):
        for skill, level in assessment.levels.items():
            out.setdefault(skill, []).append(
                Rating(
                    skill,
                    level,
                    assessment.date,
                    assessment.by,
                    assessment.is_self,
                    index,
                    assessment.notes.get(skill),
                    tuple(assessment.evidence.get(skill, ())),
                    assessment.method,
                    assessment.assessor_org,
                )
            )
    for rows in out.values():
        rows.sort(key=lambda r: r.rank)
    return out


def current_ratings(member: Member) -> dict[str, Rating]:
    """The rating that counts for each rated skill."""
    return {skill: rows[-1] for skill, rows in ratings(member).items()}


def current_levels(member: Member) -> dict[str, int]:
    return {skill: rating.level for skill, rating in current_ratings(member).items()}


def mean(values: Sequence[int]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


def readiness(pairs: Iterable[tuple[int, int | None]]) -> float | None:
    """Share of (current, target) pairs with a target where current >= target."""
    targeted = [(current, target) for current, target in pairs if target is not None]
    if not targeted:
        return None
    met = sum(1 for current, target in targeted if current >= target)
    return round(met / len(targeted), 3)


@dataclass(frozen=True)
class Discrepancy:
    skill: str
    self_level: int
    other_level: int
    other_by: str
    self_date: dt.date
    other_date: dt.date

    @property
    def difference(self) -> int:
        return abs(self.self_level - self.other_level)


def discrepancies(member: Member) -> list[Discrepancy]:
    out = []
    for skill, rows in ratings(member).items():
        selfs = [r for r in rows if r.is_self]
        others = [r for r in rows if not r.is_self]
        if selfs and others:
            mine, theirs = selfs[-1], others[-1]
            if abs(mine.level - theirs.level) >= DISCREPANCY:
                out.append(Discrepancy(skill, mine.level, theirs.level, theirs.by, mine.date, theirs.date))
    return out


@dataclass(frozen=True)
class SkillScore:
    id: str
    name: LangMap
    category: str
    axis: str
    current: int
    target: int | None
    gap: int | None
    next_level: int | None
    next: LangMap | None
    rating: Rating | None
    # When the role requires a method: the latest rating obtained by one of those
    # methods (None: none was), and its level, which is what readiness counts.
    counted: int | None = None
    counted_rating: Rating | None = None

    @property
    def unrated(self) -> bool:
        return self.rating is None

    @property
    def ready_level(self) -> int:
        """The level readiness compares with the target."""
        return self.current if self.counted is None else self.counted

    @property
    def not_counted(self) -> bool:
        """Reaches its target only by a rating the role does not count (the method rule decides it)."""
        return (
            self.counted is not None
            and self.target is not None
            and self.current >= self.target > self.counted
        )


@dataclass(frozen=True)
class GroupScore:
    """A category, an axis, or the whole framework."""

    id: str
    name: LangMap | None
    mean: float | None
    attained: int | None
    readiness: float | None
    skills: int
    axis: str | None = None
    met: int = 0  # skills with a target whose current reaches it
    targeted: int = 0  # skills with a target


@dataclass(frozen=True)
class Source:
    """An assessment that supplies at least one current level."""

    date: dt.date
    by: str
    is_self: bool
    index: int
    skills: int  # how many current levels come from it


@dataclass
class GapReport:
    member_id: str
    member: Member
    framework: Framework
    role: Role | None
    skills: list[SkillScore]
    categories: list[GroupScore]
    axes: list[GroupScore]
    overall: GroupScore
    unrated: list[str]
    discrepancies: list[Discrepancy]
    assessed_on: dt.date | None
    by: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)  # newest first

    @property
    def ok(self) -> bool:
        return True

    def by_gap(self) -> list[SkillScore]:
        """Largest gap first; then framework order (skills without target last)."""
        order = {s.id: i for i, s in enumerate(self.skills)}
        return sorted(self.skills, key=lambda s: (-(s.gap if s.gap is not None else -1), order[s.id]))

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        fw = self.framework

        def group(g: GroupScore) -> dict[str, Any]:
            data: dict[str, Any] = {"id": g.id, "name": g.name.get(lang) if g.name else None}
            if g.axis is not None:
                data["axis"] = g.axis
            data.update(
                {
                    "mean": g.mean,
                    "attained": g.attained,
                    "readiness": g.readiness,
                    "skills": g.skills,
                    "met": g.met,
                    "targeted": g.targeted,
                }
            )
            return data

        def scope(level: int | None) -> str | None:
            return fw.scale[level].scope if level is not None and level in fw.scale else None

        return {
            "member": {
                "id": self.member_id,
                "name": self.member.name.get(lang),
                "background": self.member.background.get(lang) if self.member.background else None,
                "joined": self.member.joined.isoformat() if self.member.joined else None,
            },
            "framework": fw.ref,
            "role": self.role.id if self.role else None,
            "role_name": self.role.name.get(lang) if self.role else None,
            "assessed_on": self.assessed_on.isoformat() if self.assessed_on else None,
            "assessed_by": self.by,
            "scale": {"min": 1, "max": fw.top},
            "levels": [{"level": lv.level, "name": lv.name.get(lang), "scope": lv.scope} for lv in fw.levels],
            "assessments_used": [
                {"date": src.date.isoformat(), "by": src.by, "self": src.is_self, "skills": src.skills}
                for src in self.sources
            ],
            "skills": [
                {
                    "id": s.id,
                    "name": s.name.get(lang),
                    "category": s.category,
                    "axis": s.axis,
                    "current": s.current,
                    "target": s.target,
                    "gap": s.gap,
                    "next_level": s.next_level,
                    "next": s.next.get(lang) if s.next else None,
                    "scope": scope(s.next_level),
                    "target_scope": scope(s.target),
                    "rated_on": s.rating.date.isoformat() if s.rating else None,
                    "rated_by": s.rating.by if s.rating else None,
                    "note": s.rating.note if s.rating else None,
                    "method": s.rating.method if s.rating else None,
                    "assessor_org": s.rating.assessor_org if s.rating else None,
                }
                for s in self.skills
            ],
            "categories": [group(g) for g in self.categories],
            "axes": [group(g) for g in self.axes],
            "overall": {
                "mean": self.overall.mean,
                "attained": self.overall.attained,
                "readiness": self.overall.readiness,
                "skills": self.overall.skills,
                "met": self.overall.met,
                "targeted": self.overall.targeted,
            },
            "unrated": list(self.unrated),
            "requires_method": list(self.role.requires_method) if self.role else [],
            "not_counted": [
                {
                    "id": s.id,
                    "current": s.current,
                    "method": s.rating.method if s.rating else None,
                    "rated_on": s.rating.date.isoformat() if s.rating else None,
                    "rated_by": s.rating.by if s.rating else None,
                    "counted": s.counted,
                    "counted_method": s.counted_rating.method if s.counted_rating else None,
                    "counted_on": s.counted_rating.date.isoformat() if s.counted_rating else None,
                    "target": s.target,
                }
                for s in self.skills
                if s.not_counted
            ],
            "discrepancies": [
                {
                    "id": d.skill,
                    "self": d.self_level,
                    "assessor": d.other_level,
                    "assessor_by": d.other_by,
                    "difference": d.difference,
                    "self_date": d.self_date.isoformat(),
                    "assessor_date": d.other_date.isoformat(),
                }
                for d in self.discrepancies
            ],
        }


def skill_score(
    fw: Framework, role: Role | None, skill_id: str, rating: Rating | None, history: Sequence[Rating] = ()
) -> SkillScore:
    """``history``: every rating of the skill, oldest first (needed when the role requires a method)."""
    placed = fw.skills[skill_id]
    current = rating.level if rating else 0
    target = fw.target(role, skill_id)
    gap = max(0, target - current) if target is not None else None
    below = current < target if target is not None else current < fw.top
    next_level = current + 1 if below and current + 1 in placed.skill.levels else None
    counted: int | None = None
    counted_rating: Rating | None = None
    if role is not None and role.requires_method:
        allowed = [r for r in history if r.method in role.requires_method]
        counted_rating = allowed[-1] if allowed else None
        counted = counted_rating.level if counted_rating else 0
    return SkillScore(
        id=skill_id,
        name=placed.skill.name,
        category=placed.category.id,
        axis=placed.category.axis,
        current=current,
        target=target,
        gap=gap,
        next_level=next_level,
        next=placed.skill.levels[next_level] if next_level is not None else None,
        rating=rating,
        counted=counted,
        counted_rating=counted_rating,
    )


def _group(ident: str, name: LangMap | None, scores: list[SkillScore], axis: str | None = None) -> GroupScore:
    currents = [s.current for s in scores]
    targeted = [s for s in scores if s.target is not None]
    return GroupScore(
        id=ident,
        name=name,
        mean=mean(currents),
        attained=min(currents) if currents else None,
        readiness=readiness((s.ready_level, s.target) for s in scores),
        skills=len(scores),
        axis=axis,
        met=sum(1 for s in targeted if s.target is not None and s.ready_level >= s.target),
        targeted=len(targeted),
    )


def score(
    member: Member, fw: Framework, role_id: str | None = None, member_id: str | None = None
) -> GapReport:
    """The gap report of ``member`` against ``fw`` for ``role_id`` (default: their role).

    Ratings of skills the framework does not have are ignored here (validation
    reports them); callers pass validated members.
    """
    role = fw.role(role_id if role_id is not None else member.role)
    history = ratings(member)
    skills = [
        skill_score(fw, role, p.skill.id, rows[-1] if (rows := history.get(p.skill.id)) else None, rows or ())
        for p in fw.placed
    ]
    categories = [
        _group(c.id, c.name, [s for s in skills if s.category == c.id], c.axis) for c in fw.categories
    ]
    axes = [_group(a.id, a.name, [s for s in skills if s.axis == a.id]) for a in fw.axes]
    used = [s.rating for s in skills if s.rating is not None]
    return GapReport(
        member_id=member_id or member.id or "",
        member=member,
        framework=fw,
        role=role,
        skills=skills,
        categories=categories,
        axes=axes,
        overall=_group("overall", None, skills),
        unrated=[s.id for s in skills if s.rating is None],
        discrepancies=[d for d in discrepancies(member) if d.skill in fw.skills],
        assessed_on=max((r.date for r in used), default=None),
        by=sorted({r.by for r in used}),
        sources=_sources(member, used),
    )


def _sources(member: Member, used: list[Rating]) -> list[Source]:
    counts: dict[int, int] = {}
    for rating in used:
        counts[rating.index] = counts.get(rating.index, 0) + 1
    out = []
    for index, count in counts.items():
        assessment = member.assessments[index]
        out.append(Source(assessment.date, assessment.by, assessment.is_self, index, count))
    return sorted(out, key=lambda s: recency(s.date, s.is_self, s.index), reverse=True)


def resolve_role(fw: Framework, role_id: str | None) -> Role | None:
    """The role ``role_id`` names in ``fw``; an unknown id is an error naming the roles."""
    if role_id is None:
        return None
    role = fw.role(role_id)
    if role is None:
        message, hint = unknown_role(fw, role_id)
        raise CsmatrixError(message, hint=hint)
    return role
