"""The "what changed" page: the semantic diff (``versions.compare``) in people's words.

Uses the diff renderers' words (``render.diff_text``) and the bump reasons
``versions.semver`` already writes in both languages; descriptors show the
word-level diff as ``<del>``/``<ins>`` (struck through and highlighted, so a
printout in black and white still shows them).
"""

from __future__ import annotations

from html import escape
from typing import Any

from csmatrix.render.diff_text import reason_words, target_cell
from csmatrix.words import WORDS, word


def field_word(name: str, lang: str) -> str:
    if name.startswith("levels."):
        return word("sitediff.field_level", lang, n=name.split(".", 1)[1])
    if f"sitediff.field_{name}" not in WORDS:
        return name
    return word(f"sitediff.field_{name}", lang)


def _text(value: Any) -> str:
    if value in (None, ""):
        return "–"
    if isinstance(value, list):
        return escape(", ".join(str(v) for v in value)) or "–"
    return escape(str(value))


def change_html(change: dict[str, Any]) -> str:
    if "diff" not in change:
        return f"<del>{_text(change['from'])}</del> → <ins>{_text(change['to'])}</ins>"
    out = []
    for seg in change["diff"]:
        text = escape(seg["text"])
        out.append({"delete": f"<del>{text}</del>", "insert": f"<ins>{text}</ins>"}.get(seg["op"], text))
    return "".join(out)


def _name(names: dict[str, str], ident: str) -> str:
    name = names.get(ident)
    shown = escape(name) if name else ""
    return f"{shown} <code>{escape(ident)}</code>" if shown else f"<code>{escape(ident)}</code>"


def _list(title: str, items: list[str]) -> str:
    if not items:
        return ""
    return f"<h3>{escape(title)}</h3><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul>"


def changes_body(view: dict[str, Any] | None, lang: str, previous: str | None, missing: str | None) -> str:
    """The page body; ``view`` is ``FrameworkDiff.as_dict(lang)`` (None: no version before)."""
    if view is None:
        if missing:
            return f"<p>{escape(word('sitediff.missing', lang, old=missing))}</p>"
        return f"<p>{escape(word('sitediff.first', lang))}</p>"
    names = view["names"]
    sn = names["skills"]
    parts = [f"<h2>{escape(word('sitediff.title', lang, old=view['from']))}</h2>"]
    if not view["lineage"]["connected"]:
        parts.append(f"<p>{escape(word('sitediff.not_linked', lang))}</p>")
    if view["identical"]:
        parts.append(f"<p>{escape(word('diff.identical', lang))}</p>")
        return "\n".join(parts)
    parts.append(
        "<p><strong>"
        + escape(word("sitediff.bump_lead", lang, level=word(f"bump.{view['bump']['level']}", lang)))
        + "</strong></p>"
    )
    parts.append(
        "<ul>"
        + "".join(
            "<li><strong>"
            + escape(word(f"bump.{r['bump']}", lang))
            + f"</strong>: {escape(reason_words(r, names, lang))}</li>"
            for r in view["bump"]["reasons"]
        )
        + "</ul>"
    )
    skills = view["skills"]
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.added', lang)}",
            [_name(sn, s) for s in skills["added"]],
        )
    )
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.removed', lang)}",
            [_name(sn, s) for s in skills["removed"]],
        )
    )
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.renamed', lang)}",
            [f"<code>{escape(r['from'])}</code> → {_name(sn, r['to'])}" for r in skills["renamed"]],
        )
    )
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.merged', lang)}",
            [
                " + ".join(f"<code>{escape(f)}</code>" for f in m["from"]) + f" → {_name(sn, m['to'])}"
                for m in skills["merged"]
            ],
        )
    )
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.split', lang)}",
            [
                f"{_name(sn, s['from'])} → " + " + ".join(_name(sn, t) for t in s["to"])
                for s in skills["split"]
            ],
        )
    )
    cn = names["categories"]
    parts.append(
        _list(
            f"{word('diff.skills', lang)}: {word('diff.moved', lang)}",
            [f"{_name(sn, m['id'])}: {_name(cn, m['from'])} → {_name(cn, m['to'])}" for m in skills["moved"]],
        )
    )
    if skills["changed"]:
        parts.append(f"<h3>{escape(word('diff.changed', lang))}</h3>")
        for entry in skills["changed"]:
            was = (
                f" ({escape(word('diff.was', lang))} <code>{escape(entry['was'])}</code>)"
                if entry.get("was")
                else ""
            )
            rows = "".join(
                f'<tr><th scope="row">{escape(field_word(c["field"], lang))}</th>'
                f"<td>{change_html(c)}</td></tr>"
                for c in entry["changes"]
            )
            parts.append(
                f"<h4>{_name(sn, entry['id'])}{was}</h4>"
                f'<div class="scroll"><table class="changes"><tbody>{rows}</tbody></table></div>'
            )
    for key in ("categories", "axes", "roles"):
        group = view[key]
        items = [f"+ {_name(names[key], i)}" for i in group["added"]]
        items += [f"− {_name(names[key], i)}" for i in group["removed"]]
        items += [
            f"<code>{escape(r['from'])}</code> → {_name(names[key], r['to'])}" for r in group["renamed"]
        ]
        for entry in group["changed"]:
            items += [
                f"{_name(names[key], entry['id'])} {escape(field_word(c['field'], lang))}: {change_html(c)}"
                for c in entry["changes"]
            ]
        parts.append(_list(word(f"diff.{key}", lang), items))
    levels = view["levels"]
    items = [f"+ L{lv}" for lv in levels["added"]] + [f"− L{lv}" for lv in levels["removed"]]
    for entry in levels["changed"]:
        items += [
            f"L{entry['level']} {escape(field_word(c['field'], lang))}: {change_html(c)}"
            for c in entry["changes"]
        ]
    parts.append(_list(word("diff.levels", lang), items))
    targets = view["roles"]["targets"]
    if targets:
        roles = list(dict.fromkeys(t["role"] for t in targets))
        cells = {(t["role"], t["skill"]): t for t in targets}
        head = "".join(f'<th scope="col" class="num">{_name(names["roles"], r)}</th>' for r in roles)
        lines = []
        for skill in dict.fromkeys(t["skill"] for t in targets):
            tds = "".join(
                f'<td class="num">{escape(target_cell(cells[(r, skill)]["from"], cells[(r, skill)]["to"]))}'
                "</td>"
                if (r, skill) in cells
                else "<td></td>"
                for r in roles
            )
            lines.append(f'<tr><th scope="row">{_name(sn, skill)}</th>{tds}</tr>')
        parts.append(
            f"<h3>{escape(word('diff.targets', lang))}</h3>"
            '<div class="scroll"><table class="targets"><thead><tr>'
            f'<th scope="col">{escape(word("sitediff.skill", lang))}</th>'
            f"{head}</tr></thead><tbody>{''.join(lines)}</tbody></table></div>"
        )
    fw_changes = view["framework"]["changes"]
    parts.append(
        _list(
            word("diff.framework", lang),
            [f"{escape(field_word(c['field'], lang))}: {change_html(c)}" for c in fw_changes],
        )
    )
    return "\n".join(p for p in parts if p)
