"""The team view: matrix, coverage, single points of failure, mentors, readiness.

Pure: takes a validated framework and each member's current levels in it
(already carried across versions when needed) and returns a ``TeamReport``.
Every step is linear in the number of members (times skills): holders are
sorted once per skill, and mentors are read off the front of that list.

Rules (the README's "`csmatrix team`" section, "Reading it"):

* coverage(s): members whose current level is at least the coverage level;
  those are the skill's ``holders`` (highest level first, then member id).
* single point of failure: coverage 1; uncovered: coverage 0.
* mentors for member m and skill s below m's target t: other members whose
  level is at least t, highest first, then by member id; at most 3.
* readiness: ``scoring.readiness`` for the member's role and for the role
  after it in the framework's role order (null without a role / next role);
  for a role with ``requires_method`` only ratings obtained that way count,
  as in ``assess``.
* ``--by unit``: the same coverage counted inside each unit (a member's
  ``unit``), so a skill held by one person of a unit shows even when another
  unit has it too.
* members are listed senior role first (framework role order reversed),
  members without a role last, then by id.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework, Role
from csmatrix.scoring.gaps import readiness
from csmatrix.words import Msg

MAX_MENTORS = 3


@dataclass(frozen=True)
class TeamMember:
    """What the team view keeps of a member file (no Doc, no marks)."""

    id: str
    name: LangMap
    role: str | None
    levels: dict[str, int]
    path: str = ""
    background: LangMap | None = None
    migrated_from: str | None = None
    dropped: tuple[str, ...] = ()
    unit: str | None = None
    # role id -> the levels that count toward it, for roles with ``requires_method``
    counted: dict[str, dict[str, int]] = field(default_factory=dict)

    def levels_for(self, role: Role | None) -> dict[str, int]:
        """The levels readiness for ``role`` compares with its targets."""
        if role is not None and role.requires_method:
            return self.counted.get(role.id, {})
        return self.levels


class MemberRow(NamedTuple):
    member: TeamMember
    role: Role | None
    readiness: float | None
    next_role: Role | None
    next_readiness: float | None


class SkillCoverage(NamedTuple):
    id: str
    holders: tuple[tuple[str, int], ...]  # (member id, level) at or above the coverage level

    @property
    def coverage(self) -> int:
        return len(self.holders)


class MentorHint(NamedTuple):
    member: str
    skill: str
    current: int
    target: int
    mentors: tuple[tuple[str, int], ...]


def single_points(skills: Sequence[SkillCoverage]) -> list[str]:
    """Skills only one member holds at the coverage level (one departure from none)."""
    return [s.id for s in skills if s.coverage == 1]


def uncovered(skills: Sequence[SkillCoverage]) -> list[str]:
    """Skills no member holds at the coverage level."""
    return [s.id for s in skills if s.coverage == 0]


class UnitCoverage(NamedTuple):
    """Coverage counted inside one unit (``team --by unit``); ``unit`` None: members without one."""

    unit: str | None
    members: tuple[str, ...]
    skills: list[SkillCoverage]

    @property
    def single_points(self) -> list[str]:
        return single_points(self.skills)

    @property
    def uncovered(self) -> list[str]:
        return uncovered(self.skills)


def unit_coverage(skills: Sequence[SkillCoverage], members: Sequence[TeamMember]) -> list[UnitCoverage]:
    """Per unit (by name, members without a unit last): the team's holders who belong to it."""
    units: dict[str | None, list[str]] = {}
    for member in members:
        units.setdefault(member.unit, []).append(member.id)
    out = []
    for unit in sorted(units, key=lambda u: (u is None, u or "")):
        inside = set(units[unit])
        own = [SkillCoverage(s.id, tuple(h for h in s.holders if h[0] in inside)) for s in skills]
        out.append(UnitCoverage(unit, tuple(units[unit]), own))
    return out


