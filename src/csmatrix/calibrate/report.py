"""Assessor calibration: how each assessor rates, before a calibration meeting.

For every assessor (an assessment's ``by`` other than ``self``), over every
rating they gave (one skill of one member in one assessment):

``ratings``
    how many ratings they gave.
``mean``
    the mean level they gave (2 decimals).
``self_gap``
    the mean of (their level − the member's self-rating of the same skill),
    the self-rating being the one nearest in date (on a tie, the later one);
    ratings with no self-rating of that skill are left out.  null when none.
``discrepancy_share``
    the share of those pairs that differ by 2 or more (SPEC's discrepancy), 3
    decimals; null when none.
``leniency``
    against the other assessors who rated the same member on the same skill:
    for each such rating, their level − the mean of the other assessors'
    nearest-in-date rating of that skill of that member; the mean of these
    (2 decimals).  Positive: rates higher than colleagues.  null when nobody
    else rated what they rated.  ``shared`` counts the ratings behind it.
``flag``
    why this assessor is worth discussing, or null.  The rule (tunable):
    ``lenient`` when leniency ≥ +0.75, ``severe`` when ≤ −0.75, each only with
    at least 3 shared ratings; ``discrepant`` when discrepancy_share ≥ 0.4 over
    at least 3 pairs with self-ratings.  ``reasons`` lists every rule met;
    ``flag`` is the first of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmatrix.errors import Problem
from csmatrix.models.member import Member

if TYPE_CHECKING:
    from csmatrix.files.store import Store


@dataclass(frozen=True)
class CalibrationOptions:
    leniency: float = 0.75
    discrepancy_share: float = 0.4
    min_shared: int = 3


@dataclass(frozen=True)
class Rating:
    member: str
    skill: str
    date: dt.date
    level: int
    by: str


@dataclass
class AssessorStats:
    id: str
    ratings: int
    mean: float
    self_gap: float | None
    self_pairs: int
    discrepancy_share: float | None
    leniency: float | None
    shared: int
    members: int
    reasons: list[str] = field(default_factory=list)

    @property
    def flag(self) -> str | None:
        return self.reasons[0] if self.reasons else None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "ratings": self.ratings,
            "members": self.members,
            "mean": self.mean,
            "self_gap": self.self_gap,
            "self_pairs": self.self_pairs,
            "discrepancy_share": self.discrepancy_share,
            "leniency": self.leniency,
            "shared": self.shared,
            "flag": self.flag,
            "reasons": list(self.reasons),
        }


@dataclass
class CalibrationReport:
    assessors: list[AssessorStats]
    members: int
    options: CalibrationOptions
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def as_dict(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "rule": {
                "leniency": self.options.leniency,
                "discrepancy_share": self.options.discrepancy_share,
                "min_shared": self.options.min_shared,
            },
            "assessors": [a.as_dict() for a in self.assessors],
        }


def member_ratings(member: Member, member_id: str) -> tuple[list[Rating], list[Rating]]:
    """(self ratings, assessor ratings) of one member."""
    own: list[Rating] = []
    others: list[Rating] = []
    for assessment in member.assessments:
        by = assessment.by.strip()
        for skill, level in assessment.levels.items():
            rating = Rating(member_id, skill, assessment.date, level, by)
            (own if assessment.is_self else others).append(rating)
    return own, others


def _nearest(candidates: Sequence[Rating], when: dt.date) -> Rating | None:
    if not candidates:
        return None
    return min(candidates, key=lambda r: (abs((r.date - when).days), -r.date.toordinal()))


def calibrate(
    members: Iterable[tuple[str, Member]], options: CalibrationOptions | None = None
) -> CalibrationReport:
    """The report over ``(member id, member)`` pairs."""
    options = options or CalibrationOptions()
    selfs: dict[tuple[str, str], list[Rating]] = {}
    given: dict[tuple[str, str], list[Rating]] = {}
    by_assessor: dict[str, list[Rating]] = {}
    count = 0
    for member_id, member in members:
        count += 1
        own, others = member_ratings(member, member_id)
        for r in own:
            selfs.setdefault((r.member, r.skill), []).append(r)
        for r in others:
            given.setdefault((r.member, r.skill), []).append(r)
            by_assessor.setdefault(r.by, []).append(r)
    stats = [_stats(assessor, ratings, selfs, given, options) for assessor, ratings in by_assessor.items()]
    stats.sort(key=lambda s: (s.flag is None, s.id))
    return CalibrationReport(stats, count, options)


def _mean(values: Sequence[float], digits: int = 2) -> float | None:
    return round(sum(values) / len(values), digits) if values else None


def _stats(
    assessor: str,
    ratings: list[Rating],
    selfs: dict[tuple[str, str], list[Rating]],
    given: dict[tuple[str, str], list[Rating]],
    options: CalibrationOptions,
) -> AssessorStats:
    gaps: list[int] = []
    leniencies: list[float] = []
    for r in ratings:
        own = _nearest(selfs.get((r.member, r.skill), []), r.date)
        if own is not None:
            gaps.append(r.level - own.level)
        peers: dict[str, list[Rating]] = {}
        for other in given.get((r.member, r.skill), []):
            if other.by != assessor:
                peers.setdefault(other.by, []).append(other)
        peer_levels = [n.level for n in (_nearest(p, r.date) for p in peers.values()) if n is not None]
        if peer_levels:
            leniencies.append(r.level - sum(peer_levels) / len(peer_levels))
    discrepant = sum(1 for g in gaps if abs(g) >= 2)
    stats = AssessorStats(
        id=assessor,
        ratings=len(ratings),
        mean=round(sum(r.level for r in ratings) / len(ratings), 2),
        self_gap=_mean(gaps),
        self_pairs=len(gaps),
        discrepancy_share=round(discrepant / len(gaps), 3) if gaps else None,
        leniency=_mean(leniencies),
        shared=len(leniencies),
        members=len({r.member for r in ratings}),
    )
    if stats.leniency is not None and stats.shared >= options.min_shared:
        if stats.leniency >= options.leniency:
            stats.reasons.append("lenient")
        elif stats.leniency <= -options.leniency:
            stats.reasons.append("severe")
    if (
        stats.discrepancy_share is not None
        and stats.self_pairs >= options.min_shared
        and stats.discrepancy_share >= options.discrepancy_share
    ):
        stats.reasons.append("discrepant")
    return stats


def gather_members(
    store: Store, paths: Sequence[str | Path]
) -> tuple[list[tuple[str, Member]], list[Problem]]:
    """Member files named, and member files found in folders (``team.gather.member_files``)."""
    from csmatrix.team.gather import member_files

    entries, team = member_files(store, paths, keep=True)
    return [(e.member.id, e.model) for e in entries if e.model is not None], team.problems
