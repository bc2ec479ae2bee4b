"""The member file: who someone is and their dated assessments."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field, PrivateAttr, ValidatorFunctionWrapHandler, field_validator, model_validator

from csmatrix.models.common import ID_PATTERN, Date, Id, LangMap, Level, Strict, Text

# How a rating was obtained (an assessment's ``method``); a role's
# ``requires_method`` names some of these.  Documented in the README.
Method = Literal["examination", "written-test", "observation", "interview", "peer-review", "self-assessment"]
METHODS: tuple[str, ...] = get_args(Method)


class Assessment(Strict):
    date: Date
    by: Text
    levels: dict[Id, Level] = Field(
        # a blank `skill-id:` is allowed (not rated yet): editors must not flag it
        json_schema_extra={
            "patternProperties": {
                ID_PATTERN: {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "null"}]}
            },
            "description": "Skill id -> level; a blank level means not rated yet.",
        }
    )
    notes: dict[Id, Text] = Field(default_factory=dict)
    evidence: dict[Id, list[Text]] = Field(default_factory=dict)
    method: Method | None = Field(default=None, description="How the ratings were obtained.")
    assessor_org: Text | None = Field(
        default=None,
        description="The assessor's organisation, when outside the team (e.g. an outside consultant).",
    )

    _blank: tuple[str, ...] = PrivateAttr(default=())

    @field_validator("levels", mode="before")
    @classmethod
    def _without_blanks(cls, value: object) -> object:
        # `skill-id:` with no value is "not rated yet" (SPEC), as a blank cell is in `import`
        if isinstance(value, dict):
            return {k: v for k, v in value.items() if v is not None}
        return value

    @model_validator(mode="wrap")
    @classmethod
    def _note_blanks(cls, data: object, handler: ValidatorFunctionWrapHandler) -> Assessment:
        raw = data.get("levels") if isinstance(data, dict) else None
        made: Assessment = handler(data)
        made._blank = ()
        if isinstance(raw, dict) and None in raw.values():  # most assessments have no blank
            made._blank = tuple(str(k) for k, v in raw.items() if v is None)
        return made

    @property
    def blank(self) -> tuple[str, ...]:
        """Skills listed with no level in this assessment: not rated yet (never scored)."""
        return self._blank

    @property
    def is_self(self) -> bool:
        return self.by.strip().lower() == "self"


class Dropped(Strict):
    skill: Id
    level: Level
    date: Date
    by: Text
    reason: Text | None = None
    note: Text | None = None


class Member(Strict):
    schema_: Literal["csmatrix/member@1"] = Field(alias="schema")
    id: Id | None = None
    name: LangMap
    framework: Text
    role: Id | None = None
    joined: Date | None = None
    background: LangMap | None = None
    unit: Text | None = Field(
        default=None, description="The team inside the team (e.g. high-touch); `team --by unit` groups by it."
    )
    assessments: list[Assessment] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)
