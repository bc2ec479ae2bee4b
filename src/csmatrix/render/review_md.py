"""`csmatrix review --format md`: framework changes as one pull-request comment.

Summary first (one table row per framework file, then what to fix), the
details of each file folded in ``<details>``: the semantic diff and the
members whose readiness or gaps move, by name, with why.
"""

from __future__ import annotations

from typing import Any

from csmatrix.render.diff_text import bump_word, w
from csmatrix.render.framework_md import cell

WORDS: dict[str, tuple[str, str]] = {
    "title": ("csmatrix review: フレームワークの変更", "csmatrix review: framework changes"),
    "none-changed": ("変更されたフレームワークはありません", "No framework file changed"),
    "file": ("ファイル", "file"),
    "change": ("変更", "change"),
    "suggested": ("推奨", "suggested"),
    "declared": ("宣言", "declared"),
    "members": ("影響するメンバー", "members affected"),
    "why": ("理由", "why"),
    "diff": ("差分", "semantic diff"),
    "people": ("メンバーへの影響", "impact on members"),
    "new-family": (
        "新しいファミリー: 比べる前の版はありません",
        "a new family: no earlier version to compare",
    ),
    "previous-not-found": (
        "supersedes の前の版が見つかりません",
        "the version named in supersedes was not found",
    ),
    "deleted": ("削除されたファイル", "file deleted"),
    "unchanged": ("version はそのまま", "version unchanged"),
    "numbered": ("番号", "numbered"),
    "lower": ("番号が上がっていない", "the number did not rise"),
    "edition": ("新しい版の名前", "a new edition name"),
    "fix": (
        "宣言した上げ方が推奨より小さい変更があります。version を推奨どおりに上げてください",
        "Some changes declare a smaller bump than they deserve: raise their version as suggested",
    ),
    "problems": ("読めなかったファイル", "files that could not be read"),
}


def t(key: str, lang: str) -> str:
    ja, en = WORDS[key]
    return en if lang == "en" else ja


def _declared(entry: dict[str, Any], lang: str) -> str:
    declared = entry["declared"]
    if declared is None:
        return "–"
    how = t(declared["how"], lang)
    return f"{bump_word(declared['level'], lang)} ({cell(declared['from'])} → {cell(declared['to'])}: {how})"


def _change(entry: dict[str, Any]) -> str:
    before, after = entry["from"], entry["to"]
    if before and after:
        return f"`{cell(before)}` → `{cell(after)}`"
    return f"`{cell(before or after)}`"


def _affected(entry: dict[str, Any]) -> int:
    impact = entry.get("impact")
    if not impact:
        return 0
    return sum(1 for m in impact["members"] if m["gaps"] or m["readiness"]["from"] != m["readiness"]["to"])


def review_markdown(view: dict[str, Any], lang: str) -> str:
    from csmatrix.render.diff_impact import cause, reasons
    from csmatrix.render.diff_md import diff_markdown

    out = [f"### {t('title', lang)} ({cell(view['base'])} → {cell(view['head'])})", ""]
    frameworks = view["frameworks"]
    if not frameworks:
        out.append(t("none-changed", lang))
    else:
        with_members = any("impact" in f for f in frameworks)
        head = (
            f"| | {t('file', lang)} | {t('change', lang)} | {t('suggested', lang)} | {t('declared', lang)} |"
        )
        out += [
            head + (f" {t('members', lang)} |" if with_members else ""),
            "|---" * (6 if with_members else 5) + "|",
        ]
        for entry in frameworks:
            mark = "✅" if entry["ok"] else "❌"
            row = (
                f"| {mark} | `{cell(entry['path'])}` | {_change(entry)} "
                f"| **{bump_word(entry['suggested'], lang)}** | {_declared(entry, lang)} |"
            )
            if with_members:
                row += f" {_affected(entry)} |" if "impact" in entry else " – |"
            out.append(row)
        if not view["ok"]:
            out += ["", f"❌ {t('fix', lang)}"]
    for entry in frameworks:
        out += ["", f"#### `{cell(entry['path'])}`", ""]
        if entry["note"]:
            out.append(t(entry["note"], lang))
        diff = entry["diff"]
        if diff is not None:
            out += [f"- {cell(r['text'])}" for r in diff["bump"]["reasons"]]
        impact = entry.get("impact")
        if impact and impact["summary"]:
            names = diff["names"] if diff is not None else {"roles": {}}
            out += ["", f"**{t('people', lang)}**", ""]
            out += [f"- {cell(cause(e, names, lang))}" for e in impact["summary"]]
        if impact and impact["members"]:
            out += ["", f"<details><summary>{t('people', lang)} ({len(impact['members'])})</summary>", ""]
            out += [
                f"| | {w('role', lang)} | {w('readiness', lang)} | {t('why', lang)} |",
                "|---|---|---|---|",
            ]
            for m in impact["members"]:
                r = m["readiness"]
                out.append(
                    f"| {cell(m['name'] or m['id'])} | {cell(m['role'] or '–')} "
                    f"| {_pct(r['from'])} → {_pct(r['to'])} | {cell(reasons(m, lang))} |"
                )
            out += ["", "</details>"]
        if diff is not None:
            body = diff_markdown(diff, lang).rstrip("\n")
            out += ["", f"<details><summary>{t('diff', lang)}</summary>", "", body, "", "</details>"]
    if view["problems"]:
        out += ["", f"**{t('problems', lang)}**", ""]
        out += [
            f"- `{cell(p['path'])}:{p['line']}:{p['col']}`: {cell(p['message'])}" for p in view["problems"]
        ]
    return "\n".join(out) + "\n"


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"
