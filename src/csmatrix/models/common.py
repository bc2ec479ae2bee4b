"""Types shared by every file kind: ids, language maps, dates."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator
from pydantic_core import PydanticCustomError

from csmatrix.words import Msg

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LANGS = ("ja", "en")
DEFAULT_LANG = "ja"


class Strict(BaseModel):
    """Base of every file model: unknown keys are errors, never dropped data."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


Id = Annotated[str, Field(pattern=ID_PATTERN)]


def _text_from_scalar(value: Any) -> Any:
    """Numbers typed in YAML stay the text the person wrote (``version: 2019``)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    return value


# Characters no human text may hold: C0 controls but the newline (so TAB and CR
# too), DEL, C1, and the bidi overrides/isolates that reorder what a reader
# sees.  Newlines stay allowed: descriptors are written as ``|`` blocks.
CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def show_char(char: str) -> str:
    """A character as an escape a person can read: ``\\x1b``, ``\\u202e``."""
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _no_control(value: str) -> str:
    found = CONTROL.search(value)
    if found:  # files.located words it (models.control) from the kind and these fields
        raise PydanticCustomError(
            "control_character",
            "text holds the control character {char} (character {position})",
            {"char": show_char(found.group()), "position": found.start() + 1},
        )
    return value


Text = Annotated[str, BeforeValidator(_text_from_scalar), Field(min_length=1), AfterValidator(_no_control)]


def _as_date(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(Msg("models.not_date", value=value))
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(Msg("models.not_calendar_date", value=value)) from None
    return value


Date = Annotated[dt.date, BeforeValidator(_as_date, json_schema_input_type=str)]


class LangMap(Strict):
    """A human text: ``{ja: ..., en: ...}``; a plain string serves every language."""

    ja: Text | None = None
    en: Text | None = None

    @model_validator(mode="before")
    @classmethod
    def _from_plain(cls, value: Any) -> Any:
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value)
            return {"ja": text, "en": text}
        return value

    @model_validator(mode="after")
    def _not_empty(self) -> LangMap:
        if self.ja is None and self.en is None:
            raise ValueError(Msg("models.text_needs_lang"))
        return self

    def get(self, lang: str = DEFAULT_LANG) -> str:
        first = self.en if lang == "en" else self.ja
        other = self.ja if lang == "en" else self.en
        return first or other or ""

    @property
    def is_plain(self) -> bool:
        return self.ja == self.en

    def as_yaml(self) -> Any:
        """What to write back: a plain string when both languages agree."""
        if self.is_plain:
            return self.ja
        return {k: v for k, v in (("ja", self.ja), ("en", self.en)) if v is not None}


def _lang_schema(schema: dict[str, Any]) -> None:
    schema.clear()
    schema.update(
        {
            "anyOf": [
                {"type": "string", "minLength": 1},
                {
                    "type": "object",
                    "properties": {
                        "ja": {"type": "string", "minLength": 1},
                        "en": {"type": "string", "minLength": 1},
                    },
                    "additionalProperties": False,
                    "minProperties": 1,
                },
            ],
            "description": "Plain text, or a language map {ja: ..., en: ...}",
        }
    )


LangMap.model_config["json_schema_extra"] = _lang_schema


_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９．", "0123456789.")


def _strict_level(value: Any) -> Any:
    """A level as ``import`` reads one: ``3``, ``3.0`` and ``３`` (typed with a Japanese input
    method) are 3; ``+3``, ``2e0``, ``②``, ``²`` and other digits that only look like one are
    refused as what they are."""
    if not isinstance(value, str):
        return value
    if value.isascii() and value.isdigit():  # nearly every level in a team's files: "3"
        return int(value)
    text = value.translate(_FULL_WIDTH_DIGITS)
    if re.fullmatch(r"[0-9]+(\.0+)?", text):
        return int(text.split(".")[0])
    raise PydanticCustomError("int_parsing", "expected a whole number")


Level = Annotated[int, Field(ge=1), BeforeValidator(_strict_level)]
