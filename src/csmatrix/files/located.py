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

from csmatrix.errors import Problem
from csmatrix.files.yamlio import Doc, Loc, dotted
from csmatrix.models.common import CONTROL as _CONTROL_CHARS

M = TypeVar("M", bound=BaseModel)


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` for the closest of ``options``, or nothing when none is close."""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def parse_model(doc: Doc, model: type[M]) -> tuple[M | None, list[Problem]]:
    """``doc.value`` as a ``model`` (the schema only), or the problems, pointing into the file.

    The semantic rules a schema cannot express are ``rules.semantic``'s.
    """
    if not isinstance(doc.value, dict):
        found = describe(doc.value)
        return None, [
            doc.problem((), f"expected a mapping of keys (such as 'schema: ...') at the top, found {found}")
        ]
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
    seen: set[tuple[int, int, str]] = set()
    out = []
    for problem in problems:
        key = (problem.line, problem.col, problem.message)
        if key not in seen:
            seen.add(key)
            out.append(problem)
    return out


def describe(value: Any) -> str:
    if value is None:
        return "nothing (an empty value)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = str(value)
    if len(text) > 40:
        text = text[:37] + "..."
    return f"'{text}'"


def to_problem(doc: Doc, model: type[BaseModel], error: ErrorDetails) -> Problem:
    loc: Loc = tuple(error["loc"])
    kind = error["type"]
    value = error.get("input")
    hint = ""
    on_key = False
    if loc and loc[-1] == "[key]":
        loc = loc[:-1]
        on_key = True
    if kind == "missing":
        parent, name = loc[:-1], loc[-1]
        where = f" in '{parent[-1]}'" if parent and isinstance(parent[-1], str) else ""
        message = f"missing required field '{name}'{where}"
        problem = doc.problem(parent, message)
        return Problem(problem.path, problem.line, problem.col, message, dotted(loc))
    if kind == "extra_forbidden":
        name = str(loc[-1])
        known = fields_at(model, loc[:-1])
        suggestion = did_you_mean(name, known)
        message = f"unknown field '{name}'{suggestion}"
        if known and not suggestion:
            hint = "allowed here: " + ", ".join(known)
        return doc.problem(loc, message, key=True, hint=hint)
    if kind == "control_character":
        ctx = error.get("ctx") or {}
        hint = str(ctx.get("hint", ""))
    message = _reword(kind, error, value, loc)
    if on_key:
        message = f"key {describe(loc[-1])}: {message}"
    return doc.problem(loc, message, key=on_key, hint=hint)


def _reword(kind: str, error: ErrorDetails, value: Any, loc: Loc) -> str:
    found = describe(value)
    ctx = error.get("ctx") or {}
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return f"expected a mapping (indented 'key: value' lines), found {found}"
    if kind == "list_type":
        return f"expected a list ('- item' lines), found {found}"
    if kind in ("string_type", "str_type"):
        return f"expected text, found {found}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return f"expected a whole number, found {found}"
    if kind == "literal_error":
        allowed = ctx.get("expected", "")
        options = [part.strip(" '\"") for part in allowed.replace(" or ", ", ").split(",")]
        message = f"expected one of {allowed}, found {found}"
        if isinstance(value, str):
            message += did_you_mean(value, options)
        return message
    if kind == "string_pattern_mismatch":
        return (
            f"{found} is not a valid id: use lowercase ASCII letters, digits and hyphens "
            "(kebab-case), e.g. 'experience-management'"
        )
    if kind == "greater_than_equal":
        return f"{found} is not on the scale: levels start at 1 (there is no level 0)"
    if kind == "string_too_short":
        return "must not be empty"
    if kind == "too_short":
        return f"needs at least {ctx.get('min_length', 1)} entry"
    if kind == "control_character":
        return str(error.get("msg", ""))
    if kind in ("value_error", "assertion_error"):
        text = str(error.get("msg", ""))
        for prefix in ("Value error, ", "Assertion failed, "):
            text = text.removeprefix(prefix)
        return text
    if kind.startswith("date"):
        return f"expected a date written as YYYY-MM-DD, found {found}"
    if kind.startswith("bool"):
        return f"expected true or false, found {found}"
    return f"{error.get('msg', 'invalid value')} (found {found})"


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
