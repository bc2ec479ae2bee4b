"""`csmatrix assess` through the CLI: goldens, formats, exit codes and located errors."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from rich.cells import cell_len
from rich.console import Console

from conftest import EXAMPLES, REPO, check_golden
from csmatrix.commands.assess import AssessFormat as Format

GOLDEN = REPO / "tests" / "golden" / "assess"
TINY_DIR = GOLDEN / "frameworks"
HANAKO = GOLDEN / "members" / "hanako-yamada.yaml"
MEMBERS = sorted((EXAMPLES / "members").glob("*.yaml"))


def assess(cli, *args, columns=100):
    return cli("assess", HANAKO, "--frameworks", TINY_DIR, *args, columns=columns)


# --- goldens (small member on a test framework) -------------------------------------


@pytest.mark.lang("ja")
@pytest.mark.parametrize("columns", [80, 100])
def test_table_golden(cli, columns):
    r = assess(cli, columns=columns)
    assert r.exit_code == 0, r
    check_golden(f"assess/hanako-table-{columns}.txt", r.stdout)
    assert r.stderr == ""


def test_table_fits_80_columns_with_wide_characters(cli):
    r = assess(cli, "--history", columns=80)
    assert r.exit_code == 0, r
    widths = [cell_len(line) for line in r.stdout.splitlines()]
    assert max(widths) <= 80
    assert "\x1b" not in r.stdout  # no escape codes when piped / NO_COLOR
    assert not any(line.endswith(" ") for line in r.stdout.splitlines())


def test_table_with_history_golden(cli):
    r = assess(cli, "--history", "--lang", "en", columns=80)
    assert r.exit_code == 0, r
    check_golden("assess/hanako-history-en-80.txt", r.stdout)


@pytest.mark.lang("ja")
def test_markdown_golden(cli):
    r = assess(cli, "--format", "md")
    assert r.exit_code == 0, r
    check_golden("assess/hanako.md", r.stdout)


def test_markdown_with_history(cli):
    r = assess(cli, "--format", "md", "--history", "--lang", "en")
    assert r.exit_code == 0, r
    assert "## History" in r.stdout
    assert "| Skill | 2024-04-01 self | 2024-04-10 田中 一郎 | Moves |" in r.stdout
    assert "| Upsell | 3 | 1 | 3→1 |" in r.stdout
    assert "| Leave and return |  |  | – |" in r.stdout


def test_json_of_the_test_member(cli):
    r = assess(cli, "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["member"]["id"] == "hanako-yamada"
    assert data["framework"] == "tiny@v1"
    assert data["overall"]["mean"] == 1.33
    assert data["overall"]["readiness"] == 0.5
    assert data["unrated"] == ["leave-support"]
    assert [d["id"] for d in data["discrepancies"]] == ["upsell"]
    assert "history" not in data


def test_every_format_has_a_renderer(cli):
    for fmt in Format:
        r = assess(cli, "--format", fmt.value)
        assert r.exit_code == 0, (fmt, r)
        assert r.stdout.strip()


# --- options --------------------------------------------------------------------------


@pytest.mark.lang("ja")
def test_role_option_scores_against_another_role(cli):
    r = assess(cli, "--role", "senior", "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["role"] == "senior"
    assert {s["id"]: s["target"] for s in data["skills"]} == dict.fromkeys(
        ["kickoff", "training", "upsell", "labour-law", "leave-support", "stress-check"], 4
    )
    assert data["overall"]["readiness"] == 0.0
    table = assess(cli, "--role", "senior", columns=80)
    assert "シニア (senior)" in table.stdout


def test_role_without_targets_shows_every_next_step(cli):
    r = assess(cli, "--role", "open", "--lang", "en", columns=80)
    assert r.exit_code == 0, r
    assert "Role       No targets (open)" in r.stdout
    steps = r.stdout.split("[Next steps]")[1]
    for name in ["Kickoff  2  Next: 3", "Product training  2  Next: 3", "Leave and return  0  Next: 1"]:
        assert name in steps


@pytest.mark.lang("ja")
def test_every_gap_reached_says_so(cli, write):
    member = write(
        "done.yaml",
        "schema: csmatrix/member@1\nname: 完了\nframework: tiny@v1\nrole: partial\n"
        "assessments:\n  - {date: 2024-01-01, by: 田中, levels: {kickoff: 3}}\n",
    )
    r = cli("assess", member, "--frameworks", TINY_DIR, columns=80)
    assert r.exit_code == 0, r
    assert "目標に届いていないスキルはありません。" in r.stdout


def test_history_json(cli):
    r = assess(cli, "--format", "json", "--history")
    assert r.exit_code == 0, r
    history = json.loads(r.stdout)["history"]
    assert [(a["date"], a["by"], a["self"]) for a in history["assessments"]] == [
        ("2024-04-01", "self", True),
        ("2024-04-10", "田中 一郎", False),
    ]
    upsell = next(s for s in history["skills"] if s["id"] == "upsell")
    assert upsell["path"] == [3, 1]
    assert [(x["level"], x["self"]) for x in upsell["ratings"]] == [(3, True), (1, False)]


@pytest.mark.lang("ja")
def test_history_falls_back_to_sequences_when_columns_do_not_fit(cli, write):
    rows = "\n".join(
        f"  - {{date: 2024-0{m}-01, by: {'self' if m % 2 else '田中'}, levels: {{kickoff: {m % 4 + 1}}}}}"
        for m in range(1, 9)
    )
    member = write(
        "many.yaml", f"schema: csmatrix/member@1\nname: 多い\nframework: tiny@v1\nassessments:\n{rows}\n"
    )
    r = cli("assess", member, "--frameworks", TINY_DIR, "--history", columns=80)
    assert r.exit_code == 0, r
    history = r.stdout.split("[推移]")[1]
    assert "2024-01-01" not in history  # no column per assessment
    kickoff = next(line for line in history.splitlines() if line.startswith("キックオフ"))
    # self 2 -> 4 -> 2 -> 4 (Jan, Mar, May, Jul); 田中 3 -> 1 -> 3 -> 1; current after each
    assert kickoff.split() == ["キックオフ", "2→4→2→4", "3→1→3→1", "2→3→4→1→2→3→4→1"]


def test_member_id_falls_back_to_the_file_stem(cli, write):
    member = write("no-id-here.yaml", "schema: csmatrix/member@1\nname: 名無し\nframework: tiny@v1\n")
    r = cli("assess", member, "--frameworks", TINY_DIR, "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["member"]["id"] == "no-id-here"
    assert data["role"] is None
    assert data["assessed_on"] is None


def test_member_framework_given_as_a_relative_path(cli, write, tmp_path):
    (tmp_path / "fw").mkdir()
    (tmp_path / "fw" / "mine.yaml").write_text((TINY_DIR / "tiny" / "v1.yaml").read_text("utf-8"), "utf-8")
    member = write("team/a.yaml", "schema: csmatrix/member@1\nname: a\nframework: ../fw/mine.yaml\n")
    r = cli("assess", member, "--format", "json")
    assert r.exit_code == 0, r
    assert json.loads(r.stdout)["framework"] == "tiny@v1"


# --- errors and exit codes ---------------------------------------------------------------


def test_unknown_role_option_is_exit_1_with_the_roles(cli):
    r = assess(cli, "--role", "boss")
    assert r.exit_code == 1, r
    assert r.stdout == ""
    assert r.stderr == (
        "csmatrix: error: unknown role 'boss' in tiny@v1\n"
        "  hint: roles of tiny@v1: junior, senior, partial, open\n"
    )


def test_invalid_member_is_exit_1_with_located_problems(cli, write):
    member = write(
        "bad.yaml",
        "schema: csmatrix/member@1\n"
        "name: 山田 花子\n"
        "framework: tiny@v1\n"
        "role: boss\n"
        "assessments:\n"
        "  - date: 2024-04-01\n"
        "    by: self\n"
        "    levels:\n"
        "      kickoff: 9\n"
        "      nope: 1\n",
    )
    r = cli("assess", member, "--frameworks", TINY_DIR)
    assert r.exit_code == 1, r
    assert r.stdout == ""
    lines = r.stderr.splitlines()
    assert lines[0].startswith(f"{member}:4:7: error: unknown role 'boss'")
    assert lines[1] == f"{member}:9:16: error: level 9 is outside the scale 1–4"
    assert lines[2] == f"{member}:10:7: error: unknown skill 'nope' in tiny@v1"
    assert lines[3] == "csmatrix: 3 problems in 1 file"


def test_schema_error_is_located(cli, write):
    member = write("typo.yaml", "schema: csmatrix/member@1\nname: x\nframework: tiny@v1\nrol: junior\n")
    r = cli("assess", member, "--frameworks", TINY_DIR)
    assert r.exit_code == 1, r
    assert r.stderr.startswith(f"{member}:4:1: error: ")


def test_framework_not_found_is_located_at_the_framework_line(cli, write):
    member = write("lost.yaml", "schema: csmatrix/member@1\nname: x\nframework: tiny@v9\n")
    r = cli("assess", member, "--frameworks", TINY_DIR)
    assert r.exit_code == 1, r
    first = r.stderr.splitlines()[0]
    assert first.startswith(
        f"{member}:3:12: error: framework 'tiny@v9' not found; versions of tiny found: v1"
    )


def test_missing_file_is_a_plain_message(cli):
    r = cli("assess", "nobody.yaml")
    assert r.exit_code == 1, r
    assert (
        r.stderr
        == "csmatrix: error: nobody.yaml: no such file\n  hint: give the path of a member YAML file\n"
    )


def test_a_directory_is_a_plain_message(cli, tmp_path):
    r = cli("assess", tmp_path)
    assert r.exit_code == 1, r
    assert r.stderr.startswith(f"csmatrix: error: {tmp_path}: is a directory, not a member file")


@pytest.mark.parametrize(
    "args",
    [(), (str(HANAKO), "--format", "xml"), (str(HANAKO), "--lang", "fr"), (str(HANAKO), "--bogus")],
)
def test_usage_errors_exit_2(cli, args):
    r = cli("assess", *args)
    assert r.exit_code == 2, r
    assert r.stdout == ""


# --- terminal rendering ---------------------------------------------------------------


def test_terminal_rendering_uses_rules_and_colour_only_on_a_terminal():
    from csmatrix.files.store import Store
    from csmatrix.render.assess_table import print_report
    from csmatrix.scoring.gaps import score

    member, fw = Store([TINY_DIR]).member(HANAKO)
    data = score(member.model, fw.model, member_id="hanako-yamada").as_dict("ja")
    out = io.StringIO()
    console = Console(file=out, width=80, force_terminal=True, color_system="standard")
    print_report(console, data, "ja")
    text = out.getvalue()
    assert "\x1b[" in text  # colour on a terminal
    assert "─" in text  # rules and header lines
    plain = io.StringIO()
    print_report(Console(file=plain, width=80, color_system=None), data, "ja")
    assert "\x1b[" not in plain.getvalue()
    assert "─" not in plain.getvalue()


# --- shipped examples -----------------------------------------------------------------


@pytest.mark.lang("ja")
def test_smoke_table_on_a_shipped_example(cli):
    r = cli("assess", EXAMPLES / "members" / "aoi-sato.yaml", columns=80)
    assert r.exit_code == 0, r
    out = r.stdout
    assert out.startswith("佐藤 葵 (aoi-sato)  スキルギャップ\n")
    assert "新メンバー (new-member)" in out
    assert "icare-cs@2021-autumn" in out
    assert "2022-03-25 山本 玲子 (4スキル)" in out
    assert "[次のステップ]" in out
    assert max(cell_len(line) for line in out.splitlines()) <= 80


@pytest.mark.parametrize("path", MEMBERS, ids=[p.stem for p in MEMBERS])
def test_json_on_every_example(cli, path):
    r = cli("assess", path, "--format", "json", "--history")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)  # one JSON document, nothing else
    assert data["member"]["id"] == path.stem
    assert r.stderr == ""
    for s in data["skills"]:
        assert 0 <= s["current"] <= data["scale"]["max"]
        if s["target"] is not None:
            assert s["gap"] == max(0, s["target"] - s["current"])
    # overall numbers agree with the skills
    currents = [s["current"] for s in data["skills"]]
    assert data["overall"]["mean"] == round(sum(currents) / len(currents), 2)
    targeted = [s for s in data["skills"] if s["target"] is not None]
    met = sum(1 for s in targeted if s["current"] >= s["target"])
    assert data["overall"]["readiness"] == round(met / len(targeted), 3)


@pytest.mark.lang("ja")
def test_json_agrees_with_a_hand_computed_example(cli):
    """misaki-suzuki, new-member on icare-cs@2021-autumn, computed by hand.

    Her assessor's 2021-12-13 ratings are the latest for all 19 rated skills
    (her self rating is from 2021-11-29); people-development, practice-advisory
    and health-staff-collaboration are unrated.
    new-member targets: default 2; transform 1 (support-experience 2);
    team-development 1; occupational-health 1 (health-checkup 2).
    """
    r = cli("assess", EXAMPLES / "members" / "misaki-suzuki.yaml", "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    levels = {
        # insights-actions: 1+2+2+3 = 8 / 4 = 2.00; targets 2: met 3 of 4
        "customer-health": (1, 2, 1),
        "customer-360-view": (2, 2, 0),
        "lifecycle-management": (2, 2, 0),
        "experience-management": (3, 2, 0),
        # outcomes: 2+3+2+2+1+1 = 11 / 6 = 1.83; met 4 of 6
        "adoption-management": (2, 2, 0),
        "stakeholder-alignment": (3, 2, 0),
        "risk-escalation": (2, 2, 0),
        "renewal-management": (2, 2, 0),
        "expansion-management": (1, 2, 1),
        "value-realization": (1, 2, 1),
        # transform: 1+1+2+1 = 5 / 4 = 1.25; targets 1,1,2,1: met 4 of 4
        "advocate-engagement": (1, 1, 0),
        "product-success": (1, 1, 0),
        "support-experience": (2, 2, 0),
        "customer-centric-alignment": (1, 1, 0),
        # team-development: 0 / 1; target 1: met 0 of 1
        "people-development": (0, 1, 1),
        # health-programs: 2+2+1 = 5 / 3 = 1.67; targets 2,1,1: met 3 of 3
        "health-checkup": (2, 2, 0),
        "stress-check": (2, 1, 0),
        "overwork-management": (1, 1, 0),
        # cases-and-law: 0+2+2+0 = 4 / 4 = 1.00; targets 1: met 2 of 4
        "practice-advisory": (0, 1, 1),
        "leave-return-to-work": (2, 1, 0),
        "labour-law": (2, 1, 0),
        "health-staff-collaboration": (0, 1, 1),
    }
    assert {s["id"]: (s["current"], s["target"], s["gap"]) for s in data["skills"]} == levels
    categories = {c["id"]: (c["mean"], c["attained"], c["readiness"]) for c in data["categories"]}
    assert categories == {
        "insights-actions": (2.0, 1, 0.75),
        "outcomes": (1.83, 1, 0.667),
        "transform": (1.25, 1, 1.0),
        "team-development": (0.0, 0, 0.0),
        "health-programs": (1.67, 1, 1.0),
        "cases-and-law": (1.0, 0, 0.5),
    }
    axes = {a["id"]: (a["mean"], a["readiness"]) for a in data["axes"]}
    # cs: 24 / 15 = 1.6; met 11 / 15 = 0.733. occupational-health: 9 / 7 = 1.29; met 5 / 7
    assert axes == {"cs": (1.6, 0.733), "occupational-health": (1.29, 0.714)}
    # overall: 33 / 22 = 1.5; met 16 / 22 = 0.727
    assert (data["overall"]["mean"], data["overall"]["readiness"]) == (1.5, 0.727)
    assert data["unrated"] == ["people-development", "practice-advisory", "health-staff-collaboration"]
    # self 1 vs assessor 2 on leave-return-to-work is within one level: not a discrepancy
    assert data["discrepancies"] == []
    assert data["assessed_on"] == "2021-12-13"
    nxt = {s["id"]: s["next"] for s in data["skills"] if s["gap"]}
    assert set(nxt) == {
        "customer-health",
        "expansion-management",
        "value-realization",
        "people-development",
        "practice-advisory",
        "health-staff-collaboration",
    }
    assert (
        nxt["customer-health"] == "スコアが下がった担当社について、どの項目が下げたのかを調べて記録している。"
    )


def test_examples_cover_the_team_stories(cli):
    """The examples are a realistic team: newcomers on 2021-autumn, one on 2021-summer, one on 2019."""
    refs = {}
    for path in MEMBERS:
        data = json.loads(cli("assess", path, "--format", "json").stdout)
        refs[path.stem] = data
    assert sorted(d["framework"] for d in refs.values()).count("icare-cs@2021-autumn") >= 4
    assert any(d["framework"] == "icare-cs@2021-summer" for d in refs.values())
    assert any(d["framework"] == "icare-cs@2019" for d in refs.values())
    assert any(d["discrepancies"] for d in refs.values())
    assert all(refs[k]["unrated"] for k in ("aoi-sato", "misaki-suzuki", "daisuke-takahashi"))
    autumn = {
        k: {s["id"]: s for s in d["skills"]} for k, d in refs.items() if d["framework"].endswith("autumn")
    }
    # a single point of failure: a skill only one member holds at level 3 or more
    holders = {sid: [k for k in autumn if autumn[k][sid]["current"] >= 3] for sid in autumn["kenta-mori"]}
    assert any(len(h) == 1 for h in holders.values())
    # each newcomer has a gap another member can mentor
    for newcomer in ("aoi-sato", "misaki-suzuki", "daisuke-takahashi"):
        gaps = [sid for sid, s in autumn[newcomer].items() if s["gap"]]
        assert any(
            other != newcomer and autumn[other][sid]["current"] >= autumn[newcomer][sid]["target"]
            for sid in gaps
            for other in autumn
        ), newcomer


def test_example_files_start_with_the_schema_comment():
    for path in MEMBERS:
        first = path.read_text("utf-8").splitlines()[0]
        assert first == "# yaml-language-server: $schema=../../schemas/member.schema.json", path
        assert Path(path).stem in path.read_text("utf-8")


# The README's and the guides' shown outputs (this member's report among them) are
# checked by tests/test_docs.py.
