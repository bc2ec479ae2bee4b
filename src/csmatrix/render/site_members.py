"""Member pages (only with ``--members DIR --private``): a radar per member, the team heatmap."""

from __future__ import annotations

from html import escape
from typing import Any

from csmatrix.models.framework import Framework
from csmatrix.render.assess_html import gap_table, heading, radar_section
from csmatrix.render.charts import data_table, heatmap_svg, latest_sides
from csmatrix.render.labels import percent
from csmatrix.scoring.gaps import GapReport
from csmatrix.team.gather import Team
from csmatrix.words import word


def member_body(report: GapReport, lang: str) -> tuple[str, str]:
    """(title, body) of one member's page: the radar chart and the gap table."""
    data: dict[str, Any] = report.as_dict(lang)
    member = data["member"]
    name = member["name"] or member["id"]
    title = word("sitemembers.title", lang, name=name)
    meta = [
        f"{word('sitemembers.framework', lang)}: {data['framework']}",
        f"{word('sitemembers.role', lang)}: {data['role_name'] or data['role'] or '–'}",
        f"{word('sitemembers.readiness', lang)}: {percent(data['overall']['readiness'])}",
    ]
    own, other = latest_sides(report.member)
    body = [
        heading(title, meta),
        radar_section(data, lang, own, other),
        gap_table(data, lang),
    ]
    return title, "\n".join(p for p in body if p)


def team_body(teams: list[Team], pages: list[tuple[str, str, str]], lang: str) -> str:
    """Links to each member's page (``pages``: id, name, href) and a heatmap per framework family."""
    links = "".join(
        f'<li><a href="{escape(href)}">{escape(name)}</a> <code>{escape(i)}</code></li>'
        for i, name, href in pages
    )
    parts = [
        f"<h1>{escape(word('sitemembers.team', lang))}</h1>",
        f"<h2>{escape(word('sitemembers.people', lang))}</h2><ul>{links}</ul>",
    ]
    parts += [
        _heatmap(team, fw, lang) for team in teams if (fw := team.framework) is not None and team.members
    ]
    return "\n".join(parts)


def _heatmap(team: Team, fw: Framework, lang: str) -> str:
    top = max(lv.level for lv in fw.levels)
    skills = [p.skill for p in fw.placed]
    members = team.members
    rows = [s.name.get(lang) for s in skills]
    columns = [m.name.get(lang) or m.id for m in members]
    values = [[m.levels.get(s.id) for m in members] for s in skills]
    title = f"{fw.title.get(lang)} ({fw.ref}): {word('sitemembers.heat_title', lang)}"
    svg = heatmap_svg(
        rows, columns, values, top, title=title, description=word("sitemembers.heat_desc", lang, top=top)
    )
    table = data_table(
        word("sitemembers.table", lang),
        [word("sitemembers.skill", lang), *columns],
        [[name, *(v if v else None for v in row)] for name, row in zip(rows, values, strict=True)],
    )
    return (
        f"<h2>{escape(fw.title.get(lang))} <code>{escape(fw.ref)}</code></h2>"
        f"<p>{escape(word('sitemembers.heat_title', lang))}</p>"
        f'<div class="heat">{svg}</div>\n<div class="scroll">{table}</div>'
    )
