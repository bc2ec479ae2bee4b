"""Narrow terminals get a layout that fits, not words folded in two (#13).

Each table that would cut a word at the console's width takes a narrower shape: assess
moves next level, method and notes under the skill's name; calibrate shows each assessor
as ``label value`` lines; activities heads the map's rows by the zone letter (a list,
narrower still); team wraps skill names under themselves and lists the members.  At
common widths the tables stay as they were (the goldens pin them).
"""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from conftest import EXAMPLES
from csmatrix.render import assess_table, plain_table
from csmatrix.render.plain_table import cuts_words
from csmatrix.render.team_table import print_team
from csmatrix.render.wrap import flow, install, widest_word

install()

MEMBERS = EXAMPLES / "members"


def _out(cli: Any, *args: str, width: int) -> str:
    r = cli(*args, columns=width)
    assert r.exit_code == 0, r
    out: str = r.stdout
    assert max(cell_len(line) for line in out.splitlines()) <= width
    assert "…" not in out
    return out


# --- the measures -------------------------------------------------------------------


def test_widest_word_is_the_widest_piece_the_breaker_keeps_whole() -> None:
    assert widest_word("Working with occupational-health professionals") == len("professionals")
    assert widest_word("Sales-to-CS handover") == len("handover")  # broken after hyphens first
    assert widest_word("産業保健の専門職") == 2  # any wide character may start a line
    assert widest_word("ストレスチェック。") == 6  # ... but ッ and 。 stick to the one before
    assert widest_word("「あ」") == 6  # brackets stick to what they open and close
    assert widest_word("") == widest_word("   ") == 0


def test_flow_keeps_each_piece_on_one_line() -> None:
    pieces = ["Ratings 93", "Members 5", "Mean 2.20", "vs self -0.12"]
    lines = flow(pieces, 24)
    assert lines == ["Ratings 93 · Members 5", "Mean 2.20", "vs self -0.12"]
    assert flow(pieces, 200) == [" · ".join(pieces)]
    assert flow(["a very long piece of text"], 10) == ["a very", "long piece", "of text"]


def _table(header: str, *cells: str, no_wrap: bool = False) -> Table:
    table = Table(box=assess_table.ASCII_HEAD, pad_edge=False, show_edge=False)
    table.add_column(header, overflow="fold")
    table.add_column("n", justify="right", no_wrap=no_wrap)
    for cell in cells:
        table.add_row(cell, "12345")
    return table


def _rich_lines(table: Table, width: int) -> list[str]:
    out = io.StringIO()
    Console(file=out, width=width, color_system=None, markup=False).print(table)
    return out.getvalue().splitlines()


TEXT = "Working with occupational-health professionals 産業保健の専門職との連携。"


@pytest.mark.parametrize("width", range(12, 60, 3))
def test_cuts_words_says_whether_rich_folds_a_word(width: int) -> None:
    table = _table("Skill", TEXT, "Risk escalation")
    console = Console(file=io.StringIO(), width=width, color_system=None)
    lines = _rich_lines(table, width)
    words = ["Working", "with", "occupational-", "health", "professionals", "Risk", "escalation", "携。"]
    whole = all(any(word in line for line in lines) for word in words)
    assert cuts_words(console, table) == (not whole), "\n".join(lines)


def test_a_header_is_read_whole_even_in_japanese() -> None:
    table = _table("自己評価差", "1")
    assert not cuts_words(Console(file=io.StringIO(), width=40, color_system=None), table)
    assert cuts_words(Console(file=io.StringIO(), width=9, color_system=None), table)


def test_a_cropped_no_wrap_cell_is_a_cut_word() -> None:
    table = _table("a", "b", no_wrap=True)
    assert cuts_words(Console(file=io.StringIO(), width=6, color_system=None), table)
    assert not cuts_words(Console(file=io.StringIO(), width=20, color_system=None), table)


# --- assess --------------------------------------------------------------------------


