"""The member file: who someone is and their dated assessments."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from csmatrix.models.common import Date, Id, LangMap, Level, Strict, Text

MEMBER_SCHEMA = "csmatrix/member@1"

# How a rating was obtained (an assessment's ``method``); a role's
# ``requires_method`` names some of these.  Documented in the README.
Method = Literal["examination", "written-test", "observation", "interview", "peer-review", "self-assessment"]
METHODS: tuple[str, ...] = get_args(Method)


class Assessment(Strict):
    date: Date
    by: Text
    levels: dict[Id, Level]
    notes: dict[Id, Text] = Field(default_factory=dict)
    evidence: dict[Id, list[Text]] = Field(default_factory=dict)
    method: Method | None = None
    assessor_org: Text | None = None  # the assessor's organisation, when outside the team

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
    unit: Text | None = None  # the team inside the team (e.g. high-touch)
    assessments: list[Assessment] = Field(default_factory=list)
    dropped: list[Dropped] = Field(default_factory=list)
