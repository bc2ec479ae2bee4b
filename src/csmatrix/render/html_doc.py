"""The opening every standalone HTML page shares (assess report, skill sheet, site pages)."""

from __future__ import annotations

from html import escape


def document_start(lang: str, title: str, css: str, metas: list[str]) -> list[str]:
    """The lines from ``<!DOCTYPE html>`` to ``<body>``.

    ``title`` is HTML already (escaped by the caller); ``metas`` go after the viewport line.
    """
    return [
        "<!DOCTYPE html>",
        f'<html lang="{escape(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        *metas,
        f"<title>{title}</title>",
        f"<style>{css}</style>",
        "</head>",
        "<body>",
    ]
