"""The fast paths of #17 print the same bytes as rich would.

- ``assess``'s tables without colour or terminal: ``render/plain_table.py`` against
  rich's own rendering of the same ``Table`` (``table_lines`` forced to give up);
- ``team``'s plain writer (matrix rows as text, only the shown parts made safe)
  against rich's printing of the same sections (a terminal console without colour);
- the YAML reader's inline scalar placement: see ``tests/test_yamlio.py`` (unchanged).

On every shipped example member, at several widths, in ja and en, and on
hostile names written by the tests.
"""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console
from rich.table import Table

from conftest import EXAMPLES, FRAMEWORKS
from csmatrix.render import assess_table, plain_table
from csmatrix.render.team_table import print_team

MEMBERS = sorted(p for p in EXAMPLES.rglob("*.yaml") if "\nassessments:" in p.read_text(encoding="utf-8"))
WIDTHS = (40, 80, 100, 140)


def _assess(run: Any, path: Path, width: int, lang: str, *extra: str) -> str:
    result = run("assess", str(path), "--lang", lang, *extra, columns=width)
    assert result.exit_code == 0, str(result)
    return str(result.stdout)


def test_there_are_members_to_compare() -> None:
    assert len(MEMBERS) >= 6


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_assess_plain_tables_match_rich(
    cli: Any, monkeypatch: pytest.MonkeyPatch, width: int, lang: str
) -> None:
    used: list[bool] = []
    real = plain_table.table_lines

    def counting(console: Console, table: Table) -> list[str] | None:
        lines = real(console, table)
        used.append(lines is not None)
        return lines

    monkeypatch.setattr(assess_table, "table_lines", counting)
    fast = {(p, h): _assess(cli, p, width, lang, *h) for p in MEMBERS for h in ((), ("--history",))}
    assert any(used), "the plain path was never taken"
    if width >= 80:
        assert all(used), "a table fell back to rich at a common width"
    monkeypatch.setattr(assess_table, "table_lines", lambda console, table: None)
    for (path, history), text in fast.items():
        assert text == _assess(cli, path, width, lang, *history), f"{path} {history} at {width}"


HOSTILE_NAMES = [  # what a member file may hold (control characters are refused on reading)
    "[bold]太字[/bold] [link=https://example.com]x[/link]",
    "とても長い名前で空白がなくて八十桁の画面にも収まらないかもしれないカスタマーサクセスの担当者さんです",
    "Occupational-health-and-safety-specialist-with-a-very-long-hyphenated-name",
    "全角\u3000スペース　と　絵文字 👩‍💻 と 半角ｶﾅ",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_assess_hostile_names(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    source = (EXAMPLES / "members" / "aoi-sato.yaml").read_text(encoding="utf-8")
    lines = [
        f"name: {json.dumps(name, ensure_ascii=False)}" if line.startswith("name:") else line
        for line in source.splitlines()
    ]
    member = tmp_path / "hostile.yaml"
    member.write_text("\n".join(lines) + "\n", encoding="utf-8")
    rich_only = [False]
    real = plain_table.table_lines
    monkeypatch.setattr(
        assess_table, "table_lines", lambda console, table: None if rich_only[0] else real(console, table)
    )
    for width in (40, 80):
        rich_only[0] = False
        fast = _assess(cli, member, width, "ja", "--history")
        rich_only[0] = True
        assert fast == _assess(cli, member, width, "ja", "--history")


def _table_cases() -> list[Table]:
    long = "とても長い説明文で、折り返しが必要になります。English words-and-hyphens/slashes too. " * 3
    cases = []
    boxed = Table(box=assess_table.ASCII_HEAD, pad_edge=False, show_edge=False)
    boxed.add_column("名前", overflow="fold")
    boxed.add_column("n", justify="right", no_wrap=True)
    boxed.add_column("c", justify="center")
    boxed.add_column("メモ", overflow="fold", min_width=6)
    boxed.add_row(long, "1", "x", "")
    boxed.add_row("a\nb", "22", "yy", long)
    boxed.add_row("", "", "", "  trailing  ")
    cases.append(boxed)
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("ロール", long)
    grid.add_row("x" * 30, "y")
    cases.append(grid)
    empty = Table.grid(padding=(0, 1))
    empty.add_column(justify="right")
    cases.append(empty)
    return cases


@pytest.mark.parametrize("width", [12, 20, 40, 80, 120])
def test_plain_table_matches_rich_on_hard_tables(width: int) -> None:
    for table in _table_cases():
        rich_out = io.StringIO()
        Console(file=rich_out, width=width, color_system=None, markup=False).print(table)
        lines = plain_table.table_lines(Console(file=io.StringIO(), width=width, color_system=None), table)
        if lines is None:  # given back to rich: allowed, never wrong
            continue
        expected = [line.rstrip() for line in rich_out.getvalue().splitlines()]
        assert [line.rstrip() for line in lines] == expected


def test_plain_table_gives_up_on_what_it_does_not_draw() -> None:
    console = Console(file=io.StringIO(), width=80, color_system=None)
    titled = Table(title="t")
    titled.add_column("a")
    assert plain_table.table_lines(console, titled) is None
    edged = Table()  # a box with edges and vertical lines
    edged.add_column("a")
    assert plain_table.table_lines(console, edged) is None


# --- team --------------------------------------------------------------------


def _team_view(cli: Any, folder: Path, *extra: str) -> dict[str, Any]:
    result = cli("team", str(folder), "--format", "json", *extra)
    assert result.exit_code == 0, str(result)
    view: dict[str, Any] = json.loads(result.stdout)
    return view


def _team_text(view: dict[str, Any], width: int, lang: str, terminal: bool, **shown: bool) -> str:
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=terminal, markup=False)
    print_team(console, json.loads(json.dumps(view)), lang, **shown)
    return "".join(line.rstrip() + "\n" for line in out.getvalue().splitlines())


def _hostile_team(tmp_path: Path) -> Path:
    folder = tmp_path / "team"
    folder.mkdir()
    source = (EXAMPLES / "members" / "aoi-sato.yaml").read_text(encoding="utf-8")
    framework = FRAMEWORKS / "icare-cs" / "2021-autumn.yaml"
    for index, name in enumerate(HOSTILE_NAMES[:4]):
        text = "\n".join(
            f"name: {json.dumps(name, ensure_ascii=False)}"
            if line.startswith("name:")
            else (f"id: hostile-{index}" if line.startswith("id:") else line)
            for line in source.splitlines()
        )
        (folder / f"m{index}.yaml").write_text(text + "\n", encoding="utf-8")
    shutil.copy(framework, folder.parent / "fw.yaml")
    return folder


@pytest.mark.parametrize("width", [40, 80, 100, 200])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_team_plain_writer_matches_rich(cli: Any, tmp_path: Path, width: int, lang: str) -> None:
    for folder in (EXAMPLES / "members", _hostile_team(tmp_path)):
        view = _team_view(cli, folder)
        for shown in ({"mentors": False, "readiness": False}, {"mentors": True, "readiness": True}):
            plain = _team_text(view, width, lang, False, **shown)
            rich = _team_text(view, width, lang, True, **shown)
            assert plain == rich, f"{folder} {shown} at {width}"


def test_team_table_prints_markup_as_written(cli: Any, tmp_path: Path) -> None:
    view = _team_view(cli, _hostile_team(tmp_path))
    text = _team_text(view, 200, "ja", False, mentors=True, readiness=True)
    assert "[bold]太字[/bold]" in text
