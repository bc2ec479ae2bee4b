"""UI words and small formatters shared by the assess renderers (table and Markdown)."""

from __future__ import annotations

from typing import Any

from csmatrix.render.labels import percent, pick

WORDS: dict[str, dict[str, str]] = {
    "title": {"ja": "スキルギャップ", "en": "skill gap report"},
    "role": {"ja": "ロール", "en": "Role"},
    "no_role": {"ja": "なし(目標なし)", "en": "none (no targets)"},
    "framework": {"ja": "フレームワーク", "en": "Framework"},
    "assessed": {"ja": "評価", "en": "Assessed"},
    "not_assessed": {"ja": "評価なし", "en": "not assessed yet"},
    "self": {"ja": "自己", "en": "self"},
    "skills_n": {"ja": "{n}スキル", "en": "{n} skills"},
    "skills_1": {"ja": "{n}スキル", "en": "{n} skill"},
    "overall": {"ja": "総合", "en": "Overall"},
    "mean": {"ja": "平均", "en": "Mean"},
    "attained": {"ja": "到達Lv", "en": "Attained"},
    "readiness": {"ja": "目標達成", "en": "Readiness"},
    "unrated_n": {"ja": "未評価", "en": "unrated"},
    "groups": {"ja": "軸・カテゴリ", "en": "Axes and categories"},
    "skills": {"ja": "スキル(差の大きい順)", "en": "Skills (largest gap first)"},
    "skill": {"ja": "スキル", "en": "Skill"},
    "bar": {"ja": "レベル", "en": "Level"},
    "current": {"ja": "現在", "en": "Now"},
    "target": {"ja": "目標", "en": "Target"},
    "gap": {"ja": "差", "en": "Gap"},
    "next": {"ja": "次", "en": "Next"},
    "memo": {"ja": "メモ", "en": "Notes"},
    "next_steps": {"ja": "次のステップ", "en": "Next steps"},
    "no_next_steps": {
        "ja": "目標に届いていないスキルはありません。",
        "en": "Every skill with a target has reached it.",
    },
    "no_next_steps_not_counted": {
        "ja": "評価の上では目標に届いていますが、{n}スキルはこのロールが数える方法"
        "({methods})で確かめられていません(下記)。",
        "en": "Every skill with a target has reached it, but {n} not by a method "
        "this role counts ({methods}); see below.",
    },
    "unrated": {"ja": "未評価(0として計算)", "en": "Unrated (counted as 0)"},
    "discrepancies": {
        "ja": "自己評価と評価者の差(2以上)",
        "en": "Self vs assessor (2 or more apart)",
    },
    "flag_unrated": {"ja": "未評価", "en": "unrated"},
    "flag_discrepancy": {"ja": "自己{s}・評価者{o}", "en": "self {s}, assessor {o}"},
    "history": {"ja": "推移", "en": "History"},
    "path": {"ja": "推移", "en": "Moves"},
    "assessor": {"ja": "評価者", "en": "assessor"},
    "individual": {"ja": "個人", "en": "individual"},
    "organization": {"ja": "組織", "en": "organisation"},
    "method": {"ja": "評価方法", "en": "Method"},
    "m_examination": {"ja": "試験", "en": "examination"},
    "m_written-test": {"ja": "筆記試験", "en": "written test"},
    "m_observation": {"ja": "業務観察", "en": "observation"},
    "m_interview": {"ja": "面談", "en": "interview"},
    "m_peer-review": {"ja": "相互評価", "en": "peer review"},
    "m_self-assessment": {"ja": "自己評価", "en": "self-assessment"},
    "m_none": {"ja": "方法の記載なし", "en": "no method given"},
    "not_counted": {
        "ja": "目標達成に数えない評価(このロールは{methods}による評価のみ数える)",
        "en": "Ratings not counted toward readiness (this role counts only {methods})",
    },
    "not_counted_row": {
        "ja": "現在の{current}({method}、{date})は数えない · 数える評価: {counted}",
        "en": "now {current} ({method}, {date}) is not counted · counted: {counted}",
    },
    "counted_none": {"ja": "なし(0として計算)", "en": "none (counted as 0)"},
    "flag_not_counted": {"ja": "達成に数えない", "en": "not counted"},
    "legend": {
        "ja": "■ 到達 □ 目標までの差 · 未到達 | 目標の位置",
        "en": "■ reached □ gap to target · not reached | target",
    },
}


def word(key: str, lang: str, **values: Any) -> str:
    return pick(WORDS, key, lang, **values)


