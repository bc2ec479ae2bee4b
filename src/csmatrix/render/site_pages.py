"""``csmatrix site``: a ``SitePlan`` becomes the list of pages (site path, HTML)."""

from __future__ import annotations

from html import escape

from csmatrix.render.site_base import page, tx
from csmatrix.render.site_changes import changes_body
from csmatrix.render.site_framework import SEARCH_SCRIPT, career_body, framework_body, header
from csmatrix.site import layout
from csmatrix.site.plan import Family, SitePlan, Version
from csmatrix.words import word


def _tabs(version: Version, current: str, lang: str) -> list[tuple[str, str, bool]]:
    fw = version.framework
    pages = [
        (word("site.framework", lang), layout.framework_page(fw.id, fw.version)),
        (word("site.career", lang), layout.career_page(fw.id, fw.version)),
        (word("site.changes", lang), layout.changes_page(fw.id, fw.version)),
    ]
    return [(escape(text), path, path == current) for text, path in pages]


def _version_pages(family: Family, version: Version, lang: str, private: bool) -> list[tuple[str, str]]:
    fw = version.framework
    crumbs: list[tuple[str, str | None]] = [
        (tx(family.newest.framework.title, lang), None),
        (escape(fw.version), layout.framework_page(fw.id, fw.version)),
    ]
    title = f"{fw.title.get(lang)} {fw.version}"

    def tab_page(path: str, heading: str, body: str, script: str | None = None) -> tuple[str, str]:
        """One of the version's three pages, under the same crumbs and tabs."""
        tabs = _tabs(version, path, lang)
        return path, page(path, lang, escape(heading), body, crumbs=crumbs, tabs=tabs, script=script)

    framework = layout.framework_page(fw.id, fw.version)
    career = layout.career_page(fw.id, fw.version)
    changes = layout.changes_page(fw.id, fw.version)
    view = version.diff.as_dict(lang) if version.diff is not None else None
    return [
        tab_page(framework, title, framework_body(fw, lang), script=SEARCH_SCRIPT),
        tab_page(
            career,
            f"{title} — {word('site.career', lang)}",
            career_body(fw, lang, layout.link(career, framework)),
        ),
        tab_page(
            changes,
            f"{title} — {word('site.changes', lang)}",
            header(fw, lang, word("site.changes", lang))
            + changes_body(view, lang, fw.supersedes, version.missing_previous),
        ),
    ]


def _index(site: SitePlan, lang: str) -> str:
    path = layout.INDEX
    parts = [
        f"<h1>{escape(word('site.site', lang))}</h1>",
        f"<p>{escape(word('sitepages.lead', lang))}</p>",
    ]
    for family in site.families:
        newest = family.newest.framework
        rows = []
        for version in reversed(family.versions):
            fw = version.framework
            mark = f" ({escape(word('sitepages.newest', lang))})" if version is family.newest else ""
            links = " · ".join(
                f'<a href="{escape(layout.link(path, target))}">{escape(text)}</a>'
                for text, target in (
                    (word("site.framework", lang), layout.framework_page(fw.id, fw.version)),
                    (word("site.career", lang), layout.career_page(fw.id, fw.version)),
                    (word("site.changes", lang), layout.changes_page(fw.id, fw.version)),
                )
            )
            href = escape(layout.link(path, layout.framework_page(fw.id, fw.version)))
            rows.append(
                f'<tr><th scope="row"><span class="v"><a href="{href}">{escape(fw.version)}</a>{mark}</span>'
                f'<span class="links">{links}</span></th><td>{fw.released.isoformat()}</td>'
                f'<td class="num">{len(fw.skills)}</td><td class="num">{len(fw.roles)}</td></tr>'
            )
        head = "".join(
            f'<th scope="col">{escape(word(f"sitepages.{k}", lang))}</th>'
            for k in ("version", "released", "skills", "roles")
        )
        desc = f"<p>{tx(newest.description, lang)}</p>" if newest.description else ""
        parts.append(
            f'<section data-family="{escape(family.id)}">'
            f"<h2>{tx(newest.title, lang)} <code>{escape(family.id)}</code></h2>{desc}"
            f'<div class="scroll"><table class="versions"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div></section>"
        )
    if site.private:
        parts.append(
            f"<h2>{escape(word('site.members', lang))}</h2><p>{escape(word('sitepages.members_lead', lang))}"
            f'<a href="{escape(layout.link(path, layout.MEMBERS_INDEX))}">'
            f"{escape(word('site.members', lang))}</a></p>"
        )
    return page(path, lang, escape(word("site.site", lang)), "\n".join(parts), private=site.private)


def site_pages(site: SitePlan, lang: str = "ja") -> list[tuple[str, str]]:
    """Every page of the site, the index first."""
    pages = [(layout.INDEX, _index(site, lang))]
    for family in site.families:
        for version in family.versions:
            pages += _version_pages(family, version, lang, site.private)
    if site.private:
        from csmatrix.render.site_members import member_body, team_body

        crumbs: list[tuple[str, str | None]] = [(escape(word("site.members", lang)), layout.MEMBERS_INDEX)]
        links = []
        for member in site.members:
            path = layout.member_page(member.id)
            title, body = member_body(member.report, lang)
            links.append(
                (
                    member.id,
                    member.report.member.name.get(lang) or member.id,
                    layout.link(layout.MEMBERS_INDEX, path),
                )
            )
            pages.append((path, page(path, lang, escape(title), body, crumbs=crumbs, private=True)))
        pages.append(
            (
                layout.MEMBERS_INDEX,
                page(
                    layout.MEMBERS_INDEX,
                    lang,
                    escape(word("site.members", lang)),
                    team_body(site.teams, links, lang),
                    crumbs=crumbs,
                    private=True,
                ),
            )
        )
    return pages
