"""What a new framework version does to each member: readiness and gaps, and why.

Each member whose framework belongs to OLD's family is migrated in memory to
OLD and to NEW (``csmatrix.versions.migrate``), scored against both with
``csmatrix.scoring.gaps`` and compared skill by skill (a NEW skill against the OLD
skills it continues).  A gap that changes is explained by its cause: the
role's target moved, the skill is new, or the carried rating changed (a merge
keeps the lowest rating).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.versions.compare import FrameworkDiff
from csmatrix.versions.lineage import Lineage, lineage


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

    @property
    def why(self) -> str:
        if self.new:
            return "new"
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

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name.get(lang),
            "role": self.role,
            "role_in_new": self.role_in_new,
            "readiness": {"from": self.readiness_before, "to": self.readiness_after},
            "gaps": [g.as_dict() for g in self.gaps],
        }


@dataclass
class ImpactReport:
    members: list[MemberImpact] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    other_family: int = 0

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
                    key, {"effect": effect, "why": gap.why, "skills": [], **base, "members": []}
                )
                if gap.skill not in entry["skills"]:
                    entry["skills"].append(gap.skill)
                if member.id not in entry["members"]:
                    entry["members"].append(member.id)
        out = list(groups.values())
        out.sort(
            key=lambda e: (e["effect"] != "widens", e["why"] != "target", -len(e["members"]), e["skills"])
        )
        return out

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "members": [m.as_dict(lang) for m in self.members],
            "summary": self.summary(),
            "skipped": list(self.skipped),
        }


def as_member(data: dict[str, Any]) -> Member:
    return Member.model_validate(data)


def moved_to(member: Member, lin: Lineage, member_id: str) -> Member:
    from csmatrix.versions.migrate import migrate

    return as_member(migrate(member, lin).as_yaml(member_id))


def impact(store: Any, d: FrameworkDiff, directory: Path) -> ImpactReport:
    from csmatrix.errors import CsmatrixError
    from csmatrix.files.store import kind_of, yaml_files
    from csmatrix.files.yamlio import read_doc

    if not directory.is_dir():
        raise CsmatrixError(
            f"--members {directory}: no such directory", hint="name the folder of member files"
        )
    report = ImpactReport()
    files, _ = yaml_files([directory])

    for path in files:
        doc = read_doc(path)
        if kind_of(doc) != "member":
            continue
        loaded, fw_loaded = store.member(path)
        if not loaded.ok or fw_loaded is None or fw_loaded.model is None:
            report.skipped.append(f"csmatrix: {path}: skipped, invalid (run 'csmatrix validate {path}')")
            continue
        member: Member = loaded.model
        fw: Framework = fw_loaded.model
        if fw.id != d.old.id:
            report.other_family += 1
            continue
        member_id = member.id or path.stem
        on_old = moved_to(member, lineage(fw, d.old, store.chain), member_id)
        on_new = moved_to(on_old, d.lineage, member_id)
        report.members.append(compare_member(d, on_old, on_new, member, member_id))
    return report


def compare_member(
    d: FrameworkDiff, on_old: Member, on_new: Member, original: Member, member_id: str
) -> MemberImpact:
    from csmatrix.scoring.gaps import score

    role = original.role
    before = score(on_old, d.old, role if d.old.role(role) else None)
    after = score(on_new, d.new, role if d.new.role(role) else None)
    old_skills = {s.id: s for s in before.skills}
    gaps = []
    for skill in after.skills:
        preds = [old_skills[p] for p in d.lineage.sources.get(skill.id, []) if p in old_skills]
        gap_before = max((p.gap for p in preds if p.gap is not None), default=None)
        target_before = max((p.target for p in preds if p.target is not None), default=None)
        current_before = min((p.current for p in preds), default=0)
        if (gap_before or 0) == (skill.gap or 0):
            continue
        gaps.append(
            GapChange(
                skill.id,
                gap_before,
                skill.gap,
                target_before,
                skill.target,
                current_before,
                skill.current,
                not preds,
            )
        )
    return MemberImpact(
        member_id,
        original.name,
        role,
        d.new.role(role) is not None,
        before.overall.readiness,
        after.overall.readiness,
        gaps,
    )
