"""pydantic errors turned into located, plain-worded problems.

The models know nothing of YAML; the ``Doc`` knows where everything was
written.  This module joins the two: each pydantic error's ``loc`` is looked
up in ``Doc.marks`` (walking up to the nearest written parent for missing
fields) and its message is reworded for a person who edits YAML by hand.
"""

from __future__ import annotations

import copy
import difflib
import types
import typing
from collections.abc import Iterable
from typing import Any, TypeVar, Union

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from csmatrix.errors import Problem, Text
from csmatrix.files.yamlio import Doc, Loc, dotted
from csmatrix.models.common import CONTROL as _CONTROL_CHARS
from csmatrix.words import Msg

M = TypeVar("M", bound=BaseModel)


def did_you_mean(word: str, options: Iterable[str]) -> Msg | str:
    """`` (did you mean 'x'?)`` for the closest of ``options``, or "" when none is close.

    A ``Msg`` to put in a field of the message it ends (``{suggest}``).
    """
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return Msg("schema.did_you_mean", name=close[0]) if close else ""


def problem_at(doc: Doc, loc: Loc, message: Text, *, key: bool = False, hint: Text = "") -> Problem:
    """A problem at ``loc`` of ``doc`` (its key when ``key``), in the reader's words."""
    line, col = doc.mark(loc, key=key)
    return Problem(doc.path, line, col, message, dotted(loc), hint)


def parse_model(doc: Doc, model: type[M]) -> tuple[M | None, list[Problem]]:
    """``doc.value`` as a ``model`` (the schema only), or the problems, pointing into the file.

    The semantic rules a schema cannot express are ``rules.semantic``'s.
    """
    if not isinstance(doc.value, dict):
        return None, [problem_at(doc, (), Msg("schema.top_not_mapping", found=describe(doc.value)))]
    try:
        return model.model_validate(doc.value), []
    except ValidationError as exc:
        problems = [to_problem(doc, model, error) for error in exc.errors(include_url=False)]
        return None, _unique(problems)


def pruned(doc: Doc, model: type[M]) -> M | None:
    """The model of ``doc`` with each invalid value left out, or None.

    Lets the semantic checks still run over the rest of a file that failed
    the schema, so one bad value (``default: 0``) does not hide the other
    problems around it.  A text with a control character keeps its text
    (without the character) so nothing looks missing; any other invalid
    value is dropped, and a file missing a required field gives None.
    """
    if not isinstance(doc.value, dict):
        return None
    value = copy.deepcopy(doc.value)
    for _ in range(8):
        try:
            return model.model_validate(value)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                if error["type"] == "missing" or not _drop(value, error):
                    return None
    return None


