"""The activities file: a team's CS activities for the improvement map."""

from __future__ import annotations

from typing import Literal, get_args

from pydantic import Field

from csmatrix.models.common import Id, LangMap, Strict, Text

Expectation = Literal["above", "meets", "below"]
Resources = Literal["low", "medium", "high"]
JourneyStage = Literal["evaluation", "contract", "onboarding", "adoption", "renewal", "churn"]
JOURNEY_ORDER: tuple[str, ...] = get_args(JourneyStage)
"""The customer journey, in order: the one list of stages (``activities/map`` shows them so)."""


class Activity(Strict):
    id: Id
    name: LangMap
    expectation: Expectation
    resources: Resources
    journey_stage: JourneyStage | None = None
    description: LangMap | None = None
    owner: Text | None = None


class Activities(Strict):
    schema_: Literal["csmatrix/activities@1"] = Field(alias="schema")
    team: LangMap | None = None
    activities: list[Activity] = Field(default_factory=list)
