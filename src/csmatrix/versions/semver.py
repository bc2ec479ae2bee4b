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

A reason is structured: a ``code`` and one ``fields`` record per item (skill,
role and category ids, levels, scopes, field names).  ``describe`` words it
through the catalogue (``reason.<code>``, ``reasonitem.*``) with the
names of skills, roles and categories in the reader's language; the ``items``
labels (ids) are kept for JSON readers of earlier versions.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from csmatrix.versions.model import Reason
from csmatrix.words import word

if TYPE_CHECKING:
    from csmatrix.versions.compare import FrameworkDiff

SHOWN = 4  # items worded in a reason's text before "and N more"

# code -> the bump it deserves, in the order reasons are listed
BUMPS: dict[str, str] = {
    "target-raised": "major",
    "target-new": "major",
    "descriptor-at-target": "major",
    "merged-targeted": "major",
    "level-removed-at-target": "major",
    "scope-at-target": "major",
    "method-stricter": "major",
    "method-looser": "minor",
    "target-lowered": "minor",
    "target-dropped": "minor",
    "skill-added": "minor",
    "skill-removed": "minor",
    "skill-renamed": "minor",
    "skill-merged": "minor",
    "skill-split": "minor",
    "skill-moved": "minor",
    "descriptor-above-target": "minor",
    "level-added": "minor",
    "level-removed": "minor",
    "scope-above-target": "minor",
    "structure": "minor",
    "wording": "patch",
}

Names = dict[str, dict[str, str]]
Fields = dict[str, Any]


def reason(
    code: str, labels: list[str], fields: list[Fields] | None = None, names: dict[str, Names] | None = None
) -> Reason:
    """A reason: its id ``labels`` (as before), its ``fields`` records, worded per language.

    ``fields`` defaults to one ``{"id": label}`` per label; ``names`` (per
    language, ``FrameworkDiff.names``) turns ids into names.
    """
    records = fields if fields is not None else [{"id": label} for label in labels]
    text = {lang: describe(code, records, (names or {}).get(lang, {}), lang) for lang in ("ja", "en")}
    return Reason(BUMPS[code], code, {"items": list(labels), "fields": records}, text)


def describe(code: str, fields: list[Fields], names: Names, lang: str) -> str:
    """One reason in words: ``目標が上がった (2): メンバーの健康診断 2→3、…``."""
    worded = [item_words(code, f, names, lang) for f in fields[:SHOWN]]
    shown = word("punct.list", lang).join(worded)
    rest = len(fields) - SHOWN
    if rest > 0:
        shown = word("reasonitem.more", lang, items=shown, n=rest)
    return word(f"reason.{code}", lang, n=len(fields), items=shown)


def _name(names: Names, group: str, ident: Any) -> str:
    return names.get(group, {}).get(str(ident)) or str(ident)


def _level(names: Names, level: Any, lang: str) -> str:
    name = names.get("levels", {}).get(str(level))
    return word("reasonitem.level_named", lang, level=level, name=name) if name else f"L{level}"


def _v(value: Any) -> str:
    return "–" if value is None else str(value)


def item_words(code: str, f: Fields, names: Names, lang: str) -> str:
    """One item of a reason, with names instead of ids."""
    sep = word("punct.or", lang)
    if code.startswith("target-"):
        return word(
            "reasonitem.target",
            lang,
            role=_name(names, "roles", f["role"]),
            skill=_name(names, "skills", f["skill"]),
            before=_v(f["from"]),
            after=_v(f["to"]),
        )
    if code in ("skill-added", "skill-removed"):
        return _name(names, "skills", f["skill"])
    if code == "skill-renamed":
        before, after = _name(names, "skills", f["from"]), _name(names, "skills", f["to"])
        return after if before == after else word("reasonitem.arrow", lang, before=before, after=after)
    if code in ("skill-merged", "merged-targeted"):
        olds = sep.join(_name(names, "skills", s) for s in f["from"])
        return word("reasonitem.arrow", lang, before=olds, after=_name(names, "skills", f["to"]))
    if code == "skill-split":
        news = sep.join(_name(names, "skills", s) for s in f["to"])
        return word("reasonitem.arrow", lang, before=_name(names, "skills", f["from"]), after=news)
    if code == "skill-moved":
        where = word(
            "reasonitem.arrow",
            lang,
            before=_name(names, "categories", f["from"]),
            after=_name(names, "categories", f["to"]),
        )
        return word("punct.paren", lang, text=_name(names, "skills", f["skill"]), inner=where)
    if code.startswith("descriptor-"):
        levels = sep.join(f"L{lv}" for lv in f["levels"])
        return word("punct.paren", lang, text=_name(names, "skills", f["skill"]), inner=levels)
    if code.startswith("level-"):
        return _level(names, f["level"], lang)
    if code.startswith("scope-"):
        scopes = word(
            "reasonitem.arrow",
            lang,
            before=_scope(f["from"], lang),
            after=_scope(f["to"], lang),
        )
        return f"L{f['level']} {scopes}"
    if code.startswith("method-"):
        return _name(names, "roles", f["id"])
    if code == "structure":
        return _structure(f, names, lang)
    return _wording(f, names, lang)


