"""Chart geometry and escaping: points where they belong, hostile names inert."""

from __future__ import annotations

import itertools
import math
import re
import xml.etree.ElementTree as ET

import pytest

from csmatrix.render.charts import (
    RADAR_TOP_MARGIN,
    Series,
    data_table,
    group_means,
    heat_colour,
    heatmap_svg,
    radar_angle,
    radar_point,
    radar_svg,
)

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("count", [3, 4, 6])
def test_first_spoke_points_up_and_the_others_go_clockwise(count: int) -> None:
    assert radar_angle(0, count) == pytest.approx(-math.pi / 2)
    for i in range(count):
        assert radar_angle(i, count) - radar_angle(0, count) == pytest.approx(2 * math.pi * i / count)
    # clockwise on screen (y grows downwards): the second spoke is right of the first
    x, _ = radar_point(1, count, 5, 5, 100, 0, 0)
    assert x > 0


@pytest.mark.parametrize("count", [3, 4, 6])
@pytest.mark.parametrize("value", [0, 1, 2.5, 5])
def test_points_at_the_right_radius_and_angle(count: int, value: float) -> None:
    cx, cy, radius, top = 200.0, 150.0, 100.0, 5
    for i in range(count):
        x, y = radar_point(i, count, value, top, radius, cx, cy)
        assert math.hypot(x - cx, y - cy) == pytest.approx(radius * value / top)
        if value:
            assert math.atan2(y - cy, x - cx) == pytest.approx(
                math.atan2(math.sin(radar_angle(i, count)), math.cos(radar_angle(i, count)))
            )


def test_known_points_for_four_spokes() -> None:
    # up, right, down, left at full radius; the top value is on the outer ring
    points = [radar_point(i, 4, 5, 5, 100, 0, 0) for i in range(4)]
    expected = [(0, -100), (100, 0), (0, 100), (-100, 0)]
    for (x, y), (ex, ey) in zip(points, expected, strict=True):
        assert (x, y) == (pytest.approx(ex, abs=1e-9), pytest.approx(ey, abs=1e-9))


def test_zero_is_the_centre_and_values_are_clamped() -> None:
    assert radar_point(2, 6, 0, 5, 100, 10, 20) == (pytest.approx(10), pytest.approx(20))
    assert radar_point(0, 3, 9, 5, 100, 0, 0) == pytest.approx(radar_point(0, 3, 5, 5, 100, 0, 0))
    assert radar_point(0, 3, -1, 5, 100, 0, 0) == pytest.approx((0, 0))


def _polygon(svg: str, series: str) -> list[tuple[float, float]]:
    root = ET.fromstring(svg)
    group = next(g for g in root.iter(f"{SVG}g") if g.get("data-series") == series)
    polygon = group.find(f"{SVG}polygon")
    assert polygon is not None
    return [tuple(float(v) for v in p.split(",")) for p in (polygon.get("points") or "").split()]  # type: ignore[misc]


@pytest.mark.parametrize("count", [3, 4, 6])
def test_svg_polygon_vertices_follow_the_geometry(count: int) -> None:
    values = [float(i % 6) for i in range(count)]  # a zero and, with six spokes, the top value
    svg = radar_svg(
        [f"c{i}" for i in range(count)], [Series("current", "now", values)], 5, title="t", size=400
    )
    root = ET.fromstring(svg)
    width = float(root.get("width") or 0)
    cx, cy, radius = width / 2, RADAR_TOP_MARGIN + 200, 200
    vertices = _polygon(svg, "current")
    assert len(vertices) == count
    for i, (x, y) in enumerate(vertices):
        ex, ey = radar_point(i, count, values[i], 5, radius, cx, cy)
        assert (x, y) == (pytest.approx(ex, abs=0.01), pytest.approx(ey, abs=0.01))
    rings = [p for p in root.iter(f"{SVG}polygon") if p.get("class") == "ring"]
    assert [r.get("data-level") for r in rings] == ["1", "2", "3", "4", "5"]


