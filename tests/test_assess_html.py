"""assess --format html: a self-contained page with the radar chart and the gap table."""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pytest

from chromium import browser, dump_dom, screenshot
from conftest import EXAMPLES


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(page: str) -> Collect:
    collected = Collect()
    collected.feed(page)
    return collected


@pytest.mark.lang("ja")
def test_page_has_radar_table_and_gap_table(cli: Callable[..., object]) -> None:
    result = cli("assess", EXAMPLES / "members" / "aoi-sato.yaml", "--format", "html")
    assert result.exit_code == 0, result  # type: ignore[attr-defined]
    page = result.stdout  # type: ignore[attr-defined]
    assert page.startswith("<!DOCTYPE html>")
    doc = parse(page)
    tags = [t for t, _ in doc.tags]
    assert tags.count("svg") == 1
    svg = next(a for t, a in doc.tags if t == "svg")
    assert svg["role"] == "img"
    assert "佐藤 葵" in (svg["aria-label"] or "")
    assert ("html", {"lang": "ja"}) in doc.tags
    classes = [a.get("class") for t, a in doc.tags if t == "table"]
    assert classes[:2] == ["chart-data", "gaps"]
    text = "".join(doc.text)
    assert "次のステップ" in text
    assert "自己評価" in text  # aoi-sato has self and assessor ratings: both series are drawn
    series = [a.get("data-series") for t, a in doc.tags if t == "g" and a.get("data-series")]
    assert series == ["current", "target", "self", "assessor"]


def test_page_is_self_contained(cli: Callable[..., object]) -> None:
    page = cli("assess", EXAMPLES / "members" / "aoi-sato.yaml", "-f", "html").stdout  # type: ignore[attr-defined]
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "<script" not in page
    assert "@import" not in page
    assert "@media print" in page


def test_page_in_english(cli: Callable[..., object]) -> None:
    page = cli("assess", EXAMPLES / "members" / "aoi-sato.yaml", "-f", "html", "--lang", "en").stdout  # type: ignore[attr-defined]
    assert '<html lang="en">' in page
    assert "Next step" in page


HOSTILE = '<script>alert(1)</script>"&'


def test_hostile_member_name_is_escaped(cli: Callable[..., object], write: Callable[..., Path]) -> None:
    path = write(
        "m.yaml",
        "schema: csmatrix/member@1\n"
        f"name: '{HOSTILE}'\n"
        "framework: icare-cs@2021-autumn\nrole: member\n"
        "assessments:\n"
        "  - {date: 2021-10-01, by: self, levels: {customer-health: 2}}\n"
        "  - {date: 2021-10-02, by: '<img src=x onerror=alert(1)>', levels: {customer-health: 4}}\n",
    )
    result = cli("assess", path, "-f", "html")
    assert result.exit_code == 0, result  # type: ignore[attr-defined]
    page = result.stdout  # type: ignore[attr-defined]
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert HOSTILE in "".join(parse(page).text)


@pytest.mark.lang("ja")
def test_two_categories_use_skills_as_spokes(cli: Callable[..., object], write: Callable[..., Path]) -> None:
    fw = write(
        "fw.yaml",
        "schema: csmatrix/framework@1\nid: t\nversion: v1\nreleased: 2021-01-01\ntitle: T\n"
        "levels: [{level: 1, name: a}, {level: 2, name: b}, {level: 3, name: c}]\n"
        "axes: [{id: x, name: X}]\n"
        "categories:\n"
        "  - {id: c1, axis: x, name: C1, skills: [{id: s1, name: S1, levels: {1: a, 2: b, 3: c}},"
        " {id: s2, name: S2, levels: {1: a, 2: b, 3: c}}]}\n"
        "  - {id: c2, axis: x, name: C2, skills: [{id: s3, name: S3, levels: {1: a, 2: b, 3: c}}]}\n",
    )
    member = write(
        "m.yaml",
        f"schema: csmatrix/member@1\nname: M\nframework: {fw}\n"
        "assessments: [{date: 2021-10-01, by: self, levels: {s1: 1, s2: 3}}]\n",
    )
    page = cli("assess", member, "-f", "html").stdout  # type: ignore[attr-defined]
    assert "スキル別のレベル" in page
    labels = re.findall(r'text-anchor="(?:middle|start|end)">(S\d)</text>', page)
    assert labels == ["S1", "S2", "S3"]


def test_renders_in_headless_chromium(cli: Callable[..., object], tmp_path: Path) -> None:
    browser()  # skips with a reason without Chromium; fails under CI (.ci/run installs it)
    page = cli("assess", EXAMPLES / "members" / "aoi-sato.yaml", "-f", "html").stdout  # type: ignore[attr-defined]
    html_file = tmp_path / "aoi.html"
    html_file.write_text(page, encoding="utf-8")
    width, height, size = screenshot(
        html_file.as_uri(), tmp_path / "aoi.png", 1100, 1400, tmp_path / "profile"
    )
    assert (width, height) == (1100, 1400)
    assert size > 20_000  # a blank page compresses to a few kB
    dom = dump_dom(html_file.as_uri(), tmp_path / "profile")
    assert "<svg" in dom
    assert 'data-series="assessor"' in dom
