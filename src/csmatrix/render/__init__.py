"""Renderers: results to terminal tables, Markdown, HTML, CSV and XLSX."""
