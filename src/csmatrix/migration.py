"""Rewriting a member's assessments onto another version of their framework.

Rules (also in docs/readme/versions.md):

* a skill that keeps its id, or names one old skill in ``replaces``, takes
  that skill's ratings, assessment by assessment (dates and ``by`` kept);
* a skill that replaces several old skills takes, in each assessment, the
  **minimum** of the ratings of those skills rated there: a merged skill is
  only as strong as its weakest part;
* ``replaces`` is followed across any number of versions (``Store.chain``);
* a skill with no predecessor stays unrated;
* a rated skill with no successor goes to ``dropped:`` with its level, date,
  assessor, note and evidence: never silently lost;
* when the new scale is shorter, a level above its top is clamped to the top
  (and reported); notes and evidence travel with their skill (merged notes
  are joined with " / ").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from csmatrix.diffing.lineage import Lineage
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member

NOTE_JOIN = " / "


@dataclass(frozen=True)
class Drop:
    skill: str
    level: int
    date: dt.date
    by: str
    note: str | None

    def as_yaml(self, reason: str) -> dict[str, Any]:
        out: dict[str, Any] = {"skill": self.skill, "level": self.level, "date": self.date, "by": self.by}
        out["reason"] = reason
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Clamp:
    skill: str
    date: dt.date
    by: str
    before: int
    after: int


@dataclass
class Migration:
    member: Member
    src: Framework
    dst: Framework
    lineage: Lineage
    assessments: list[dict[str, Any]] = field(default_factory=list)
    carried: list[tuple[list[str], str]] = field(default_factory=list)  # (old ids, new id), rated only
    unrated: list[str] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)
    clamps: list[Clamp] = field(default_factory=list)
    lost_notes: list[tuple[str, dt.date]] = field(default_factory=list)
    emptied: int = 0  # assessments with nothing left to carry

    @property
    def role(self) -> str | None:
        role = self.member.role
        return role if role is not None and self.dst.role(role) is not None else None

    @property
    def role_lost(self) -> bool:
        return self.member.role is not None and self.role is None

    @property
    def merged(self) -> list[tuple[list[str], str]]:
        return [(olds, new) for olds, new in self.carried if len(olds) > 1]

    def reason(self) -> str:
        return f"no successor in {self.dst.ref}"

    def as_yaml(self, member_id: str) -> dict[str, Any]:
        m = self.member
        out: dict[str, Any] = {
            "schema": "csmatrix/member@1",
            "id": m.id or member_id,
            "name": m.name.as_yaml(),
        }
        out["framework"] = self.dst.ref
        if self.role is not None:
            out["role"] = self.role
        if m.joined is not None:
            out["joined"] = m.joined
        if m.background is not None:
            out["background"] = m.background.as_yaml()
        if m.unit is not None:
            out["unit"] = m.unit
        out["assessments"] = self.assessments
        dropped = [d.model_dump(exclude_none=True) for d in m.dropped]
        dropped += [d.as_yaml(self.reason()) for d in self.drops]
        if dropped:
            out["dropped"] = dropped
        return out


def migrate(member: Member, lineage: Lineage) -> Migration:
    src, dst = lineage.src, lineage.dst
    result = Migration(member, src, dst, lineage)
    sources = lineage.sources
    orphans = set(lineage.orphans)
    rated_src = {skill for a in member.assessments for skill in a.levels}
    for placed in dst.placed:
        olds = sources.get(placed.skill.id, [])
        rated = [o for o in olds if o in rated_src]
        if rated:
            result.carried.append((olds, placed.skill.id))
        else:
            result.unrated.append(placed.skill.id)
    for assessment in member.assessments:
        levels: dict[str, int] = {}
        notes: dict[str, str] = {}
        evidence: dict[str, list[str]] = {}
        for placed in dst.placed:
            new_id = placed.skill.id
            olds = sources.get(new_id, [])
            values = [assessment.levels[o] for o in olds if o in assessment.levels]
            if values:
                level = min(values)
                if level > dst.top:
                    result.clamps.append(Clamp(new_id, assessment.date, assessment.by, level, dst.top))
                    level = dst.top
                levels[new_id] = level
            texts = [assessment.notes[o] for o in olds if o in assessment.notes]
            if texts:
                notes[new_id] = NOTE_JOIN.join(dict.fromkeys(texts))
            links = [link for o in olds for link in assessment.evidence.get(o, [])]
            if links:
                evidence[new_id] = list(dict.fromkeys(links))
        for skill, level in assessment.levels.items():
            if skill in orphans:
                result.drops.append(
                    Drop(skill, level, assessment.date, assessment.by, _drop_note(assessment, skill))
                )
        for skill in assessment.notes:
            if skill in orphans and skill not in assessment.levels:
                result.lost_notes.append((skill, assessment.date))
        if not (levels or notes or evidence):
            result.emptied += 1
            continue
        entry: dict[str, Any] = {"date": assessment.date, "by": assessment.by}
        if assessment.method is not None:
            entry["method"] = assessment.method
        if assessment.assessor_org is not None:
            entry["assessor_org"] = assessment.assessor_org
        entry["levels"] = levels
        if notes:
            entry["notes"] = notes
        if evidence:
            entry["evidence"] = evidence
        result.assessments.append(entry)
    return result


def _drop_note(assessment: Any, skill: str) -> str | None:
    parts = []
    if skill in assessment.notes:
        parts.append(assessment.notes[skill])
    links = assessment.evidence.get(skill, [])
    if links:
        parts.append("evidence: " + ", ".join(links))
    return NOTE_JOIN.join(parts) if parts else None


def summary(result: Migration, source_label: str, lang: str) -> list[str]:
    """What happened, for people (stderr)."""
    ja = lang == "ja"
    src, dst = result.src, result.dst
    via = f" (via {', '.join(result.lineage.via)})" if result.lineage.via else ""
    lines = [f"csmatrix: migrated {source_label}: {src.ref} → {dst.ref}{via}"]
    if not result.lineage.connected and not result.lineage.via:
        lines.append(
            "  注意: supersedes でつながっていない版です。同じidと replaces だけを引き継ぎました"
            if ja
            else "  note: these versions are not linked by supersedes; "
            "only same ids and replaces carried over"
        )
    renamed = [(olds, new) for olds, new in result.carried if olds != [new]]
    same = [new for olds, new in result.carried if olds == [new]]
    if same:
        lines.append(f"  {'引き継ぎ' if ja else 'carried'} ({len(same)}): {', '.join(same)}")
    for olds, new in renamed:
        if len(olds) > 1:
            rule = "各評価で低い方の値を採用" if ja else "each assessment keeps the lowest of their ratings"
            lines.append(f"  {'統合' if ja else 'merged'}: {' + '.join(olds)} → {new} ({rule})")
        else:
            lines.append(f"  {'id変更' if ja else 'renamed'}: {olds[0]} → {new}")
    if result.unrated:
        label = "未評価 (前身なし)" if ja else "unrated (no predecessor)"
        lines.append(f"  {label} ({len(result.unrated)}): {', '.join(result.unrated)}")
    for drop in result.drops:
        where = "dropped: に保存" if ja else "kept under dropped:"
        lines.append(
            f"  {'後継なし' if ja else 'no successor'}: {drop.skill} = {drop.level} "
            f"({drop.date.isoformat()}, {drop.by}); {where}"
        )
    clamped = "上限に合わせた" if ja else "clamped to the new top"
    scale = "の尺度は" if ja else "has the scale"
    for clamp in result.clamps:
        lines.append(
            f"  {clamped}: {clamp.skill} {clamp.before} → {clamp.after} "
            f"({clamp.date.isoformat()}, {clamp.by}); {dst.ref} {scale} 1–{dst.top}"
        )
    for skill, date in result.lost_notes:
        lines.append(
            "  "
            + ("評価のないメモは引き継げません" if ja else "a note without a rating has no successor")
            + ": "
            f"{skill} ({date.isoformat()})"
        )
    if result.emptied:
        lines.append(
            "  "
            + (
                "引き継ぐ評価がなくなった評価記録"
                if ja
                else "assessments left with nothing to carry, omitted"
            )
            + ": "
            f"{result.emptied}"
        )
    if result.role_lost:
        lines.append(
            f"  {'ロール' if ja else 'role'} '{result.member.role}' "
            + (
                f"は {dst.ref} にないため外しました"
                if ja
                else f"does not exist in {dst.ref}; it was left out"
            )
        )
    return lines


def member_yaml(result: Migration, member_id: str) -> str:
    import yaml

    data = result.as_yaml(member_id)
    head = f"# Migrated by csmatrix migrate from {result.src.ref} to {result.dst.ref}.\n"
    return head + yaml.safe_dump(
        data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100
    )


def target_reference(to: str, family: str) -> str:
    """``--to 2021-autumn`` means the member's own family at that version."""
    from pathlib import Path

    from csmatrix import lookup

    if "@" in to or lookup.looks_like_path(to) or Path(to).is_file():
        return to
    return f"{family}@{to}"


def plan(store: Any, member_path: Any, to: str, lang: str) -> tuple[str, list[str]]:
    """Load, check, migrate: (the new member YAML, summary lines)."""
    from pathlib import Path

    from csmatrix.diffing.lineage import lineage
    from csmatrix.errors import CsmatrixError, display_path

    loaded, fw_loaded = store.member(member_path)
    member = loaded.unwrap()
    src = fw_loaded.unwrap()
    dst_loaded = store.framework(target_reference(to, src.id))
    dst = dst_loaded.unwrap()
    if dst.id != src.id:
        raise CsmatrixError(
            f"{display_path(member_path)} is on {src.ref}, of the family '{src.id}'; "
            f"{dst.ref} belongs to '{dst.id}'",
            hint=f"migrate moves a member between versions of one family: pick a version of {src.id} "
            "('csmatrix list' shows them)",
        )
    result = migrate(member, lineage(src, dst, store.chain))
    label = display_path(member_path)
    return member_yaml(result, Path(member_path).stem), summary(result, label, lang)
