"""`assess --format html`: one self-contained page, a radar chart and the gap table.

No script, no web font, no network: the page opens from a file, prints on
A4 and reads in a screen reader (the chart has a title and a description,
and a table of the same numbers sits beside it).
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from csmatrix.render.charts import FONT, Series, data_table, group_means, radar_svg
from csmatrix.render.html_doc import document_start
from csmatrix.render.labels import number, percent
from csmatrix.words import word

CSS = f"""
:root {{ color-scheme: light; }}
body {{ font-family: {FONT}; margin: 1.5rem auto; max-width: 70rem; padding: 0 1rem;
  color: #212121; line-height: 1.6; line-break: strict; word-break: normal; overflow-wrap: anywhere; }}
h1 {{ font-size: 1.5rem; margin: 0 0 .25rem; }}
h2 {{ font-size: 1.15rem; margin: 1.5rem 0 .5rem; }}
.meta {{ color: #424242; margin: 0 0 1rem; }}
.chart-row {{ display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }}
.chart-row svg {{ max-width: 100%; height: auto; flex: 1 1 26rem; }}
table {{ border-collapse: collapse; margin: .5rem 0; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
caption {{ text-align: left; font-weight: bold; padding: .25rem 0; }}
th, td {{ border: 1px solid #bdbdbd; padding: .25rem .5rem; vertical-align: top; }}
thead th {{ background: #f5f5f5; white-space: nowrap; }}
td.num {{ text-align: right; white-space: nowrap; }}
.gap-pos {{ font-weight: bold; }}
@media print {{
  body {{ margin: 0; max-width: none; font-size: 10.5pt; }}
  .chart-row {{ break-inside: avoid; }}
  tr {{ break-inside: avoid; }}
  a {{ color: inherit; text-decoration: none; }}
}}
"""


# nothing may load from anywhere: the page is complete as written
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _target_means(
    groups: list[tuple[str, list[str]]], skills: Mapping[str, dict[str, Any]]
) -> list[float | None]:
    return group_means(groups, {sid: skills[sid]["target"] for _, ids in groups for sid in ids})


def radar_section(
    data: dict[str, Any],
    lang: str,
    own: Mapping[str, int] | None = None,
    other: Mapping[str, int] | None = None,
) -> str:
    """The radar chart and its table: categories as spokes (skills when fewer than three)."""
    skills = {s["id"]: s for s in data["skills"]}
    groups: list[tuple[str, list[str]]] = [
        (c["name"] or c["id"], [s["id"] for s in data["skills"] if s["category"] == c["id"]])
        for c in data["categories"]
    ]
    by_skill = len(groups) < 3
    if by_skill:
        groups = [(s["name"] or s["id"], [s["id"]]) for s in data["skills"]]
    if len(groups) < 3:
        return ""
    top = int(data["scale"]["max"])
    names = [name for name, _ in groups]
    current = group_means(groups, {sid: skills[sid]["current"] for _, ids in groups for sid in ids})
    series = [Series("current", word("report.current", lang), current)]
    headers = [word("report.skill" if by_skill else "report.category", lang), word("report.current", lang)]
    columns: list[list[float | None]] = [current]
    if any(s["target"] is not None for s in data["skills"]):
        target = _target_means(groups, skills)
        series.append(Series("target", word("report.target", lang), target))
        headers.append(word("report.target", lang))
        columns.append(target)
    if own and other:
        for key, levels in (("self", own), ("assessor", other)):
            values = group_means(groups, dict(levels))
            series.append(Series(key, word(f"report.{key}", lang), values))
            headers.append(word(f"report.{key}", lang))
            columns.append(values)
    title = word("report.radar_skills" if by_skill else "report.radar", lang)
    spokes_word = word("report.skills_word" if by_skill else "report.categories", lang)
    description = word("report.radar_desc", lang, spokes=spokes_word, top=top)
    svg = radar_svg(names, series, top, title=f"{data['member']['name']}: {title}", description=description)
    rows = [[name, *(column[i] for column in columns)] for i, name in enumerate(names)]
    table = data_table(word("report.table_caption", lang), headers, rows)
    return (
        f'<h2>{escape(title)}</h2>\n<div class="chart-row">\n{svg}\n<div class="scroll">{table}</div>\n</div>'
    )


def report_html(
    data: dict[str, Any],
    lang: str = "ja",
    own: Mapping[str, int] | None = None,
    other: Mapping[str, int] | None = None,
) -> str:
    member = data["member"]
    name = member["name"] or member["id"]
    title = word("report.title", lang, name=name)
    meta = [
        f"{word('report.framework', lang)}: {data['framework']}",
        f"{word('report.role', lang)}: {data['role_name'] or data['role'] or word('report.no_role', lang)}",
        f"{word('report.readiness', lang)}: {percent(data['overall']['readiness'])}",
        f"{word('report.mean', lang)}: {number(data['overall']['mean'])}",
    ]
    if data.get("assessed_on"):
        meta.append(f"{word('report.assessed', lang)}: {data['assessed_on']}")
    parts = [
        *document_start(
            lang, escape(title), CSS, [f'<meta http-equiv="Content-Security-Policy" content="{CSP}">']
        ),
        heading(title, meta),
        radar_section(data, lang, own, other),
        gap_table(data, lang),
        _discrepancies(data, lang),
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"


def heading(title: str, meta: list[str]) -> str:
    """The page's title and the line of facts under it (framework, role, readiness…)."""
    return f"<h1>{escape(title)}</h1>\n" + f'<p class="meta">{" · ".join(escape(m) for m in meta)}</p>'


def gap_table(data: dict[str, Any], lang: str) -> str:
    categories = {c["id"]: c["name"] or c["id"] for c in data["categories"]}
    order = {s["id"]: i for i, s in enumerate(data["skills"])}
    skills = sorted(
        data["skills"], key=lambda s: (-(s["gap"] if s["gap"] is not None else -1), order[s["id"]])
    )
    head = "".join(
        f'<th scope="col">{escape(word(f"report.{k}", lang))}</th>'
        for k in ("skill", "category", "current", "target", "gap", "next")
    )
    rows = []
    for s in skills:
        current = word("report.unrated", lang) if s["current"] == 0 else str(s["current"])
        gap_class = ' class="num gap-pos"' if s["gap"] else ' class="num"'
        rows.append(
            f'<tr><th scope="row">{escape(s["name"] or s["id"])}</th>'
            f"<td>{escape(categories.get(s['category'], s['category']))}</td>"
            f'<td class="num">{escape(current)}</td><td class="num">{number(s["target"])}</td>'
            f"<td{gap_class}>{number(s['gap'])}</td><td>{escape(s['next'] or '')}</td></tr>"
        )
    return (
        f"<h2>{escape(word('report.gaps', lang))}</h2>\n"
        f'<div class="scroll"><table class="gaps"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _discrepancies(data: dict[str, Any], lang: str) -> str:
    if not data["discrepancies"]:
        return ""
    names = {s["id"]: s["name"] or s["id"] for s in data["skills"]}
    rows = [
        [names.get(d["id"], d["id"]), d["self"], f"{d['assessor']} ({d['assessor_by']})", d["difference"]]
        for d in data["discrepancies"]
    ]
    headers = [
        word("report.skill", lang),
        word("report.self", lang),
        word("report.assessor", lang),
        word("report.gap", lang),
    ]
    return f"<h2>{escape(word('report.discrepancies', lang))}</h2>\n" + data_table(
        word("report.discrepancies", lang), headers, rows
    )
