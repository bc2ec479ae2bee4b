"""The shell of every page of ``csmatrix site``: head, CSP, CSS, navigation, words.

Each page is complete as written: no file to fetch, no font, no network.
The Content-Security-Policy meta tag allows nothing but this page's own
style element and (on framework pages) its own script, by their SHA-256
hashes, so even text that slipped through escaping could not run.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from html import escape

from csmatrix.models.common import LangMap
from csmatrix.render.charts import FONT
from csmatrix.render.html_doc import document_start
from csmatrix.site.layout import INDEX, link
from csmatrix.words import word

CSS = f"""
:root {{ color-scheme: light; }}
*, *::before, *::after {{ box-sizing: border-box; }}
[hidden] {{ display: none !important; }}
body {{ font-family: {FONT}; margin: 0 auto; max-width: 78rem; padding: 0 1rem 2rem;
  color: #212121; background: #fff; line-height: 1.65; line-break: strict; word-break: normal;
  overflow-wrap: anywhere; -webkit-text-size-adjust: 100%; }}
a {{ color: #0b57a4; }}
.skip {{ position: absolute; left: -999px; }}
.skip:focus {{ left: 1rem; top: .5rem; background: #fff; padding: .25rem .5rem; }}
header.site {{ border-bottom: 1px solid #d0d0d0; padding: .75rem 0 .5rem; margin-bottom: 1rem; }}
nav ol, nav ul {{ list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap;
  gap: .25rem 1rem; }}
nav.crumbs li + li::before {{ content: "›"; margin-right: 1rem; color: #757575; }}
nav.tabs {{ margin-top: .5rem; }}
nav.tabs a[aria-current="page"] {{ font-weight: bold; color: #212121; text-decoration: none; }}
h1 {{ font-size: 1.6rem; line-height: 1.3; margin: .5rem 0 .25rem; }}
h2 {{ font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 2px solid #e0e0e0; }}
h3 {{ font-size: 1.05rem; margin: 1.5rem 0 .5rem; }}
.meta {{ color: #424242; margin: 0 0 1rem; }}
.private {{ background: #fff3e0; border-left: 4px solid #e65100; padding: .5rem .75rem; }}
.scroll {{ overflow-x: auto; max-width: 100%; }}
table {{ border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }}
caption {{ text-align: left; font-weight: bold; padding: .25rem 0; }}
th, td {{ border: 1px solid #c8c8c8; padding: .35rem .5rem; vertical-align: top; text-align: left; }}
thead th {{ background: #f3f3f3; }}
.gaps thead th, .chart-data thead th, .targets thead th, .versions thead th {{ white-space: nowrap; }}
.versions .v, .versions td:nth-child(2) {{ white-space: nowrap; }}
.versions .links {{ display: block; font-weight: normal; font-size: .9rem; }}
td.num, th.num {{ text-align: right; white-space: nowrap; }}
code, .id {{ font-family: ui-monospace, 'Noto Sans Mono CJK JP', monospace; font-size: .85em; color: #555; }}
.matrix th[scope="row"] {{ width: 14rem; }}
.matrix td {{ font-size: .95rem; }}
.summary {{ display: block; font-weight: normal; color: #424242; font-size: .9rem; }}
.search {{ position: sticky; top: 0; background: #fff; padding: .5rem 0; z-index: 1; }}
.search input {{ font: inherit; width: min(100%, 28rem); padding: .4rem .6rem; border: 1px solid #888;
  border-radius: 4px; }}
.ladder {{ list-style: none; padding: 0; margin: 0; }}
.ladder > li {{ border: 1px solid #c8c8c8; border-left: 6px solid #1f5fa8; border-radius: 4px;
  padding: .5rem .75rem; margin: 0 0 .75rem; }}
.ladder h3 {{ margin: 0 0 .25rem; }}
.step {{ color: #424242; }}
del {{ background: #fde0dc; text-decoration: line-through; }}
ins {{ background: #dcedc8; text-decoration: none; }}
.chart-row {{ display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }}
.chart-row svg {{ max-width: 100%; height: auto; flex: 1 1 26rem; }}
.heat {{ overflow-x: auto; }}
.heat svg {{ max-width: none; height: auto; }}
footer {{ margin-top: 3rem; color: #757575; font-size: .85rem; }}
@media (max-width: 40rem) {{
  body {{ padding: 0 .75rem 1.5rem; }}
  h1 {{ font-size: 1.35rem; }}
  .matrix, .matrix thead, .matrix tbody, .matrix tr, .matrix th, .matrix td {{ display: block; width: auto; }}
  .matrix thead {{ position: absolute; left: -9999px; }}
  .matrix tr {{ border: 1px solid #c8c8c8; border-radius: 4px; margin: 0 0 .75rem; }}
  .matrix th, .matrix td {{ border: 0; border-top: 1px solid #e6e6e6; }}
  .matrix th[scope="row"] {{ width: auto; background: #f3f3f3; border-top: 0; }}
  .gaps td:last-child {{ min-width: 14rem; }}
  .matrix td::before {{ content: attr(data-level); display: block; font-weight: bold; font-size: .85rem;
    color: #1f5fa8; }}
}}
@media print {{
  body {{ max-width: none; font-size: 10pt; padding: 0; }}
  header.site nav, .search, .skip, footer {{ display: none !important; }}
  a {{ color: inherit; text-decoration: none; }}
  thead {{ display: table-header-group; }}
  tr, .ladder > li, .chart-row {{ break-inside: avoid; }}
  h2, h3 {{ break-after: avoid; }}
  .scroll, .heat {{ overflow: visible; }}
}}
"""


def tx(value: LangMap | str | None, lang: str) -> str:
    """A text from a file, escaped; marked with its own ``lang`` when it falls back to the other one."""
    if value is None:
        return ""
    if isinstance(value, str):
        return escape(value)
    own = value.en if lang == "en" else value.ja
    if own:
        return escape(own)
    other = next(code for code in ("ja", "en") if code != lang)  # a language code, not a word
    return f'<span lang="{other}">{escape(value.get(lang))}</span>'


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def csp(style: str, script: str | None) -> str:
    scripts = f"'{_hash(script)}'" if script else "'none'"
    return (
        f"default-src 'none'; style-src '{_hash(style)}'; script-src {scripts}; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


def page(
    path: str,
    lang: str,
    title: str,
    body: str,
    *,
    crumbs: Sequence[tuple[str, str | None]] = (),
    tabs: Sequence[tuple[str, str, bool]] = (),
    private: bool = False,
    script: str | None = None,
) -> str:
    """One whole page; ``crumbs`` are (text, site path or None), ``tabs`` (text, site path, current)."""
    trail = [(word("site.index", lang), INDEX), *crumbs]
    crumb_items = "".join(
        f'<li><a href="{escape(link(path, target))}">{text}</a></li>'
        if target and target != path
        else f'<li aria-current="page">{text}</li>'
        for text, target in trail
    )
    here = ' aria-current="page"'
    tab_items = "".join(
        f'<li><a href="{escape(link(path, target))}"{here if current else ""}>{text}</a></li>'
        for text, target, current in tabs
    )
    nav = f'<nav class="crumbs" aria-label="breadcrumb"><ol>{crumb_items}</ol></nav>'
    if tab_items:
        tabs_label = escape(word("site.framework", lang))
        nav += f'<nav class="tabs" aria-label="{tabs_label}"><ul>{tab_items}</ul></nav>'
    metas = [
        f'<meta http-equiv="Content-Security-Policy" content="{csp(CSS, script)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="robots" content="noindex, nofollow">' if private else "",
    ]
    parts = [
        *document_start(lang, title, CSS, metas),
        f'<a class="skip" href="#main">{escape(word("site.skip", lang))}</a>',
        f'<header class="site">{nav}</header>',
        f'<p class="private" role="note">{escape(word("site.private", lang))}</p>' if private else "",
        f'<main id="main">{body}</main>',
        f"<footer>{escape(word('site.made', lang))}</footer>",
        f"<script>{script}</script>" if script else "",
        "</body>",
        "</html>",
    ]
    return "\n".join(p for p in parts if p) + "\n"