def _drop(value: Any, error: ErrorDetails) -> bool:
    """Remove (or clean) the value ``error`` is about; False when that cannot be done."""
    loc = [part for part in error["loc"] if part != "[key]"]
    target: tuple[dict[Any, Any], Any] | None = None
    node = value
    for part in loc:
        if isinstance(node, dict) and part in node:
            target = (node, part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            node = node[part]
        else:
            break
    if target is None:
        return False
    parent, key = target
    if error["type"] == "control_character" and isinstance(node, str) and parent.get(key) is node:
        parent[key] = _CONTROL_CHARS.sub("", str(node)) or "?"
    else:
        parent.pop(key, None)
    return True


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[tuple[int, int, Text]] = set()
    out = []
    for problem in problems:
        key = (problem.line, problem.col, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def describe(value: Any) -> Msg:
    """What was written, as a message says it: ``'text'``, a list, a mapping, nothing."""
    if value is None:
        return Msg("schema.found_nothing")
    if isinstance(value, dict):
        return Msg("schema.found_mapping")
    if isinstance(value, list):
        return Msg("schema.found_list")
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return Msg("schema.found_value", text=text)


def to_problem(doc: Doc, model: type[BaseModel], error: ErrorDetails) -> Problem:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    hint: Text = ""
    on_key = False
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
        on_key = True
    if kind == "missing":
        parent, name = loc[:-1], str(loc[-1])
        if parent and isinstance(parent[-1], str):
            message = Msg("schema.missing_in", name=name, parent=parent[-1])
        else:
            message = Msg("schema.missing", name=name)
        line, col = doc.mark(parent)
        return Problem(doc.path, line, col, message, dotted(loc))
    if kind == "extra_forbidden":
        name = str(loc[-1])
        known = fields_at(model, loc[:-1])
        suggestion = did_you_mean(name, known)
        if known and not suggestion:
            hint = Msg("schema.allowed_here", fields=known)
        return problem_at(
            doc, loc, Msg("schema.unknown_field", name=name, suggest=suggestion), key=True, hint=hint
        )
    if kind == "control_character":
        hint = Msg("models.control_hint")
    message = _reword(kind, error, value)
    if on_key:
        message = Msg("schema.on_key", what=describe(loc[-1]), message=message)
    return problem_at(doc, loc, message, key=on_key, hint=hint)


def _reword(kind: str, error: ErrorDetails, value: Any) -> Msg:
    """pydantic's error as we say it: every kind a person meets has its own words."""
    found = describe(value)
    ctx = error.get("ctx") or {}
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return Msg("schema.expected_mapping", found=found)
    if kind == "list_type":
        return Msg("schema.expected_list", found=found)
    if kind in ("string_type", "str_type"):
        return Msg("schema.expected_text", found=found)
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return Msg("schema.expected_whole", found=found)
    if kind == "literal_error":
        allowed = str(ctx.get("expected", ""))
        options = [part.strip(" '\"") for part in allowed.replace(" or ", ", ").split(",")]
        suggest = did_you_mean(value, options) if isinstance(value, str) else ""
        return Msg("schema.one_of", allowed=_choices(options), found=found, suggest=suggest)
    if kind == "string_pattern_mismatch":
        return Msg("schema.bad_id", found=found)
    if kind == "greater_than_equal":
        return Msg("schema.level_zero", found=found)
    if kind == "string_too_short":
        return Msg("schema.empty")
    if kind == "too_short":
        return Msg("schema.too_short", n=ctx.get("min_length", 1))
    if kind == "control_character":
        return Msg("models.control", char=ctx.get("char", "?"), position=ctx.get("position", 0))
    if kind in ("value_error", "assertion_error"):
        raised = ctx.get("error")
        said = raised.args[0] if isinstance(raised, Exception) and raised.args else None
        if isinstance(said, Msg):  # our validators raise ValueError(Msg(...))
            return said
        text = str(error.get("msg", ""))
        for prefix in ("Value error, ", "Assertion failed, "):
            text = text.removeprefix(prefix)
        return Msg("schema.invalid", detail=text)
    if kind.startswith("date"):
        return Msg("schema.expected_date", found=found)
    if kind.startswith("bool"):
        return Msg("schema.expected_bool", found=found)
    return Msg("schema.other", detail=str(error.get("msg", "invalid value")), found=found)


def _choices(options: list[str]) -> Msg:
    """``'a', 'b' or 'c'`` (``'a'、'b'、'c'`` in Japanese): the values a literal allows."""
    quoted = [f"'{option}'" for option in options]
    if len(quoted) == 1:
        return Msg("schema.choice", value=quoted[0])
    return Msg("schema.choices", head=quoted[:-1], last=quoted[-1])


def fields_at(model: type[BaseModel], loc: Loc) -> list[str]:
    """The keys a person may write at ``loc`` (for "did you mean")."""
    current: Any = model
    for part in loc:
        current = _unwrap(current)
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = _field(current, str(part))
            if field is None:
                return []
            current = field
        elif typing.get_origin(current) in (list, dict):
            args = typing.get_args(current)
            current = args[-1] if args else Any
        else:
            return []
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return [info.alias or name for name, info in current.model_fields.items()]
    return []


def _field(model: type[BaseModel], key: str) -> Any:
    for name, info in model.model_fields.items():
        if key in (name, info.alias):
            return info.annotation
    return None


def _unwrap(annotation: Any) -> Any:
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0] if args else Any
        else:
            return annotation
