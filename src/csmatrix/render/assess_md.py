"""`csmatrix assess --format md`: a Markdown gap report to paste into 1on1 notes."""

from __future__ import annotations

from typing import Any

from csmatrix.render.assess_words import (
    assessor,
    by_gap,
    flags,
    level_info,
    method_cell,
    method_name,
    methods_text,
    names,
    next_steps,
    no_next_steps,
    not_counted_rows,
    number,
    readiness_text,
    sources_text,
)
from csmatrix.render.framework_md import cell
from csmatrix.render.safe import md_tree
from csmatrix.words import word


def report_markdown(report: dict[str, Any], lang: str = "ja", history: dict[str, Any] | None = None) -> str:
    report, history = md_tree((report, history))
    member = report["member"]
    out: list[str] = [f"# {member['name']} (`{member['id']}`) {word('assess.title', lang)}", ""]
    if member.get("background"):
        out += [member["background"], ""]
    role = f"{report['role_name']} (`{report['role']}`)" if report["role"] else word("assess.no_role", lang)
    overall = report["overall"]
    out += [
        f"- **{word('assess.role', lang)}**: {role}",
        f"- **{word('assess.framework', lang)}**: `{report['framework']}`",
        f"- **{word('assess.assessed', lang)}**: {sources_text(report, lang)}",
        f"- **{word('assess.overall', lang)}**: {word('assess.mean', lang)} {number(overall['mean'])} · "
        f"{word('assess.readiness', lang)} {readiness_text(overall)} · "
        f"{word('assess.unrated_n', lang)} {len(report['unrated'])}/{overall['skills']}",
        "",
        f"## {word('assess.groups', lang)}",
        "",
        f"| | {word('assess.mean', lang)} | {word('assess.attained', lang)} "
        f"| {word('assess.readiness', lang)} |",
        "|---|---:|---:|---:|",
    ]
    for axis in report["axes"]:
        out.append(
            f"| **{cell(axis['name'] or axis['id'])}** | {number(axis['mean'])} | "
            f"{number(axis['attained'])} | {readiness_text(axis)} |"
        )
        for category in report["categories"]:
            if category.get("axis") == axis["id"]:
                out.append(
                    f"| {cell(category['name'] or category['id'])} | {number(category['mean'])} | "
                    f"{number(category['attained'])} | {readiness_text(category)} |"
                )
    methods = any(method_cell(skill, lang) for skill in report["skills"])
    method_head = f"{word('assess.method', lang)} | " if methods else ""
    out += [
        "",
        f"## {word('assess.skills', lang)}",
        "",
        f"| {word('assess.skill', lang)} | {word('assess.current', lang)} | {word('assess.target', lang)} | "
        f"{word('assess.gap', lang)} | {word('assess.next', lang)} | "
        f"{method_head}{word('assess.memo', lang)} |",
        "|---|---:|---:|---:|---|" + ("---|" if methods else "") + "---|",
    ]
    for skill in by_gap(report):
        target = number(skill["target"])
        gap = number(skill["gap"])
        nxt = level_info(report, skill["next_level"], lang)
        method = f"{cell(method_cell(skill, lang))} | " if methods else ""
        out.append(
            f"| {cell(skill['name'])} | {skill['current']} | {target} | {gap} | {cell(nxt)} | "
            f"{method}{cell(flags(skill, report, lang))} |"
        )
    out += ["", f"## {word('assess.next_steps', lang)}", ""]
    steps = next_steps(report)
    if not steps:
        out.append(no_next_steps(report, lang))
    for skill in steps:
        target = f" → {skill['target']}" if skill["target"] is not None else ""
        out.append(
            f"- [ ] **{skill['name']}** {skill['current']}{target} · "
            f"{word('assess.next', lang)}: {level_info(report, skill['next_level'], lang)}"
        )
        out.append(f"  - {skill['next']}")
    skill_names = names(report)
    if report["unrated"]:
        sep = word("punct.list", lang)
        out += [
            "",
            f"## {word('assess.unrated', lang)}",
            "",
            sep.join(skill_names[s] for s in report["unrated"]),
        ]
    if report["discrepancies"]:
        out += ["", f"## {word('assess.discrepancies', lang)}", ""]
        for d in report["discrepancies"]:
            out.append(
                f"- **{skill_names.get(d['id'], d['id'])}**: {word('assess.self', lang)} {d['self']} "
                f"({d['self_date']}) / {d['assessor_by']} {d['assessor']} ({d['assessor_date']})"
            )
    if report.get("not_counted"):
        heading = word("assess.not_counted", lang, methods=methods_text(report["requires_method"], lang))
        out += ["", f"## {heading}", ""]
        out += [f"- **{cell(name)}**: {cell(why)}" for name, why in not_counted_rows(report, lang)]
    if history is not None:
        out += ["", f"## {word('assess.history', lang)}", "", *_history(history, lang)]
    return "\n".join(out) + "\n"


def _history(history: dict[str, Any], lang: str) -> list[str]:
    steps = history["assessments"]
    heads = [
        f"{s['date']} {assessor(s['by'], s['self'], lang)}"
        + (f" ({method_name(s['method'], lang)})" if s.get("method") else "")
        for s in steps
    ]
    out = [
        "| "
        + " | ".join([word("assess.skill", lang), *(cell(h) for h in heads), word("assess.path", lang)])
        + " |",
        "|---|" + "---:|" * len(steps) + "---|",
    ]
    for skill in history["skills"]:
        given = {r["index"]: r["level"] for r in skill["ratings"]}
        levels = [str(given[s["index"]]) if s["index"] in given else "" for s in steps]
        path = "→".join(str(level) for level in skill["path"]) or "–"
        out.append("| " + " | ".join([cell(skill["name"]), *levels, path]) + " |")
    return out