@dataclass
class TeamReport:
    framework: Framework
    coverage_level: int
    members: list[MemberRow]
    skills: list[SkillCoverage]
    mentors: list[MentorHint]
    notices: list[str] = field(default_factory=list)
    units: list[UnitCoverage] | None = None  # only with ``--by unit``

    @property
    def ok(self) -> bool:
        return True

    @property
    def single_points(self) -> list[str]:
        return single_points(self.skills)

    @property
    def uncovered(self) -> list[str]:
        return uncovered(self.skills)

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        fw = self.framework
        skill_ids = [p.skill.id for p in fw.placed]

        def who(pairs: Sequence[tuple[str, int]]) -> list[dict[str, Any]]:
            return [{"id": ident, "level": level} for ident, level in pairs]

        data: dict[str, Any] = {
            "framework": fw.ref,
            "title": fw.title.get(lang),
            "coverage_level": self.coverage_level,
            "coverage_level_name": fw.scale[self.coverage_level].name.get(lang),
            "scale": [{"level": s.level, "name": s.name.get(lang), "scope": s.scope} for s in fw.levels],
            "axes": [{"id": a.id, "name": a.name.get(lang)} for a in fw.axes],
            "categories": [{"id": c.id, "name": c.name.get(lang), "axis": c.axis} for c in fw.categories],
            "roles": [
                {
                    "id": role.id,
                    "name": role.name.get(lang),
                    "targets": {s: fw.target(role, s) for s in skill_ids},
                }
                for role in fw.roles
            ],
            "members": [
                {
                    "id": row.member.id,
                    "name": row.member.name.get(lang),
                    "role": row.role.id if row.role else None,
                    "role_name": row.role.name.get(lang) if row.role else None,
                    "readiness": row.readiness,
                    "next_role": row.next_role.id if row.next_role else None,
                    "next_role_name": row.next_role.name.get(lang) if row.next_role else None,
                    "next_role_readiness": row.next_readiness,
                    "background": row.member.background.get(lang) if row.member.background else None,
                    "unit": row.member.unit,
                    "path": row.member.path,
                    "migrated_from": row.member.migrated_from,
                    "levels": {s: row.member.levels.get(s, 0) for s in skill_ids},
                }
                for row in self.members
            ],
            "skills": [
                {
                    "id": s.id,
                    "name": fw.skills[s.id].skill.name.get(lang),
                    "category": fw.skills[s.id].category.id,
                    "axis": fw.skills[s.id].category.axis,
                    "coverage": s.coverage,
                    "holders": who(s.holders),
                }
                for s in self.skills
            ],
            "single_points": self.single_points,
            "uncovered": self.uncovered,
            "mentors": [
                {
                    "member": hint.member,
                    "skill": hint.skill,
                    "current": hint.current,
                    "target": hint.target,
                    "mentors": who(hint.mentors),
                }
                for hint in self.mentors
            ],
            "notices": list(self.notices),
        }
        if self.units is not None:
            data["units"] = [
                {
                    "unit": unit.unit,
                    "members": list(unit.members),
                    "skills": [
                        {"id": s.id, "coverage": s.coverage, "holders": who(s.holders)} for s in unit.skills
                    ],
                    "single_points": unit.single_points,
                    "uncovered": unit.uncovered,
                }
                for unit in self.units
            ]
        return data


def _targets(fw: Framework, role: Role | None) -> dict[str, int | None]:
    return {p.skill.id: fw.target(role, p.skill.id) for p in fw.placed}


def _readiness(levels: dict[str, int], targets: dict[str, int | None] | None) -> float | None:
    if targets is None:
        return None
    return readiness((levels.get(s, 0), t) for s, t in targets.items())


def member_order(fw: Framework, members: Sequence[TeamMember]) -> list[TeamMember]:
    rank = {role.id: i for i, role in enumerate(fw.roles)}
    return sorted(members, key=lambda m: (-rank.get(m.role or "", -1), m.id))


def team_report(
    fw: Framework,
    members: Sequence[TeamMember],
    coverage_level: int,
    notices: Sequence[str] = (),
    by_unit: bool = False,
) -> TeamReport:
    """The whole team against ``fw``; ``coverage_level`` must lie within the scale."""
    if coverage_level not in fw.scale:
        raise ValueError(Msg("teamplan.coverage_outside", level=coverage_level, top=fw.top))
    ordered = member_order(fw, members)
    role_targets: dict[str, dict[str, int | None]] = {}

    def targets_of(role: Role | None) -> dict[str, int | None] | None:
        if role is None:
            return None
        if role.id not in role_targets:
            role_targets[role.id] = _targets(fw, role)
        return role_targets[role.id]

    rows = []
    for member in ordered:
        role = fw.role(member.role)
        nxt = fw.next_role(role.id) if role else None
        rows.append(
            MemberRow(
                member,
                role,
                _readiness(member.levels_for(role), targets_of(role)),
                nxt,
                _readiness(member.levels_for(nxt), targets_of(nxt)),
            )
        )

    # Every rated (member, level) per skill, highest first then by id: one sort per skill.
    rated: dict[str, list[tuple[int, str]]] = {p.skill.id: [] for p in fw.placed}
    for member in ordered:
        for skill_id, level in member.levels.items():
            if skill_id in rated:
                rated[skill_id].append((-level, member.id))
    for pairs in rated.values():
        pairs.sort()

    skills = []
    for skill_id, pairs in rated.items():
        holders = tuple((ident, -neg) for neg, ident in pairs if -neg >= coverage_level)
        skills.append(SkillCoverage(skill_id, holders))

    # Mentors of a skill for a target: the first MAX_MENTORS of its holder list at or
    # above the target, computed once per (skill, target).  The learner is below the
    # target, so never among them.
    fronts: dict[tuple[str, int], tuple[tuple[str, int], ...]] = {}

    def front(skill_id: str, target: int) -> tuple[tuple[str, int], ...]:
        key = (skill_id, target)
        if key not in fronts:
            found: list[tuple[str, int]] = []
            for neg, ident in rated[skill_id]:
                if -neg < target or len(found) == MAX_MENTORS:
                    break
                found.append((ident, -neg))
            fronts[key] = tuple(found)
        return fronts[key]

    hints = []
    for row in rows:
        targets = targets_of(row.role)
        if targets is None:
            continue
        levels = row.member.levels
        for skill_id, target in targets.items():
            if target is None:
                continue
            current = levels.get(skill_id, 0)
            if current >= target:
                continue
            hints.append(MentorHint(row.member.id, skill_id, current, target, front(skill_id, target)))
    units = unit_coverage(skills, ordered) if by_unit else None
    return TeamReport(fw, coverage_level, rows, skills, hints, list(notices), units)
