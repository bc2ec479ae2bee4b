"""Which semantic-version bump a framework change deserves, and why.

* **major**: something new is required to meet a level: a raised target, a new
  skill (or a skill newly targeted) that some role must reach, a descriptor
  reworded or removed at or below some role's target, a merge of targeted
  skills (ratings carry over as the lowest), a level's scope changed at or
  below a target.
* **minor**: additions and clarifications above the targets: new skills
  without targets, new levels, descriptors changed above every target,
  renamed/moved/removed skills, lowered targets, new or removed categories,
  axes and roles.
* **patch**: wording only: names, summaries, tags, sources, descriptions.
* **none**: identical.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from csmatrix.versions.model import Reason

if TYPE_CHECKING:
    from csmatrix.versions.compare import FrameworkDiff

SHOWN = 4  # items listed in a reason's text before "and N more"

# code -> (bump, ja template, en template); {items} is the list, {n} its length
TEMPLATES: dict[str, tuple[str, str, str]] = {
    "target-raised": ("major", "目標が上がった ({n}): {items}", "targets raised ({n}): {items}"),
    "target-new": (
        "major",
        "新たに目標のついたスキル ({n}): {items}",
        "skills newly required ({n}): {items}",
    ),
    "descriptor-at-target": (
        "major",
        "目標以下のレベルの記述が変わった ({n}): {items}",
        "descriptors changed at or below a target ({n}): {items}",
    ),
    "merged-targeted": (
        "major",
        "目標のあるスキルを統合 (評価は低い方を引き継ぐ) ({n}): {items}",
        "targeted skills merged (ratings carry over as the lowest) ({n}): {items}",
    ),
    "level-removed-at-target": (
        "major",
        "目標以下のレベルがなくなった ({n}): {items}",
        "levels removed at or below a target ({n}): {items}",
    ),
    "scope-at-target": (
        "major",
        "目標以下のレベルの範囲が変わった ({n}): {items}",
        "scope changed for levels at or below a target ({n}): {items}",
    ),
    "method-stricter": (
        "major",
        "目標達成に数える評価方法が絞られた ({n}): {items}",
        "fewer rating methods count toward a role ({n}): {items}",
    ),
    "method-looser": (
        "minor",
        "目標達成に数える評価方法が広がった ({n}): {items}",
        "more rating methods count toward a role ({n}): {items}",
    ),
    "target-lowered": ("minor", "目標が下がった ({n}): {items}", "targets lowered ({n}): {items}"),
    "target-dropped": ("minor", "目標がなくなった ({n}): {items}", "targets removed ({n}): {items}"),
    "skill-added": (
        "minor",
        "目標のない新しいスキル ({n}): {items}",
        "new skills without a target ({n}): {items}",
    ),
    "skill-removed": ("minor", "なくなったスキル ({n}): {items}", "skills removed ({n}): {items}"),
    "skill-renamed": ("minor", "idが変わったスキル ({n}): {items}", "skill ids changed ({n}): {items}"),
    "skill-merged": ("minor", "統合されたスキル ({n}): {items}", "skills merged ({n}): {items}"),
    "skill-split": ("minor", "分割されたスキル ({n}): {items}", "skills split ({n}): {items}"),
    "skill-moved": ("minor", "移動したスキル ({n}): {items}", "skills moved ({n}): {items}"),
    "descriptor-above-target": (
        "minor",
        "目標より上のレベルの記述が変わった ({n}): {items}",
        "descriptors changed above every target ({n}): {items}",
    ),
    "level-added": ("minor", "レベルが増えた ({n}): {items}", "levels added ({n}): {items}"),
    "level-removed": (
        "minor",
        "目標より上のレベルがなくなった ({n}): {items}",
        "levels removed above every target ({n}): {items}",
    ),
    "scope-above-target": (
        "minor",
        "目標より上のレベルの範囲が変わった ({n}): {items}",
        "scope changed for levels above every target ({n}): {items}",
    ),
    "structure": (
        "minor",
        "カテゴリ・軸・ロールの追加/削除/変更 ({n}): {items}",
        "categories, axes or roles added/removed/changed ({n}): {items}",
    ),
    "wording": ("patch", "文言のみの変更 ({n}): {items}", "wording only ({n}): {items}"),
}


def reason(code: str, items: list[str]) -> Reason:
    bump, ja, en = TEMPLATES[code]
    shown = ", ".join(items[:SHOWN])
    rest = len(items) - SHOWN
    text = {
        "ja": ja.format(n=len(items), items=shown + (f" ほか{rest}件" if rest > 0 else "")),
        "en": en.format(n=len(items), items=shown + (f" and {rest} more" if rest > 0 else "")),
    }
    return Reason(bump, code, {"items": items}, text)


def classify(d: FrameworkDiff) -> list[Reason]:
    found: dict[str, list[str]] = {code: [] for code in TEMPLATES}

    def add(code: str, item: str) -> None:
        if item not in found[code]:
            found[code].append(item)

    def top_target(new_id: str) -> int | None:
        olds = d.lineage.sources.get(new_id, [])
        values = [d.new.highest_target(new_id)] + [d.old.highest_target(o) for o in olds]
        present = [v for v in values if v is not None]
        return max(present) if present else None

    for t in d.targets:
        label = f"{t.role}×{t.skill} {_lv(t.before)}→{_lv(t.after)}"
        code = {"raised": "target-raised", "new": "target-new", "lowered": "target-lowered"}.get(
            t.kind, "target-dropped"
        )
        add(code, label)
    for new_id in d.added:
        if d.new.highest_target(new_id) is None:
            add("skill-added", new_id)
    for old_id in d.removed:
        add("skill-removed", old_id)
    for old_id, new_id in d.renamed:
        add("skill-renamed", f"{old_id}→{new_id}")
    for olds, new_id in d.merged:
        label = f"{'+'.join(olds)}→{new_id}"
        add("merged-targeted" if top_target(new_id) is not None else "skill-merged", label)
    for old_id, news in d.split:
        add("skill-split", f"{old_id}→{'+'.join(news)}")
    for moved in d.moved:
        add("skill-moved", moved.id)
    for skill_change in d.changed:
        limit = top_target(skill_change.id)
        for level in skill_change.levels:
            at = limit is not None and level <= limit
            add("descriptor-at-target" if at else "descriptor-above-target", f"{skill_change.id} L{level}")
        wording = [
            f
            for f in ("name", "summary", "tags", "source")
            if any(c.field == f for c in skill_change.changes)
        ]
        if wording:
            add("wording", f"{skill_change.id} ({'/'.join(wording)})")
    _scale_reasons(d, add)
    for kind, group in (("category", d.categories), ("axis", d.axes), ("role", d.roles)):
        for ident in group.added:
            add("structure", f"+{kind} {ident}")
        for ident in group.removed:
            add("structure", f"-{kind} {ident}")
        for a, b in group.renamed:
            add("structure", f"{kind} {a}→{b}")
        for ident, changes in group.changed:
            for change in changes:
                if change.field == "requires_method":
                    before = set(change.before) if isinstance(change.before, list) else set()
                    after = set(change.after) if isinstance(change.after, list) else set()
                    stricter = bool(after) and (not before or not after >= before)
                    add("method-stricter" if stricter else "method-looser", f"{kind} {ident}")
                    continue
                add("structure" if change.field == "axis" else "wording", f"{kind} {ident} ({change.field})")
    for change in d.framework_changes:
        add("wording", f"framework {change.field}")
    return [reason(code, items) for code, items in found.items() if items]


def _scale_reasons(d: FrameworkDiff, add: Callable[[str, str], None]) -> None:
    targets: list[int] = []
    for fw in (d.old, d.new):
        targets += [t for t in (fw.highest_target(p.skill.id) for p in fw.placed) if t is not None]
    highest = max(targets) if targets else 0
    for level in d.levels_added:
        add("level-added", f"L{level}")
    for level in d.levels_removed:
        add("level-removed-at-target" if level <= highest else "level-removed", f"L{level}")
    for level, changes in d.levels_changed:
        for change in changes:
            if change.field == "scope":
                add(
                    "scope-at-target" if level <= highest else "scope-above-target",
                    f"L{level} {change.before}→{change.after}",
                )
            else:
                add("wording", f"L{level} ({change.field})")


def _lv(value: int | None) -> str:
    return "–" if value is None else str(value)
