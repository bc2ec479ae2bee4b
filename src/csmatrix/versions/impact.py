"""What a new framework version does to each member: readiness and gaps, and why.

Each member of OLD's (or NEW's) family is scored on each side exactly as
``assess`` scores them there: with their own ratings when that side is the
framework they are on, otherwise with their ratings carried by ``migrate``'s
rules (``team.gather.carry``).  Gaps are compared skill by skill (a NEW skill
against the OLD skills it continues).  A gap that changes is explained by its
cause: the role's target moved, the skill is new, the skill is gone, or the
carried rating changed (a merge keeps the lowest rating).  Apart from gaps, a
skill whose descriptor changed at the member's current level or the next one
(on the new side) is listed too: what they are measured by has changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csmatrix.errors import Problem
from csmatrix.files.store import Store
from csmatrix.models.framework import Framework
from csmatrix.team.gather import Entry, carry, read_members
from csmatrix.team.report import TeamMember
from csmatrix.versions.compare import FrameworkDiff


@dataclass(frozen=True)
class GapChange:
    skill: str
    gap_before: int | None
    gap_after: int | None
    target_before: int | None
    target_after: int | None
    current_before: int
    current_after: int
    new: bool
    removed: bool = False

    @property
    def why(self) -> str:
        if self.new:
            return "new"
        if self.removed:
            return "removed"
        if self.target_before != self.target_after:
            return "target"
        return "current"

    @property
    def widened(self) -> bool:
        return (self.gap_after or 0) > (self.gap_before or 0)

    def as_dict(self) -> dict[str, Any]:
        return {
            "skill": self.skill,
            "from": self.gap_before,
            "to": self.gap_after,
            "why": self.why,
            "target": {"from": self.target_before, "to": self.target_after},
            "current": {"from": self.current_before, "to": self.current_after},
        }


@dataclass
class MemberImpact:
    id: str
    name: Any
    role: str | None
    role_in_new: bool
    readiness_before: float | None
    readiness_after: float | None
    gaps: list[GapChange]
    descriptors: list[tuple[str, list[int]]] = field(default_factory=list)

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name.get(lang),
            "role": self.role,
            "role_in_new": self.role_in_new,
            "readiness": {"from": self.readiness_before, "to": self.readiness_after},
            "gaps": [g.as_dict() for g in self.gaps],
            "descriptors": [{"skill": s, "levels": list(levels)} for s, levels in self.descriptors],
        }


@dataclass
class ImpactReport:
    members: list[MemberImpact] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files that are not valid members
    skipped_paths: list[str] = field(default_factory=list)  # files left out of the impact
    other_family: int = 0

    def skipped_lines(self, lang: str) -> list[str]:
        """The problems, then one line per file left out, in ``lang``."""
        from csmatrix.words import word

        return [f"csmatrix: {p.format(lang)}" for p in self.problems] + [
            f"csmatrix: {word('impact.skipped', lang, path=p)}" for p in self.skipped_paths
        ]

    @property
    def skipped(self) -> list[str]:
        return self.skipped_lines("en")

    def summary(self) -> list[dict[str, Any]]:
        """One entry per cause: how many members' gaps it widens or narrows.

        Target changes are one cause per role and skill; new skills that
        nobody has rated yet are one cause together.
        """
        groups: dict[tuple[Any, ...], dict[str, Any]] = {}
        for member in self.members:
            for gap in member.gaps:
                effect = "widens" if gap.widened else "narrows"
                if gap.why == "target":
                    key: tuple[Any, ...] = (
                        effect,
                        "target",
                        gap.skill,
                        member.role,
                        gap.target_before,
                        gap.target_after,
                    )
                    base = {
                        "role": member.role,
                        "target": {"from": gap.target_before, "to": gap.target_after},
                    }
                else:
                    key = (effect, gap.why)
                    base = {}
                entry = groups.setdefault(
                    key, {"effect": effect, "why": gap.why, "skills": [], **base, "members": [], "names": []}
                )
                if gap.skill not in entry["skills"]:
                    entry["skills"].append(gap.skill)
                if member.id not in entry["members"]:
                    entry["members"].append(member.id)
                    entry["names"].append(member.name)
        out = list(groups.values())
        out.sort(
            key=lambda e: (e["effect"] != "widens", e["why"] != "target", -len(e["members"]), e["skills"])
        )
        return out

    def as_dict(self, lang: str) -> dict[str, Any]:
        summary = self.summary()
        for entry in summary:
            entry["names"] = [name.get(lang) for name in entry["names"]]
        return {
            "members": [m.as_dict(lang) for m in self.members],
            "summary": summary,
            "skipped": self.skipped_lines(lang),
        }


def levels_on(store: Store, entry: Entry, fw: Framework) -> dict[str, int]:
    """A member's current levels as ``assess`` sees them on ``fw``.

    Their own ratings when ``fw`` is the very framework they are on; otherwise
    carried by ``migrate``'s rules (forward, or back to an older version).
    """
    if entry.framework.ref == fw.ref and entry.framework == fw:
        return entry.member.levels
    return carry(store, entry, fw)[0]


def impact(store: Store, d: FrameworkDiff, directory: Path) -> ImpactReport:
    """Each member under ``directory`` of ``d``'s family, scored on both sides.

    Every file is read once (``team.gather.read_members``); a file that is not a
    valid member, or repeats another's id, is skipped with a line that says so.
    """
    from csmatrix.errors import CsmatrixError
    from csmatrix.words import Msg

    if not directory.is_dir():
        raise CsmatrixError(
            Msg("versions.no_members_dir", path=str(directory)), hint=Msg("versions.no_members_dir_hint")
        )
    report = ImpactReport()
    entries, team = read_members(store, [directory], keep=True)
    for problem in team.problems:
        if problem.severity == "error":
            report.problems.append(problem)
    bad = {p.path for p in team.problems if p.severity == "error"}
    for path in dict.fromkeys(str(p) for p in bad):
        report.skipped_paths.append(path)
    for entry in entries:
        if entry.framework.id not in (d.old.id, d.new.id):
            report.other_family += 1
            continue
        before = levels_on(store, entry, d.old)
        after = levels_on(store, entry, d.new)
        report.members.append(compare_member(d, entry.member, before, after))
    return report


def _scores(fw: Framework, role_id: str | None, levels: dict[str, int]) -> dict[str, tuple[int, int | None]]:
    """skill -> (current, target), as ``scoring.score`` computes them."""
    role = fw.role(role_id)
    return {p.skill.id: (levels.get(p.skill.id, 0), fw.target(role, p.skill.id)) for p in fw.placed}


def _gap(current: int, target: int | None) -> int | None:
    return None if target is None else max(0, target - current)


def compare_member(
    d: FrameworkDiff, member: TeamMember, levels_before: dict[str, int], levels_after: dict[str, int]
) -> MemberImpact:
    from csmatrix.scoring.gaps import readiness

    role = member.role
    before = _scores(d.old, role, levels_before)
    after = _scores(d.new, role, levels_after)
    gaps = []
    for skill, (current, target) in after.items():
        preds = [before[p] for p in d.lineage.sources.get(skill, []) if p in before]
        pred_gaps = [g for c, t in preds if (g := _gap(c, t)) is not None]
        gap_before = max(pred_gaps, default=None)
        target_before = max((t for _, t in preds if t is not None), default=None)
        current_before = min((c for c, _ in preds), default=0)
        gap = _gap(current, target)
        if (gap_before or 0) == (gap or 0):
            continue
        gaps.append(
            GapChange(skill, gap_before, gap, target_before, target, current_before, current, not preds)
        )
    for skill in d.lineage.orphans:
        current, target = before[skill]
        gap = _gap(current, target)
        if gap:
            gaps.append(GapChange(skill, gap, None, target, None, current, 0, False, removed=True))
    return MemberImpact(
        member.id,
        member.name,
        role,
        d.new.role(role) is not None,
        readiness(before.values()),
        readiness(after.values()),
        gaps,
        descriptors_at_level(d, levels_after),
    )


def descriptors_at_level(d: FrameworkDiff, levels: dict[str, int]) -> list[tuple[str, list[int]]]:
    """Skills whose descriptor changed at the member's current level or the next one (new side)."""
    out = []
    for change in d.changed:
        current = levels.get(change.id, 0)
        hit = [lv for lv in change.levels if lv in (current, current + 1)]
        if hit:
            out.append((change.id, hit))
    return out
