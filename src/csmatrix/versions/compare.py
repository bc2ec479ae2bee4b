"""The semantic diff of two framework versions (``csmatrix diff``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from csmatrix.models.framework import Framework, Placed, Skill
from csmatrix.versions.lineage import ChainOf, Lineage, lineage
from csmatrix.versions.model import (
    Change,
    GroupDiff,
    Moved,
    Reason,
    SkillChange,
    TargetChange,
    changes_of,
)


@dataclass
class FrameworkDiff:
    old: Framework
    new: Framework
    old_label: str
    new_label: str
    lineage: Lineage
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    merged: list[tuple[list[str], str]] = field(default_factory=list)
    split: list[tuple[str, list[str]]] = field(default_factory=list)
    changed: list[SkillChange] = field(default_factory=list)
    moved: list[Moved] = field(default_factory=list)
    categories: GroupDiff = field(default_factory=GroupDiff)
    axes: GroupDiff = field(default_factory=GroupDiff)
    levels_added: list[int] = field(default_factory=list)
    levels_removed: list[int] = field(default_factory=list)
    levels_changed: list[tuple[int, list[Change]]] = field(default_factory=list)
    roles: GroupDiff = field(default_factory=GroupDiff)
    targets: list[TargetChange] = field(default_factory=list)
    framework_changes: list[Change] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (
            self.added
            or self.removed
            or self.renamed
            or self.merged
            or self.split
            or self.changed
            or self.moved
            or not self.categories.empty
            or not self.axes.empty
            or self.levels_added
            or self.levels_removed
            or self.levels_changed
            or not self.roles.empty
            or self.targets
            or self.framework_changes
        )

    @property
    def bump(self) -> str:
        for level in ("major", "minor", "patch"):
            if any(r.bump == level for r in self.reasons):
                return level
        return "none"

    def as_dict(self, lang: str) -> dict[str, Any]:
        from csmatrix.versions.model import fields_of

        return {
            "from": self.old.ref,
            "to": self.new.ref,
            "sources": {"from": self.old_label, "to": self.new_label},
            "identical": self.empty,
            "lineage": {"via": list(self.lineage.via), "connected": self.lineage.connected},
            "skills": {
                "added": list(self.added),
                "removed": list(self.removed),
                "renamed": [{"from": a, "to": b} for a, b in self.renamed],
                "merged": [{"from": list(a), "to": b} for a, b in self.merged],
                "split": [{"from": a, "to": list(b)} for a, b in self.split],
                "changed": [c.as_dict(lang) for c in self.changed],
                "moved": [m.as_dict() for m in self.moved],
            },
            "categories": self.categories.as_dict(lang),
            "axes": self.axes.as_dict(lang),
            "levels": {
                "added": list(self.levels_added),
                "removed": list(self.levels_removed),
                "changed": [
                    {"level": level, "fields": fields_of(ch), "changes": [c.as_dict(lang) for c in ch]}
                    for level, ch in self.levels_changed
                ],
            },
            "roles": {**self.roles.as_dict(lang), "targets": [t.as_dict() for t in self.targets]},
            "framework": {
                "fields": fields_of(self.framework_changes),
                "changes": [c.as_dict(lang) for c in self.framework_changes],
            },
            "bump": {"level": self.bump, "reasons": [r.as_dict(lang) for r in self.reasons]},
            "names": self.names(lang),
        }

    def names(self, lang: str) -> dict[str, dict[str, str]]:
        """Display names of everything either side mentions (the newer name wins)."""
        out: dict[str, dict[str, str]] = {
            "skills": {},
            "categories": {},
            "axes": {},
            "roles": {},
            "levels": {},
        }
        for fw in (self.old, self.new):
            out["skills"].update({p.skill.id: p.skill.name.get(lang) for p in fw.placed})
            out["categories"].update({c.id: c.name.get(lang) for c in fw.categories})
            out["axes"].update({a.id: a.name.get(lang) for a in fw.axes})
            out["roles"].update({r.id: r.name.get(lang) for r in fw.roles})
            out["levels"].update({str(lv.level): lv.name.get(lang) for lv in fw.levels})
        return out


def diff_frameworks(
    old: Framework,
    new: Framework,
    old_label: str | None = None,
    new_label: str | None = None,
    chain_of: ChainOf | None = None,
) -> FrameworkDiff:
    """Compare ``old`` with ``new``; ``chain_of`` (``Store.chain``) links non-adjacent versions."""
    from csmatrix.versions.semver import classify

    lin = lineage(old, new, chain_of)
    result = FrameworkDiff(old, new, old_label or old.ref, new_label or new.ref, lin)
    _skills(result)
    result.categories = _groups(
        {c.id: c for c in old.categories},
        {c.id: c for c in new.categories},
        lambda c: [("name", c.name, None), ("description", c.description, None), ("axis", c.axis, None)],
        _category_overlap(result),
    )
    result.axes = _groups(
        {a.id: a for a in old.axes},
        {a.id: a for a in new.axes},
        lambda a: [("name", a.name, None), ("description", a.description, None)],
        _axis_overlap(result),
    )
    _fix_renamed_axes(result)
    _moves(result)
    _scale(result)
    result.roles = _groups(
        {r.id: r for r in old.roles},
        {r.id: r for r in new.roles},
        lambda r: [
            ("name", r.name, None),
            ("description", r.description, None),
            ("requires_method", list(r.requires_method), None),
        ],
        None,
    )
    _targets(result)
    result.framework_changes = changes_of(
        [("title", old.title, new.title), ("description", old.description, new.description)]
    )
    result.reasons = classify(result)
    return result


# --- skills -------------------------------------------------------------------


def skill_changes(old: Skill, new: Skill) -> list[Change]:
    pairs: list[tuple[str, Any, Any]] = [("name", old.name, new.name), ("summary", old.summary, new.summary)]
    for level in sorted(set(old.levels) | set(new.levels)):
        pairs.append((f"levels.{level}", old.levels.get(level), new.levels.get(level)))
    pairs += [("tags", list(old.tags), list(new.tags)), ("source", _text(old.source), _text(new.source))]
    pairs.append(("reassess", list(old.reassess), list(new.reassess)))
    return changes_of(pairs)


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _skills(d: FrameworkDiff) -> None:
    sources = d.lineage.sources
    fed: dict[str, list[str]] = {}
    for new_id, olds in sources.items():
        for old_id in olds:
            fed.setdefault(old_id, []).append(new_id)
    for placed in d.new.placed:
        new_id = placed.skill.id
        olds = sources.get(new_id, [])
        if not olds:
            d.added.append(new_id)
        elif len(olds) > 1:
            d.merged.append((list(olds), new_id))
    for placed in d.old.placed:
        old_id = placed.skill.id
        heirs = fed.get(old_id, [])
        if not heirs:
            d.removed.append(old_id)
        elif len(heirs) > 1:
            d.split.append((old_id, heirs))
    for placed in d.new.placed:
        new_id = placed.skill.id
        olds = sources.get(new_id, [])
        if len(olds) != 1 or len(fed[olds[0]]) != 1:
            continue
        old_id = olds[0]
        if old_id != new_id:
            d.renamed.append((old_id, new_id))
        changes = skill_changes(d.old.skills[old_id].skill, placed.skill)
        if changes:
            d.changed.append(SkillChange(new_id, changes, old_id))


def _moves(d: FrameworkDiff) -> None:
    category_map = dict(d.categories.renamed)
    for placed in d.new.placed:
        olds = d.lineage.sources.get(placed.skill.id, [])
        if len(olds) != 1:
            continue
        before = d.old.skills[olds[0]]
        if category_map.get(before.category.id, before.category.id) == placed.category.id:
            continue
        d.moved.append(
            Moved(
                placed.skill.id,
                before.category.id,
                placed.category.id,
                before.category.axis,
                placed.category.axis,
            )
        )


# --- categories, axes, roles -----------------------------------------------------


def _groups(
    old: dict[str, Any],
    new: dict[str, Any],
    fields: Callable[[Any], list[tuple[str, Any, Any]]],
    overlap: Callable[[str, str], float] | None,
) -> GroupDiff:
    out = GroupDiff()
    gone = [i for i in old if i not in new]
    fresh = [i for i in new if i not in old]
    for old_id in list(gone):
        match = _rename_match(old[old_id], old_id, [new[i] for i in fresh], fresh, overlap)
        if match is not None:
            out.renamed.append((old_id, match))
            gone.remove(old_id)
            fresh.remove(match)
    out.removed = gone
    out.added = fresh
    pairs = [(i, i) for i in new if i in old] + list(out.renamed)
    order = {ident: index for index, ident in enumerate(new)}
    for old_id, new_id in sorted(pairs, key=lambda p: order[p[1]]):
        before = fields(old[old_id])
        after = fields(new[new_id])
        changes = changes_of([(name, a, b) for (name, a, _), (_, b, _) in zip(before, after, strict=True)])
        if changes:
            out.changed.append((new_id, changes))
    return out


def _rename_match(
    item: Any, old_id: str, candidates: list[Any], ids: list[str], overlap: Callable[[str, str], float] | None
) -> str | None:
    """A new id is a rename of an old one when a name matches or most content carried over."""
    for cand, cand_id in zip(candidates, ids, strict=True):
        if any(x and x == y for x, y in ((item.name.ja, cand.name.ja), (item.name.en, cand.name.en))):
            return cand_id
    if overlap is None:
        return None
    scored = [(overlap(old_id, cand_id), cand_id) for cand_id in ids]
    scored = [s for s in scored if s[0] > 0.5]
    return max(scored)[1] if scored else None


def _overlap(d: FrameworkDiff, group_of: Callable[[Placed], str]) -> Callable[[str, str], float]:
    """How much of an old group (category or axis) lives on in a new one, 0..1."""

    def score(old_id: str, new_id: str) -> float:
        olds = {p.skill.id for p in d.old.placed if group_of(p) == old_id}
        news = {p.skill.id for p in d.new.placed if group_of(p) == new_id}
        carried = {n for n in news if set(d.lineage.sources.get(n, [])) & olds}
        heirs = {o for o in olds if set(d.lineage.successors(o)) & news}
        if not olds or not news:
            return 0.0
        return min(len(carried) / len(news), len(heirs) / len(olds))

    return score


def _category_overlap(d: FrameworkDiff) -> Callable[[str, str], float]:
    return _overlap(d, lambda p: p.category.id)


def _axis_overlap(d: FrameworkDiff) -> Callable[[str, str], float]:
    return _overlap(d, lambda p: p.category.axis)


def _fix_renamed_axes(d: FrameworkDiff) -> None:
    """A category whose axis was only renamed has not changed axis."""
    axis_map = dict(d.axes.renamed)
    fixed = []
    for ident, changes in d.categories.changed:
        kept = [c for c in changes if not (c.field == "axis" and axis_map.get(str(c.before)) == c.after)]
        if kept:
            fixed.append((ident, kept))
    d.categories.changed = fixed


# --- the scale and the roles' targets ---------------------------------------------


def _scale(d: FrameworkDiff) -> None:
    old, new = d.old.scale, d.new.scale
    d.levels_added = sorted(set(new) - set(old))
    d.levels_removed = sorted(set(old) - set(new))
    for level in sorted(set(old) & set(new)):
        a, b = old[level], new[level]
        changes = changes_of(
            [
                ("name", a.name, b.name),
                ("scope", a.scope, b.scope),
                ("description", a.description, b.description),
            ]
        )
        if changes:
            d.levels_changed.append((level, changes))


def _targets(d: FrameworkDiff) -> None:
    for role in d.new.roles:
        old_role = d.old.role(role.id)
        if old_role is None:
            continue
        for placed in d.new.placed:
            skill_id = placed.skill.id
            olds = d.lineage.sources.get(skill_id, [])
            before_all = [t for t in (d.old.target(old_role, o) for o in olds) if t is not None]
            before = max(before_all) if before_all else None
            after = d.new.target(role, skill_id)
            if before != after:
                was = olds[0] if len(olds) == 1 and olds[0] != skill_id else None
                d.targets.append(TargetChange(role.id, skill_id, before, after, was))
