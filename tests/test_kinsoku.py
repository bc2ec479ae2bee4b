"""The line breaker of `csmatrix.render.wrap`: kinsoku, whole English words, rich's contract (#13)."""

from __future__ import annotations

import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table

from csmatrix.render.wrap import NO_END, NO_START, divide_line, install, wrap


def test_no_line_starts_with_closing_punctuation_small_kana_or_long_mark() -> None:
    text = "チームに広めている。お客様の成功を支援するためのスキルです。ビジネスレビューを行う。"
    lines = wrap(text, 20)
    assert lines == [
        "チームに広めている。",
        "お客様の成功を支援す",
        "るためのスキルです。",
        "ビジネスレビューを行",
        "う。",
    ]
    assert all(line[0] not in NO_START for line in lines)


def test_small_kana_and_long_mark_stay_with_the_character_before() -> None:
    # rich alone gives 'ビジネスレビ' / 'ュー' and 'チ' / 'ーム'
    assert wrap("ビジネスレビュー", 12) == ["ビジネスレ", "ビュー"]
    assert wrap("あいうえおチーム", 12) == ["あいうえお", "チーム"]


def test_opening_bracket_never_ends_a_line() -> None:
    lines = wrap("あいうえおか「産業保健」です", 14)
    assert all(line[-1] not in NO_END for line in lines)
    assert lines[1].startswith("「")


def test_english_words_are_whole() -> None:
    assert wrap("A/Bテストを行う", 8) == ["A/Bテス", "トを行う"]
    assert wrap("Occupational-health staff", 20) == ["Occupational-health", "staff"]
    assert wrap("self 1, assessor 3", 15) == ["self 1,", "assessor 3"]


def test_a_word_longer_than_the_line_breaks_after_a_hyphen_first() -> None:
    assert wrap("adoption-management", 12) == ["adoption-", "management"]
    assert wrap("Occupational", 6) == ["Occupa", "tional"]  # nothing else fits


def test_diff_markers_stick_to_their_words() -> None:
    lines = wrap("あいう[-えおかき-]{+くけこ+}さしす", 10)
    assert all(not line.startswith(("-]", "+}")) for line in lines)
    assert all(not line.endswith(("[-", "{+")) for line in lines)


def test_rich_tables_use_it_once_installed() -> None:
    install()
    table = Table("スキル")
    table.add_row("顧客の成功を支援する。ビジネスレビューを行う。")
    out = io.StringIO()
    Console(file=out, width=16, color_system=None).print(table)
    for line in out.getvalue().splitlines():
        cell = line.strip("│┃ ")
        assert not cell or cell[0] not in NO_START, out.getvalue()


@given(
    st.text(alphabet="あいうえおアイウエオ漢字。、ーっャ（）「」abc Def-/ ", max_size=80), st.integers(4, 40)
)
def test_every_line_fits_and_offsets_increase(text: str, width: int) -> None:
    offsets = divide_line(text, width)
    assert offsets == sorted(set(offsets))
    assert all(0 < o < len(text) for o in offsets)
    for line in wrap(text, width):
        assert cell_len(line) <= width


@pytest.mark.parametrize("text", ["plain English words only", "x" * 30, ""])
def test_ascii_breaks_like_rich(text: str) -> None:
    from rich._wrap import divide_line as rich_divide

    assert divide_line(text, 10) == rich_divide(text, 10)
