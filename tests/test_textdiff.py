"""``versions.textdiff``: a word diff that also splits Japanese, without confetti."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from csmatrix.versions.textdiff import Segment, diff_words, inline, tokens


def before_of(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "insert")


def after_of(segments: list[Segment]) -> str:
    return "".join(s.text for s in segments if s.op != "delete")


def test_tokens_keep_english_words_whole_and_split_japanese_by_character() -> None:
    assert tokens("level-2 text") == ["level-2", " ", "text"]
    assert tokens("顧客の声") == ["顧", "客", "の", "声"]
    assert tokens("NPSを測る") == ["NPS", "を", "測", "る"]
    assert tokens("") == []


def test_equal_texts_are_one_equal_segment() -> None:
    assert diff_words("same text", "same text") == [Segment("equal", "same text")]
    assert diff_words("", "") == []


def test_an_english_word_changes_as_a_word() -> None:
    segments = diff_words("reads the report", "writes the report")
    assert inline(segments) == "[-reads-]{+writes+} the report"


def test_pure_insertions_and_deletions() -> None:
    assert inline(diff_words("", "new")) == "{+new+}"
    assert inline(diff_words("old", "")) == "[-old-]"
    assert inline(diff_words("a b", "a b c")) == "a b{+ c+}"


def test_short_common_islands_inside_a_rewrite_are_folded_into_it() -> None:
    # の is common to both phrases by accident: it is not shown as unchanged
    segments = diff_words("顧客の声を聞く", "製品の改善に活かす")
    assert [s.op for s in segments] == ["delete", "insert"]
    assert inline(segments) == "[-顧客の声を聞く-]{+製品の改善に活かす+}"


def test_a_long_common_run_stays_unchanged() -> None:
    segments = diff_words("顧客の声を集めて分析する", "顧客の声を集めて共有する")
    assert segments[0] == Segment("equal", "顧客の声を集めて")
    assert inline(segments) == "顧客の声を集めて[-分析-]{+共有+}する"


def test_as_dict_is_the_json_shape() -> None:
    assert Segment("insert", "x").as_dict() == {"op": "insert", "text": "x"}


@given(st.text(max_size=40), st.text(max_size=40))
def test_the_segments_rebuild_both_texts(before: str, after: str) -> None:
    segments = diff_words(before, after)
    assert before_of(segments) == before
    assert after_of(segments) == after
    assert all(s.text for s in segments)
