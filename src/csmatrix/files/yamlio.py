"""Safe, located YAML reading for files people edit by hand.

We never hand a whole document to a YAML loader.  We read the *event* stream
of libyaml's parser (PyYAML's pure parser when libyaml is missing) and build
plain Python values ourselves, iteratively, so that:

* every key and value keeps the line and column the person wrote it at
  (``Doc.marks``), which lets schema errors found later point back at it;
* duplicate keys, tags (``!!python/...``), aliases that would expand too far
  or refer to themselves, several documents and deep nesting are refused
  with a located message before they can hurt;
* scalars stay text (``no``, ``2019``, ``0123``, ``2024-02-30`` are exactly
  what was typed): the schema decides what a field means, so YAML 1.1's
  surprises never reach the data.  Only an empty plain value, ``~`` and
  ``null`` become ``None``.

Nothing here raises for bad input: problems are collected and returned.
"""

from __future__ import annotations

import codecs
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from csmatrix.errors import Problem, Text
from csmatrix.files.read import FileTrouble, read_bounded
from csmatrix.words import Msg

MAX_BYTES = 4 * 1024 * 1024
MAX_DEPTH = 64
# Two separate budgets.  Values written in the file (keys count): generous (a
# 25,000-skill framework of a dozen values a skill fits; a real one has ~100
# skills), yet a cap-sized file of tiny values stops in about a second and well
# under 200 MiB (tests/test_hostile_reads.py).
MAX_NODES = 400_000
# Values brought in again by aliases (``*name``): small, which stops
# "billion laughs" long before it costs memory; hand-written files rarely alias.
MAX_ALIAS_VALUES = 100_000

Loc = tuple[str | int, ...]

_ParserLoader: Any = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
_SOMETHING = re.compile(r"^\s*[^\s#]", re.MULTILINE)
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_ALLOWED_TAGS = frozenset({"tag:yaml.org,2002:str", "!"})


