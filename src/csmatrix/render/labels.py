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


def word(key: str, lang: str) -> str:
    entry = WORDS.get(key)
    if entry is None:
        return key
    return entry.get(lang) or entry["en"]


def scope(value: str, lang: str) -> str:
    return word(value, lang)
