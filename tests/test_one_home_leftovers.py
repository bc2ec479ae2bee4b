"""#12 leftovers: the activities words live in the catalogue, one number formatter, no private imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from csmatrix.activities.map import BANDS, COLUMNS, WALLS, ZONE_OF_EXPECTATION, ZONES, activity_map
from csmatrix.models.activities import JOURNEY_ORDER, Activities
from csmatrix.render.labels import number, percent
from csmatrix.words import WORDS, word

SRC = Path(__file__).resolve().parent.parent / "src" / "csmatrix"

CODES = (
    [f"activities.zone_{z.lower()}" for z in ZONES]
    + [f"activities.short_{z.lower()}" for z in ZONES]
    + [f"activities.expect_{e}" for e in ZONE_OF_EXPECTATION]
    + [f"activities.resources_{c}" for c in COLUMNS]
    + [f"activities.block_{z.lower()}-{n}" for z in ZONES for n in (1, 2, 3)]
    + [f"activities.wall_{w}" for w in WALLS]
    + [f"activities.move_{w}" for w in WALLS]
    + [f"activities.stage_{s}" for s in JOURNEY_ORDER]
    + [f"activities.band_{b.id}" for b in BANDS]
)


@pytest.mark.parametrize("key", CODES)
def test_every_name_of_the_map_is_in_the_catalogue(key: str) -> None:
    ja, en = WORDS[key]
    assert ja
    assert en


def test_the_map_holds_no_word_table_and_no_lookup_of_its_own() -> None:
    tree = ast.parse((SRC / "activities" / "map.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keys = {k.value for k in node.keys if isinstance(k, ast.Constant)}
            assert not {"ja", "en"} & keys, f"a word table at line {node.lineno}"
        if isinstance(node, ast.FunctionDef):
            assert node.name != "_t"


def test_the_json_names_come_from_the_catalogue() -> None:
    model = Activities.model_validate(
        {
            "schema": "csmatrix/activities@1",
            "activities": [
                {"id": "qbr", "name": {"ja": "定例会"}, "expectation": "above", "resources": "high"},
                {
                    "id": "kick",
                    "name": {"ja": "キックオフ"},
                    "expectation": "meets",
                    "resources": "high",
                    "journey_stage": "onboarding",
                },
            ],
        }
    )
    for lang in ("ja", "en"):
        view = activity_map(model, lang).as_dict()
        first = view["activities"][0]
        assert first["block_name"] == word("activities.block_o-3", lang)
        assert first["wall_name"] == word("activities.wall_stop", lang)
        assert first["move"] == word("activities.move_stop", lang)
        assert view["band_label"] == word(f"activities.band_{view['band']}", lang)
        assert [c["name"] for c in view["columns"]] == [
            word(f"activities.resources_{c}", lang) for c in COLUMNS
        ]
        row = view["grid"][0]
        assert (row["name"], row["short"], row["expectation_name"]) == (
            word("activities.zone_o", lang),
            word("activities.short_o", lang),
            word("activities.expect_above", lang),
        )
        stage = next(s for s in view["journey"] if s["stage"] == "onboarding")
        assert stage["name"] == word("activities.stage_onboarding", lang)
        assert [w["wall"] for w in view["walls"]] == ["stop", "improve", "efficiency"]


@pytest.mark.parametrize(
    ("value", "missing", "expected"),
    [
        (3, "–", "3"),
        (0, "–", "0"),
        (2.5, "–", "2.5"),
        (2.0, "–", "2"),
        (2.667, "–", "2.67"),
        (None, "–", "–"),
        (None, "", ""),
        (4, "", "4"),
    ],
)
def test_one_number_rule(value: float | None, missing: str, expected: str) -> None:
    assert number(value, missing) == expected


def test_fixed_keeps_two_decimals_for_the_assess_columns() -> None:
    from csmatrix.render.assess_words import number as assess_number

    assert [number(v, fixed=True) for v in (2.5, 2.0, 3, None)] == ["2.50", "2.00", "3", "–"]
    assert [assess_number(v) for v in (2.5, 3, None)] == ["2.50", "3", "–"]


def test_percent() -> None:
    assert percent(0.667) == "67%"
    assert percent(None) == "–"


@pytest.mark.parametrize(
    "rel", ["sheet_md.py", "sheet_html.py", "sheet_csv.py", "assess_html.py", "charts.py"]
)
def test_renderers_write_numbers_through_labels(rel: str) -> None:
    tree = ast.parse((SRC / "render" / rel).read_text(encoding="utf-8"))
    defined = {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert "_num" not in defined
    assert any(
        isinstance(node, ast.ImportFrom) and node.module == "csmatrix.render.labels" for node in tree.body
    )


def test_plans_words_is_gone_and_no_renderer_imports_a_private_name() -> None:
    assert not (SRC / "render" / "plans_words.py").exists()
    found = []
    for path in sorted((SRC / "render").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("csmatrix"):
                found += [f"{path.name}: {a.name}" for a in node.names if a.name.startswith("_")]
    assert not found, found


@pytest.mark.parametrize("rel", ["assess_html.py", "sheet_html.py", "site_base.py"])
def test_every_standalone_page_opens_through_one_function(rel: str) -> None:
    text = (SRC / "render" / rel).read_text(encoding="utf-8")
    assert "<!DOCTYPE" not in text
    assert "document_start(" in text


def test_document_start_escapes_the_language_and_places_the_metas() -> None:
    from csmatrix.render.html_doc import document_start

    lines = document_start('ja"x', "T &amp; U", "p{}", ['<meta name="a">'])
    assert lines[0] == "<!DOCTYPE html>"
    assert lines[1] == '<html lang="ja&quot;x">'
    assert lines[5:8] == ['<meta name="a">', "<title>T &amp; U</title>", "<style>p{}</style>"]
    assert lines[-1] == "<body>"