def test_assess_narrow_puts_next_and_notes_under_the_name(cli: Any) -> None:
    out = _out(cli, "assess", str(MEMBERS / "aoi-sato.yaml"), "--lang", "en", width=60)
    lines = out.splitlines()
    head = next(i for i, line in enumerate(lines) if line.startswith("Skill "))
    assert lines[head].split() == ["Skill", "Level", "Now", "Target", "Gap"]
    assert lines[head + 2].startswith("Risk escalation ")
    assert lines[head + 3] == "  Next: 2 individual"
    assert "  Next: 1 individual · unrated" in lines
    assert "Working with occupational-health professionals" not in out.split("[Next steps]")[0]


def test_assess_wide_keeps_the_full_table(cli: Any) -> None:
    out = _out(cli, "assess", str(MEMBERS / "aoi-sato.yaml"), "--lang", "en", width=120)
    head = next(line for line in out.splitlines() if line.startswith("Skill "))
    assert head.split() == ["Skill", "Level", "Now", "Target", "Gap", "Next", "Notes"]


def test_assess_japanese_at_60_keeps_the_full_table(cli: Any) -> None:
    out = _out(cli, "assess", str(MEMBERS / "aoi-sato.yaml"), "--lang", "ja", width=60)
    head = next(line for line in out.splitlines() if line.startswith("スキル "))
    assert head.split()[-1] == "メモ"


def test_assess_narrowest_keeps_the_bar_and_the_gap(cli: Any) -> None:
    out = cli("assess", str(MEMBERS / "aoi-sato.yaml"), "--lang", "en", columns=30).stdout
    head = next(line for line in out.splitlines() if line.startswith("Skill "))
    assert head.split() == ["Skill", "Level", "Gap"]


