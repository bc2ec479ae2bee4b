"""UI words of the team view in both languages (shared by the table and Markdown)."""

from __future__ import annotations

from typing import Any

from csmatrix.render.labels import pick

WORDS: dict[str, dict[str, str]] = {
    "title": {"ja": "チーム力量表", "en": "Team skill matrix"},
    "members_count": {"ja": "メンバー {n}人", "en": "{n} members"},
    "coverage_rule": {
        "ja": "カバー基準: レベル{level}({name})以上",
        "en": "coverage: level {level} ({name}) or above",
    },
    "legend": {
        "ja": "現在のレベルと目標: 2< 目標未満 · 3 目標どおり · 4> 目標超え · - 未評価",
        "en": "current level vs target: 2< below · 3 at · 4> above · - unrated",
    },
    "member": {"ja": "メンバー", "en": "Member"},
    "role": {"ja": "ロール", "en": "Role"},
    "readiness": {"ja": "達成率", "en": "Ready"},
    "next_role": {"ja": "次のロール", "en": "Next role"},
    "cov": {"ja": "カバー", "en": "cov"},
    "page": {"ja": "メンバー {first}–{last} / {n}人", "en": "members {first}–{last} of {n}"},
    "single_points": {"ja": "属人化(カバー1人のスキル)", "en": "Single points of failure (one holder)"},
    "uncovered": {"ja": "未カバー(該当者なし)", "en": "Uncovered (no holder)"},
    "none": {"ja": "なし", "en": "none"},
    "mentors": {
        "ja": "メンター候補(目標未満のスキルごと、最大3人)",
        "en": "Mentors (per skill below target, up to 3)",
    },
    "no_mentor": {"ja": "チーム内にいません", "en": "nobody in the team"},
    "skill": {"ja": "スキル", "en": "Skill"},
    "now_target": {"ja": "現在→目標", "en": "now→target"},
    "migrated": {"ja": "旧版から換算", "en": "carried from"},
    "no_role": {"ja": "(ロールなし)", "en": "(no role)"},
    "no_gaps": {"ja": "全員が目標に達しています", "en": "everyone is at their targets"},
    "holders": {"ja": "保有者", "en": "holder"},
    "units": {"ja": "ユニット別カバー", "en": "Coverage per unit"},
    "unit_head": {"ja": "{unit}({n}人)", "en": "{unit} ({n} members)"},
    "unit_head_1": {"ja": "{unit}({n}人)", "en": "{unit} (1 member)"},
    "no_unit": {"ja": "(ユニットなし)", "en": "(no unit)"},
    "unit_single": {"ja": "属人化", "en": "single point"},
    "unit_uncovered": {"ja": "未カバー", "en": "uncovered"},
    "team_wide": {"ja": "チーム全体で{n}人", "en": "{n} in the team"},
}


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS, key, lang, **values)


def mark(level: int, target: int | None) -> str:
    """The level and its relation to the target, readable without colour: ``2<``, ``3``, ``4>``, ``-``."""
    if level == 0:
        return "-"
    if target is None or level == target:
        return str(level)
    return f"{level}<" if level < target else f"{level}>"


def status(level: int, target: int | None) -> str:
    """below | at | above | unrated | none (no target)."""
    if level == 0:
        return "unrated"
    if target is None:
        return "none"
    if level < target:
        return "below"
    return "at" if level == target else "above"


def unit_head(unit: dict[str, Any], lang: str) -> str:
    """'high-touch(3人)' / 'high-touch (3 members)'; members without a unit are '(ユニットなし)'."""
    label = unit["unit"] if unit["unit"] is not None else word("no_unit", lang)
    count = len(unit["members"])
    return word("unit_head_1" if count == 1 else "unit_head", lang, unit=label, n=count)
