"""`csmatrix activities`: rendering (golden), JSON keys, Markdown, exit codes, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import EXAMPLES, REPO, check_golden
from csmatrix.commands.activities import RENDERERS
from csmatrix.commands.activities import ActivitiesFormat as Format

EXAMPLE = EXAMPLES / "activities.yaml"


def lines(text: str) -> list[str]:
    """Rich pads table cells with spaces: compare lines without trailing blanks."""
    return [line.rstrip() for line in text.splitlines()]


# --- the example, rendered ------------------------------------------------------------


def test_example_validates(cli) -> None:
    r = cli("validate", EXAMPLE)
    assert r.exit_code == 0, r
    assert "1 file valid" in r.stderr


def test_example_schema_comment_first_line() -> None:
    first = EXAMPLE.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../schemas/activities.schema.json"


@pytest.mark.parametrize(("lang", "name"), [("ja", "example_ja_100.txt"), ("en", "example_en_100.txt")])
def test_table_golden_at_100_columns(cli, lang: str, name: str) -> None:
    r = cli("activities", EXAMPLE, "--lang", lang, columns=100)
    assert r.exit_code == 0, r
    check_golden(f"activities/{name}", r.stdout, rstrip_lines=True)
    assert r.stderr == ""


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [80, 100])
def test_table_fits_the_terminal(cli, lang: str, columns: int) -> None:
    r = cli("activities", EXAMPLE, "--lang", lang, columns=columns)
    assert r.exit_code == 0, r
    widest = max(cell_len(line) for line in r.stdout.splitlines())
    assert widest <= columns
    assert "\x1b[" not in r.stdout  # NO_COLOR: plain text


def test_table_shows_every_activity_in_its_block(cli) -> None:
    r = cli("activities", EXAMPLE, "--lang", "en", columns=200)
    assert r.exit_code == 0, r
    grid = r.stdout.split("O:H:G =")[0]
    rows = grid.split("├")  # header, O row, H row, G row
    assert "Weekly regular meeting" in rows[1]
    assert "O-3 Far too much" in rows[1]
    assert "Answering inquiries" in rows[2]
    assert "H-3 Earned by the right effort" in rows[2]
    assert "User community events" in rows[3]
    assert "G-3 Effort that misses" in rows[3]
    assert "O:H:G = 1:6:3" in r.stdout
    assert "Typical of a team just starting (1:3:6–1:6:3): the team is in this band" in r.stdout


def test_table_colours_zones_when_colour_is_on() -> None:
    import io

    from rich.console import Console

    from csmatrix.activities.map import activity_map
    from csmatrix.files.store import Store
    from csmatrix.render.activities_table import block_style, print_activities

    view = activity_map(Store().activities(EXAMPLE).unwrap(), "en").as_dict()
    out = io.StringIO()
    print_activities(Console(file=out, width=100, color_system="standard", force_terminal=True), view)
    text = out.getvalue()
    assert "\x1b[1;33mO-3 Far too much" in text  # bold yellow: overdoing
    assert "\x1b[1;32mH-1 Utopia" in text  # bold green: happy
    assert "\x1b[1;36mH-3 Earned by" in text  # H-3 coloured apart, as in the article
    assert "\x1b[1;31mG-3 Effort that misses" in text  # bold red: disappointing
    assert [block_style(b) for b in ("O-2", "H-2", "H-3", "G-1")] == ["yellow", "green", "cyan", "red"]


def test_markdown_golden(cli) -> None:
    r = cli("activities", EXAMPLE, "--format", "md", "--lang", "en")
    assert r.exit_code == 0, r
    check_golden("activities/example_en.md", r.stdout)


@pytest.mark.lang("ja")
def test_markdown_in_japanese_has_the_grid_and_lists(cli) -> None:
    r = cli("activities", EXAMPLE, "-f", "md")
    assert r.exit_code == 0, r
    out = r.stdout.splitlines()
    assert out[0] == "# CS活動改善マップ: カスタマーサクセス部(CSM 8名・CS Ops 1名)"
    assert out[2] == "| | リソース少 | リソース中 | リソース多 |"
    assert out[4].startswith(
        "| **お節介 (O)**<br>期待以上 | **O-1 ちょっとしたお節介**<br>毎日のログイン催促メール |"
    )
    assert "### やめる勇気の壁 (`stop`)" in out
    assert "- 週次定例会 (`weekly-meeting`, O-3)" in out
    assert "| 解約 (`churn`) | G-1 解約理由ヒアリング |" in out


def test_markdown_escapes_pipes(cli, write) -> None:
    path = write(
        "a.yaml",
        "schema: csmatrix/activities@1\nactivities:\n"
        "  - {id: a, name: 'A|B', expectation: meets, resources: low, journey_stage: adoption}\n",
    )
    r = cli("activities", path, "-f", "md")
    assert r.exit_code == 0, r
    assert "A&#124;B" in r.stdout  # an entity: it cannot split the row
    assert "A|B" not in r.stdout


# --- JSON ---------------------------------------------------------------------------------


def test_json_keys(cli) -> None:
    r = cli("activities", EXAMPLE, "--format", "json", "--lang", "en")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    keys = {"activities", "counts", "ratio", "band", "band_label", "band_distance", "in_band", "journey"}
    assert keys <= set(data)
    first = data["activities"][0]
    assert {"id", "name", "block", "zone", "wall", "journey_stage", "move"} <= set(first)
    assert first == {
        "id": "trial-support",
        "name": "Trial support",
        "expectation": "meets",
        "resources": "medium",
        "block": "H-2",
        "block_name": "Just right for both sides",
        "zone": "H",
        "wall": None,
        "wall_name": None,
        "move": None,
        "journey_stage": "evaluation",
    }
    meeting = next(a for a in data["activities"] if a["id"] == "weekly-meeting")
    assert (meeting["block"], meeting["zone"], meeting["wall"]) == ("O-3", "O", "stop")
    assert meeting["move"].startswith("Decide to stop")
    assert data["counts"] == {"O": 2, "H": 8, "G": 4}
    assert data["ratio"] == {"O": 1, "H": 6, "G": 3}
    assert (data["band"], data["band_distance"], data["in_band"]) == ("starting", 0, True)
    assert [s["stage"] for s in data["journey"]] == [
        "evaluation", "contract", "onboarding", "adoption", "renewal", "churn",
    ]  # fmt: skip
    assert [a["id"] for a in data["journey"][2]["activities"]] == ["onboarding-kickoff", "login-reminder"]
    staged = sum(len(s["activities"]) for s in data["journey"])
    assert staged == 13  # inquiry-response has no journey stage
    assert r.stderr == ""


@pytest.mark.lang("ja")
def test_json_texts_follow_lang(cli) -> None:
    r = cli("activities", EXAMPLE, "-f", "json")
    data = json.loads(r.stdout)
    assert data["activities"][0]["name"] == "トライアル期間の活用支援"
    assert data["band_label"] == "立ち上げ初期のチームによくある幅"
    assert data["journey"][0]["name"] == "検討・評価"


TIE = """\
schema: csmatrix/activities@1
activities:
  - {id: a, name: 定例会, expectation: above, resources: high}
  - {id: b, name: メルマガ, expectation: meets, resources: low}
  - {id: c, name: QBR, expectation: meets, resources: medium}
  - {id: d, name: 引き継ぎ, expectation: meets, resources: medium}
  - {id: e, name: ヘルプ, expectation: below, resources: medium}
