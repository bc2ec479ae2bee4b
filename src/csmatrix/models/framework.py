"""The framework file: the level scale, axes, categories, skills and roles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

from pydantic import Field

from csmatrix.models.common import Date, Id, LangMap, Level, Strict, Text
from csmatrix.models.member import Method

FRAMEWORK_SCHEMA = "csmatrix/framework@1"


class ScaleLevel(Strict):
    level: Level
    name: LangMap
    scope: Literal["individual", "organization"] = "individual"
    description: LangMap | None = None


class Axis(Strict):
    id: Id
    name: LangMap
    description: LangMap | None = None


class Skill(Strict):
    id: Id
    name: LangMap
    summary: LangMap | None = None
    levels: dict[Level, LangMap]
    replaces: list[Id] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    source: Text | None = None


class Category(Strict):
    id: Id
    axis: Id
    name: LangMap
    description: LangMap | None = None
    skills: list[Skill] = Field(default_factory=list)


class Targets(Strict):
    default: Level | None = None
    axes: dict[Id, Level] = Field(default_factory=dict)
    categories: dict[Id, Level] = Field(default_factory=dict)
    skills: dict[Id, Level] = Field(default_factory=dict)


class Role(Strict):
    id: Id
    name: LangMap
    description: LangMap | None = None
    targets: Targets = Field(default_factory=Targets)
    # Only ratings obtained by one of these methods count toward this role's
    # readiness (e.g. [examination] for a title earned by examination).
    requires_method: list[Method] = Field(
        default_factory=list, description="Only ratings obtained by these methods count toward readiness."
    )


@dataclass(frozen=True)
class Placed:
    """A skill with the category and axis it sits in, in framework order."""

    skill: Skill
    category: Category
    axis: Axis | None


class Framework(Strict):
    schema_: Literal["csmatrix/framework@1"] = Field(alias="schema")
    id: Id
    version: Text
    released: Date
    supersedes: Text | None = None
    title: LangMap
    description: LangMap | None = None
    levels: list[ScaleLevel] = Field(min_length=1)
    axes: list[Axis] = Field(min_length=1)
    categories: list[Category] = Field(min_length=1)
    roles: list[Role] = Field(default_factory=list)

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    @cached_property
    def top(self) -> int:
        return max(level.level for level in self.levels)

    @cached_property
    def scale(self) -> dict[int, ScaleLevel]:
        return {level.level: level for level in self.levels}

    @cached_property
    def placed(self) -> list[Placed]:
        axes = {axis.id: axis for axis in self.axes}
        return [
            Placed(skill, category, axes.get(category.axis))
            for category in self.categories
            for skill in category.skills
        ]

    @cached_property
    def skills(self) -> dict[str, Placed]:
        return {p.skill.id: p for p in self.placed}

    @cached_property
    def roles_by_id(self) -> dict[str, Role]:
        return {role.id: role for role in self.roles}

    def role(self, role_id: str | None) -> Role | None:
        return self.roles_by_id.get(role_id) if role_id else None

    def next_role(self, role_id: str | None) -> Role | None:
        ids = [role.id for role in self.roles]
        if role_id not in ids:
            return None
        index = ids.index(role_id)
        return self.roles[index + 1] if index + 1 < len(self.roles) else None

    def target(self, role: Role | None, skill_id: str) -> int | None:
        """skill -> category -> axis -> default, as SPEC.md's scoring defines it."""
        if role is None or skill_id not in self.skills:
            return None
        placed = self.skills[skill_id]
        targets = role.targets
        for table, key in (
            (targets.skills, skill_id),
            (targets.categories, placed.category.id),
            (targets.axes, placed.category.axis),
        ):
            if key in table:
                return table[key]
        return targets.default
