"""``--help`` reads clean in Japanese and in English (#13).

Every help text of every command (docstring paragraphs, options, arguments, the
root's own and typer's completion options, the one-line help of ``COMMANDS``) has
its Japanese in ``help_words.HELP``, and ``HELP`` holds nothing no command uses.
Every ``--help``, rendered in both languages at 60, 80 and 120 columns, fits the
width in terminal cells, breaks lines by kinsoku, gives every row of its tables
(options, arguments, commands) Japanese text in Japanese, shows names rather than
types, and says in English exactly the English written in the command modules.

The renders go through typer's ``CliRunner`` with ``terminal_width``: the runner
pins click's ``FORCED_WIDTH`` to 80, so ``COLUMNS`` has no effect in-process;
``terminal_width`` reaches the formatter as its width.  The console script
honours ``COLUMNS`` (click takes ``min(COLUMNS, 80) - 2``), which
``test_the_console_script_honours_columns`` checks against the same render.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from typing import Any

import pytest
import typer.core
import typer.main
from rich.cells import cell_len
from typer.testing import CliRunner

from csmatrix.cli import COMMANDS, app, command
from csmatrix.commands.help_format import help_texts, key, localise
from csmatrix.commands.help_words import HELP
from csmatrix.render.wrap import NO_END, NO_START

Leaf = tuple[str, ...]


def _leaves() -> list[Leaf]:
    leaves: list[Leaf] = [()]
    for name in COMMANDS:
        leaves.append((name,))
        leaves += [(name, sub) for sub in getattr(command(name), "commands", {})]
    return leaves


LEAVES = _leaves()
IDS = [" ".join(leaf) or "csmatrix" for leaf in LEAVES]
WIDTHS = [60, 80, 120]


def _root() -> Any:
    return typer.main.get_command(app)


def _built(leaf: Leaf, lang: str = "en") -> Any:
    if not leaf:
        return _root()
    built = localise(command(leaf[0]), lang)
    for sub in leaf[1:]:
        built = built.commands[sub]
    return built


def _texts_of(leaf: Leaf) -> tuple[list[str], list[str]]:
    """The help texts ``leaf --help`` shows whole, and the one-line helps of the commands it lists."""
    if not leaf:
        return [*help_texts(_root(), nested=False)], [key(short) for _, short in COMMANDS.values()]
    built = _built(leaf)
    subs = getattr(built, "commands", {}).values()
    return [*help_texts(built, nested=False)], [next(iter(help_texts(sub, nested=False))) for sub in subs]


def _every_text(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    """(where, text) for every help text of every command, both of typer's completion variants included."""
    for text in help_texts(_root()):
        yield "csmatrix", text
    # typer gives the completion options other words when it cannot detect the shell
    monkeypatch.setenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION", "1")
    for text in help_texts(_root()):
        yield "csmatrix (no shell detected)", text
    monkeypatch.delenv("_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION")
    for name, (_, short) in COMMANDS.items():
        yield f"COMMANDS[{name!r}]", key(short)
        for text in help_texts(command(name)):
            yield name, text


def test_every_help_text_has_its_japanese(monkeypatch: pytest.MonkeyPatch) -> None:
    missing = sorted({f"{where}: {text!r}" for where, text in _every_text(monkeypatch) if text not in HELP})
    assert not missing, "help texts without their Japanese in help_words.HELP:\n" + "\n".join(missing)


def test_no_entry_is_stale(monkeypatch: pytest.MonkeyPatch) -> None:
    used = {text for _, text in _every_text(monkeypatch)}
    stale = sorted(set(HELP) - used)
    assert not stale, "help_words.HELP entries no command uses any more:\n" + "\n".join(map(repr, stale))


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in "WF"


def _japanese(text: str) -> bool:
    return any(_wide(c) for c in text)


KEPT = re.compile(r"--[a-z][a-z-]*|`[^`]+`|\b[A-Z][A-Z0-9_]*[A-Z]\b|\S+@\S+|\S+\.ya?ml\b|path:line:col")
"""What the Japanese keeps as written: option names, code, ids in capitals, references, file names."""


@pytest.mark.parametrize("english", sorted(HELP))
def test_the_japanese_is_japanese_and_keeps_names_as_written(english: str) -> None:
    japanese = HELP[english]
    assert japanese, english
    assert japanese.strip() == japanese, english
    assert _japanese(japanese), (english, japanese)
    assert "\n" not in japanese, japanese
    for kept in KEPT.findall(english):
        assert kept.strip(".,;)") in japanese, (kept, japanese)


