"""Every command, at 60, 80 and 120 columns, in both languages, breaks lines as people read (#13).

No line wider than the terminal; no line (or table cell) that starts with closing punctuation,
small kana or ``ー``, or ends with an opening bracket; no English word cut in two (every Latin
word of a narrow render is a word of the same command rendered wide).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from rich.cells import cell_len

from conftest import EXAMPLES

NO_START = set("。、）」』】〕！？ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー")
NO_END = set("（「『【〔")

MEMBERS = EXAMPLES / "members"
COMMANDS: dict[str, tuple[str, ...]] = {
    "show": ("show", "icare-cs@2021-autumn"),
    "show-summer": ("show", "icare-cs@2021-summer"),
    "list": ("list",),
    "assess": ("assess", str(MEMBERS / "aoi-sato.yaml")),
    "assess-kenta": ("assess", str(MEMBERS / "kenta-mori.yaml")),
    "team": ("team", str(MEMBERS)),
    "team-details": ("team", str(MEMBERS), "--details"),
    "assess-history": ("assess", str(MEMBERS / "sho-nakamura.yaml"), "--history"),
    "diff": ("diff", "icare-cs@2021-summer", "icare-cs@2021-autumn"),
    "diff-members": ("diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--members", str(MEMBERS)),
    "activities": ("activities", str(EXAMPLES / "activities.yaml")),
    "calibrate": ("calibrate", str(MEMBERS)),
}

SEGMENT = re.compile(r"[│┃║|]| {2,}")
LATIN = re.compile(r"[A-Za-z][A-Za-z'’]*[A-Za-z]")  # a break after a hyphen cuts no word


def problems(text: str, width: int) -> list[str]:
    out = []
    for number, line in enumerate(text.splitlines(), 1):
        if cell_len(line) > width:
            out.append(f"line {number} is {cell_len(line)} cells wide: {line}")
        for segment in SEGMENT.split(line):
            segment = segment.strip(" •─━┄-")
            if not segment:
                continue
            if segment[0] in NO_START:
                out.append(f"line {number} starts with {segment[0]!r}: {line}")
            if segment[-1] in NO_END:
                out.append(f"line {number} ends with {segment[-1]!r}: {line}")
    return out


def words_of(text: str) -> set[str]:
    return set(LATIN.findall(text))


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_lines_fit_and_follow_kinsoku(cli: Any, name: str, width: int, lang: str) -> None:
    args = COMMANDS[name]
    r = cli(*args, "--lang", lang, columns=width)
    assert r.exit_code == 0, r
    assert r.stdout.strip()
    found = problems(r.stdout, width)
    assert not found, "\n".join(found[:20])


def _vocabulary() -> set[str]:
    """Every Latin word the shipped data and the catalogue can show."""
    from conftest import FRAMEWORKS
    from csmatrix.words import WORDS

    texts = [p.read_text(encoding="utf-8") for p in (*FRAMEWORKS.rglob("*.yaml"), *EXAMPLES.rglob("*.yaml"))]
    texts += [text for pair in WORDS.values() for text in pair]
    return set().union(*(words_of(t) for t in texts))


# Tables narrower than their words take a narrow layout instead (tests/test_narrow_layouts.py).
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_no_english_word_is_cut(cli: Any, name: str, width: int, lang: str) -> None:
    args = COMMANDS[name]
    r = cli(*args, "--lang", lang, columns=width)
    wide = cli(*args, "--lang", lang, columns=400)
    cut = words_of(r.stdout) - words_of(wide.stdout) - _vocabulary()
    assert not cut, f"English words cut in two at {width} columns: {sorted(cut)[:20]}"


def test_plain_diff_markers_never_break_across_lines(cli: Any) -> None:
    for width in (60, 80):
        r = cli("diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--lang", "ja", columns=width)
        assert r.exit_code == 0, r
        for line in r.stdout.splitlines():
            assert line.count("{+") == line.count("+}"), line
            assert line.count("[-") == line.count("-]"), line
