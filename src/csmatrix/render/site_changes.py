"""The "what changed" page: the semantic diff (``versions.compare``) in people's words.

Uses the diff renderers' words (``render.diff_text``) and the bump reasons
``versions.semver`` already writes in both languages; descriptors show the
word-level diff as ``<del>``/``<ins>`` (struck through and highlighted, so a
printout in black and white still shows them).
"""

from __future__ import annotations

from html import escape
from typing import Any

from csmatrix.render.diff_text import bump_word, target_cell, w
from csmatrix.render.labels import pick

WORDS: dict[str, dict[str, str]] = {
    "title": {"ja": "{old} からの変更", "en": "What changed since {old}"},
    "first": {
        "ja": "最初の版です(前の版はありません)。",
        "en": "This is the first version (nothing before it).",
    },
    "missing": {
        "ja": "前の版 {old} が見つからないため、変更を示せません。",
        "en": "The version before, {old}, was not found, so the changes cannot be shown.",
    },
    "not_linked": {
        "ja": "前の版とのつながり: supersedes でつながっていません。",
        "en": "The two versions are not linked by supersedes.",
    },
    "bump_lead": {
        "ja": "メンバーへの影響の大きさ(推奨するバージョンの上げ方): {level}",
        "en": "How much this affects people (suggested version bump): {level}",
    },
    "field.name": {"ja": "名前", "en": "name"},
    "field.summary": {"ja": "概要", "en": "summary"},
    "field.description": {"ja": "説明", "en": "description"},
    "field.title": {"ja": "タイトル", "en": "title"},
    "field.level": {"ja": "レベル{n}", "en": "level {n}"},
    "field.other": {"ja": "{name}", "en": "{name}"},
    "skill": {"ja": "スキル", "en": "Skill"},
}


def word(key: str, lang: str, **values: object) -> str:
    return pick(WORDS, key, lang, **values)


def field_word(name: str, lang: str) -> str:
    if name.startswith("levels."):
        return word("field.level", lang, n=name.split(".", 1)[1])
    key = f"field.{name}"
    return word(key, lang) if key in WORDS else name


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
            return f"<p>{escape(word('missing', lang, old=missing))}</p>"
        return f"<p>{escape(word('first', lang))}</p>"
    names = view["names"]
    sn = names["skills"]
    parts = [f"<h2>{escape(word('title', lang, old=view['from']))}</h2>"]
    if not view["lineage"]["connected"]:
        parts.append(f"<p>{escape(word('not_linked', lang))}</p>")
    if view["identical"]:
        parts.append(f"<p>{escape(w('identical', lang))}</p>")
        return "\n".join(parts)
    parts.append(
        "<p><strong>"
        + escape(word("bump_lead", lang, level=bump_word(view["bump"]["level"], lang)))
        + "</strong></p>"
    )
    parts.append(
        "<ul>"
        + "".join(
            f"<li><strong>{escape(bump_word(r['bump'], lang))}</strong>: {escape(r['text'])}</li>"
            for r in view["bump"]["reasons"]
        )
        + "</ul>"
    )
    skills = view["skills"]
    parts.append(_list(f"{w('skills', lang)}: {w('added', lang)}", [_name(sn, s) for s in skills["added"]]))
    parts.append(
        _list(f"{w('skills', lang)}: {w('removed', lang)}", [_name(sn, s) for s in skills["removed"]])
    )
    parts.append(
        _list(
            f"{w('skills', lang)}: {w('renamed', lang)}",
            [f"<code>{escape(r['from'])}</code> → {_name(sn, r['to'])}" for r in skills["renamed"]],
        )
    )
    parts.append(
        _list(
            f"{w('skills', lang)}: {w('merged', lang)}",
            [
                " + ".join(f"<code>{escape(f)}</code>" for f in m["from"]) + f" → {_name(sn, m['to'])}"
                for m in skills["merged"]
            ],
        )
    )
    parts.append(
        _list(
            f"{w('skills', lang)}: {w('split', lang)}",
            [
                f"{_name(sn, s['from'])} → " + " + ".join(_name(sn, t) for t in s["to"])
                for s in skills["split"]
            ],
        )
    )
    cn = names["categories"]
    parts.append(
        _list(
            f"{w('skills', lang)}: {w('moved', lang)}",
            [f"{_name(sn, m['id'])}: {_name(cn, m['from'])} → {_name(cn, m['to'])}" for m in skills["moved"]],
        )
    )
    if skills["changed"]:
        parts.append(f"<h3>{escape(w('changed', lang))}</h3>")
        for entry in skills["changed"]:
            was = (
                f" ({escape(w('was', lang))} <code>{escape(entry['was'])}</code>)" if entry.get("was") else ""
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
        parts.append(_list(w(key, lang), items))
    levels = view["levels"]
    items = [f"+ L{lv}" for lv in levels["added"]] + [f"− L{lv}" for lv in levels["removed"]]
    for entry in levels["changed"]:
        items += [
            f"L{entry['level']} {escape(field_word(c['field'], lang))}: {change_html(c)}"
            for c in entry["changes"]
        ]
    parts.append(_list(w("levels", lang), items))
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
            f"<h3>{escape(w('targets', lang))}</h3>"
            '<div class="scroll"><table class="targets"><thead><tr>'
            f'<th scope="col">{escape(word("skill", lang))}</th>'
            f"{head}</tr></thead><tbody>{''.join(lines)}</tbody></table></div>"
        )
    fw_changes = view["framework"]["changes"]
    parts.append(
        _list(
            w("framework", lang),
            [f"{escape(field_word(c['field'], lang))}: {change_html(c)}" for c in fw_changes],
        )
    )
    return "\n".join(p for p in parts if p)
