"""The rules of the activity improvement map (pure core: csmatrix.activities.map)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csmatrix.activities.map import (
    BANDS,
    activity_map,
    band_distances,
    block_of,
    nearest_band,
    scale_ratio,
    wall_of,
)
from csmatrix.models.activities import Activities
from csmatrix.words import word

# --- blocks and walls ------------------------------------------------------------


@pytest.mark.parametrize(
    ("expectation", "resources", "block"),
    [
        ("above", "low", "O-1"),
        ("above", "medium", "O-2"),
        ("above", "high", "O-3"),
        ("meets", "low", "H-1"),
        ("meets", "medium", "H-2"),
        ("meets", "high", "H-3"),
        ("below", "low", "G-1"),
        ("below", "medium", "G-2"),
        ("below", "high", "G-3"),
    ],
)
def test_block_of_every_expectation_and_resources(expectation: str, resources: str, block: str) -> None:
    assert block_of(expectation, resources) == block


@pytest.mark.parametrize(
    ("block", "wall"),
    [
        ("O-1", "stop"),
        ("O-2", "stop"),
        ("O-3", "stop"),
        ("H-1", None),
        ("H-2", None),
        ("H-3", "efficiency"),
        ("G-1", "improve"),
        ("G-2", "improve"),
        ("G-3", "improve"),
    ],
)
def test_wall_of_every_block(block: str, wall: str | None) -> None:
    assert wall_of(block) == wall


# --- ratio -----------------------------------------------------------------------


def counts(o: int, h: int, g: int) -> dict[str, int]:
    return {"O": o, "H": h, "G": g}


@pytest.mark.parametrize(
    ("given_counts", "ratio"),
    [
        ((1, 1, 1), (3, 4, 3)),  # three equal remainders, one tenth left: H first
        ((2, 1, 0), (7, 3, 0)),  # 6.67 / 3.33 / 0
        ((2, 4, 1), (3, 6, 1)),  # 7 activities: 2.86 / 5.71 / 1.43
        ((1, 2, 4), (1, 3, 6)),  # 7 activities: 1.43 / 2.86 / 5.71
        ((1, 4, 1), (1, 7, 2)),  # equal remainders, two tenths left: H then G, O loses
        ((1, 5, 1), (1, 7, 2)),  # O and G tie on the remainder: G first
        ((2, 9, 4), (1, 6, 3)),  # the example file: 1.33 / 6 / 2.67
        ((1, 0, 0), (10, 0, 0)),
        ((0, 3, 0), (0, 10, 0)),
        ((3, 3, 4), (3, 3, 4)),
        ((1, 1, 0), (5, 5, 0)),
        ((1, 97, 2), (0, 10, 0)),  # 0.1 / 9.7 / 0.2: H's .7 is the largest remainder
    ],
)
def test_ratio_is_scaled_to_ten_by_largest_remainder(
    given_counts: tuple[int, int, int], ratio: tuple[int, ...]
) -> None:
    result = scale_ratio(counts(*given_counts))
    assert result is not None
    assert (result["O"], result["H"], result["G"]) == ratio
    assert sum(result.values()) == 10


def test_no_activities_no_ratio() -> None:
    assert scale_ratio(counts(0, 0, 0)) is None


@given(st.integers(0, 500), st.integers(0, 500), st.integers(0, 500))
def test_ratio_adds_up_to_ten_and_stays_within_one_of_exact(o: int, h: int, g: int) -> None:
    total = o + h + g
    result = scale_ratio(counts(o, h, g))
    if total == 0:
        assert result is None
        return
    assert result is not None
    assert sum(result.values()) == 10
    for zone, count in zip("OHG", (o, h, g), strict=True):
        exact = Fraction(10 * count, total)
        assert exact - 1 < result[zone] < exact + 1
        assert result[zone] in (int(exact), int(exact) + 1)  # floor or ceiling, never further


# --- bands -------------------------------------------------------------------------


def band(o: int, h: int, g: int) -> tuple[str, int]:
    match = nearest_band(counts(o, h, g))
    return match.band.id, match.distance


@pytest.mark.parametrize(
    ("ratio", "expected"),
    [
        ((0, 10, 0), ("ideal", 0)),
        ((0, 9, 1), ("experimenting", 0)),
        ((0, 8, 2), ("experimenting", 0)),
        ((1, 7, 2), ("mature", 0)),
        ((1, 3, 6), ("starting", 0)),
        ((1, 4, 5), ("starting", 0)),
        ((1, 6, 3), ("starting", 0)),
        # in between
        ((1, 2, 7), ("starting", 2)),
        ((0, 0, 10), ("starting", 8)),
        ((3, 5, 2), ("mature", 4)),
        # ties go to the band listed first (ideal, experimenting, mature, starting)
        ((1, 8, 1), ("experimenting", 2)),  # experimenting 2, mature 2
        ((0, 7, 3), ("experimenting", 2)),  # experimenting 2, mature 2, starting 2
        ((2, 6, 2), ("mature", 2)),  # mature 2, starting 2
        ((7, 3, 0), ("mature", 12)),  # mature 12, starting 12
        ((2, 8, 0), ("ideal", 4)),  # ideal 4, mature 4
    ],
)
def test_band_of_reference_and_in_between_ratios(
    ratio: tuple[int, int, int], expected: tuple[str, int]
) -> None:
    assert band(*ratio) == expected


def test_ties_really_are_ties() -> None:
    distances = {m.band.id: m.distance for m in band_distances(counts(0, 7, 3))}
    assert distances == {"ideal": 6, "experimenting": 2, "mature": 2, "starting": 2}
    distances = {m.band.id: m.distance for m in band_distances(counts(7, 3, 0))}
    assert distances["mature"] == distances["starting"] == 12


def test_bands_are_the_articles() -> None:
    assert [(b.id, b.reference) for b in BANDS] == [
        ("ideal", "0:10:0"),
        ("experimenting", "0:9:1–0:8:2"),
        ("mature", "1:7:2"),
        ("starting", "1:3:6–1:6:3"),
    ]
    assert all(sum(point) == 10 for b in BANDS for point in b.points)


ratios = st.tuples(st.integers(0, 10), st.integers(0, 10)).filter(lambda t: t[0] + t[1] <= 10)


@settings(deadline=None)
@given(ratios)
def test_band_distance_is_the_minimum_over_the_whole_segment(oh: tuple[int, int]) -> None:
    """The minimum over the continuous segment is reached at a whole-number point."""
    point = (oh[0], oh[1], 10 - oh[0] - oh[1])
    for b in BANDS:
        start, end = b.points[0], b.points[-1]
        steps = 12 * len(b.points)  # a fine grid that also holds every whole-number point
        continuous = min(
            sum(
                abs(Fraction(p) - (Fraction(s) + (Fraction(e) - Fraction(s)) * Fraction(i, steps)))
                for p, s, e in zip(point, start, end, strict=True)
            )
            for i in range(steps + 1)
        )
        assert b.distance(point) == continuous
        assert b.distance(point) % 2 == 0


# --- the report ------------------------------------------------------------------


def model(*activities: dict[str, object]) -> Activities:
    return Activities.model_validate({"schema": "csmatrix/activities@1", "activities": list(activities)})


def act(id_: str, expectation: str, resources: str, stage: str | None = None) -> dict[str, object]:
    data: dict[str, object] = {
        "id": id_,
        "name": {"ja": f"{id_} ja", "en": f"{id_} en"},
        "expectation": expectation,
        "resources": resources,
    }
    if stage:
        data["journey_stage"] = stage
    return data


def test_report_places_counts_and_judges() -> None:
    view = activity_map(
        model(
            act("a", "above", "high", "adoption"),
            act("b", "meets", "low", "churn"),
            act("c", "meets", "high"),
            act("d", "below", "medium", "evaluation"),
            act("e", "meets", "medium", "adoption"),
        ),
        "en",
    ).as_dict()
    assert [(a["id"], a["block"], a["zone"], a["wall"]) for a in view["activities"]] == [
        ("a", "O-3", "O", "stop"),
        ("b", "H-1", "H", None),
        ("c", "H-3", "H", "efficiency"),
        ("d", "G-2", "G", "improve"),
        ("e", "H-2", "H", None),
    ]
    assert view["activities"][0]["name"] == "a en"
    assert view["activities"][0]["move"] == word("activities.move_stop", "en")
    assert view["activities"][1]["move"] is None
    assert view["counts"] == {"O": 1, "H": 3, "G": 1}
    assert view["ratio"] == {"O": 2, "H": 6, "G": 2}
    assert (view["band"], view["band_distance"], view["in_band"]) == ("mature", 2, False)
    grid = {b["block"]: [x["id"] for x in b["activities"]] for row in view["grid"] for b in row["blocks"]}
    assert grid == {
        "O-1": [], "O-2": [], "O-3": ["a"],
        "H-1": ["b"], "H-2": ["e"], "H-3": ["c"],
        "G-1": [], "G-2": ["d"], "G-3": [],
    }  # fmt: skip
    journey = [(s["stage"], [a["id"] for a in s["activities"]]) for s in view["journey"]]
    assert journey == [
        ("evaluation", ["d"]),
        ("contract", []),
        ("onboarding", []),
        ("adoption", ["a", "e"]),
        ("renewal", []),
        ("churn", ["b"]),
    ]
    walls = {w["wall"]: [a["id"] for a in w["activities"]] for w in view["walls"]}
    assert walls == {"stop": ["a"], "improve": ["d"], "efficiency": ["c"]}


def test_report_in_japanese_uses_japanese_names() -> None:
    view = activity_map(model(act("a", "meets", "high")), "ja").as_dict()
    assert view["activities"][0]["name"] == "a ja"
    assert view["activities"][0]["block_name"] == "正しい努力で至った仕事"
    assert view["activities"][0]["wall_name"] == "効率化の壁"
    assert view["activities"][0]["move"] == word("activities.move_efficiency", "ja")


def test_walls_list_activities_by_block_then_file_order() -> None:
    view = activity_map(
        model(
            act("x", "below", "high"),
            act("y", "below", "low"),
            act("z", "below", "high"),
            act("w", "below", "low"),
        ),
        "en",
    ).as_dict()
    improve = next(w for w in view["walls"] if w["wall"] == "improve")
    assert [(a["block"], a["id"]) for a in improve["activities"]] == [
        ("G-1", "y"), ("G-1", "w"), ("G-3", "x"), ("G-3", "z"),
    ]  # fmt: skip


def test_empty_report_has_no_ratio_and_no_band() -> None:
    view = activity_map(model(), "en").as_dict()
    assert view["counts"] == {"O": 0, "H": 0, "G": 0}
    assert view["total"] == 0
    assert view["ratio"] is None
    assert view["band"] is None
    assert view["in_band"] is None
    assert all(b["distance"] is None for b in view["bands"])