@pytest.mark.parametrize("width", [50, 60, 70])
def test_assess_narrow_plain_lines_equal_rich(cli: Any, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    members = sorted(MEMBERS.glob("*.yaml"))
    args = [("assess", str(p), "--lang", "en", "--history") for p in members]
    fast = [cli(*a, columns=width).stdout for a in args]
    monkeypatch.setattr(assess_table, "table_lines", lambda console, table: None)
    assert fast == [cli(*a, columns=width).stdout for a in args]


def test_the_layout_is_measured_once_for_the_check_and_the_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = plain_table._measured

    def counting(console: Console, table: Table) -> Any:
        calls.append(1)
        return real(console, table)

    monkeypatch.setattr(plain_table, "_measured", counting)
    table = _table("Skill", TEXT)
    console = Console(file=io.StringIO(), width=80, color_system=None)
    assert not cuts_words(console, table)
    assert plain_table.table_lines(console, table)
    assert len(calls) == 1


# --- calibrate -----------------------------------------------------------------------


def test_calibrate_narrow_is_a_list_of_label_value_lines(cli: Any) -> None:
    out = _out(cli, "calibrate", str(MEMBERS), "--lang", "en", width=60)
    assert "┃" not in out
    lines = out.splitlines()
    at = lines.index("山本 玲子")
    assert lines[at + 1] == "  Ratings 93 · Members 5 · Mean 2.20 · vs self -0.12"
    assert lines[at + 2] == "  Discrepant 1% · Leniency –"


def test_calibrate_narrow_japanese_does_not_break_headers(cli: Any) -> None:
    out = _out(cli, "calibrate", str(MEMBERS), "--lang", "ja", width=60)
    assert "  評価数 93 · メンバー 5 · 平均 2.20 · 自己評価差 -0.12" in out.splitlines()


def test_calibrate_wide_keeps_the_table(cli: Any) -> None:
    out = _out(cli, "calibrate", str(MEMBERS), "--lang", "en", width=100)
    assert "Assessor  ┃ Ratings ┃ Members ┃ Mean ┃ vs self ┃ Discrepant ┃ Leniency ┃ Flag" in out


# --- activities ----------------------------------------------------------------------


def test_activities_narrow_heads_rows_by_zone_letter_with_a_legend(cli: Any) -> None:
    out = _out(cli, "activities", str(EXAMPLES / "activities.yaml"), "--lang", "en", width=60)
    assert "│ H │ H-1 Utopia" in out
    assert "Onboarding kick-off" not in out.split("╰")[0]  # wrapped at a space, not folded
    assert "│   │ • Onboarding" in out or "│ • Onboarding" in out
    legend = out.split("╯\n")[1].splitlines()[:3]
    assert legend == [
        "O Overdoing (above expectation)",
        "H Happy (meets expectation)",
        "G Disappointing (below expectation)",
    ]


def test_activities_narrowest_is_a_list(cli: Any) -> None:
    out = _out(cli, "activities", str(EXAMPLES / "activities.yaml"), "--lang", "en", width=40)
    assert "╭" not in out
    lines = [line.rstrip() for line in out.splitlines()]
    at = lines.index("H Happy (meets expectation)")
    assert lines[at + 1 : at + 3] == ["  H-1 Utopia (low resources)", "    • Monthly newsletter"]


def test_activities_wide_keeps_the_full_heads(cli: Any) -> None:
    out = _out(cli, "activities", str(EXAMPLES / "activities.yaml"), "--lang", "en", width=100)
    assert "│ Disappointing │" in out


# --- team ----------------------------------------------------------------------------


def test_team_narrow_wraps_skill_names_under_themselves(cli: Any) -> None:
    out = _out(cli, "team", str(MEMBERS), "--lang", "en", width=60)
    lines = [line.rstrip() for line in out.splitlines()]
    at = next(i for i, line in enumerate(lines) if line.startswith("  Lifecycle "))
    assert lines[at].split()[:3] == ["Lifecycle", "4>", "3"]
    assert lines[at + 1] == "    management"
    assert "  Customer-centric alignment [customer-centric-alignment] ←" in lines
    assert "    森 健太 3" in lines  # a holder moves whole to the next line
    assert "5  高橋 大輔  daisuke-takahashi  New member    46%" in lines


def test_team_narrow_details_list_the_members(cli: Any) -> None:
    out = _out(cli, "team", str(MEMBERS), "--lang", "en", "--details", width=60)
    lines = [line.rstrip() for line in out.splitlines()]
    at = lines.index("1  森 健太  kenta-mori")
    assert lines[at + 1] == "   Ready: Senior 86% → Team lead 32%"
    mentors = lines[lines.index("Mentors (per skill below target, up to 3)") :]
    at = next(i for i, line in enumerate(mentors) if line.startswith("    Working with "))
    assert mentors[at + 1 : at + 3] == ["    occupational-health", "    professionals"]


@pytest.mark.parametrize("width", [50, 60])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_team_narrow_plain_writer_equals_rich(cli: Any, width: int, lang: str) -> None:
    view = json.loads(cli("team", str(MEMBERS), "--format", "json").stdout)
    for shown in ({"mentors": False, "readiness": False}, {"mentors": True, "readiness": True}):
        texts = []
        for terminal in (False, True):
            out = io.StringIO()
            console = Console(file=out, width=width, color_system=None, force_terminal=terminal, markup=False)
            print_team(console, json.loads(json.dumps(view)), lang, **shown)
            texts.append("".join(line.rstrip() + "\n" for line in out.getvalue().splitlines()))
        assert texts[0] == texts[1], shown
        assert "…" not in texts[0]


def test_assess_narrowest_lists_axes_and_categories(cli: Any) -> None:
    out = _out(cli, "assess", str(MEMBERS / "sho-nakamura.yaml"), "--lang", "en", width=40)
    lines = out.split("[Axes and categories]\n")[1].split("\n\n")[0].splitlines()
    assert lines[:3] == ["CS skills", "  Mean 2.50 · Attained 2", "  Readiness 3/6 50%"]
    assert lines[3:5] == ["  Onboarding to renewal", "    Mean 2.50 · Attained 2"]
    wide = _out(cli, "assess", str(MEMBERS / "sho-nakamura.yaml"), "--lang", "en", width=60)
    assert "CS skills" in wide
    assert "  Mean 2.50 · Attained 2" not in wide  # the table still fits