def _scope(value: Any, lang: str) -> str:
    return word(f"scope.{value}", lang) if value in ("individual", "organization") else _v(value)


GROUPS = {"category": "categories", "axis": "axes", "role": "roles", "skill": "skills"}


def _structure(f: Fields, names: Names, lang: str) -> str:
    kind = word(f"reasonkind.{f['kind']}", lang)
    group = GROUPS[f["kind"]]
    change = f["change"]
    if change == "renamed":
        what = word(
            "reasonitem.arrow",
            lang,
            before=_name(names, group, f["from"]),
            after=_name(names, group, f["to"]),
        )
    elif change == "axis":
        inner = word(
            "reasonitem.arrow",
            lang,
            before=_name(names, "axes", f["from"]),
            after=_name(names, "axes", f["to"]),
        )
        what = word("punct.paren", lang, text=_name(names, group, f["id"]), inner=inner)
    else:
        what = _name(names, group, f["id"])
    return word(f"reasonitem.{change}", lang, kind=kind, what=what)


def _wording(f: Fields, names: Names, lang: str) -> str:
    fields = word("punct.or", lang).join(word(f"field.{x}", lang) for x in f["fields"])
    kind = f["kind"]
    if kind == "framework":
        what = word("reasonkind.framework", lang)
    elif kind == "level":
        what = _level(names, f["id"], lang)
    elif kind == "skill":
        what = _name(names, "skills", f["id"])
    else:
        what = word(
            "reasonitem.kind_named",
            lang,
            kind=word(f"reasonkind.{kind}", lang),
            name=_name(names, GROUPS[kind], f["id"]),
        )
    return word("punct.paren", lang, text=what, inner=fields)


