"""Shared bits of the diff renderers: UI words in both languages."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "bump": ("推奨するバージョンの上げ方", "Suggested version bump"),
    "identical": ("違いはありません", "No differences"),
    "skills": ("スキル", "Skills"),
    "added": ("追加", "added"),
    "removed": ("削除", "removed"),
    "renamed": ("id変更", "renamed"),
    "merged": ("統合", "merged"),
    "split": ("分割", "split"),
    "moved": ("移動", "moved"),
    "changed": ("変更されたスキル", "Changed skills"),
    "categories": ("カテゴリ", "Categories"),
    "axes": ("軸", "Axes"),
    "levels": ("レベル", "Level scale"),
    "roles": ("ロール", "Roles"),
    "role": ("ロール", "Role"),
    "targets": ("ロール別の目標", "Role targets"),
    "framework": ("フレームワーク", "Framework"),
    "was": ("旧", "was"),
    "rewritten": ("書き換え", "rewritten"),
    "impact": ("メンバーへの影響", "Impact on members"),
    "readiness": ("達成率", "readiness"),
    "via": ("経由", "via"),
    "not-linked": (
        "注意: 2つの版は supersedes でつながっていません。同じidと replaces だけで対応づけています",
        "note: the two versions are not linked by supersedes; only same ids and replaces are matched",
    ),
}

BUMP_WORDS = {
    "major": ("メジャー", "major"),
    "minor": ("マイナー", "minor"),
    "patch": ("パッチ", "patch"),
    "none": ("なし", "none"),
}


def w(key: str, lang: str) -> str:
    ja, en = WORDS.get(key, (key, key))
    return en if lang == "en" else ja


def bump_word(level: str, lang: str) -> str:
    ja, en = BUMP_WORDS[level]
    return en if lang == "en" else ja


def similar(before: str, after: str) -> float:
    import difflib

    return difflib.SequenceMatcher(None, before, after, autojunk=False).ratio()


def target_cell(before: int | None, after: int | None) -> str:
    return f"{'–' if before is None else before}→{'–' if after is None else after}"