"""


@pytest.mark.lang("ja")
def test_nearest_band_and_ties_are_said(cli, write) -> None:
    path = write("tie.yaml", TIE)
    data = json.loads(cli("activities", path, "-f", "json").stdout)
    assert data["ratio"] == {"O": 2, "H": 6, "G": 2}
    assert (data["band"], data["band_distance"], data["in_band"]) == ("mature", 2, False)
    assert data["band_ties"] == ["starting"]
    r = cli("activities", path, "--lang", "en", columns=200)
    assert (
        "→ nearest band: Mature team, excellent (1:7:2), distance 2 "
        "(equally near: Typical of a team just starting)"
    ) in r.stdout
    r = cli("activities", path, "-f", "md")
    assert (
        "**最も近い帯: 成熟したチームならとても優秀 (1:7:2)、距離 2"
        "(同じ距離: 立ち上げ初期のチームによくある幅)**"
    ) in r.stdout


def test_every_format_has_a_renderer() -> None:
    assert set(RENDERERS) == set(Format)


# --- no activities --------------------------------------------------------------------


EMPTY = "schema: csmatrix/activities@1\nactivities: []\n"


@pytest.mark.lang("ja")
def test_no_activities_is_an_empty_map_exit_0(cli, write) -> None:
    path = write("empty.yaml", EMPTY)
    r = cli("activities", path)
    assert r.exit_code == 0, r
    assert "に活動がありません" in r.stderr
    assert "活動がありません" in r.stdout
    assert "O:H:G = –" in r.stdout
    assert "O-1 ちょっとしたお節介" in r.stdout  # the empty grid is still drawn


def test_no_activities_json(cli, write) -> None:
    path = write("empty.yaml", "schema: csmatrix/activities@1\n")
    r = cli("activities", path, "-f", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["activities"] == []
    assert data["counts"] == {"O": 0, "H": 0, "G": 0}
    assert data["ratio"] is None
    assert data["band"] is None


def test_no_activities_markdown(cli, write) -> None:
    r = cli("activities", write("empty.yaml", EMPTY), "-f", "md", "-l", "en")
    assert r.exit_code == 0, r
    assert "No activities yet" in r.stdout
    assert "O:H:G = –" in r.stdout


# --- bad input: exit 1, located ---------------------------------------------------------


BAD_VALUES = """\
schema: csmatrix/activities@1
activities:
  - id: weekly-call
    name: 週次定例会
    expectation: abov
    resources: huge