def test_a_none_value_is_drawn_at_the_centre() -> None:
    svg = radar_svg(["a", "b", "c"], [Series("self", "self", [None, 5, 5])], 5, title="t", size=400)
    x, y = _polygon(svg, "self")[0]
    width = float(ET.fromstring(svg).get("width") or 0)
    assert (x, y) == (pytest.approx(width / 2), pytest.approx(RADAR_TOP_MARGIN + 200))


def test_fewer_than_three_spokes_is_refused() -> None:
    with pytest.raises(ValueError, match="three"):
        radar_svg(["a", "b"], [], 5, title="t")


def test_radar_is_accessible() -> None:
    svg = radar_svg(
        ["顧客", "成果", "全社"],
        [Series("current", "現在", [1, 2, 3])],
        5,
        title="佐藤のレベル",
        description="説明",
    )
    root = ET.fromstring(svg)
    assert root.get("role") == "img"
    assert root.get("aria-label") == "佐藤のレベル"
    title = root.find(f"{SVG}title")
    desc = root.find(f"{SVG}desc")
    assert title is not None
    assert title.text == "佐藤のレベル"
    assert desc is not None
    assert desc.text == "説明"
    assert (root.get("aria-labelledby") or "").split() == [title.get("id"), desc.get("id")]
    assert "Noto Sans CJK JP" in (root.get("font-family") or "")


HOSTILE = "</text><script>alert(\"x\")</script><text a='1'>&amp;"


def test_hostile_names_are_escaped_in_the_radar() -> None:
    svg = radar_svg(
        [HOSTILE, "b", "c"], [Series("current", HOSTILE, [1, 2, 3])], 5, title=HOSTILE, description=HOSTILE
    )
    assert "<script" not in svg
    root = ET.fromstring(svg)  # still well-formed XML
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert HOSTILE in texts  # shown as text, exactly
    assert root.get("aria-label") == HOSTILE


def test_hostile_names_are_escaped_in_the_heatmap_and_table() -> None:
    svg = heatmap_svg([HOSTILE], [HOSTILE, "b"], [[3, None]], 5, title=HOSTILE)
    assert "<script" not in svg
    root = ET.fromstring(svg)
    assert HOSTILE in [t.text for t in root.iter(f"{SVG}text")]
    table = data_table(HOSTILE, [HOSTILE], [[HOSTILE, 1.5, None]])
    assert "<script" not in table
    parsed = ET.fromstring(table)
    assert parsed.find("caption").text == HOSTILE  # type: ignore[union-attr]
    assert [td.text for td in parsed.iter("td")] == ["1.5", "–"]


def test_heatmap_cells_grid_and_colours() -> None:
    svg = heatmap_svg(["s1", "s2"], ["m1", "m2", "m3"], [[1, 5, None], [0, 3, 2]], 5, title="team", cell=30)
    root = ET.fromstring(svg)
    rects = list(root.iter(f"{SVG}rect"))
    assert len(rects) == 6
    levels = [r.get("data-level") for r in rects]
    assert levels == ["1", "5", "0", "0", "3", "2"]
    xs = sorted({float(r.get("x") or 0) for r in rects})
    ys = sorted({float(r.get("y") or 0) for r in rects})
    assert [b - a for a, b in itertools.pairwise(xs)] == [30, 30]
    assert [b - a for a, b in itertools.pairwise(ys)] == [30]
    assert root.get("role") == "img"
    assert heat_colour(None, 5) == heat_colour(0, 5) == "#eeeeee"
    assert heat_colour(5, 5) == "#0d47a1"
    assert heat_colour(1, 5) != heat_colour(4, 5)


def test_group_means_skip_unknown() -> None:
    groups = [("a", ["x", "y"]), ("b", ["z"])]
    assert group_means(groups, {"x": 2, "y": 3}) == [2.5, None]


def test_output_is_stable() -> None:
    make = lambda: radar_svg(["a", "b", "c"], [Series("current", "n", [1, 2, 3])], 5, title="t")  # noqa: E731
    assert make() == make()
    assert re.search(r'id="radar-[0-9a-f]{8}-t"', make())