@dataclass
class Doc:
    """A parsed file: its value, and where each part of it was written."""

    path: str
    value: Any = None
    # loc -> (line, col) of the value at that loc; loc + ("<key>",) -> the key
    marks: dict[Loc, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    text: str = field(default="", repr=False)

    @functools.cached_property
    def lines(self) -> list[str]:
        """The text's lines, split only when a message needs them (a big file stays small)."""
        return self.text.splitlines()

    @property
    def ok(self) -> bool:
        return not self.problems

    def mark(self, loc: Loc, *, key: bool = False) -> tuple[int, int]:
        """The best position for ``loc``: itself, else its nearest written parent."""
        loc = tuple(loc)
        if key and loc + ("<key>",) in self.marks:
            return self.marks[loc + ("<key>",)]
        while loc:
            if loc in self.marks:
                return self.marks[loc]
            loc = loc[:-1]
        return self.marks.get((), (1, 1))

    def problem(self, loc: Loc, message: Text, *, key: bool = False, hint: Text = "") -> Problem:
        line, col = self.mark(loc, key=key)
        return Problem(self.path, line, col, message, dotted(loc), hint)


def dotted(loc: Loc) -> str:
    """``("roles", 0, "id")`` -> ``roles.0.id``: a place in a file as ``Problem.loc`` names it."""
    return ".".join(str(part) for part in loc)


# --- bytes -> text -----------------------------------------------------------


def read_doc(path: str | Path, label: str | None = None) -> Doc:
    """Read and parse one YAML file; every failure is a located problem.

    The read is bounded (:func:`csmatrix.files.read.read_bounded`): pipes, devices
    and folders are refused at once, and no more than ``MAX_BYTES + 1`` bytes
    are ever read.
    """
    name = label if label is not None else str(path)
    try:
        data = read_bounded(path, MAX_BYTES, label=name)
    except FileTrouble as exc:
        return Doc(name, problems=[exc.problem()])
    return parse_bytes(data, name)


def parse_bytes(data: bytes, path: str) -> Doc:
    if len(data) > MAX_BYTES:
        return Doc(
            path,
            problems=[
                Problem(path, 0, 0, Msg("yaml.too_big", mib=MAX_BYTES // (1024 * 1024))),
            ],
        )
    text, problem = decode(data, path)
    if problem is not None:
        return Doc(path, problems=[problem])
    return parse_text(text, path)


_UTF32_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32"), (codecs.BOM_UTF32_BE, "UTF-32"))
_UTF16_BOMS = ((codecs.BOM_UTF16_LE, "UTF-16"), (codecs.BOM_UTF16_BE, "UTF-16"))


def decode(data: bytes, path: str) -> tuple[str, Problem | None]:
    """UTF-8 (with or without BOM); anything else is a problem naming the encoding.

    An encoding is named only when the bytes say so: a BOM, the NUL pattern of
    UTF-16/UTF-32 text, or bytes that decode as Shift_JIS but not as EUC-JP
    (or the other way round).  Otherwise the message says what it cannot tell.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    else:
        # UTF-32's BOMs begin with UTF-16's: test them first
        for bom, name in (*_UTF32_BOMS, *_UTF16_BOMS):
            if data.startswith(bom):
                return "", Problem(path, 1, 1, Msg("yaml.wide", name=name), hint=_resave(name))
        wide = _wide_without_bom(data)
        if wide:
            return "", Problem(path, 1, 1, Msg("yaml.wide_no_bom", name=wide), hint=_resave(wide))
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        col = len(before[line_start:].decode("utf-8", errors="replace")) + 1
        found, source = _guess_japanese(data)
        return "", Problem(
            path,
            line,
            col,
            Msg("yaml.not_utf8", found=found, byte=f"{data[exc.start]:02x}"),
            hint=_resave(source),
        )


def _resave(source: str) -> Msg:
    """Re-save as UTF-8; with the way to do it when the encoding is known."""
    return Msg("yaml.resave_from", source=source) if source else Msg("yaml.resave")


def _wide_without_bom(data: bytes) -> str:
    """ "UTF-16LE" ... "UTF-32BE" when the NUL bytes fall where only that encoding puts them.

    UTF-32 keeps its top byte zero for every character (the next at most
    0x10); UTF-16 keeps the high byte of every ASCII character (all YAML
    punctuation and keys) zero.  The bytes must also decode under it.
    """
    sample = data[:4096]
    if b"\x00" not in sample:
        return ""
    if len(data) % 4 == 0 and len(sample) >= 8:
        for name, top, next_ in (("UTF-32LE", 3, 2), ("UTF-32BE", 0, 1)):
            quads = [sample[i : i + 4] for i in range(0, len(sample) - 3, 4)]
            if all(u[top] == 0 and u[next_] <= 0x10 for u in quads) and _decodes(data, name):
                return name
    if len(data) % 2 == 0 and len(sample) >= 4:
        even = sample[0::2].count(0)
        odd = sample[1::2].count(0)
        count = len(sample) // 2
        for name, high, low in (("UTF-16LE", odd, even), ("UTF-16BE", even, odd)):
            if high * 2 >= count and low * 10 <= high and _decodes(data, name):
                return name
    return ""


def _guess_japanese(data: bytes) -> tuple[Msg, str]:
    """(what to say, the iconv name or "") for bytes that are not UTF-8."""
    sjis = _decodes(data, "cp932")
    euc = _decodes(data, "euc_jp")
    if sjis and not euc:
        return Msg("yaml.enc_sjis"), "CP932"
    if euc and not sjis:
        return Msg("yaml.enc_euc"), "EUC-JP"
    if sjis and euc:
        return Msg("yaml.enc_either"), ""
    return Msg("yaml.enc_unknown"), ""


def _decodes(data: bytes, codec: str) -> bool:
    try:
        data.decode(codec)
    except UnicodeDecodeError:
        return False
    return True


# --- text -> events -> values ------------------------------------------------


class _Frame:
    __slots__ = ("anchor", "key", "key_mark", "kind", "loc", "start", "value")

    def __init__(self, kind: str, value: Any, loc: Loc, anchor: str | None) -> None:
        self.kind = kind
        self.value = value
        self.loc = loc
        self.key: Any = _NO_KEY
        self.key_mark: tuple[int, int] = (0, 0)
        self.anchor = anchor
        self.start = 0


_NO_KEY = object()


class _Stop(Exception):
    pass


def parse_text(text: str, path: str) -> Doc:
    doc = Doc(path, text=text)
    if _SOMETHING.search(text) is None:  # blank, or comments only
        doc.problems.append(Problem(path, 1, 1, Msg("yaml.empty"), hint=Msg("yaml.empty_hint")))
        return doc
    bad = _NOT_PRINTABLE.search(text)
    if bad is not None:
        doc.problems.append(_control_problem(text, bad.start(), path))
        return doc
    indented = True  # unknown until the events are read
    try:
        indented = _compose(text, doc)
    except _Stop:
        pass
    except yaml.MarkedYAMLError as exc:
        deep = _too_deep_before(text, exc.problem_mark or exc.context_mark)
        doc.problems.append(_depth_problem(path, *deep) if deep else _syntax_problem(exc, doc))
    except yaml.YAMLError as exc:  # reader errors and the like
        position = getattr(exc, "position", None)
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "mark", None)
        if isinstance(position, int) and 0 <= position <= len(text):
            line, col = _line_col(text, position)
        else:
            line, col = _position(mark) if mark is not None else (1, 1)
        # the parser's own words (not ours to translate) in a field of our message
        doc.problems.append(Problem(path, line, col, Msg("yaml.reader", detail=_one_line(str(exc)))))
    except (RecursionError, MemoryError, ValueError, TypeError, IndexError) as exc:
        doc.problems.append(Problem(path, 1, 1, Msg("yaml.gave_up", kind=type(exc).__name__)))
    if doc.problems:
        doc.value = None
        return doc
    if indented:
        _check_keys(doc)
    return doc


# What YAML 1.1 (libyaml) accepts: TAB, LF, CR, printable ASCII, NEL and the
# printable rest of Unicode.  Anything else is refused by us, located, first.
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_CONTROL_NAMES: dict[int, Msg | str] = {
    0: "NUL",
    0x1B: "ESC",
    0x7F: "DEL",
    0x08: Msg("yaml.char_backspace"),
    0x0C: Msg("yaml.char_form_feed"),
}


def _line_col(text: str, index: int) -> tuple[int, int]:
    """1-based line and column (in characters) of ``text[index]``."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _control_problem(text: str, index: int, path: str) -> Problem:
    code = ord(text[index])
    name = _CONTROL_NAMES.get(code)
    what: Msg | str = f"U+{code:04X}"
    if name:
        what = Msg("punct.paren", text=what, inner=name)
    line, col = _line_col(text, index)
    return Problem(path, line, col, Msg("yaml.control", what=what), hint=Msg("yaml.control_hint"))


def _depth_problem(path: str, line: int, col: int) -> Problem:
    return Problem(path, line, col, Msg("yaml.too_deep", depth=MAX_DEPTH), hint=Msg("yaml.too_deep_hint"))


# Flow brackets, and the quoted scalars and comments in which brackets do not count.
_FLOW_TOKEN = re.compile(
    r"""[\[\]{}]|(?<![^\s\[{,:])'(?:[^']|'')*'|(?<![^\s\[{,:])"(?:[^"\\]|\\.)*"|(?<!\S)#[^\n]*"""
)


def _too_deep_before(text: str, mark: Any) -> tuple[int, int] | None:
    """Where flow nesting first exceeds MAX_DEPTH before a parser error, if it does.

    libyaml stops at its own, deeper limit while it looks ahead for a key
    (``[[[[...``), before we see a single event: a syntax error that sits
    beyond our depth limit is reported as what it is, by our rule.
    """
    if mark is None:
        return None
    line, col = _position(mark)
    end = 0
    for _ in range(line - 1):
        end = text.find("\n", end) + 1
        if end == 0:
            return None
    end += col
    depth = 0
    for token in _FLOW_TOKEN.finditer(text, 0, end):
        char = token.group()
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return _line_col(text, token.start())
        elif char in "]}":
            depth = max(0, depth - 1)
    return None


def _position(mark: Any) -> tuple[int, int]:
    return int(mark.line) + 1, int(mark.column) + 1


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _compose(text: str, doc: Doc) -> bool:
    loader = _ParserLoader(text)
    try:
        return _compose_events(loader, doc)
    finally:
        loader.dispose()


def _compose_events(loader: Any, doc: Doc) -> bool:
    """Build ``doc.value`` and ``doc.marks`` from the events; True when a key starts
    with a full-width space or a tab (``_check_keys`` has something to find).

    Scalars, nine events in ten, are placed inline (a team of 2,000 members is
    a quarter of a million of them, #17); containers and aliases go through ``place``.
    """
    stack: list[_Frame] = []
    top: _Frame | None = None  # stack[-1]
    marks = doc.marks
    anchors: dict[str, tuple[Any, int]] = {}
    open_anchors: set[str] = set()
    nodes = 0  # values placed, counting alias expansions (anchors record their size)
    aliased = 0  # of which brought in by aliases
    documents = 0
    root: Any = None
    indented = False  # a key starts with U+3000 or a tab

    def fail(mark: Any, message: Msg, hint: Msg | str = "") -> None:
        line, col = _position(mark)
        doc.problems.append(Problem(doc.path, line, col, message, hint=hint))
        raise _Stop

    def too_many(mark: Any) -> None:
        fail(mark, Msg("yaml.too_many", n=f"{MAX_NODES:,}"), hint=Msg("yaml.too_many_hint"))

    def duplicate(mark: Any, frame: _Frame, key: Any) -> None:
        first = marks[frame.loc + (key, "<key>")][0]
        fail(mark, Msg("yaml.duplicate", name=key, first=first), hint=Msg("yaml.duplicate_hint"))

    def place(value: Any, mark: Any, size: int, *, alias: bool = False) -> None:
        nonlocal root, nodes, aliased, indented
        nodes += size
        if alias:
            aliased += size
            if aliased > MAX_ALIAS_VALUES:
                fail(
                    mark,
                    Msg("yaml.alias_bomb", n=f"{MAX_ALIAS_VALUES:,}"),
                    hint=Msg("yaml.alias_bomb_hint"),
                )
        elif nodes - aliased > MAX_NODES:
            too_many(mark)
        position = (mark.line + 1, mark.column + 1)
        if not stack:
            root = value
            marks[()] = position
            return
        top = stack[-1]
        if top.kind == "seq":
            loc = top.loc + (len(top.value),)
            top.value.append(value)
            marks[loc] = position
            return
        if top.key is _NO_KEY:
            if isinstance(value, (dict, list)):
                fail(mark, Msg("yaml.key_not_text"))
            key = value
            if key is None:
                key = ""
            if key in top.value:  # every earlier pair is complete: its key is in the mapping
                duplicate(mark, top, key)
            if isinstance(key, str) and key[:1] in _INDENTS:
                indented = True
            top.key = key
            top.key_mark = position
            return
        loc = top.loc + (top.key,)
        top.value[top.key] = value
        marks[loc] = position
        marks[loc + _KEY] = top.key_mark
        top.key = _NO_KEY

    def child_loc() -> Loc:
        if not stack:
            return ()
        top = stack[-1]
        if top.kind == "seq":
            return top.loc + (len(top.value),)
        return top.loc + (top.key,)

    scalar_event, alias_event = yaml.ScalarEvent, yaml.AliasEvent
    starts = {yaml.SequenceStartEvent: "seq", yaml.MappingStartEvent: "map"}
    ends = (yaml.SequenceEndEvent, yaml.MappingEndEvent)
    get_event = loader.get_event
    while True:
        event = get_event()  # None after the stream's end, in both parsers
        if event is None:
            break
        kind = type(event)
        if kind is scalar_event:
            tag = event.tag
            if tag is not None and tag not in _ALLOWED_TAGS:
                fail(event.start_mark, Msg("yaml.tag", tag=tag), hint=Msg("yaml.tag_hint"))
            plain = tag is None and event.style in (None, "")
            value = event.value
            if plain and value in _NULLS:
                value = None
            if event.anchor:
                anchors[event.anchor] = (value, 1)
            mark = event.start_mark
            # place(value, mark, 1), inline
            nodes += 1
            if nodes - aliased > MAX_NODES:
                too_many(mark)
            position = (mark.line + 1, mark.column + 1)
            if top is None:
                root = value
                marks[()] = position
                if plain and value is not None and "\uff1a" in value:
                    _note_fullwidth_colon(doc, mark, value)
            elif top.kind == "seq":
                items = top.value
                marks[top.loc + (len(items),)] = position
                items.append(value)
            elif top.key is _NO_KEY:
                key = "" if value is None else value
                if key in top.value:  # every earlier pair is complete: its key is in the mapping
                    duplicate(mark, top, key)
                if key[:1] in _INDENTS:
                    indented = True
                top.key = key
                top.key_mark = position
                if plain and value is not None and "\uff1a" in value:
                    # only where a key belongs: "NPS：8点" is fine inside a note
                    _note_fullwidth_colon(doc, mark, value)
            else:
                loc = top.loc + (top.key,)
                top.value[top.key] = value
                marks[loc] = position
                marks[loc + _KEY] = top.key_mark
                top.key = _NO_KEY
        elif kind in starts:
            tag = event.tag
            if tag is not None and tag not in _ALLOWED_TAGS:
                fail(event.start_mark, Msg("yaml.tag", tag=tag), hint=Msg("yaml.tag_hint"))
            if len(stack) >= MAX_DEPTH:
                fail(event.start_mark, Msg("yaml.too_deep", depth=MAX_DEPTH), hint=Msg("yaml.too_deep_hint"))
            if top is not None and top.kind == "map" and top.key is _NO_KEY:
                fail(event.start_mark, Msg("yaml.key_not_text"))
            shape = starts[kind]
            container: Any = [] if shape == "seq" else {}
            loc = child_loc()
            place(container, event.start_mark, 1)
            frame = _Frame(shape, container, loc, event.anchor)
            frame.start = nodes
            if event.anchor:
                open_anchors.add(event.anchor)
            stack.append(frame)
            top = frame
        elif kind in ends:
            frame = stack.pop()
            top = stack[-1] if stack else None
            if frame.kind == "map" and frame.key is not _NO_KEY:
                fail(event.start_mark, Msg("yaml.key_unfinished"))
            if frame.anchor:
                open_anchors.discard(frame.anchor)
                anchors[frame.anchor] = (frame.value, nodes - frame.start + 1)
        elif kind is alias_event:
            name = event.anchor
            if name in open_anchors:
                fail(event.start_mark, Msg("yaml.alias_self", name=name))
            if name not in anchors:
                fail(event.start_mark, Msg("yaml.alias_undefined", name=name))
            value, size = anchors[name]
            place(value, event.start_mark, size, alias=True)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                fail(event.start_mark, Msg("yaml.documents"), hint=Msg("yaml.documents_hint"))
        # StreamStart/StreamEnd/DocumentEnd need nothing
    doc.value = root
    return indented


_KEY: Loc = ("<key>",)
_INDENTS = ("\u3000", "\t")  # a tuple: "" is in every string


def _note_fullwidth_colon(doc: Doc, mark: Any, value: str) -> None:
    """``name： 佐藤`` is one string to YAML; flag it when it looks like a key."""
    head = value.split("\uff1a", 1)[0]
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_-]*\s*", head):
        line, col = _position(mark)
        col += len(head)
        doc.problems.append(
            Problem(
                doc.path,
                line,
                col,
                Msg("yaml.fullwidth_colon_key", head=head.strip()),
                hint=Msg("yaml.fullwidth_colon_key_hint"),
            )
        )
        raise _Stop


def _check_keys(doc: Doc) -> None:
    """Keys that start with a full-width space were meant as indentation."""
    for loc, (line, col) in doc.marks.items():
        if len(loc) < 2 or loc[-1] != "<key>":  # ("<key>",) is a top-level key named so
            continue
        key = loc[-2]
        if isinstance(key, str) and key[:1] in ("\u3000", "\t"):
            message = Msg(
                "yaml.indent_fullwidth" if key[0] == "\u3000" else "yaml.indent_tab", name=key.strip()
            )
            doc.problems.append(
                Problem(doc.path, line, col, message, dotted(loc[:-1]), hint=Msg("yaml.indent_hint"))
            )
    if doc.problems:
        doc.value = None


def _syntax_problem(exc: yaml.MarkedYAMLError, doc: Doc) -> Problem:
    """A parser's syntax error in our words: what is wrong, where, and how to fix it.

    PyYAML's and libyaml's problems are theirs (English, and different between
    the two): the common ones map to our own keys; any other goes, as written,
    in a field of ``yaml.syntax_other``.
    """
    mark = exc.problem_mark or exc.context_mark
    line, col = _position(mark) if mark is not None else (1, 1)
    raw = _one_line(exc.problem or "")
    context = _one_line(exc.context or "")
    text = doc.lines[line - 1] if 0 < line <= len(doc.lines) else ""
    char = text[col - 1] if 0 < col <= len(text) else ""
    problem, hint = _problem_words(raw, context, char)
    indent_trouble = False
    if char == "\t" or "'\\t'" in raw or "tab character" in raw:
        problem, hint, indent_trouble = Msg("yaml.tab"), Msg("yaml.tab_hint"), True
    elif char == "\u3000":
        hint, indent_trouble = Msg("yaml.fullwidth_space_hint"), True
    else:
        for candidate in (line, line - 1):
            if 0 < candidate <= len(doc.lines) and "\uff1a" in doc.lines[candidate - 1]:
                where = doc.lines[candidate - 1].index("\uff1a") + 1
                return Problem(
                    doc.path,
                    candidate,
                    where,
                    Msg("yaml.fullwidth_colon"),
                    hint=Msg("yaml.fullwidth_colon_hint"),
                )
    # where the part the parser was reading started, when that is elsewhere
    place = _context_words(context) if context and not indent_trouble else None
    at_line, at_col = _position(exc.context_mark) if exc.context_mark is not None else (line, col)
    if place is None or (at_line, at_col) == (line, col):
        return Problem(doc.path, line, col, Msg("yaml.syntax", problem=problem), hint=hint)
    message = Msg("yaml.syntax_in", problem=problem, context=place, line=at_line, col=at_col)
    return Problem(doc.path, line, col, message, hint=hint)


# (the parser's problem, what we say, how to fix it): PyYAML's words and libyaml's
_PROBLEMS: tuple[tuple[re.Pattern[str], Msg, Msg], ...] = tuple(
    (re.compile(pattern), message, hint)
    for pattern, message, hint in (
        (r"mapping values are not allowed", Msg("yaml.p_colon"), Msg("yaml.p_colon_hint")),
        (r"could not find expected ':'", Msg("yaml.p_no_colon"), Msg("yaml.p_no_colon_hint")),
        (r"found undefined alias", Msg("yaml.p_alias"), Msg("yaml.p_alias_hint")),
        (
            r"expected <block end>|did not find expected key|did not find expected '-' indicator",
            Msg("yaml.p_indent"),
            Msg("yaml.p_indent_hint"),
        ),
        (r"expected ',' or '\]'", Msg("yaml.p_flow_list"), Msg("yaml.p_flow_list_hint")),
        (
            r"expected ',' or '\}'",
            Msg("yaml.p_flow_map", brackets="{ }"),
            Msg("yaml.p_flow_map_hint", close="}"),
        ),
        (
            r"found unexpected end of stream|found unexpected document (indicator|separator)",
            Msg("yaml.p_quote"),
            Msg("yaml.p_quote_hint"),
        ),
        (r"found unknown escape character", Msg("yaml.p_escape"), Msg("yaml.p_escape_hint")),
        (r"expected '?<document start>'?", Msg("yaml.p_document"), Msg("yaml.p_document_hint")),
        (r"expected (the )?node content", Msg("yaml.p_no_value"), Msg("yaml.p_no_value_hint")),
        (r"block sequence entries are not allowed", Msg("yaml.p_dash"), Msg("yaml.p_dash_hint")),
        (
            r"mapping keys are not allowed|block mapping entries are not allowed",
            Msg("yaml.p_key"),
            Msg("yaml.p_key_hint"),
        ),
        (r"undefined tag handle", Msg("yaml.p_tag"), Msg("yaml.tag_hint")),
    )
)
_CANNOT_START = re.compile(r"cannot start any token")
_ANCHOR_NAME = re.compile(r"alphabetic or numeric character")
_AFTER_BLOCK = re.compile(r"comment or (a )?line break")


def _problem_words(raw: str, context: str, char: str) -> tuple[Msg, Msg | str]:
    """(what is wrong, how to fix it) for a parser's ``problem`` text."""
    for pattern, message, hint in _PROBLEMS:
        if pattern.search(raw):
            return message, hint
    if _CANNOT_START.search(raw):
        if char.isprintable() and not char.isspace():
            return Msg("yaml.p_bad_char", char=char), Msg("yaml.p_bad_char_hint")
        return Msg("yaml.p_bad_start"), Msg("yaml.p_bad_char_hint")
    if _ANCHOR_NAME.search(raw) and ("anchor" in context or "alias" in context):
        return Msg("yaml.p_anchor"), Msg("yaml.p_anchor_hint")
    if _AFTER_BLOCK.search(raw) and "block scalar" in context:
        return Msg("yaml.p_block_text"), Msg("yaml.p_block_text_hint")
    if not raw:
        return Msg("yaml.p_unknown"), ""
    return Msg("yaml.syntax_other", detail=raw), ""


# (words of the parser's ``context``, what we call that part of the file)
_CONTEXTS: tuple[tuple[str, Msg], ...] = (
    ("block mapping", Msg("yaml.ctx_mapping")),
    ("flow mapping", Msg("yaml.ctx_flow_mapping", brackets="{ }")),
    ("block collection", Msg("yaml.ctx_list")),
    ("block sequence", Msg("yaml.ctx_list")),
    ("flow sequence", Msg("yaml.ctx_flow_list")),
    ("simple key", Msg("yaml.ctx_key")),
    ("quoted scalar", Msg("yaml.ctx_quoted")),
    ("block scalar", Msg("yaml.ctx_block_text")),
    ("plain scalar", Msg("yaml.ctx_value")),
    ("node", Msg("yaml.ctx_value")),
    ("anchor", Msg("yaml.ctx_anchor")),
    ("alias", Msg("yaml.ctx_anchor")),
    ("tag", Msg("yaml.ctx_tag")),
    ("directive", Msg("yaml.ctx_directive")),
)


def _context_words(context: str) -> Msg | None:
    """The part of the file the parser was reading; None when it says nothing useful."""
    if "next token" in context:
        return None
    return next((place for words, place in _CONTEXTS if words in context), Msg("yaml.ctx_part"))
