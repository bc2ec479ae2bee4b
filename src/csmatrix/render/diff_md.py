"""`csmatrix diff --format md`: a framework change as a pull-request description."""

from __future__ import annotations

from typing import Any

from csmatrix.render.diff_text import field_label, reason_words, target_cell
from csmatrix.render.framework_md import cell
from csmatrix.render.labels import percent
from csmatrix.render.safe import md_tree
from csmatrix.words import word


def _words(change: dict[str, Any]) -> str:
    if "diff" not in change:
        before = ", ".join(change["from"]) if isinstance(change["from"], list) else change["from"]
        after = ", ".join(change["to"]) if isinstance(change["to"], list) else change["to"]
        return f"{_or_dash(before)} → {_or_dash(after)}"
    parts = []
    for seg in change["diff"]:
        text = cell(seg["text"])
        if seg["op"] == "equal" or not text.strip():
            parts.append(text)
            continue
        core = text.strip()
        lead, tail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
        parts.append(lead + (f"~~{core}~~" if seg["op"] == "delete" else f"**{core}**") + tail)
    return "".join(parts)


def _or_dash(value: Any) -> str:
    return cell(value if value not in (None, "") else "–")


def _ids(values: list[str]) -> str:
    return " + ".join(f"`{x}`" for x in values)


def diff_markdown(view: dict[str, Any], lang: str) -> str:
    view = md_tree(view)
    names = view["names"]
    sn = names["skills"]
    out = [f"## `{view['sources']['from']}` → `{view['sources']['to']}`", ""]
    if view["identical"]:
        return "\n".join([*out, word("diff.identical", lang)]) + "\n"
    out += [f"**{word('diff.bump', lang)}: {word('bump.' + view['bump']['level'], lang)}**", ""]
    out += [
        f"- *{word('bump.' + r['bump'], lang)}*: {cell(reason_words(r, names, lang))}"
        for r in view["bump"]["reasons"]
    ]
    skills = view["skills"]
    rows = [f"| {word('diff.added', lang)} | `{s}` | {cell(sn.get(s))} |" for s in skills["added"]]
    rows += [f"| {word('diff.removed', lang)} | `{s}` | {cell(sn.get(s))} |" for s in skills["removed"]]
    rows += [
        f"| {word('diff.renamed', lang)} | `{r['from']}` → `{r['to']}` | {cell(sn.get(r['to']))} |"
        for r in skills["renamed"]
    ]
    rows += [
        f"| {word('diff.merged', lang)} | {_ids(m['from'])} → `{m['to']}` | {cell(sn.get(m['to']))} |"
        for m in skills["merged"]
    ]
    rows += [
        f"| {word('diff.split', lang)} | `{s['from']}` → {_ids(s['to'])} | {cell(sn.get(s['from']))} |"
        for s in skills["split"]
    ]
    cn = names["categories"]
    rows += [
        f"| {word('diff.moved', lang)} | `{m['id']}` | {cell(sn.get(m['id']))}: "
        f"{cell(cn.get(m['from']) or m['from'])} → {cell(cn.get(m['to']) or m['to'])} |"
        for m in skills["moved"]
    ]
    if rows:
        out += ["", f"### {word('diff.skills', lang)}", "", "| | id | |", "|---|---|---|", *rows]
    if skills["changed"]:
        out += ["", f"### {word('diff.changed', lang)}", ""]
        for entry in skills["changed"]:
            was = f" ({word('diff.was', lang)} `{entry['was']}`)" if entry.get("was") else ""
            out.append(f"- **`{entry['id']}`** {cell(sn.get(entry['id']))}{was}")
            out += [f"  - {field_label(c['field'], lang)}: {_words(c)}" for c in entry["changes"]]
    for key in ("categories", "axes", "roles"):
        group = view[key]
        lines = [f"- + `{i}` {cell(names[key].get(i))}" for i in group["added"]]
        lines += [f"- − `{i}` {cell(names[key].get(i))}" for i in group["removed"]]
        lines += [f"- `{r['from']}` → `{r['to']}`" for r in group["renamed"]]
        for entry in group["changed"]:
            lines += [
                f"- `{entry['id']}` {field_label(c['field'], lang)}: {_words(c)}" for c in entry["changes"]
            ]
        if lines:
            out += ["", f"### {word(f'diff.{key}', lang)}", "", *lines]
    levels = view["levels"]
    lines = [f"- + L{lv}" for lv in levels["added"]] + [f"- − L{lv}" for lv in levels["removed"]]
    for entry in levels["changed"]:
        lines += [
            f"- L{entry['level']} {field_label(c['field'], lang)}: {_words(c)}" for c in entry["changes"]
        ]
    if lines:
        out += ["", f"### {word('diff.levels', lang)}", "", *lines]
    targets = view["roles"]["targets"]
    if targets:
        roles = list(dict.fromkeys(t["role"] for t in targets))
        cells = {(t["role"], t["skill"]): t for t in targets}
        out += ["", f"### {word('diff.targets', lang)}", ""]
        out.append(
            f"| {word('diff.skill', lang)} | "
            + " | ".join(cell(names["roles"].get(r, r)) for r in roles)
            + " |"
        )
        out.append("|---|" + "---|" * len(roles))
        for skill in dict.fromkeys(t["skill"] for t in targets):
            row = [
                target_cell(cells[(r, skill)]["from"], cells[(r, skill)]["to"]) if (r, skill) in cells else ""
                for r in roles
            ]
            out.append(f"| {cell(sn.get(skill) or skill)} | " + " | ".join(row) + " |")
    impact = view.get("impact")
    if impact:
        from csmatrix.render.diff_impact import cause

        out += ["", f"### {word('diff.impact', lang)}", ""]
        out += [f"- {cell(cause(e, names, lang))}" for e in impact["summary"]]
        out += ["", f"| | {word('diff.role', lang)} | {word('diff.readiness', lang)} |", "|---|---|---|"]
        for m in impact["members"]:
            r = m["readiness"]
            out.append(
                f"| {cell(m['name'] or m['id'])} | {cell(names['roles'].get(m['role'], m['role']) or '–')} "
                f"| {percent(r['from'])} → {percent(r['to'])} |"
            )
    return "\n".join(out) + "\n"
