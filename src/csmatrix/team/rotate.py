"""The rotation plan: who learns which skill from whom, so that the fewest skills rest on
one person or on nobody (job rotation for 多能工化 against 属人化, seeds 001 and 003).

Semantics (documented in the README section of ``csmatrix rotate``):

* A member *covers* a skill at the coverage level or above (as ``team``); a skill
  with one holder is a *single point*, with none it is *uncovered*.
* A proposal pairs a *learner* (a member below the coverage level on the skill,
  unrated counts as level 0) with a *mentor* (a holder of the skill); the learner
  goes ``from`` their level ``to`` the coverage level.  Each learner takes at most
  one skill, each mentor at most ``max_mentees`` learners (over all skills).  A
  member may mentor one skill and learn another.
* Only single points can be improved: a single point stops being one when one
  learner reaches the coverage level, and its only possible mentor is its one
  holder.  An uncovered skill has no holder, so no mentor in the team: the plan
  leaves it uncovered (it needs a mentor from outside, or a hire) and names the
  members closest to the coverage level as the ones to send.
* The plan is optimal, not greedy: it has (1) the fewest single points plus
  uncovered skills after it, then (2) the smallest total level increase (so a
  learner one level below the coverage level is preferred), then (3) the set of
  skills it fixes first in skill-id order, then (4) the learners, skill by skill
  in id order, first in member-id order.
* It is solved exactly as a min-cost max-flow: source → mentor (capacity K) →
  single-point skill (1) → learner (1) → sink.  The three tie-breaks are folded
  into one integer cost per skill→learner edge with weights far enough apart
  that each criterion dominates the next (Python integers do not overflow);
  successive shortest paths with Dijkstra and potentials.  A 50-member,
  30-skill team where every skill is a single point plans in well under a
  second; tests/test_rotate.py checks it against brute force.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.team.report import TeamMember
from csmatrix.words import Msg

DEFAULT_MAX_MENTEES = 2
CLOSEST = 3  # members named for an uncovered skill


@dataclass(frozen=True)
class Rotation:
    member: str
    skill: str
    mentor: str
    from_level: int
    to_level: int

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "skill": self.skill,
            "mentor": self.mentor,
            "from": self.from_level,
            "to": self.to_level,
        }


@dataclass(frozen=True)
class Left:
    """A skill still single or uncovered after the plan, and why."""

    skill: str
    reason: str  # no_holder | mentor_full | no_free_learner
    holder: str | None = None
    closest: tuple[tuple[str, int], ...] = ()  # for no_holder: who is nearest the level

    def as_dict(self) -> dict[str, Any]:
        return {
            "skill": self.skill,
            "reason": self.reason,
            "holder": self.holder,
            "closest": [{"id": ident, "level": level} for ident, level in self.closest],
        }


@dataclass
class RotationPlan:
    framework: Framework | None
    coverage_level: int
    max_mentees: int
    rotations: list[Rotation]
    before_single_points: list[str]
    before_uncovered: list[str]
    after_single_points: list[str]
    after_uncovered: list[str]
    left: list[Left] = field(default_factory=list)
    names: dict[str, LangMap] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return True

    @property
    def level_increase(self) -> int:
        return sum(r.to_level - r.from_level for r in self.rotations)

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        fw = self.framework
        data: dict[str, Any] = {}
        if fw is not None:
            data |= {
                "framework": fw.ref,
                "title": fw.title.get(lang),
                "coverage_level_name": fw.scale[self.coverage_level].name.get(lang),
                "skills": [{"id": p.skill.id, "name": p.skill.name.get(lang)} for p in fw.placed],
            }
        data |= {
            "coverage_level": self.coverage_level,
            "max_mentees": self.max_mentees,
            "members": [{"id": ident, "name": name.get(lang)} for ident, name in sorted(self.names.items())],
            "rotations": [r.as_dict() for r in self.rotations],
            "level_increase": self.level_increase,
            "before": {"single_points": self.before_single_points, "uncovered": self.before_uncovered},
            "after": {"single_points": self.after_single_points, "uncovered": self.after_uncovered},
            "left": [item.as_dict() for item in self.left],
        }
        return data


def _holders(levels: Mapping[str, Mapping[str, int]], skill: str, coverage_level: int) -> list[str]:
    return sorted(m for m, own in levels.items() if own.get(skill, 0) >= coverage_level)


def optimal_rotations(
    levels: Mapping[str, Mapping[str, int]],
    skills: Sequence[str],
    coverage_level: int,
    max_mentees: int = DEFAULT_MAX_MENTEES,
) -> list[Rotation]:
    """The optimal plan (see the module docstring) for members' ``levels`` over ``skills``.

    Returned in skill-id order.  Pure and exact; ``max_mentees`` 0 gives no plan.
    """
    members = sorted(levels)
    single = sorted(s for s in set(skills) if len(_holders(levels, s, coverage_level)) == 1)
    if not single or max_mentees <= 0 or len(members) < 2:
        return []
    holder = {s: _holders(levels, s, coverage_level)[0] for s in single}
    n, count = len(single), len(members)
    base = count + 1
    w_set = base**n  # above any sum of learner penalties
    w_increase = 2 ** (n + 1) * w_set  # above any sum of rewards and penalties
    shift = 2**n * w_set  # keeps every edge cost non-negative

    # nodes: 0 source, 1 sink, mentors, skills, learners
    mentors = sorted(set(holder.values()))
    node: dict[tuple[str, str], int] = {}
    for kind, names in (("m", mentors), ("s", single), ("l", members)):
        for name in names:
            node[(kind, name)] = len(node) + 2
    graph: list[list[list[int]]] = [[] for _ in range(len(node) + 2)]  # edges: [to, cap, cost, rev]

    def edge(a: int, b: int, cap: int, cost: int) -> None:
        graph[a].append([b, cap, cost, len(graph[b])])
        graph[b].append([a, 0, -cost, len(graph[a]) - 1])

    for mentor in mentors:
        edge(0, node[("m", mentor)], max_mentees, 0)
    for rank, skill in enumerate(single):
        edge(node[("m", holder[skill])], node[("s", skill)], 1, 0)
        reward = 2 ** (n - 1 - rank) * w_set
        for position, member in enumerate(members):
            level = levels[member].get(skill, 0)
            if level >= coverage_level:
                continue
            penalty = position * base ** (n - 1 - rank)
            cost = (coverage_level - level) * w_increase - reward + penalty + shift
            edge(node[("s", skill)], node[("l", member)], 1, cost)
    for member in members:
        edge(node[("l", member)], 1, 1, 0)

    _min_cost_max_flow(graph, 0, 1)

    plan = []
    for skill in single:
        for to, cap, _cost, _rev in graph[node[("s", skill)]]:
            if to >= node[("l", members[0])] and cap == 0:
                learner = members[to - node[("l", members[0])]]
                plan.append(
                    Rotation(learner, skill, holder[skill], levels[learner].get(skill, 0), coverage_level)
                )
    return plan


def _min_cost_max_flow(graph: list[list[list[int]]], source: int, sink: int) -> None:
    """Successive shortest paths (Dijkstra with potentials); costs start non-negative."""
    size = len(graph)
    potential = [0] * size
    while True:
        dist: list[int | None] = [None] * size
        back: list[tuple[int, int] | None] = [None] * size
        dist[source] = 0
        queue = [(0, source)]
        while queue:
            d, u = heapq.heappop(queue)
            if d != dist[u]:
                continue
            for index, (v, cap, cost, _rev) in enumerate(graph[u]):
                if cap <= 0:
                    continue
                nd = d + cost + potential[u] - potential[v]
                dv = dist[v]
                if dv is None or nd < dv:
                    dist[v] = nd
                    back[v] = (u, index)
                    heapq.heappush(queue, (nd, v))
        if dist[sink] is None:
            return
        for v in range(size):
            dv = dist[v]
            if dv is not None:
                potential[v] += dv
        v = sink
        while v != source:
            step = back[v]
            assert step is not None
            u, index = step
            graph[u][index][1] -= 1
            to, _cap, _cost, rev = graph[u][index]
            graph[to][rev][1] += 1
            v = u


def rotation_plan(
    fw: Framework,
    members: Sequence[TeamMember],
    coverage_level: int,
    max_mentees: int = DEFAULT_MAX_MENTEES,
) -> RotationPlan:
    """The optimal rotation plan for the team; ``coverage_level`` must lie within the scale."""
    if coverage_level not in fw.scale:
        raise ValueError(Msg("teamplan.coverage_outside", level=coverage_level, top=fw.top))
    skills = [p.skill.id for p in fw.placed]
    levels = {m.id: {s: m.levels.get(s, 0) for s in skills} for m in members}
    rotations = optimal_rotations(levels, skills, coverage_level, max_mentees)
    order = {s: i for i, s in enumerate(skills)}
    rotations.sort(key=lambda r: (order[r.skill], r.member))

    def coverage(extra: Sequence[Rotation]) -> tuple[list[str], list[str]]:
        gained: dict[str, int] = {}
        for r in extra:
            gained[r.skill] = gained.get(r.skill, 0) + 1
        counts = {s: len(_holders(levels, s, coverage_level)) + gained.get(s, 0) for s in skills}
        return [s for s in skills if counts[s] == 1], [s for s in skills if counts[s] == 0]

    before_single, before_uncovered = coverage(())
    after_single, after_uncovered = coverage(rotations)
    load: dict[str, int] = {}
    for r in rotations:
        load[r.mentor] = load.get(r.mentor, 0) + 1
    left = []
    for skill in skills:
        if skill in after_uncovered:
            rated = sorted(((-lv[skill], m) for m, lv in levels.items() if lv[skill] > 0))
            closest = tuple((m, -neg) for neg, m in rated[:CLOSEST])
            left.append(Left(skill, "no_holder", None, closest))
        elif skill in after_single:
            holder = _holders(levels, skill, coverage_level)[0]
            full = load.get(holder, 0) >= max_mentees
            left.append(Left(skill, "mentor_full" if full else "no_free_learner", holder))
    return RotationPlan(
        fw,
        coverage_level,
        max_mentees,
        rotations,
        before_single,
        before_uncovered,
        after_single,
        after_uncovered,
        left,
        {m.id: m.name for m in members},
    )
