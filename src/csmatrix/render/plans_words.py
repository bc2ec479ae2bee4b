"""UI words of the plans (what-if, growth capacity, rotation) in both languages."""

from __future__ import annotations

from csmatrix.render.labels import pick

WORDS: dict[str, dict[str, str]] = {
    # what-if
    "what_if": {"ja": "もし{names}がいなかったら", "en": "What if {names} left"},
    "new_single": {"ja": "新たに属人化するスキル", "en": "New single points of failure"},
    "new_uncovered": {"ja": "新たに未カバーになるスキル", "en": "Newly uncovered"},
    "left_with": {"ja": "残るのは{who}", "en": "left with {who}"},
    "lost": {"ja": "{who}が抜ける", "en": "loses {who}"},
    "other_drops": {"ja": "カバーが減るが2人以上残るスキル", "en": "Fewer holders, still two or more"},
    "none": {"ja": "なし", "en": "none"},
    "sep": {"ja": "、", "en": ", "},
    # capacity
    "capacity": {
        "ja": "受け入れ余力(メンター1人あたり{k}人まで)",
        "en": "Growth capacity (up to {k} learners per mentor)",
    },
    "hire_yes": {
        "ja": "はい: {role}の新メンバー{n}人を受け入れられます",
        "en": "Yes: the team can take {n} newcomers as {role}",
    },
    "hire_yes_any": {
        "ja": "はい: {role}には目標のあるスキルがなく、何人でも受け入れられます",
        "en": "Yes: {role} has no skill with a target, so any number fits",
    },
    "hire_no": {
        "ja": "いいえ: {role}の新メンバー{n}人は受け入れられません",
        "en": "No: the team cannot take {n} newcomers as {role}",
    },
    "hire_max": {
        "ja": "どのスキルにも余地があるのは{max}人まで",
        "en": "every skill the role needs has room for {max}",
    },
    "first_out": {"ja": "最初に足りなくなるスキル", "en": "First to run out"},
    "every_skill": {"ja": "(ロールなし: 全スキル)", "en": "(no role: every skill)"},
    "skill": {"ja": "スキル", "en": "Skill"},
    "target": {"ja": "目標", "en": "Target"},
    "mentors": {"ja": "メンター", "en": "Mentors"},
    "learners": {"ja": "学習中", "en": "Learners"},
    "room": {"ja": "余地", "en": "Room"},
    "room_n": {"ja": "{skill}(余地{n})", "en": "{skill} (room {n})"},
    # rotation
    "rotate_title": {"ja": "ローテーション案", "en": "Rotation plan"},
    "rotate_rule": {
        "ja": "カバー基準: レベル{level}({name})以上",
        "en": "coverage: level {level} ({name}) or above",
    },
    "rotate_limits": {
        "ja": "メンター1人あたり最大{k}人 · 1人1スキルずつ",
        "en": "up to {k} learners per mentor · one skill per learner",
    },
    "before_after": {
        "ja": "属人化 {sb} → {sa} · 未カバー {ub} → {ua} · レベル上昇の合計 {inc}",
        "en": "single points {sb} → {sa} · uncovered {ub} → {ua} · total level increase {inc}",
    },
    "learner": {"ja": "学ぶ人", "en": "Learner"},
    "now_to": {"ja": "現在→目標", "en": "now→to"},
    "mentor": {"ja": "メンター", "en": "Mentor"},
    "no_rotation": {
        "ja": "提案なし(チーム内で解消できる属人化はありません)",
        "en": "no proposal (no single point the team can resolve)",
    },
    "remaining": {"ja": "残る課題", "en": "Still at risk"},
    "no_holder": {
        "ja": "未カバー: チーム内に指導できる人がいない(社外のメンターか採用が必要)",
        "en": "uncovered: no mentor in the team (needs one from outside, or a hire)",
    },
    "closest": {"ja": "近いのは{who}", "en": "closest: {who}"},
    "mentor_full": {
        "ja": "属人化: {who}のメンター枠が埋まっています",
        "en": "single point: {who} already has all the learners they can take",
    },
    "no_free_learner": {
        "ja": "属人化: {who}から学べる手の空いたメンバーがいません",
        "en": "single point: no free member left to learn it from {who}",
    },
}


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS, key, lang, **values)


def names_of(view_members: list[dict[str, object]]) -> dict[str, str]:
    return {str(m["id"]): str(m["name"]) for m in view_members}
