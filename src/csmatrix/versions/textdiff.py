"""Word-level diff of two texts that also works for Japanese.

Japanese has no spaces between words, so a diff "by word" would treat a whole
sentence as one word.  We split text into tokens: a run of ASCII letters and
digits is one token (an English word, an id, a number), a run of whitespace is
one token, and every other character (kana, kanji, punctuation) is a token of
its own.  ``difflib.SequenceMatcher`` then compares token lists: character by
character for CJK text, word by word for English, and both in mixed text.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]

_TOKEN = re.compile(r"[A-Za-z0-9_'’-]+|\s+|.", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str

    def as_dict(self) -> dict[str, str]:
        return {"op": self.op, "text": self.text}


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def diff_words(before: str, after: str) -> list[Segment]:
    """Segments that turn ``before`` into ``after`` (equal/delete/insert)."""
    old, new = tokens(before), tokens(after)
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    raw: list[tuple[Op, str, str]] = []  # (op, deleted text, inserted text)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            raw.append(("equal", "".join(old[i1:i2]), ""))
        else:
            raw.append(("delete", "".join(old[i1:i2]), "".join(new[j1:j2])))
    return _segments(_absorb_short_equals(raw))


def _absorb_short_equals(raw: list[tuple[Op, str, str]]) -> list[tuple[Op, str, str]]:
    """Fold one- or two-character islands between changes into the change.

    Character-level matching of Japanese finds accidental common characters
    (の, を, 、) inside rewritten phrases; showing them as unchanged shreds the
    diff into confetti.  Folding them makes "old phrase → new phrase" readable.
    """
    out: list[tuple[Op, str, str]] = []
    for index, item in enumerate(raw):
        op, text, _ = item
        between = 0 < index < len(raw) - 1 and raw[index - 1][0] != "equal" and raw[index + 1][0] != "equal"
        if op == "equal" and between and len(text.strip()) <= 2:
            out.append(("delete", text, text))
        else:
            out.append(item)
    merged: list[tuple[Op, str, str]] = []
    for op, deleted, inserted in out:
        if merged and op == "delete" and merged[-1][0] == "delete":
            _, d0, i0 = merged[-1]
            merged[-1] = ("delete", d0 + deleted, i0 + inserted)
        else:
            merged.append((op, deleted, inserted))
    return merged


def _segments(raw: list[tuple[Op, str, str]]) -> list[Segment]:
    segments: list[Segment] = []
    for op, first, second in raw:
        if op == "equal":
            if first:
                segments.append(Segment("equal", first))
            continue
        if first:
            segments.append(Segment("delete", first))
        if second:
            segments.append(Segment("insert", second))
    return segments


def inline(segments: list[Segment]) -> str:
    """Plain-text rendering: ``[-deleted-]{+inserted+}`` like ``git diff --word-diff``."""
    parts = []
    for segment in segments:
        if segment.op == "delete":
            parts.append(f"[-{segment.text}-]")
        elif segment.op == "insert":
            parts.append(f"{{+{segment.text}+}}")
        else:
            parts.append(segment.text)
    return "".join(parts)
