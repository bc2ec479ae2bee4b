"""Short UI words in both languages (headings, scope names)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "individual": {"ja": "個人", "en": "individual"},
    "organization": {"ja": "組織", "en": "organisation"},
    "levels": {"ja": "レベル", "en": "Levels"},
    "targets": {"ja": "目標", "en": "Targets"},
    "skill": {"ja": "スキル", "en": "Skill"},
    "replaces": {"ja": "旧スキル", "en": "Replaces"},
    "framework": {"ja": "フレームワーク", "en": "Framework"},
    "versions": {"ja": "版", "en": "Versions"},
}


def pick(words: dict[str, dict[str, str]], key: str, lang: str, **values: object) -> str:
    """``words[key]`` in ``lang`` (English when missing), with ``{placeholders}`` filled."""
    entry = words[key]
    text = entry.get(lang) or entry["en"]
    return text.format(**values) if values else text


def percent(value: float | None) -> str:
    """A readiness share as people read it: 0.667 -> '67%'; None -> '–'."""
    return "–" if value is None else f"{round(value * 100)}%"


def word(key: str, lang: str) -> str:
    return pick(WORDS, key, lang) if key in WORDS else key


def scope(value: str, lang: str) -> str:
    return word(value, lang)
