"""`csmatrix team` end to end: formats, framework choice, lineage, errors, --keep-going."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from rich.cells import cell_len

from conftest import EXAMPLES, check_golden
from csmatrix.commands.team import RENDERERS, TeamFormat
from test_team import TEAM, TINY_V1, TINY_V2, member_yaml, tiny


@pytest.fixture
def team(write: Callable[..., Path]) -> Path:
    """./frameworks/tiny/{v1,v2}.yaml and five members on tiny@v2 under ./team."""
    write("frameworks/tiny/v1.yaml", TINY_V1)
    write("frameworks/tiny/v2.yaml", TINY_V2)
    for ident, (role, levels) in TEAM.items():
        write(f"team/{ident}.yaml", member_yaml(ident, role, levels))
    return Path("team")


def test_every_format_has_a_renderer() -> None:
    assert set(RENDERERS) == set(TeamFormat)


def test_table_golden_at_width_100(cli, team: Path) -> None:
    r = cli("team", team, "--lang", "en")
    assert r.exit_code == 0, r
    check_golden("team/tiny_en_100.txt", r.stdout)
    assert r.stderr == ""


@pytest.mark.lang("ja")
def test_table_japanese_golden_at_width_100(cli, team: Path) -> None:
    r = cli("team", team)
    assert r.exit_code == 0, r
    check_golden("team/tiny_ja_100.txt", r.stdout)


def test_json_keys_and_values(cli, team: Path) -> None:
    r = cli("team", team, "--format", "json", "--lang", "en")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["framework"] == "tiny@v2"
    assert data["coverage_level"] == 3
    assert [m["id"] for m in data["members"]] == ["cat", "bob", "ann", "dan", "eve"]
    bob = data["members"][1]
    assert {k: bob[k] for k in ("id", "name", "role", "readiness", "next_role", "next_role_readiness")} == {
        "id": "bob",
        "name": "Staff bob",
        "role": "mid",
        "readiness": 0.75,
        "next_role": "senior",
        "next_role_readiness": 0.5,
    }
    assert [(s["id"], s["coverage"], [h["id"] for h in s["holders"]]) for s in data["skills"]] == [
        ("s1", 2, ["ann", "bob"]),
        ("s2", 2, ["bob", "cat"]),
        ("s3", 1, ["cat"]),
        ("s4", 0, []),
    ]
    assert data["single_points"] == ["s3"]
    assert data["uncovered"] == ["s4"]
    dan_s1 = next(m for m in data["mentors"] if (m["member"], m["skill"]) == ("dan", "s1"))
    assert [m["id"] for m in dan_s1["mentors"]] == ["ann", "bob", "cat"]


def test_coverage_level_option(cli, team: Path) -> None:
    r = cli("team", team, "--format", "json", "--coverage-level", "2")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert [s["coverage"] for s in data["skills"]] == [4, 3, 2, 3]
    assert data["single_points"] == []
    assert data["uncovered"] == []


@pytest.mark.parametrize("level", ["4", "0"])
def test_coverage_level_outside_the_scale_is_a_usage_error(cli, team: Path, level: str) -> None:
    r = cli("team", team, "--coverage-level", level)
    assert r.exit_code == 2, r
    assert f"--coverage-level {level} is outside the scale 1–3 of tiny@v2" in r.stderr
    assert r.stdout == ""


@pytest.mark.lang("ja")
def test_csv_has_bom_header_and_empty_unrated(cli, team: Path) -> None:
    r = cli("team", team, "--format", "csv")
    assert r.exit_code == 0, r
    assert r.stdout.startswith(codecs.BOM_UTF8.decode("utf-8"))
    rows = list(csv.reader(io.StringIO(r.stdout.lstrip("\ufeff"))))
    assert rows[0] == [
        "id",
        "氏名",
        "ロール",
        "ユニット",
        "スキルs1 [s1]",
        "スキルs2 [s2]",
        "スキルs3 [s3]",
        "スキルs4 [s4]",
    ]
    assert rows[3] == ["ann", "社員ann", "junior", "", "3", "1", "", ""]
    assert rows[5] == ["eve", "社員eve", "", "", "2", "", "1", "1"]
    assert len(rows) == 6


def test_markdown(cli, team: Path) -> None:
    r = cli("team", team, "--format", "md", "--lang", "en")
    assert r.exit_code == 0, r
    assert r.stdout.startswith("# Team skill matrix (`tiny@v2`)\n")
    assert "| 1 | Staff cat | `cat` | Senior | 50% | – | – |" in r.stdout
    assert "| Skill s3 | 3 | 2< | - | 1< | 1 | 1 ! |" in r.stdout
    assert "- Skill s3 (`s3`): Staff cat 3" in r.stdout
    assert "| Staff dan | Skill s1 | 1→2 | Staff ann 3, Staff bob 3, Staff cat 2 |" in r.stdout


def test_older_member_is_carried_in_memory_with_a_notice(cli, team: Path, write) -> None:
    old = write(
        "team/fay.yaml", member_yaml("fay", "mid", {"s1": 2, "old-x": 3, "old-y": 2, "gone": 3}, "tiny@v1")
    )
    before = old.read_text(encoding="utf-8")
    r = cli("team", team, "--format", "json", "--lang", "en")
    assert r.exit_code == 0, r
    fay = next(m for m in json.loads(r.stdout)["members"] if m["id"] == "fay")
    assert fay["levels"] == {"s1": 2, "s2": 0, "s3": 2, "s4": 0}  # s3 = min(old-x 3, old-y 2)
    assert fay["migrated_from"] == "tiny@v1"
    assert "csmatrix: note: 1 member is on an older version and was carried to tiny@v2 in memory" in r.stderr
    assert "fay (tiny@v1)" in r.stderr
    assert "ratings with no successor were left out: fay: gone (v1)" in r.stderr
    assert old.read_text(encoding="utf-8") == before


def test_newest_version_is_chosen_whatever_the_order(cli, write) -> None:
    write("frameworks/tiny/v1.yaml", TINY_V1)
    write("frameworks/tiny/v2.yaml", TINY_V2)
    write("team/a-old.yaml", member_yaml("a-old", "junior", {"s1": 2}, "tiny@v1"))
    write("team/b-new.yaml", member_yaml("b-new", "junior", {"s1": 3}, "tiny@v2"))
    r = cli("team", "team/a-old.yaml", "team/b-new.yaml", "--format", "json")
    assert r.exit_code == 0, r
    assert json.loads(r.stdout)["framework"] == "tiny@v2"


def test_framework_option_older_than_a_member_is_an_error(cli, team: Path) -> None:
    r = cli("team", "team/ann.yaml", "--framework", "tiny@v1")
    assert r.exit_code == 1, r
    assert "team/ann.yaml:4:12: error: 'tiny@v2' is newer than tiny@v1" in r.stderr
    assert r.stdout == ""


def test_another_family_is_an_error_naming_the_files(cli, team: Path, write) -> None:
    write("frameworks/other/v1.yaml", tiny("v1", {"c1": ["s1", "s2", "s3"]}, family="other"))
    write("team/zed.yaml", member_yaml("zed", "junior", {"s1": 3}, "other@v1"))
    write("team/yan.yaml", member_yaml("yan", "junior", {"s2": 3}, "other@v1"))
    r = cli("team", team)
    assert r.exit_code == 1, r
    assert (
        "team/yan.yaml:4:12: error: 'other@v1' is of another framework family than the team's tiny@v2"
        in r.stderr
    )
    assert "team/zed.yaml:4:12: error: 'other@v1' is of another framework family" in r.stderr
    assert "csmatrix: 2 problems in 2 files" in r.stderr
    assert r.stdout == ""


BAD_LEVEL = member_yaml("bad", "junior", {"s1": 2, "s2": 7})


def test_invalid_member_is_located_and_nothing_is_shown(cli, team: Path, write) -> None:
    write("team/bad.yaml", BAD_LEVEL)
    r = cli("team", team)
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert "team/bad.yaml:11:11: error: level 7 is outside the scale 1–3" in r.stderr
    assert "outside the scale 1–3" in r.stderr
    assert "--keep-going" in r.stderr


def test_keep_going_shows_the_valid_members_and_still_exits_1(cli, team: Path, write) -> None:
    write("team/bad.yaml", BAD_LEVEL)
    r = cli("team", team, "--keep-going", "--format", "json")
    assert r.exit_code == 1, r
    assert "team/bad.yaml:11:11: error: level 7 is outside the scale 1–3" in r.stderr
    assert [m["id"] for m in json.loads(r.stdout)["members"]] == ["cat", "bob", "ann", "dan", "eve"]


def test_keep_going_with_no_valid_member_shows_nothing(cli, write) -> None:
    write("frameworks/tiny/v2.yaml", TINY_V2)
    write("team/bad.yaml", BAD_LEVEL)
    r = cli("team", "team", "--keep-going")
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert "team/bad.yaml:11:11: error: level 7 is outside the scale 1–3" in r.stderr


def test_yaml_error_in_a_member_is_located(cli, team: Path, write) -> None:
    write("team/broken.yaml", "schema: csmatrix/member@1\nname: [unclosed\n")
    r = cli("team", team)
    assert r.exit_code == 1, r
    assert r.stderr.startswith("team/broken.yaml:")


def test_non_member_files_in_a_folder_are_skipped(cli, team: Path, write) -> None:
    write("team/framework-copy.yaml", TINY_V2)
    write("team/notes.yaml", "title: not a csmatrix file\n")
    r = cli("team", team, "--format", "json")
    assert r.exit_code == 0, r
    assert len(json.loads(r.stdout)["members"]) == 5
    assert "skipped team/framework-copy.yaml (not a member file)" in r.stderr


def test_a_non_member_file_named_explicitly_is_an_error(cli, team: Path) -> None:
    r = cli("team", "team/ann.yaml", "frameworks/tiny/v2.yaml")
    assert r.exit_code == 1, r
    assert "frameworks/tiny/v2.yaml:1:9: error: expected a member file, found a framework file" in r.stderr
    assert r.stdout == ""


def test_duplicate_member_ids_are_an_error(cli, team: Path, write) -> None:
    write("team/zz-copy.yaml", member_yaml("ann", "junior", {"s1": 1}))
    r = cli("team", team)
    assert r.exit_code == 1, r
    assert "team/zz-copy.yaml:2:5: error: member id 'ann' is already used by team/ann.yaml" in r.stderr


def test_missing_path_and_empty_folder(cli, write) -> None:
    r = cli("team", "nowhere")
    assert r.exit_code == 1, r
    assert "nowhere:0:0: error: no such file or directory" in r.stderr
    Path("empty").mkdir()
    r = cli("team", "empty")
    assert r.exit_code == 1, r
    assert "no member files found in empty" in r.stderr


@pytest.mark.lang("ja")
def test_wide_team_is_split_into_pages_of_columns(cli, write) -> None:
    write("frameworks/tiny/v2.yaml", TINY_V2)
    for n in range(30):
        write(f"big/m{n:02d}.yaml", member_yaml(f"m{n:02d}", "junior", {"s1": 1 + n % 3}))
    r = cli("team", "big", columns=60)
    assert r.exit_code == 0, r
    assert "members 1–" not in r.stdout  # ja by default
    pages = [line for line in r.stdout.splitlines() if line.startswith("メンバー ") and "/ 30人" in line]
    assert len(pages) >= 3
    heads = [line.split() for line in r.stdout.splitlines() if line.startswith("スキル")]
    assert [n for head in heads for n in head[1:-1]] == [str(n) for n in range(1, 31)]
    assert all(cell_len(line) <= 60 for line in r.stdout.splitlines())
    r = cli("team", "big", columns=200)
    assert not any("/ 30人" in line for line in r.stdout.splitlines())


def test_example_team_is_believable(cli) -> None:
    r = cli("team", EXAMPLES / "members", "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["framework"] == "icare-cs@2021-autumn"
    assert data["single_points"], "the example team should show a single point of failure"
    newcomers = [m["id"] for m in data["members"] if m["role"] == "new-member"]
    assert len(newcomers) >= 3
    for ident in newcomers:
        assert any(h["member"] == ident and h["mentors"] for h in data["mentors"]), ident
    assert {m["migrated_from"] for m in data["members"]} >= {"icare-cs@2019", "icare-cs@2021-summer"}


def test_cells_are_coloured_by_the_members_target(fw_view: dict[str, object]) -> None:
    from rich.console import Console

    from csmatrix.render.team_table import print_team

    out = io.StringIO()
    print_team(Console(file=out, width=100, color_system="standard", force_terminal=True), fw_view, "en")
    text = out.getvalue()
    assert "\x1b[31m1<" in text  # below target: red
    assert "\x1b[32m3" in text  # at target: green
    assert "\x1b[1;36m3>" in text  # above target: bold cyan
    assert "\x1b[2m-" in text  # unrated: dim


@pytest.fixture
def fw_view() -> dict[str, object]:
    from csmatrix.files.store import Store
    from csmatrix.team.report import team_report
    from test_team import TINY_V2, members

    fw = Store().framework_text(TINY_V2, "tiny.yaml").unwrap()
    return team_report(fw, members(), 3).as_dict("en")