def classify(d: FrameworkDiff) -> list[Reason]:
    found: dict[str, dict[str, Fields]] = {code: {} for code in BUMPS}

    def add(code: str, label: str, fields: Fields) -> None:
        found[code].setdefault(label, fields)

    def top_target(new_id: str) -> int | None:
        olds = d.lineage.sources.get(new_id, [])
        values = [d.new.highest_target(new_id)] + [d.old.highest_target(o) for o in olds]
        present = [v for v in values if v is not None]
        return max(present) if present else None

    for t in d.targets:
        label = f"{t.role}×{t.skill} {_v(t.before)}→{_v(t.after)}"
        code = {"raised": "target-raised", "new": "target-new", "lowered": "target-lowered"}.get(
            t.kind, "target-dropped"
        )
        add(code, label, {"role": t.role, "skill": t.skill, "from": t.before, "to": t.after})
    for new_id in d.added:
        if d.new.highest_target(new_id) is None:
            add("skill-added", new_id, {"skill": new_id})
    for old_id in d.removed:
        add("skill-removed", old_id, {"skill": old_id})
    for old_id, new_id in d.renamed:
        add("skill-renamed", f"{old_id}→{new_id}", {"from": old_id, "to": new_id})
    for olds, new_id in d.merged:
        code = "merged-targeted" if top_target(new_id) is not None else "skill-merged"
        add(code, f"{'+'.join(olds)}→{new_id}", {"from": list(olds), "to": new_id})
    for old_id, news in d.split:
        add("skill-split", f"{old_id}→{'+'.join(news)}", {"from": old_id, "to": list(news)})
    for moved in d.moved:
        add(
            "skill-moved", moved.id, {"skill": moved.id, "from": moved.old_category, "to": moved.new_category}
        )
    for skill_change in d.changed:
        limit = top_target(skill_change.id)
        for level in skill_change.levels:
            code = (
                "descriptor-at-target" if limit is not None and level <= limit else "descriptor-above-target"
            )
            add(code, f"{skill_change.id} L{level}", {"skill": skill_change.id, "levels": [level]})
        wording = [
            f
            for f in ("name", "summary", "tags", "source")
            if any(c.field == f for c in skill_change.changes)
        ]
        if wording:
            label = f"{skill_change.id} ({'/'.join(wording)})"
            add("wording", label, {"kind": "skill", "id": skill_change.id, "fields": wording})
    _scale_reasons(d, add)
    for kind, group in (("category", d.categories), ("axis", d.axes), ("role", d.roles)):
        for ident in group.added:
            add("structure", f"+{kind} {ident}", {"kind": kind, "change": "added", "id": ident})
        for ident in group.removed:
            add("structure", f"-{kind} {ident}", {"kind": kind, "change": "removed", "id": ident})
        for a, b in group.renamed:
            add("structure", f"{kind} {a}→{b}", {"kind": kind, "change": "renamed", "from": a, "to": b})
        for ident, changes in group.changed:
            for change in changes:
                if change.field == "requires_method":
                    before = set(change.before) if isinstance(change.before, list) else set()
                    after = set(change.after) if isinstance(change.after, list) else set()
                    stricter = bool(after) and (not before or not after >= before)
                    code = "method-stricter" if stricter else "method-looser"
                    add(code, f"{kind} {ident}", {"kind": kind, "id": ident})
                    continue
                label = f"{kind} {ident} ({change.field})"
                if change.field == "axis":
                    moved_axis = {"from": change.before, "to": change.after}
                    add("structure", label, {"kind": kind, "change": "axis", "id": ident, **moved_axis})
                else:
                    add("wording", label, {"kind": kind, "id": ident, "fields": [change.field]})
    for change in d.framework_changes:
        add(
            "wording",
            f"framework {change.field}",
            {"kind": "framework", "id": d.new.id, "fields": [change.field]},
        )
    names = {lang: d.names(lang) for lang in ("ja", "en")}
    return [
        reason(code, list(items), _grouped(list(items.values())), names)
        for code, items in found.items()
        if items
    ]


def _grouped(records: list[Fields]) -> list[Fields]:
    """Items about one thing as one record: a skill's levels, a role's changed fields."""
    out: list[Fields] = []
    index: dict[tuple[str, str], Fields] = {}
    for record in records:
        key = ("levels", str(record["skill"])) if "levels" in record else None
        if "fields" in record:
            key = ("fields", f"{record['kind']} {record['id']}")
        if key is None:
            out.append(record)
            continue
        if key in index:
            merged = index[key]
            merged[key[0]] = merged[key[0]] + [x for x in record[key[0]] if x not in merged[key[0]]]
            continue
        index[key] = {**record, key[0]: list(record[key[0]])}
        out.append(index[key])
    return out


def _scale_reasons(d: FrameworkDiff, add: Callable[[str, str, Fields], None]) -> None:
    targets: list[int] = []
    for fw in (d.old, d.new):
        targets += [t for t in (fw.highest_target(p.skill.id) for p in fw.placed) if t is not None]
    highest = max(targets) if targets else 0
    for level in d.levels_added:
        add("level-added", f"L{level}", {"level": level})
    for level in d.levels_removed:
        code = "level-removed-at-target" if level <= highest else "level-removed"
        add(code, f"L{level}", {"level": level})
    for level, changes in d.levels_changed:
        for change in changes:
            if change.field == "scope":
                code = "scope-at-target" if level <= highest else "scope-above-target"
                fields = {"level": level, "from": change.before, "to": change.after}
                add(code, f"L{level} {change.before}→{change.after}", fields)
            else:
                add(
                    "wording",
                    f"L{level} ({change.field})",
                    {"kind": "level", "id": level, "fields": [change.field]},
                )
