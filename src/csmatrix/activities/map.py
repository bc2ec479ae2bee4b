"""The CS activity improvement map (seed 002): 3 zones × 9 blocks, 3 walls.

Pure: no typer, no rich.  ``activity_map(model, lang)`` returns an
``ActivityMap`` whose ``as_dict()`` is the JSON of ``csmatrix activities`` and
the view every renderer draws from.

Rules (pinned by tests, described in the README's "`csmatrix activities`" section, "The rules"):

* **Block** = zone of ``expectation`` (above → O お節介, meets → H ハッピー,
  below → G がっかり) + column of ``resources`` (low 1, medium 2, high 3).
* **Wall** to cross: every O block → ``stop`` (やめる勇気の壁), every G block →
  ``improve`` (サービス改善の壁), H-3 → ``efficiency`` (効率化の壁); none for
  H-1 and H-2.
* **Ratio** O:H:G scaled to 10 by largest-remainder rounding, computed with
  exact integers: each zone gets ``floor(10 * count / total)``, and the tenths
  still missing go one each to the zones with the largest remainders; equal
  remainders go first to H, then G, then O (``TIE_ORDER``).  No activities → no
  ratio (None) and no band.
* **Band**: the reference bands of the article are segments of whole-number
  ratios (``BANDS``).  The distance of a ratio to a band is the smallest L1
  distance (|ΔO| + |ΔH| + |ΔG|) to any point of the band; the ratio is *in* a
  band at distance 0.  The band chosen is the one at the smallest distance;
  ties go to the band listed first in ``BANDS`` (the article's order: ideal,
  experimenting, mature, starting).  Because a ratio and every band point add
  up to 10, an L1 distance is always even (2 = one tenth moved from a zone to
  another), and the minimum over a segment is reached at one of its
  whole-number points, which is what ``Band.points`` lists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from csmatrix.models.activities import JOURNEY_ORDER, Activities
from csmatrix.words import word

ZONES: tuple[str, ...] = ("O", "H", "G")  # the rows of the map, top to bottom
COLUMNS: tuple[str, ...] = ("low", "medium", "high")  # left to right
TIE_ORDER: tuple[str, ...] = ("H", "G", "O")  # who gets a tenth first when remainders are equal
SCALE = 10

ZONE_OF_EXPECTATION = {"above": "O", "meets": "H", "below": "G"}
COLUMN_OF_RESOURCES = {"low": 1, "medium": 2, "high": 3}

WALLS: tuple[str, ...] = ("stop", "improve", "efficiency")

# Every name a person reads (zones, blocks, walls and their moves, stages, bands) is in
# ``csmatrix.words`` under ``activities.*``; the block names there say which are the article's.


def _name(kind: str, code: str, lang: str) -> str:
    """``_name("block", "H-3", "ja") == "正しい努力で至った仕事"``."""
    return word(f"activities.{kind}_{code.lower()}", lang)


@dataclass(frozen=True)
class Band:
    """A reference band of the article: whole-number O:H:G points on a segment."""

    id: str
    points: tuple[tuple[int, int, int], ...]  # from one end of the segment to the other

    @property
    def reference(self) -> str:
        first, last = self.points[0], self.points[-1]
        text = ":".join(map(str, first))
        return text if first == last else f"{text}–{':'.join(map(str, last))}"

    def distance(self, ratio: tuple[int, int, int]) -> int:
        return min(sum(abs(a - b) for a, b in zip(ratio, point, strict=True)) for point in self.points)


def _segment(start: tuple[int, int, int], end: tuple[int, int, int]) -> tuple[tuple[int, int, int], ...]:
    """Whole-number points from start to end (both ends add up to SCALE)."""
    steps = max(abs(a - b) for a, b in zip(start, end, strict=True))
    if steps == 0:
        return (start,)

    def at(i: int) -> tuple[int, int, int]:
        o, h, g = (a + (b - a) * i // steps for a, b in zip(start, end, strict=True))
        return (o, h, g)

    return tuple(at(i) for i in range(steps + 1))


BANDS: tuple[Band, ...] = (
    Band("ideal", _segment((0, 10, 0), (0, 10, 0))),
    Band("experimenting", _segment((0, 9, 1), (0, 8, 2))),
    Band("mature", _segment((1, 7, 2), (1, 7, 2))),
    Band("starting", _segment((1, 3, 6), (1, 6, 3))),
)


# --- the rules -------------------------------------------------------------------


def block_of(expectation: str, resources: str) -> str:
    """``above`` + ``high`` → ``O-3``."""
    return f"{ZONE_OF_EXPECTATION[expectation]}-{COLUMN_OF_RESOURCES[resources]}"


def wall_of(block: str) -> str | None:
    zone = block[0]
    if zone == "O":
        return "stop"
    if zone == "G":
        return "improve"
    return "efficiency" if block == "H-3" else None


def scale_ratio(counts: dict[str, int], scale: int = SCALE) -> dict[str, int] | None:
    """Counts per zone scaled to ``scale`` by largest remainder; None without any."""
    total = sum(counts[zone] for zone in ZONES)
    if total == 0:
        return None
    ratio = {zone: counts[zone] * scale // total for zone in ZONES}
    remainder = {zone: counts[zone] * scale % total for zone in ZONES}
    missing = scale - sum(ratio.values())
    for zone in sorted(TIE_ORDER, key=lambda z: (-remainder[z], TIE_ORDER.index(z)))[:missing]:
        ratio[zone] += 1
    return ratio


@dataclass(frozen=True)
class BandMatch:
    band: Band
    distance: int

    @property
    def in_band(self) -> bool:
        return self.distance == 0


def band_distances(ratio: dict[str, int]) -> list[BandMatch]:
    point = (ratio["O"], ratio["H"], ratio["G"])
    return [BandMatch(band, band.distance(point)) for band in BANDS]


def nearest_band(ratio: dict[str, int]) -> BandMatch:
    """The band at the smallest L1 distance; ties go to the one listed first in BANDS."""
    return min(band_distances(ratio), key=lambda match: (match.distance, BANDS.index(match.band)))


# --- the report ------------------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    id: str
    name: str
    expectation: str
    resources: str
    block: str
    journey_stage: str | None

    @property
    def zone(self) -> str:
        return self.block[0]

    @property
    def wall(self) -> str | None:
        return wall_of(self.block)


@dataclass
class ActivityMap:
    lang: str
    team: str | None
    placed: list[Placed] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return {zone: sum(1 for p in self.placed if p.zone == zone) for zone in ZONES}

    @property
    def ratio(self) -> dict[str, int] | None:
        return scale_ratio(self.counts)

    @property
    def band(self) -> BandMatch | None:
        ratio = self.ratio
        return nearest_band(ratio) if ratio is not None else None

    def in_block(self, block: str) -> list[Placed]:
        return [p for p in self.placed if p.block == block]

    def as_dict(self) -> dict[str, Any]:
        lang = self.lang
        ratio = self.ratio
        match = self.band
        distances = band_distances(ratio) if ratio is not None else []
        ties = [m.band.id for m in distances if match and m != match and m.distance == match.distance]
        return {
            "team": self.team,
            "lang": lang,
            "activities": [self._activity(p) for p in self.placed],
            "counts": self.counts,
            "total": len(self.placed),
            "ratio": ratio,
            "band": match.band.id if match else None,
            "band_label": _name("band", match.band.id, lang) if match else None,
            "band_reference": match.band.reference if match else None,
            "band_distance": match.distance if match else None,
            "in_band": match.in_band if match else None,
            "band_ties": ties,
            "bands": [
                {
                    "id": band.id,
                    "label": _name("band", band.id, lang),
                    "reference": band.reference,
                    "distance": distances[index].distance if distances else None,
                }
                for index, band in enumerate(BANDS)
            ],
            "columns": [{"resources": c, "name": _name("resources", c, lang)} for c in COLUMNS],
            "grid": [self._row(zone) for zone in ZONES],
            "walls": [self._wall(wall) for wall in WALLS],
            "journey": [self._stage(stage) for stage in JOURNEY_ORDER],
        }

    def _activity(self, p: Placed) -> dict[str, Any]:
        wall = p.wall
        return {
            "id": p.id,
            "name": p.name,
            "expectation": p.expectation,
            "resources": p.resources,
            "block": p.block,
            "block_name": _name("block", p.block, self.lang),
            "zone": p.zone,
            "wall": wall,
            "wall_name": _name("wall", wall, self.lang) if wall else None,
            "move": _name("move", wall, self.lang) if wall else None,
            "journey_stage": p.journey_stage,
        }

    def _row(self, zone: str) -> dict[str, Any]:
        expectation = next(e for e, z in ZONE_OF_EXPECTATION.items() if z == zone)
        blocks = []
        for column, resources in enumerate(COLUMNS, start=1):
            block = f"{zone}-{column}"
            blocks.append(
                {
                    "block": block,
                    "name": _name("block", block, self.lang),
                    "resources": resources,
                    "wall": wall_of(block),
                    "activities": [{"id": p.id, "name": p.name} for p in self.in_block(block)],
                }
            )
        return {
            "zone": zone,
            "name": _name("zone", zone, self.lang),
            "short": _name("short", zone, self.lang),
            "expectation": expectation,
            "expectation_name": _name("expect", expectation, self.lang),
            "blocks": blocks,
        }

    def _wall(self, wall: str) -> dict[str, Any]:
        return {
            "wall": wall,
            "name": _name("wall", wall, self.lang),
            "move": _name("move", wall, self.lang),
            "activities": [
                {"id": p.id, "name": p.name, "block": p.block}
                for p in sorted(self.placed, key=lambda p: p.block)  # stable: file order within a block
                if p.wall == wall
            ],
        }

    def _stage(self, stage: str) -> dict[str, Any]:
        return {
            "stage": stage,
            "name": _name("stage", stage, self.lang),
            "activities": [
                {"id": p.id, "name": p.name, "block": p.block, "zone": p.zone}
                for p in self.placed
                if p.journey_stage == stage
            ],
        }


def activity_map(model: Activities, lang: str = "ja") -> ActivityMap:
    placed = [
        Placed(
            id=activity.id,
            name=activity.name.get(lang),
            expectation=activity.expectation,
            resources=activity.resources,
            block=block_of(activity.expectation, activity.resources),
            journey_stage=activity.journey_stage,
        )
        for activity in model.activities
    ]
    team = model.team.get(lang) if model.team is not None else None
    return ActivityMap(lang=lang, team=team, placed=placed)
