"""Every word `csmatrix calibrate` shows a person, in both languages."""

from __future__ import annotations

from csmatrix.render.labels import pick

WORDS: dict[str, dict[str, str]] = {
    "title": {"ja": "評価者のキャリブレーション", "en": "Assessor calibration"},
    "assessor": {"ja": "評価者", "en": "Assessor"},
    "ratings": {"ja": "評価数", "en": "Ratings"},
    "members": {"ja": "メンバー", "en": "Members"},
    "mean": {"ja": "平均", "en": "Mean"},
    "self_gap": {"ja": "自己評価差", "en": "vs self"},
    "discrepancy_share": {"ja": "乖離率", "en": "Discrepant"},
    "leniency": {"ja": "甘さ", "en": "Leniency"},
    "flag": {"ja": "注意", "en": "Flag"},
    "lenient": {"ja": "甘め", "en": "lenient"},
    "severe": {"ja": "辛め", "en": "severe"},
    "discrepant": {"ja": "自己評価と乖離", "en": "far from self"},
    "none": {
        "ja": "評価者(by が self 以外)の評価がありません",
        "en": "no ratings by an assessor (by other than self)",
    },
    "summary": {
        "ja": "{members}人のメンバー、{assessors}人の評価者",
        "en": "{members} members, {assessors} assessors",
    },
    "rule": {
        "ja": "注意の基準: 甘さが ±{leniency} 以上(他の評価者と共通の評価 {min} 件以上)、"
        "または自己評価と2以上違う割合が {share} 以上(自己評価との組 {min} 件以上)",
        "en": "Flag rule: leniency ±{leniency} or more (over {min}+ ratings shared with peers), "
        "or a share of {share}+ differing from the self-rating by 2 or more (over {min}+ pairs)",
    },
    "n": {"ja": "{n}件", "en": "n={n}"},
}


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS, key, lang, **values)


def signed(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def share(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def flags(reasons: list[str], lang: str) -> str:
    return ", ".join(word(r, lang) for r in reasons)
