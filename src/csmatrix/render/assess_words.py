"""UI words and small formatters shared by the assess renderers (table and Markdown)."""

from __future__ import annotations

from typing import Any

from csmatrix.render import labels
from csmatrix.render.labels import percent
from csmatrix.words import word


def number(value: float | None) -> str:
    """A mean with two decimals (2.50), a level as it is; '–' for none."""
    return labels.number(value, fixed=True)


def readiness_text(group: dict[str, Any]) -> str:
    if group.get("readiness") is None:
        return "–"
    return f"{group['met']}/{group['targeted']} {percent(group['readiness'])}"


def assessor(by: str, is_self: bool, lang: str) -> str:
    return word("assess.self", lang) if is_self else by


def sources_text(report: dict[str, Any], lang: str) -> str:
    """'2022-03-25 山本 玲子 (4スキル) · 2021-12-10 …', newest first."""
    used = report.get("assessments_used") or []
    if not used:
        return word("assess.not_assessed", lang)
    parts = []
    for u in used:
        count = word("assess.skills_1" if u["skills"] == 1 else "assess.skills_n", lang, n=u["skills"])
        parts.append(f"{u['date']} {assessor(u['by'], u['self'], lang)} ({count})")
    return " · ".join(parts)


def level_info(report: dict[str, Any], level: int | None, lang: str) -> str:
    """'2 担当者(個人)' for a level of the scale."""
    if level is None:
        return ""
    for entry in report["levels"]:
        if entry["level"] == level:
            scope = word(f"scope.{entry['scope']}", lang)
            return word("punct.paren", lang, text=f"{level} {entry['name']}", inner=scope)
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
        out.append(word("assess.flag_unrated", lang))
    for d in report["discrepancies"]:
        if d["id"] == skill["id"]:
            out.append(word("assess.flag_discrepancy", lang, s=d["self"], o=d["assessor"]))
    for entry in report.get("not_counted", []):
        if entry["id"] == skill["id"]:
            out.append(word("assess.flag_not_counted", lang))
    return word("punct.list", lang).join(out)


def method_name(method: str | None, lang: str) -> str:
    return word(f"assess.m_{method}" if method else "assess.m_none", lang)


def methods_text(methods: list[str], lang: str) -> str:
    return word("punct.or", lang).join(method_name(m, lang) for m in methods)


def method_cell(skill: dict[str, Any], lang: str) -> str:
    """'試験' or '試験(外部コンサル)': how the current rating was obtained, and by whom from outside."""
    if skill.get("method") is None and skill.get("assessor_org") is None:
        return ""
    text = method_name(skill.get("method"), lang) if skill.get("method") else ""
    if skill.get("assessor_org"):
        org = skill["assessor_org"]
        text = word("punct.paren", lang, text=text, inner=org)
    return text.strip()


def not_counted_rows(report: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(skill name, why its current rating does not count) for the role's method rule."""
    skill_names = names(report)
    out = []
    for entry in report.get("not_counted", []):
        if entry["counted_on"]:
            how = method_name(entry["counted_method"], lang)
            inner = how + word("punct.list", lang) + entry["counted_on"]
            counted = word("punct.paren", lang, text=entry["counted"], inner=inner)
        else:
            counted = word("assess.counted_none", lang)
        why = word(
            "assess.not_counted_row",
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
        return word("assess.no_next_steps_not_counted", lang, n=len(report["not_counted"]), methods=methods)
    return word("assess.no_next_steps", lang)
