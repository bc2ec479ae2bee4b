"""`csmatrix review --format md`: framework changes as one pull-request comment.

Summary first (one table row per framework file, then what to fix), the
details of each file folded in ``<details>``: the semantic diff and the
members whose readiness or gaps move, by name, with why.
"""

from __future__ import annotations

from typing import Any

from csmatrix.render.framework_md import cell
from csmatrix.render.labels import percent
from csmatrix.words import word


def _declared(entry: dict[str, Any], lang: str) -> str:
    declared = entry["declared"]
    if declared is None:
        return "–"
    how = word(f"review.{declared['how']}", lang)
    bump = word("bump." + declared["level"], lang)
    return f"{bump} ({cell(declared['from'])} → {cell(declared['to'])}: {how})"


def _change(entry: dict[str, Any]) -> str:
    before, after = entry["from"], entry["to"]
    if before and after:
        return f"`{cell(before)}` → `{cell(after)}`"
    return f"`{cell(before or after)}`"


def _affected(entry: dict[str, Any]) -> int:
    impact = entry.get("impact")
    if not impact:
        return 0
    from csmatrix.render.diff_impact import affected

    return sum(1 for m in impact["members"] if affected(m))


def review_markdown(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.diff_impact import cause, reasons
    from csmatrix.render.diff_md import diff_markdown
    from csmatrix.render.diff_text import reason_words

    out = [f"### {word('review.title', lang)} ({cell(view['base'])} → {cell(view['head'])})", ""]
    frameworks = view["frameworks"]
    if not frameworks:
        out.append(word("review.none-changed", lang))
    else:
        with_members = any("impact" in f for f in frameworks)
        cols = ("file", "change", "suggested", "declared")
        head = "| | " + " | ".join(word(f"review.{k}", lang) for k in cols) + " |"
        out += [
            head + (f" {word('review.members', lang)} |" if with_members else ""),
            "|---" * (6 if with_members else 5) + "|",
        ]
        for entry in frameworks:
            mark = "✅" if entry["ok"] else "❌"
            row = (
                f"| {mark} | `{cell(entry['path'])}` | {_change(entry)} "
                f"| **{word('bump.' + entry['suggested'], lang)}** | {_declared(entry, lang)} |"
            )
            if with_members:
                row += f" {_affected(entry)} |" if "impact" in entry else " – |"
            out.append(row)
        if not view["ok"]:
            out += ["", f"❌ {word('review.fix', lang)}"]
    for entry in frameworks:
        out += ["", f"#### `{cell(entry['path'])}`", ""]
        if entry["note"]:
            out.append(word(f"review.{entry['note']}", lang))
        diff = entry["diff"]
        if diff is not None:
            out += [f"- {cell(reason_words(r, diff['names'], lang))}" for r in diff["bump"]["reasons"]]
        impact = entry.get("impact")
        names = diff["names"] if diff is not None else {"roles": {}}
        if impact and impact["summary"]:
            out += ["", f"**{word('review.people', lang)}**", ""]
            out += [f"- {cell(cause(e, names, lang))}" for e in impact["summary"]]
        if impact and impact["members"]:
            out += [
                "",
                f"<details><summary>{word('review.people', lang)} ({len(impact['members'])})</summary>",
                "",
            ]
            out += [
                f"| | {word('diff.role', lang)} | {word('diff.readiness', lang)} "
                f"| {word('review.why', lang)} |",
                "|---|---|---|---|",
            ]
            for m in impact["members"]:
                r = m["readiness"]
                role = names["roles"].get(m["role"], m["role"]) or "–"
                out.append(
                    f"| {cell(m['name'] or m['id'])} | {cell(role)} "
                    f"| {percent(r['from'])} → {percent(r['to'])} | {cell(reasons(m, lang, names))} |"
                )
            out += ["", "</details>"]
        if diff is not None:
            body = diff_markdown(diff, lang).rstrip("\n")
            out += [
                "",
                f"<details><summary>{word('review.diff', lang)}</summary>",
                "",
                body,
                "",
                "</details>",
            ]
    if view["problems"]:
        out += ["", f"**{word('review.problems', lang)}**", ""]
        out += [
            f"- `{cell(p['path'])}:{p['line']}:{p['col']}`: {cell(p['message'])}" for p in view["problems"]
        ]
    return "\n".join(out) + "\n"
