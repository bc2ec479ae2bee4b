"""`activities --format md`: the improvement map as Markdown (grid table plus lists).

Also holds the UI words of the activities views (this module is plain
Python, so the rich renderer can share them without cost).
"""

from __future__ import annotations

from typing import Any

from csmatrix.render.framework_md import cell
from csmatrix.render.safe import md_tree

WORDS: dict[str, dict[str, str]] = {
    "title": {"ja": "CS活動改善マップ", "en": "CS activity improvement map"},
    "ratio": {"ja": "O:H:G", "en": "O:H:G"},
    "activities": {"ja": "件", "en": " activities"},
    "bands": {"ja": "参照帯(記事の目安)", "en": "Reference bands (from the article)"},
    "band": {"ja": "帯", "en": "Band"},
    "distance": {"ja": "距離", "en": "Distance"},
    "in_band": {"ja": "この帯の中にいます", "en": "the team is in this band"},
    "nearest": {"ja": "最も近い帯", "en": "nearest band"},
    "ties": {"ja": "同じ距離", "en": "equally near"},
    "distance_note": {
        "ja": "距離＝比率から帯の最も近い点までの差の絶対値の和(L1)。2は活動の1割が別のゾーンにある差",
        "en": "distance = L1 distance from the ratio to the nearest point of the band; "
        "2 means a tenth of the activities in another zone",
    },
    "walls": {"ja": "乗り越える壁と打ち手", "en": "Walls to cross and moves"},
    "move_label": {"ja": "打ち手：", "en": "Move: "},
    "no_walls": {
        "ja": "すべての活動が H-1/H-2 にあります。越えるべき壁はありません。",
        "en": "Every activity is in H-1/H-2: no wall to cross.",
    },
    "journey": {"ja": "カスタマージャーニー上の活動", "en": "Activities along the customer journey"},
    "stage": {"ja": "段階", "en": "Stage"},
    "activity": {"ja": "活動(ブロック)", "en": "Activities (block)"},
    "empty": {
        "ja": "活動がありません。'activities:' に活動を追加するとマップに置かれます。",
        "en": "No activities yet: add some under 'activities:' to place them on the map.",
    },
    "no_ratio": {"ja": "活動がないため比率はありません", "en": "no ratio without activities"},
}


def word(key: str, lang: str) -> str:
    entry = WORDS[key]
    return entry.get(lang) or entry["en"]


def count_line(view: dict[str, Any]) -> str:
    """``O:H:G = 1:6:3 (お節介 2 · ハッピー 9 · がっかり 4 / 15件)``."""
    lang = view["lang"]
    shorts = {row["zone"]: row["short"] for row in view["grid"]}
    counts = " · ".join(f"{shorts[z]} {view['counts'][z]}" for z in ("O", "H", "G"))
    total = f"{view['total']}{word('activities', lang)}"
    ratio = view["ratio"]
    if ratio is None:
        return f"{word('ratio', lang)} = –  ({counts} / {total}; {word('no_ratio', lang)})"
    return f"{word('ratio', lang)} = {ratio['O']}:{ratio['H']}:{ratio['G']}  ({counts} / {total})"


def verdict_line(view: dict[str, Any]) -> str | None:
    lang = view["lang"]
    if view["band"] is None:
        return None
    band = f"{view['band_label']} ({view['band_reference']})"
    if view["in_band"]:
        return f"{band}: {word('in_band', lang)}"
    comma, (open_, close) = ("、", "()") if lang == "ja" else (", ", (" (", ")"))
    text = f"{word('nearest', lang)}: {band}{comma}{word('distance', lang).lower()} {view['band_distance']}"
    if view["band_ties"]:
        labels = {b["id"]: b["label"] for b in view["bands"]}
        text += f"{open_}{word('ties', lang)}: " + comma.join(labels[t] for t in view["band_ties"]) + close
    return text


def activities_markdown(view: dict[str, Any]) -> str:
    view = md_tree(view)
    lang = view["lang"]
    title = f"# {word('title', lang)}"
    if view["team"]:
        title += f": {cell(view['team'])}"
    lines = [title, ""]
    if not view["activities"]:
        lines += [word("empty", lang), ""]
    lines += ["| | " + " | ".join(cell(c["name"]) for c in view["columns"]) + " |", "|---|---|---|---|"]
    for row in view["grid"]:
        head = f"**{cell(row['short'])} ({row['zone']})**<br>{cell(row['expectation_name'])}"
        cells = []
        for block in row["blocks"]:
            parts = [f"**{block['block']} {cell(block['name'])}**"]
            parts += [cell(a["name"]) for a in block["activities"]]
            cells.append("<br>".join(parts))
        lines.append(f"| {head} | " + " | ".join(cells) + " |")
    lines += ["", count_line(view), ""]
    verdict = verdict_line(view)
    if verdict:
        lines += [f"**{cell(verdict)}**", ""]
    lines += [f"## {word('bands', lang)}", ""]
    lines += [f"| {word('band', lang)} | O:H:G | {word('distance', lang)} |", "|---|---|---|"]
    for band in view["bands"]:
        distance = "–" if band["distance"] is None else str(band["distance"])
        label = cell(band["label"])
        if band["id"] == view["band"]:
            label, distance = f"**{label}**", f"**{distance}**"
        lines.append(f"| {label} | {band['reference']} | {distance} |")
    lines += ["", f"_{word('distance_note', lang)}_", ""]
    lines += [f"## {word('walls', lang)}", ""]
    walls = [w for w in view["walls"] if w["activities"]]
    if not walls and view["activities"]:
        lines += [word("no_walls", lang), ""]
    for wall in walls:
        lines += [f"### {cell(wall['name'])} (`{wall['wall']}`)", ""]
        lines += [f"{word('move_label', lang)}{wall['move']}", ""]
        lines += [f"- {cell(a['name'])} (`{a['id']}`, {a['block']})" for a in wall["activities"]]
        lines.append("")
    staged = [s for s in view["journey"] if s["activities"]]
    if staged:
        lines += [f"## {word('journey', lang)}", ""]
        lines += [f"| {word('stage', lang)} | {word('activity', lang)} |", "|---|---|"]
        for stage in view["journey"]:
            acts = "<br>".join(f"{a['block']} {cell(a['name'])}" for a in stage["activities"]) or "–"
            lines.append(f"| {cell(stage['name'])} (`{stage['stage']}`) | {acts} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