def number(value: float | int | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def readiness_text(group: dict[str, Any]) -> str:
    if group.get("readiness") is None:
        return "–"
    return f"{group['met']}/{group['targeted']} {percent(group['readiness'])}"


def assessor(by: str, is_self: bool, lang: str) -> str:
    return word("self", lang) if is_self else by


def sources_text(report: dict[str, Any], lang: str) -> str:
    """'2022-03-25 山本 玲子 (4スキル) · 2021-12-10 …', newest first."""
    used = report.get("assessments_used") or []
    if not used:
        return word("not_assessed", lang)
    parts = []
    for u in used:
        count = word("skills_1" if u["skills"] == 1 else "skills_n", lang, n=u["skills"])
        parts.append(f"{u['date']} {assessor(u['by'], u['self'], lang)} ({count})")
    return " · ".join(parts)


def level_info(report: dict[str, Any], level: int | None, lang: str) -> str:
    """'2 担当者(個人)' for a level of the scale."""
    if level is None:
        return ""
    for entry in report["levels"]:
        if entry["level"] == level:
            scope = word(entry["scope"], lang)
            if lang == "en":
                return f"{level} {entry['name']} ({scope})"
            return f"{level} {entry['name']}({scope})"
    return str(level)


def bar(current: int, target: int | None, top: int) -> str:
    """■ reached, □ gap up to the target, · beyond; '|' right after the target level.

    ``bar(1, 3, 5) == '■□□|··'``; ``bar(4, 2, 5) == '■■|■■·'``; no target: no '|'.
    """
    cells = []
    for level in range(1, top + 1):
        if level <= current:
            cells.append("■")
        elif target is not None and level <= target:
            cells.append("□")
        else:
            cells.append("·")
        if target is not None and level == target:
            cells.append("|")
    return "".join(cells)


def names(report: dict[str, Any]) -> dict[str, str]:
    return {s["id"]: s["name"] for s in report["skills"]}


def by_gap(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Largest gap first, then framework order; skills without a target last."""
    order = {s["id"]: i for i, s in enumerate(report["skills"])}
    return sorted(
        report["skills"],
        key=lambda s: (-(s["gap"] if s["gap"] is not None else -1), order[s["id"]]),
    )


def next_steps(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Skills to work on: every gap; with no target anywhere, every skill below the top."""
    with_target = [s for s in report["skills"] if s["target"] is not None]
    if with_target:
        return [s for s in by_gap(report) if s["gap"] and s["next"]]
    return [s for s in report["skills"] if s["next"]]


def flags(skill: dict[str, Any], report: dict[str, Any], lang: str) -> str:
    out = []
    if skill["id"] in report["unrated"]:
        out.append(word("flag_unrated", lang))
    for d in report["discrepancies"]:
        if d["id"] == skill["id"]:
            out.append(word("flag_discrepancy", lang, s=d["self"], o=d["assessor"]))
    for entry in report.get("not_counted", []):
        if entry["id"] == skill["id"]:
            out.append(word("flag_not_counted", lang))
    return ", ".join(out) if lang == "en" else "、".join(out)


def method_name(method: str | None, lang: str) -> str:
    return word(f"m_{method}" if method else "m_none", lang)


def methods_text(methods: list[str], lang: str) -> str:
    sep = " / " if lang == "en" else "・"
    return sep.join(method_name(m, lang) for m in methods)


def method_cell(skill: dict[str, Any], lang: str) -> str:
    """'試験' or '試験(外部コンサル)': how the current rating was obtained, and by whom from outside."""
    if skill.get("method") is None and skill.get("assessor_org") is None:
        return ""
    text = method_name(skill.get("method"), lang) if skill.get("method") else ""
    if skill.get("assessor_org"):
        org = skill["assessor_org"]
        text = f"{text} ({org})" if lang == "en" else f"{text}({org})"
    return text.strip()


def not_counted_rows(report: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(skill name, why its current rating does not count) for the role's method rule."""
    skill_names = names(report)
    out = []
    for entry in report.get("not_counted", []):
        if entry["counted_on"]:
            how = method_name(entry["counted_method"], lang)
            if lang == "en":
                counted = f"{entry['counted']} ({how}, {entry['counted_on']})"
            else:
                counted = f"{entry['counted']}({how}、{entry['counted_on']})"
        else:
            counted = word("counted_none", lang)
        why = word(
            "not_counted_row",
            lang,
            current=entry["current"],
            method=method_name(entry["method"], lang),
            date=entry["rated_on"],
            counted=counted,
        )
        out.append((skill_names.get(entry["id"], entry["id"]), why))
    return out


def no_next_steps(report: dict[str, Any], lang: str) -> str:
    """What to say when no skill is below its target (the method rule may still hold some back)."""
    if report.get("not_counted"):
        methods = methods_text(report["requires_method"], lang)
        return word("no_next_steps_not_counted", lang, n=len(report["not_counted"]), methods=methods)
    return word("no_next_steps", lang)
