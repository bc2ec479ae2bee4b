"""`team` fits a screen: matrix and summary by default, details behind flags, notices last (#13)."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest
from rich.cells import cell_len

from conftest import EXAMPLES
from csmatrix.words import word

MEMBERS = str(EXAMPLES / "members")


@pytest.mark.lang("ja")
def test_default_view_is_matrix_and_summary_without_mentors(cli: Any) -> None:
    r = cli("team", MEMBERS, columns=80)
    assert r.exit_code == 0, r
    assert word("team.mentors", "ja") not in r.stdout
    assert word("team.next_role", "ja") not in r.stdout
    assert word("team.single_points", "ja") in r.stdout  # the summary stays
    assert "森 健太" in r.stdout
    assert len(r.stdout.splitlines()) <= 70  # was 114 lines with the mentor lists


@pytest.mark.lang("ja")
def test_flags_add_the_details(cli: Any) -> None:
    mentors = cli("team", MEMBERS, "--mentors", "--lang", "en", columns=80)
    assert word("team.mentors", "en") in mentors.stdout
    assert word("team.next_role", "en") not in mentors.stdout
    ready = cli("team", MEMBERS, "--readiness", "--lang", "en", columns=80)
    assert word("team.next_role", "en") in ready.stdout
    assert word("team.mentors", "en") not in ready.stdout
    both = cli("team", MEMBERS, "--details", columns=80)
    assert word("team.mentors", "ja") in both.stdout
    assert word("team.next_role", "ja") in both.stdout
    assert len(both.stdout.splitlines()) > len(cli("team", MEMBERS, columns=80).stdout.splitlines())


def test_flags_leave_json_and_markdown_whole(cli: Any) -> None:
    plain = cli("team", MEMBERS, "--format", "json")
    detailed = cli("team", MEMBERS, "--format", "json", "--details")
    assert plain.stdout == detailed.stdout
    assert "_details" not in plain.stdout


@pytest.mark.lang("ja")
def test_notices_come_after_the_report_wrapped_to_the_width() -> None:
    env = {**os.environ, "COLUMNS": "80", "NO_COLOR": "1", "TTY_COMPATIBLE": "1"}  # as on a terminal
    env.pop("CSMATRIX_PATH", None)
    done = subprocess.run(
        [sys.executable, "-m", "csmatrix", "team", MEMBERS],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    prefix = word("notice.prefix", "ja")
    first = next(i for i, line in enumerate(lines) if line.startswith(prefix))
    assert word("team.title", "ja") in lines[0]
    assert all(not line.startswith(prefix) for line in lines[:first])
    assert word("team.uncovered", "ja") in "\n".join(lines[:first])  # the report was all out first
    assert all(cell_len(line) <= 80 for line in lines[first:])
    assert "icare-cs@2021-autumn" in done.stdout  # a ref is never cut (was 'icare-cs@2 / 021-autumn')


def test_notices_in_english_one_per_line_into_a_log(cli: Any) -> None:
    r = cli("team", MEMBERS, "--lang", "en", columns=80)
    assert "csmatrix: note: 2 members are on an older version" in r.stderr
    assert all(line.startswith("csmatrix: note: ") for line in r.stderr.splitlines())  # not a terminal


def test_notice_text_wraps_under_its_prefix() -> None:
    from csmatrix.render.team_words import notice_text

    text = notice_text("roles_lost", {"ref": "icare-cs@2021-autumn", "members": "a (x), " * 12}, "ja", 40)
    lines = text.splitlines()
    assert len(lines) > 1
    assert all(cell_len(line) <= 40 for line in lines)
    assert all(line.startswith(" " * cell_len("csmatrix: 注意: ")) for line in lines[1:])
    assert "icare-cs@2021-autumn" in text
