"""Nothing from a file becomes markup or a terminal control sequence in what we print.

Real hostile files are written by each test: names with HTML, rich markup and
pipes go through every command × format that prints text; files with control
characters are refused with located errors that show the characters escaped;
and the renderers themselves escape control characters in any view they get.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
BOLD = "[bold]zq[/]"
LINK = "[link=https://evil.example]qz[/link]"
PIPE = "a|b"
TITLE_SEQ = "\x1b]0;pwned\x07"
CLEAR_SEQ = "\x1b[2J"
BIDI = "\u202e"
# 'zq' and 'qz' only ever appear inside their markup: alone, rich has read the markup
MARKUP_READ = re.compile(r"(?<!\[bold\])zq|(?<!evil\.example\])qz")
RAW_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are YAML)."""
    return json.dumps(text, ensure_ascii=True)


def framework_yaml(version: str, mark: str = "", hostile: str = "") -> str:
    """A two-level framework whose every text carries a hostile payload."""
    return f"""schema: csmatrix/framework@1
id: evil
version: "{version}"
released: 2024-01-0{version}
title: {q(SCRIPT + hostile)}
description: {q(IMG)}
levels:
  - {{level: 1, name: {q(BOLD)}, scope: individual}}
  - {{level: 2, name: {q(PIPE)}, scope: individual}}
axes:
  - {{id: x, name: {q(LINK)}}}
categories:
  - id: c
    axis: x
    name: {q(IMG)}
    skills:
      - id: s1
        name: {q(BOLD + hostile)}
        summary: {q(SCRIPT)}
        levels: {{1: {q(SCRIPT + mark)}, 2: {q(PIPE + mark)}}}
      - id: s2
        name: {q(PIPE)}
        levels: {{1: {q(IMG)}, 2: {q(LINK + mark)}}}
      - id: s3
        name: {q(SCRIPT)}
        levels: {{1: {q(BOLD)}, 2: {q(IMG + mark)}}}
roles:
  - id: m
    name: {q(LINK)}
    description: {q(SCRIPT)}
    targets: {{default: 2}}
"""


def member_yaml(name: str, hostile: str = "") -> str:
    return f"""schema: csmatrix/member@1
id: {name}
name: {q(BOLD + " " + SCRIPT + hostile)}
framework: ../fw1.yaml
role: m
background: {q(IMG)}
assessments:
  - date: 2024-02-01
    by: {q(PIPE)}
    levels: {{s1: 1, s2: 2}}
    notes: {{s1: {q(LINK)}}}
  - date: 2024-03-01
    by: self
    levels: {{s1: 2, s3: 1}}
"""


def activities_yaml(hostile: str = "") -> str:
    return f"""schema: csmatrix/activities@1
team: {q(SCRIPT + hostile)}
activities:
  - {{id: a, name: {q(BOLD)}, expectation: meets, resources: low, journey_stage: adoption,
      description: {q(IMG)}, owner: {q(PIPE)}}}
  - {{id: b, name: {q(IMG)}, expectation: below, resources: high, journey_stage: churn}}
  - {{id: c, name: {q(PIPE)}, expectation: above, resources: medium}}
  - {{id: d, name: {q(SCRIPT)}, expectation: meets, resources: medium}}
  - {{id: e, name: {q(LINK)}, expectation: meets, resources: low}}
"""


@pytest.fixture
def hostile(write: Callable[..., Path]) -> dict[str, Path]:
    """Files whose texts are all markup: valid, so every command prints them."""
    return {
        "fw1": write("fw1.yaml", framework_yaml("1")),
        "fw2": write("fw2.yaml", framework_yaml("2", mark=" changed")),
        "member": write("members/eve.yaml", member_yaml("eve")),
        "member2": write("members/mallory.yaml", member_yaml("mallory")),
        "activities": write("activities.yaml", activities_yaml()),
    }


def commands(files: dict[str, Path]) -> dict[str, list[str]]:
    return {
        "assess": ["assess", str(files["member"]), "--history", "--lang", "en"],
        "show": ["show", str(files["fw1"]), "--lang", "en"],
        "team": ["team", str(files["member"].parent), "--lang", "en", "--coverage-level", "1"],
        "diff": ["diff", str(files["fw1"]), str(files["fw2"]), "--lang", "en"],
        "activities": ["activities", str(files["activities"]), "--lang", "en"],
    }


