"""`csmatrix site` pages in a real browser (headless Chromium): DOM after scripts, screenshots.

Skipped with a reason where no Chromium is installed; required under CI.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import quote

import pytest

from chromium import browser, dump_dom, screenshot
from conftest import EXAMPLES, Run

CliFn = Callable[..., Run]


@pytest.fixture
def site(cli: CliFn, tmp_path: Path) -> Path:
    browser()  # skip (or fail under CI) before building anything
    out = tmp_path / "site"
    result = cli(
        "site",
        "icare-cs@2021-autumn",
        "icare-cs@2021-summer",
        "-o",
        out,
        "--members",
        EXAMPLES / "members",
        "--private",
    )
    assert result.exit_code == 0, result
    return out


def _rows(dom: str) -> tuple[int, int]:
    """(rows shown, rows hidden) of the framework matrix."""
    rows = re.findall(r"<tr id=\"skill-[^\"]+\" data-skill=\"[^\"]+\"( hidden(?:=\"\")?)?>", dom)
    return sum(1 for r in rows if not r), sum(1 for r in rows if r)


@pytest.mark.lang("ja")
def test_filter_box_runs_under_the_strict_csp(site: Path, tmp_path: Path) -> None:
    page = site / "icare-cs" / "2021-autumn" / "index.html"
    dom = dump_dom(page.as_uri(), tmp_path / "profile")
    assert '<div class="search" id="search" role="search">' in dom  # the script unhid it: its hash is allowed
    assert "22 / 22 スキルを表示" in dom
    assert _rows(dom) == (22, 0)
    filtered = dump_dom(page.as_uri() + "?q=" + quote("ヘルススコア"), tmp_path / "profile")
    shown, hidden = _rows(filtered)
    assert 0 < shown < 22
    assert shown + hidden == 22
    assert f"{shown} / 22 スキルを表示" in filtered
    assert 'id="skill-customer-health" data-skill="customer-health">' in filtered  # a match stays


def test_framework_page_reads_the_same_without_its_script(site: Path, tmp_path: Path) -> None:
    page = site / "icare-cs" / "2021-autumn" / "index.html"
    bare = tmp_path / "bare.html"
    bare.write_text(
        re.sub(r"<script>.*?</script>", "", page.read_text(encoding="utf-8"), flags=re.S), encoding="utf-8"
    )
    dom = dump_dom(bare.as_uri(), tmp_path / "profile")
    assert _rows(dom) == (22, 0)  # every skill, every descriptor
    assert re.search(r'<div class="search" id="search" role="search" hidden(="")?>', dom)  # no dead box


@pytest.mark.lang("ja")
def test_member_and_team_pages_draw_their_charts(site: Path, tmp_path: Path) -> None:
    dom = dump_dom((site / "members" / "aoi-sato.html").as_uri(), tmp_path / "profile")
    assert "<svg" in dom
    assert 'data-series="assessor"' in dom
    assert "佐藤 葵 のスキル" in dom
    team = dump_dom((site / "members" / "index.html").as_uri(), tmp_path / "profile")
    assert 'class="chart heatmap"' in team
    assert team.count("data-level=") >= 6 * 22


@pytest.mark.parametrize(
    ("page", "width", "height"),
    [
        ("index.html", 1200, 1000),
        ("icare-cs/2021-autumn/index.html", 1200, 1400),
        ("icare-cs/2021-autumn/index.html", 390, 1600),  # a phone
        ("icare-cs/2021-autumn/career.html", 390, 1600),
        ("icare-cs/2021-autumn/changes.html", 1200, 1400),
        ("members/aoi-sato.html", 1200, 1400),
        ("members/index.html", 1200, 1400),
    ],
)
def test_screenshots(site: Path, tmp_path: Path, page: str, width: int, height: int) -> None:
    shot = tmp_path / "shot.png"
    got_width, got_height, size = screenshot(
        (site / page).as_uri(), shot, width, height, tmp_path / "profile"
    )
    assert (got_width, got_height) == (width, height)
    assert size > 20_000  # a blank page compresses to a few kB; text and tables do not


HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>"


def test_hostile_text_is_text_in_the_browser(cli: CliFn, tmp_path: Path, write: Callable[..., Path]) -> None:
    browser()
    fw = write(
        "h.yaml",
        "schema: csmatrix/framework@1\nid: hostile\nversion: v1\nreleased: 2021-01-01\n"
        f'title: "{HOSTILE}"\nlevels: [{{level: 1, name: "{HOSTILE}"}}, {{level: 2, name: b}}]\n'
        f"axes: [{{id: x, name: x}}]\ncategories:\n  - {{id: c, axis: x, name: c, skills: [{{id: s, "
        f'name: "{HOSTILE}", levels: {{1: "{HOSTILE}", 2: b}}}}]}}\n',
    )
    out = tmp_path / "site"
    assert cli("site", fw, "-o", out).exit_code == 0
    dom = dump_dom((out / "hostile" / "v1" / "index.html").as_uri(), tmp_path / "profile")
    assert "<img" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert len(re.findall(r"<script>", dom)) == 1  # only the page's own filter script