def render(leaf: Leaf, lang: str, width: int, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("CSMATRIX_LANG", lang)
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(app, [*leaf, "--help"], terminal_width=width, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


SEGMENT = re.compile(r" {2,}")
OPENERS = set(NO_END) | set("[{<")
ASCII_CLOSERS = set(")]},;:!?%")


def layout_problems(text: str, width: int) -> list[str]:
    """Lines wider than ``width`` cells, or a line (or a column of it) that starts or ends where kinsoku forbids."""
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if cell_len(line) > width:
            out.append(f"line {number} is {cell_len(line)} cells wide: {line!r}")
        for segment in SEGMENT.split(line.strip()):
            if not segment:
                continue
            first, last = segment[0], segment[-1]
            if (first in NO_START and not first.isascii()) or first in ASCII_CLOSERS:
                out.append(f"line {number} starts with {first!r}: {line!r}")
            if last in OPENERS:
                out.append(f"line {number} ends with {last!r}: {line!r}")
    return out


def rows(text: str) -> list[str]:
    """The rows of the options, arguments and commands tables: name and help, continuation lines joined."""
    out: list[str] = []
    in_table = False
    for line in text.splitlines():
        if not line.strip():
            in_table = False
        elif not line.startswith(" "):
            in_table = line.endswith(":") and not line.startswith(("Usage:", "使い方:"))
        elif in_table:
            if line.startswith("  ") and not line.startswith("   "):
                out.append(line.strip())
            elif out:
                out[-1] += " " + line.strip()
    return out


PLACEHOLDER = re.compile(
    r"<(?:str|path|bool|int|integer|float|text|file|dir|list|dict|tuple|uuid|date)\b|list\[|\bNoneType\b"
)


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("leaf", LEAVES, ids=IDS)
def test_japanese_help_fits_reads_japanese_and_follows_kinsoku(
    leaf: Leaf, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = render(leaf, "ja", width, monkeypatch)
    found = layout_problems(shown, width)
    assert not found, "\n".join(found[:20]) + "\n" + shown
    assert shown.startswith("使い方: csmatrix"), shown
    table = rows(shown)
    assert table, shown
    for row in table:
        assert _japanese(row), f"a row without Japanese: {row!r}\n{shown}"
    assert not PLACEHOLDER.search(shown), shown
    flat = _flat(shown)
    whole, listed = _texts_of(leaf)
    for text in whole + listed:
        assert _flat(HELP[text]) in flat, f"{HELP[text]!r} is not shown\n{shown}"
        if text != HELP[text] and not _japanese(text) and len(text) > 12:
            assert _flat(text) not in flat, f"English left in: {text!r}\n{shown}"


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("leaf", LEAVES, ids=IDS)
def test_english_help_is_the_english_as_written(
    leaf: Leaf, width: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = render(leaf, "en", width, monkeypatch)
    found = layout_problems(shown, width)
    assert not found, "\n".join(found[:20]) + "\n" + shown
    assert shown.startswith("Usage: csmatrix"), shown
    assert "\nOptions:\n" in shown, shown
    assert not PLACEHOLDER.search(shown), shown
    flat = _flat(shown)
    whole, listed = _texts_of(leaf)
    texts = whole + listed if not leaf else whole  # click shortens a group's listed helps in English
    for text in texts:
        assert _flat(text) in flat, f"{text!r} is not shown as written\n{shown}"
    built = _built(leaf)
    sources = [*whole, *listed, built.help or ""]  # examples are shown as written, names and all
    written = {c for text in sources for c in text if _wide(c)}
    stray = {c for c in shown if _wide(c)} - written
    assert not stray, f"Japanese in the English help: {sorted(stray)}\n{shown}"


def test_the_root_lists_every_command_in_japanese(monkeypatch: pytest.MonkeyPatch) -> None:
    shown = render((), "ja", 80, monkeypatch)
    listed = rows("コマンド:" + shown.split("コマンド:", 1)[1])
    assert [row.split()[0] for row in listed] == list(COMMANDS)
    for row, (_, short) in zip(listed, COMMANDS.values(), strict=True):
        assert _flat(row).endswith(_flat(HELP[key(short)])), row


@pytest.mark.parametrize(
    "leaf", [(), ("assess",), ("init",), ("team",)], ids=["csmatrix", "assess", "init", "team"]
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_console_script_honours_columns(leaf: Leaf, lang: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "COLUMNS": "60", "CSMATRIX_LANG": lang, "NO_COLOR": "1"}
    real = subprocess.run(
        [sys.executable, "-m", "csmatrix", *leaf, "--help"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert real.returncode == 0, real.stderr
    assert not layout_problems(real.stdout, 60), real.stdout
    assert real.stdout == render(leaf, lang, 58, monkeypatch)  # click: min(COLUMNS, 80) - 2


def test_a_group_lists_its_commands_whole_in_japanese() -> None:
    """click shortens a listed help by words between spaces: a Japanese sentence is one long word."""
    member = localise(command("init"), "ja").commands["member"]
    first = HELP["A new member file listing every skill, ready to fill in."]
    assert member.get_short_help_str(limit=10) == first


def test_an_example_is_shown_as_written_and_prose_is_looked_up() -> None:
    from csmatrix.commands.help_format import translate

    example = "csmatrix assess examples/members/aoi-sato.yaml --role member"
    prose = "csmatrix reads every file before it writes one."
    doc = f"Replace OUT if it exists.\n\n  {example}\n\nExample: {example}\n\n{prose}"
    assert list(help_texts(typer.core.TyperCommand("x", help=doc))) == [
        "Replace OUT if it exists.",
        "Example:",
        prose,
    ]
    assert (
        translate(doc, "ja")
        == f"{HELP['Replace OUT if it exists.']}\n\n  {example}\n\n例: {example}\n\n{prose}"
    )
    assert translate(doc, "en") == doc