"""


def test_unknown_values_are_located_and_list_the_allowed_ones(cli, write) -> None:
    path = write("bad.yaml", BAD_VALUES)
    r = cli("activities", path)
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert lines(r.stderr) == [
        f"{path}:5:18: error: expected one of 'above', 'meets' or 'below', found 'abov' "
        "(did you mean 'above'?)",
        f"{path}:6:16: error: expected one of 'low', 'medium' or 'high', found 'huge'",
        "csmatrix: 2 problems in 1 file",
    ]


def test_unknown_journey_stage_is_located(cli, write) -> None:
    path = write(
        "bad.yaml",
        "schema: csmatrix/activities@1\nactivities:\n"
        "  - id: a\n    name: A\n    expectation: meets\n    resources: low\n    journey_stage: expansion\n",
    )
    r = cli("activities", path, "-f", "json")
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert r.stderr.startswith(
        f"{path}:7:20: error: expected one of 'evaluation', 'contract', 'onboarding', 'adoption', "
        "'renewal' or 'churn', found 'expansion'"
    )


def test_duplicate_ids_are_refused(cli, write) -> None:
    path = write(
        "dup.yaml",
        "schema: csmatrix/activities@1\nactivities:\n"
        "  - {id: qbr, name: QBR, expectation: meets, resources: medium}\n"
        "  - {id: webinar, name: ウェビナー, expectation: below, resources: medium}\n"
        "  - {id: qbr, name: QBR again, expectation: above, resources: high}\n",
    )
    r = cli("activities", path)
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert lines(r.stderr) == [
        f"{path}:5:10: error: duplicate activity id 'qbr' (first used at line 3)",
        "csmatrix: 1 problem in 1 file",
    ]


def test_a_framework_file_is_named_as_such(cli) -> None:
    framework = REPO / "frameworks" / "icare-cs" / "2021-autumn.yaml"
    r = cli("activities", framework)
    assert r.exit_code == 1, r
    assert "is a framework file, not an activities file" in r.stderr
    assert "schema: csmatrix/activities@1" in r.stderr


def test_missing_file_exit_1(cli, tmp_path: Path) -> None:
    r = cli("activities", tmp_path / "nope.yaml")
    assert r.exit_code == 1, r
    assert "nope.yaml" in r.stderr
    assert "Traceback" not in r.stderr


# --- usage: exit 2 --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("activities",),
        ("activities", str(EXAMPLE), "--format", "xlsx"),
        ("activities", str(EXAMPLE), "--lang", "fr"),
        ("activities", str(EXAMPLE), "--no-such-option"),
    ],
)
def test_usage_errors_exit_2(cli, args: tuple[str, ...]) -> None:
    r = cli(*args)
    assert r.exit_code == 2, r
    assert r.stdout == ""


def test_help_explains_the_map(cli) -> None:
    r = cli("activities", "--help")
    assert r.exit_code == 0, r
    assert "O:H:G ratio" in r.stdout
    assert "csmatrix activities examples/activities.yaml" in r.stdout
    assert "FILE" in r.stdout
