"""Growth capacity (``team --hire N [--role R]``): can the team take N newcomers?

Seed 003: a 19-person team aiming at 50 without losing quality, newcomers
working about six months beside a supervisor.  The rules:

* A newcomer of role R starts unrated and learns every skill R has a target for
  (the framework's first role, the entry of its ladder, when no ``--role``; with
  no roles at all, every skill, to the coverage level).
* Per skill: the *mentors* are the members at the coverage level or above; the
  *learners* are the members already below their own role's target on it;
  ``room`` = mentors × K − learners (K learners per mentor, ``--max-mentees``),
  which may be negative when the skill is already over-subscribed.  Each skill
  is counted on its own: a mentor of three skills counts in each of the three,
  so room is an upper bound per skill.
* The team can take N when every skill the role needs has room for N; it can
  take at most the smallest room among them; the first skills to run out are
  the needed skills with that smallest room.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from csmatrix.models.framework import Framework, Role
from csmatrix.team.report import TeamMember


@dataclass(frozen=True)
class SkillCapacity:
    skill: str
    target: int | None  # the newcomer's target; None: the role needs no level here
    mentors: tuple[str, ...]
    learners: tuple[str, ...]
    max_mentees: int

    @property
    def room(self) -> int:
        return len(self.mentors) * self.max_mentees - len(self.learners)

    def as_dict(self) -> dict[str, Any]:
        return {
            "skill": self.skill,
            "target": self.target,
            "mentors": list(self.mentors),
            "learners": list(self.learners),
            "room": self.room,
        }


@dataclass
class Capacity:
    hire: int
    role: Role | None
    coverage_level: int
    max_mentees: int
    skills: list[SkillCapacity]

    @property
    def ok(self) -> bool:
        return True

    @property
    def needed(self) -> list[SkillCapacity]:
        return [s for s in self.skills if s.target is not None]

    @property
    def max_hires(self) -> int | None:
        """How many newcomers every needed skill has room for; None when none is needed."""
        rooms = [s.room for s in self.needed]
        return max(0, min(rooms)) if rooms else None

    @property
    def can_hire(self) -> bool:
        return all(s.room >= self.hire for s in self.needed)

    @property
    def first_to_run_out(self) -> list[str]:
        rooms = [s.room for s in self.needed]
        return [s.skill for s in self.needed if s.room == min(rooms)] if rooms else []

    @property
    def short(self) -> list[str]:
        """Needed skills without room for all N, fewest room first (then framework order)."""
        order = sorted((s.room, i, s.skill) for i, s in enumerate(self.needed) if s.room < self.hire)
        return [skill for _, _, skill in order]

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        return {
            "hire": {
                "count": self.hire,
                "role": self.role.id if self.role else None,
                "role_name": self.role.name.get(lang) if self.role else None,
                "coverage_level": self.coverage_level,
                "max_mentees": self.max_mentees,
                "can_hire": self.can_hire,
                "max_hires": self.max_hires,
                "first_to_run_out": self.first_to_run_out,
                "short": self.short,
            },
            "capacity": [s.as_dict() for s in self.skills],
        }


def capacity(
    fw: Framework,
    members: Sequence[TeamMember],
    hire: int,
    role: Role | None,
    coverage_level: int,
    max_mentees: int,
) -> Capacity:
    """Room per skill for ``hire`` newcomers of ``role`` (None: the first role, if any)."""
    if role is None and fw.roles:
        role = fw.roles[0]
    skills = []
    for placed in fw.placed:
        skill = placed.skill.id
        target = fw.target(role, skill) if role is not None else coverage_level
        ranked = sorted((-m.levels.get(skill, 0), m.id) for m in members)
        mentors = tuple(ident for neg, ident in ranked if -neg >= coverage_level)
        learners = []
        for m in sorted(members, key=lambda m: m.id):
            own = fw.target(fw.role(m.role), skill)
            if own is not None and m.levels.get(skill, 0) < own:
                learners.append(m.id)
        skills.append(SkillCapacity(skill, target, mentors, tuple(learners), max_mentees))
    return Capacity(hire, role, coverage_level, max_mentees, skills)