COMMANDS = ["assess", "show", "team", "diff", "activities"]


@pytest.mark.parametrize("command", COMMANDS)
def test_markup_in_names_is_shown_literally_in_the_terminal(cli, hostile, command: str) -> None:
    r = cli(*commands(hostile)[command], "--format", "table", columns=200)
    assert r.exit_code == 0, r
    assert BOLD in r.stdout
    assert not MARKUP_READ.search(r.stdout), r  # '[bold]zq[/]' read as markup prints 'zq'
    assert not RAW_CONTROL.search(r.stdout + r.stderr)


@pytest.mark.parametrize("command", COMMANDS)
def test_markdown_escapes_html_and_pipes(cli, hostile, command: str) -> None:
    r = cli(*commands(hostile)[command], "--format", "md")
    assert r.exit_code == 0, r
    out = r.stdout
    for raw in ("<script", "<img", "</script"):
        assert raw not in out, raw
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out or "&lt;img src=x onerror=alert(1)&gt;" in out
    assert PIPE not in out  # a raw pipe would split a table row
    assert "a&#124;b" in out
    assert not RAW_CONTROL.search(out)
    for line in out.splitlines():  # every table row keeps its column count
        if line.startswith("|"):
            assert "<br>" not in line or "\n" not in line


@pytest.mark.parametrize("command", COMMANDS)
def test_json_keeps_the_original_text(cli, hostile, command: str) -> None:
    r = cli(*commands(hostile)[command], "--format", "json")
    assert r.exit_code == 0, r
    text = json.dumps(json.loads(r.stdout), ensure_ascii=False)
    assert BOLD in text or SCRIPT in text or IMG in text


def test_markdown_table_rows_keep_their_columns(cli, hostile) -> None:
    r = cli("show", hostile["fw1"], "--format", "md", "--lang", "en")
    assert r.exit_code == 0, r
    rows = [line for line in r.stdout.splitlines() if line.startswith("| ")]
    header = next(line for line in rows if line.startswith("| Skill"))
    for row in rows[rows.index(header) :]:
        if row.startswith("| **"):
            assert row.count(" | ") == header.count(" | "), row


# --- control characters: refused, and the refusal shows them escaped ---------------


def _control_files(write: Callable[..., Path]) -> dict[str, Path]:
    seq = TITLE_SEQ + CLEAR_SEQ + BIDI
    return {
        "fw1": write("fw1.yaml", framework_yaml("1", hostile=seq)),
        "fw2": write("fw2.yaml", framework_yaml("2", hostile=seq)),
        "member": write("members/eve.yaml", member_yaml("eve", hostile=seq)),
        "activities": write("activities.yaml", activities_yaml(hostile=seq)),
    }


@pytest.mark.parametrize("command", [*COMMANDS, "validate"])
@pytest.mark.parametrize("fmt", ["table", "md"])
def test_control_characters_are_refused_and_shown_escaped(cli, write, command: str, fmt: str) -> None:
    files = _control_files(write)
    if command == "validate":
        args = ["validate", str(files["fw1"]), str(files["member"]), str(files["activities"])]
    else:
        args = [*commands(files)[command], "--format", fmt]
    r = cli(*args)
    assert r.exit_code == 1, r
    everything = r.stdout + r.stderr
    assert not RAW_CONTROL.search(everything), repr(everything)
    assert "\\x1b" in r.stderr, r
    assert "Traceback" not in everything


def test_validate_names_the_place_of_each_control_character(cli, write) -> None:
    files = _control_files(write)
    r = cli("validate", files["fw1"], files["member"], files["activities"])
    assert r.exit_code == 1, r
    expected = [
        f"{files['fw1']}:5:8: error: text holds the control character \\x1b (character 26)",
        f"{files['fw1']}:18:15: error: text holds the control character \\x1b (character 12)",
        f"{files['member']}:3:7: error: text holds the control character \\x1b (character 38)",
        f"{files['activities']}:2:7: error: text holds the control character \\x1b (character 26)",
    ]
    for line in expected:
        assert line in r.stderr, r


def test_validate_json_keeps_the_text_and_json_escapes_it(cli, write) -> None:
    path = write(
        "m.yaml",
        'schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\nrole: "m\\e[2J"\n',
    )
    r = cli("validate", path, "--format", "json")
    assert r.exit_code == 1, r
    assert "\x1b" not in r.stdout  # JSON writes it as \u001b
    messages = [problem["message"] for problem in json.loads(r.stdout)["problems"]]
    assert any("'m\x1b[2J'" in message for message in messages), messages


