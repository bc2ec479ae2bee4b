"""`activities --format md`: the improvement map as Markdown (grid table plus lists).

Also holds the UI words of the activities views (this module is plain
Python, so the rich renderer can share them without cost).
"""

from __future__ import annotations

from typing import Any

from csmatrix.render.framework_md import cell
from csmatrix.render.labels import number
from csmatrix.render.safe import md_tree
from csmatrix.words import word


def count_line(view: dict[str, Any]) -> str:
    """``O:H:G = 1:6:3 (お節介 2 · ハッピー 9 · がっかり 4 / 15件)``."""
    lang = view["lang"]
    shorts = {row["zone"]: row["short"] for row in view["grid"]}
    counts = " · ".join(f"{shorts[z]} {view['counts'][z]}" for z in ("O", "H", "G"))
    total = f"{view['total']}{word('activities.activities', lang)}"
    ratio = view["ratio"]
    if ratio is None:
        return (
            f"{word('activities.ratio', lang)} = –  ({counts} / {total}; {word('activities.no_ratio', lang)})"
        )
    return f"{word('activities.ratio', lang)} = {ratio['O']}:{ratio['H']}:{ratio['G']}  ({counts} / {total})"


def verdict_line(view: dict[str, Any]) -> str | None:
    lang = view["lang"]
    if view["band"] is None:
        return None
    band = f"{view['band_label']} ({view['band_reference']})"
    if view["in_band"]:
        return f"{band}: {word('activities.in_band', lang)}"
    comma, (open_, close) = ("、", "()") if lang == "ja" else (", ", (" (", ")"))
    distance = word("activities.distance", lang).lower()
    text = f"{word('activities.nearest', lang)}: {band}{comma}{distance} {view['band_distance']}"
    if view["band_ties"]:
        labels = {b["id"]: b["label"] for b in view["bands"]}
        text += (
            f"{open_}{word('activities.ties', lang)}: "
            + comma.join(labels[t] for t in view["band_ties"])
            + close
        )
    return text


def activities_markdown(view: dict[str, Any]) -> str:
    view = md_tree(view)
    lang = view["lang"]
    title = f"# {word('activities.title', lang)}"
    if view["team"]:
        title += f": {cell(view['team'])}"
    lines = [title, ""]
    if not view["activities"]:
        lines += [word("activities.empty", lang), ""]
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
    lines += [f"## {word('activities.bands', lang)}", ""]
    lines += [
        f"| {word('activities.band', lang)} | O:H:G | {word('activities.distance', lang)} |",
        "|---|---|---|",
    ]
    for band in view["bands"]:
        distance = number(band["distance"])
        label = cell(band["label"])
        if band["id"] == view["band"]:
            label, distance = f"**{label}**", f"**{distance}**"
        lines.append(f"| {label} | {band['reference']} | {distance} |")
    lines += ["", f"_{word('activities.distance_note', lang)}_", ""]
    lines += [f"## {word('activities.walls', lang)}", ""]
    walls = [w for w in view["walls"] if w["activities"]]
    if not walls and view["activities"]:
        lines += [word("activities.no_walls", lang), ""]
    for wall in walls:
        lines += [f"### {cell(wall['name'])} (`{wall['wall']}`)", ""]
        lines += [f"{word('activities.move_label', lang)}{wall['move']}", ""]
        lines += [f"- {cell(a['name'])} (`{a['id']}`, {a['block']})" for a in wall["activities"]]
        lines.append("")
    staged = [s for s in view["journey"] if s["activities"]]
    if staged:
        lines += [f"## {word('activities.journey', lang)}", ""]
        lines += [f"| {word('activities.stage', lang)} | {word('activities.activity', lang)} |", "|---|---|"]
        for stage in view["journey"]:
            acts = "<br>".join(f"{a['block']} {cell(a['name'])}" for a in stage["activities"]) or "–"
            lines.append(f"| {cell(stage['name'])} (`{stage['stage']}`) | {acts} |")
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"
