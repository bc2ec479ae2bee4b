"""Writing member YAML: new member files (``init member``, ``import``) and
assessments appended to existing ones (``import --into``).

Pure text in, text out.  Scalars go through PyYAML's safe emitter, so a name
like ``no``, an id like ``2019`` or a note with ``: `` stays the text it is.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from csmatrix.models.framework import Framework
from csmatrix.models.kinds import MEMBER_SCHEMA
from csmatrix.words import word

SCHEMA_FILE = Path("schemas") / "member.schema.json"


def scalar(value: Any) -> str:
    """One YAML scalar as it should be written: on one line, read back as exactly ``value``.

    PyYAML picks plain or single quotes when they are safe (and quotes ``no``,
    ``2019``, ``a: b``, leading spaces...); anything it cannot show as it is
    (control characters, NEL, U+2028, U+2029, a BOM, any line break) is
    written double-quoted, where the emitter escapes it.  No line width: a
    long value is never folded onto a second line.
    """
    if isinstance(value, bool) or value is None:
        raise TypeError(f"not a member-file scalar: {value!r}")
    if isinstance(value, (int, dt.date)):
        return str(value)
    text = str(value)
    style = None if text.isprintable() else '"'
    dumped = yaml.safe_dump(text, allow_unicode=True, width=sys.maxsize, default_style=style)
    return dumped.removesuffix("\n").removesuffix("\n...")


def comment(text: str) -> str:
    """``text`` made safe to follow a ``#``: it cannot end the comment or break the file.

    A YAML comment ends at any line break (LF, CR, NEL, U+2028, U+2029);
    other control characters and non-characters make the file unreadable.
    Each becomes a space.
    """
    return "".join(" " if _unsafe_in_comment(ch) else ch for ch in text)


def _unsafe_in_comment(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in "\ufffe\uffff"


def key(text: str) -> str:
    return scalar(text)


def assessment_lines(
    date: dt.date, by: str, levels: Mapping[str, int], notes: Mapping[str, str], indent: int = 2
) -> list[str]:
    """One assessment as a block-sequence item ``- date: ...`` at ``indent``."""
    pad = " " * indent
    lines = [f"{pad}- date: {date.isoformat()}", f"{pad}  by: {scalar(by)}"]
    if levels:
        lines.append(f"{pad}  levels:")
        lines += [f"{pad}    {key(k)}: {v}" for k, v in levels.items()]
    else:
        lines.append(f"{pad}  levels: {{}}")
    if notes:
        lines.append(f"{pad}  notes:")
        lines += [f"{pad}    {key(k)}: {scalar(v)}" for k, v in notes.items()]
    return lines


def block_lines(value: Mapping[str, Any] | list[Any], indent: int) -> list[str]:
    """``value`` as block-style YAML lines at ``indent`` (nested values two further in).

    Scalars go through :func:`scalar` (so every string reads back as itself);
    an empty mapping or list is written ``{}`` / ``[]``.
    """
    pad = " " * indent
    out: list[str] = []
    if isinstance(value, Mapping):
        for k, v in value.items():
            if isinstance(v, (Mapping, list)) and v:
                out.append(f"{pad}{key(str(k))}:")
                out += block_lines(v, indent + 2)
            else:
                out.append(f"{pad}{key(str(k))}: {_flat(v)}")
        return out
    for item in value:
        if isinstance(item, (Mapping, list)) and item:
            inner = block_lines(item, indent + 2)
            out.append(f"{pad}- {inner[0][indent + 2 :]}")
            out += inner[1:]
        else:
            out.append(f"{pad}- {_flat(item)}")
    return out


def _flat(value: Any) -> str:
    if isinstance(value, Mapping):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return scalar(value)


_BREAKS = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits on


@dataclass
class TextLines:
    """A file's text as lines, each keeping its own line break, for editing in place.

    Lines are counted as the YAML parser counts them (LF, CR, CRLF, NEL,
    U+2028, U+2029; the other breaks ``str.splitlines`` knows cannot be in a
    YAML file), so the marks of a parsed ``Doc`` point at the right lines;
    nothing but the lines edited is rewritten.  New lines end with the
    file's own line break (CRLF when it has any).
    """

    lines: list[str]
    breaks: list[str]
    newline: str

    @classmethod
    def of(cls, text: str) -> TextLines:
        newline = "\r\n" if "\r\n" in text else "\n"
        pieces = text.splitlines(keepends=True)
        lines = [piece.rstrip(_BREAKS) for piece in pieces]
        breaks = [piece[len(line) :] for piece, line in zip(pieces, lines, strict=True)]
        if breaks and not breaks[-1]:  # the last line gets one
            breaks[-1] = newline
        return cls(lines, breaks, newline)

    def replace(self, start: int, end: int, new: list[str]) -> None:
        """Lines ``[start, end)`` become ``new`` (``start == end`` inserts)."""
        self.lines[start:end] = new
        self.breaks[start:end] = [self.newline] * len(new)

    def text(self) -> str:
        return "".join(line + brk for line, brk in zip(self.lines, self.breaks, strict=True))


def member_text(
    *,
    name: str,
    framework: str,
    ident: str | None = None,
    role: str | None = None,
    assessments: list[list[str]] | None = None,
    schema: str | None = None,
) -> str:
    """A new member file; ``assessments`` are blocks from ``assessment_lines``."""
    lines = [schema] if schema else []
    lines.append(f"schema: {MEMBER_SCHEMA}")
    if ident:
        lines.append(f"id: {scalar(ident)}")
    lines.append(f"name: {scalar(name)}")
    lines.append(f"framework: {scalar(framework)}")
    if role:
        lines.append(f"role: {scalar(role)}")
    if assessments:
        lines.append("assessments:")
        for block in assessments:
            lines += block
    return "\n".join(lines) + "\n"


def schema_line(out: Path, cwd: Path | None = None) -> str | None:
    """``# yaml-language-server: $schema=...`` for a member file written at ``out``.

    The schema is looked for in ``schemas/member.schema.json`` of the output's
    folder and each folder above it (the layout of this repository and of team
    repositories made like it); the line points at it by a relative path, so it
    keeps working in every clone.  Without one, no line is written: an absolute
    path would only work on this machine.
    """
    base = (cwd or Path.cwd()) / out if not out.is_absolute() else out
    folder = base.resolve().parent
    for candidate in (folder, *folder.parents):
        schema = candidate / SCHEMA_FILE
        if schema.is_file():
            relative = Path(os.path.relpath(schema, folder)).as_posix()
            if comment(relative) != relative:
                return None  # a folder name that cannot stand in the comment as it is
            return f"# yaml-language-server: $schema={relative}"
    return None


def init_member(
    fw: Framework,
    *,
    name: str,
    reference: str,
    role: str | None,
    ident: str | None,
    lang: str,
    today: dt.date,
    schema: str | None,
) -> str:
    """A new member file with every skill listed in a commented-out self-assessment.

    Lines of YAML are commented with ``# `` and explanations with ``## ``, so
    selecting the block and toggling comments once (Ctrl+/ or ⌘/) leaves
    valid YAML with the explanations still commented.
    """
    role_model = fw.role(role)
    head = member_text(name=name, framework=reference, ident=ident, role=role, schema=schema)
    steps = " · ".join(
        f"{s.level} {s.name.get(lang)} ({_scope(s.scope, lang)})"
        for s in sorted(fw.levels, key=lambda s: s.level)
    )
    low, top = min(fw.scale), fw.top
    intro = [
        word("member.intro_1", lang),
        word("member.intro_2", lang, low=low, top=top),
        word("member.intro_3", lang, steps=steps),
        word("member.intro_4", lang),
    ]
    target_word = word("member.target", lang)
    body = [
        "# assessments:",
        f"#   - date: {today.isoformat()}",
        "#     by: self",
        "#     levels:",
    ]
    width = max((len(p.skill.id) for p in fw.placed), default=0) + 1
    axis = category = None
    for placed in fw.placed:
        if placed.category.axis != axis:
            axis = placed.category.axis
            axis_name = placed.axis.name.get(lang) if placed.axis else axis
            body.append(f"##       ===== {axis_name} ({axis}) =====")
        if placed.category.id != category:
            category = placed.category.id
            body.append(f"##       --- {placed.category.name.get(lang)} ({category}) ---")
        target = fw.target(role_model, placed.skill.id)
        note = placed.skill.name.get(lang) + (f" ({target_word} {target})" if target is not None else "")
        body.append(f"#       {(placed.skill.id + ':').ljust(width)}   # {note}")
    lines = [line[:1] + comment(line[1:]) for line in intro + body]  # every line stays a comment
    return head + "\n" + "\n".join(lines) + "\n"


def _scope(scope: str, lang: str) -> str:
    return word(f"scope.{scope}", lang)


def framework_reference(framework: str, out: Path | None) -> str:
    """What the new member's ``framework:`` says: a family@version as given, or a path.

    A path is written relative to the member file's folder, which is where the
    loader looks first (stdout: relative to the current folder, its fallback).
    """
    from csmatrix.files import lookup

    if lookup.parse_ref(framework) is not None and not lookup.looks_like_path(framework):
        return framework
    folder = os.path.realpath((out if out is not None else Path("member.yaml")).absolute().parent)
    target = os.path.realpath(framework)
    try:
        return Path(os.path.relpath(target, folder)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(target).as_posix()