def test_messages_quoting_file_text_show_it_escaped(cli, write) -> None:
    path = write(
        "m.yaml",
        "schema: csmatrix/member@1\nname: A\nframework: icare-cs@2021-autumn\n"
        'role: "memb\\e]0;pwned\\a"\n"nam\\e[2Je": x\n',
    )
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert not RAW_CONTROL.search(r.stderr), repr(r.stderr)
    assert f"{path}:5:1: error: unknown field 'nam\\x1b[2Je'" in r.stderr, r
    assert "'memb\\x1b]0;pwned\\x07'" in r.stderr, r


def test_error_messages_with_a_hostile_path_are_escaped(cli, tmp_path: Path) -> None:
    r = cli("assess", str(tmp_path / "no\x1b[2Jsuch.yaml"))
    assert r.exit_code == 1, r
    assert "\x1b" not in r.stderr
    assert "no\\x1b[2Jsuch.yaml" in r.stderr


# --- the renderers themselves: whatever view they get, nothing raw goes out ----------


def _inject(value: Any) -> Any:
    """Every hostile markup payload in a view, now with control sequences too."""
    if isinstance(value, str):
        return value.replace(BOLD, TITLE_SEQ + CLEAR_SEQ + BIDI + BOLD + "\x9b31m\x7f")
    if isinstance(value, dict):
        return {_inject(k): _inject(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_inject(v) for v in value]
    return value


def _view(cli, args: list[str]) -> Any:
    r = cli(*args, "--format", "json")
    assert r.exit_code == 0, r
    return _inject(json.loads(r.stdout))


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    # markup left on, as a caller might: the renderer must not read file text as markup
    return Console(file=out, width=200, color_system=None), out


def test_renderers_escape_control_characters_in_any_view(cli, hostile) -> None:
    from csmatrix.render.activities_md import activities_markdown
    from csmatrix.render.activities_table import print_activities
    from csmatrix.render.assess_md import report_markdown
    from csmatrix.render.assess_table import print_report
    from csmatrix.render.diff_md import diff_markdown
    from csmatrix.render.diff_table import print_diff
    from csmatrix.render.framework_md import framework_markdown
    from csmatrix.render.framework_table import print_framework
    from csmatrix.render.team_md import team_markdown
    from csmatrix.render.team_table import print_team

    cmds = commands(hostile)
    report = _view(cli, cmds["assess"])
    history = report.pop("history")
    views = {name: _view(cli, cmds[name]) for name in ("show", "team", "diff", "activities")}
    printed: list[str] = []
    for render in (
        lambda c: print_report(c, report, "en", history),
        lambda c: print_framework(c, views["show"], "en"),
        lambda c: print_team(c, views["team"], "en"),
        lambda c: print_diff(c, views["diff"], "en"),
        lambda c: print_activities(c, views["activities"]),
    ):
        console, out = _console()
        render(console)
        printed.append(out.getvalue())
    printed += [
        report_markdown(report, "en", history),
        framework_markdown(views["show"]),
        team_markdown(views["team"], "en"),
        diff_markdown(views["diff"], "en"),
        activities_markdown(views["activities"]),
    ]
    for index, text in enumerate(printed):
        assert not RAW_CONTROL.search(text), (index, repr(text[:500]))
        assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202e" in text, (index, text[:500])
        if index < 5:
            assert BOLD in text, index  # markup off even on a console that has it on
            assert not MARKUP_READ.search(text), (index, text)
            assert "\\x9b31m\\x7f" in text, index


def test_the_safe_functions() -> None:
    from csmatrix.render.safe import md, term

    assert term("a\x1b[2Jb\tc\nd\x7f\x85\u2066") == "a\\x1b[2Jb\\x09c\nd\\x7f\\x85\\u2066"
    assert term("a\nb", newlines=False) == "a\\x0ab"
    assert term("日本語 [bold]x[/] <b>") == "日本語 [bold]x[/] <b>"
    assert md("<b>&|\n\x1b") == "&lt;b&gt;&amp;&#124;<br>\\x1b"
    assert md("a\r\nb") == "a<br>b"
