"""The framework file: the level scale, axes, categories, skills and roles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Annotated, Any, Literal

from pydantic import Discriminator, Field, Tag, model_validator

from csmatrix.models.common import Date, Id, LangMap, Level, Strict, Text
from csmatrix.models.member import Method
from csmatrix.words import Msg


class ScaleLevel(Strict):
    level: Level
    name: LangMap
    scope: Literal["individual", "organization"] = "individual"
    description: LangMap | None = None


class Axis(Strict):
    id: Id
    name: LangMap
    description: LangMap | None = None


SourceKind = Literal["article", "public", "ours"]
QUOTE_MAX = 30  # characters: a short quote of a few words, never a sentence


class Source(Strict):
    """Where a skill comes from, in a fixed vocabulary (``kind``).

    * ``article``: named in the source article; ``quote`` holds its own words
      (a few words at most) or ``note`` a paraphrase;
    * ``public``: a public source other than the article, cited by title in ``ref``;
    * ``ours``: our own reading; ``note`` says what we added and why.
    """

    kind: SourceKind
    ref: Text | None = None
    quote: Text | None = None
    note: Text | None = None

    @model_validator(mode="after")
    def _says_enough(self) -> Source:
        if self.quote is not None and len(self.quote) > QUOTE_MAX:
            raise ValueError(Msg("models.quote_too_long", max=QUOTE_MAX))
        if self.kind == "article" and self.quote is None and self.note is None:
            raise ValueError(Msg("models.article_needs_words"))
        if self.kind == "public" and self.ref is None:
            raise ValueError(Msg("models.public_needs_ref"))
        if self.kind == "ours" and self.note is None:
            raise ValueError(Msg("models.ours_needs_note"))
        return self

    def __str__(self) -> str:
        parts: list[str] = [self.kind]
        if self.ref:
            parts.append(self.ref)
        if self.quote:
            parts.append(f"「{self.quote}」")
        if self.note:
            parts.append(self.note)
        return " — ".join(parts)


def _source_form(value: Any) -> str:
    return "structured" if isinstance(value, (dict, Source)) else "plain"


# A mapping is checked as a Source only, so a mistake in it is reported once.
SkillSource = Annotated[
    Annotated[Source, Tag("structured")] | Annotated[Text, Tag("plain")],
    Discriminator(_source_form),
]


class Skill(Strict):
    id: Id
    name: LangMap
    summary: LangMap | None = None
    levels: dict[Level, LangMap]
    replaces: list[Id] = Field(default_factory=list)
    # Predecessors (this skill's own id, or ids in ``replaces``) whose ratings do
    # not carry as they stand: the meaning or the scope changed.  ``migrate`` and
    # ``team`` report them as "re-assess" instead of carrying them silently.
    reassess: list[Id] = Field(default_factory=list)
    tags: list[Text] = Field(default_factory=list)
    # The structured form is preferred; a plain string is still read (older files).
    source: SkillSource | None = None

    @model_validator(mode="after")
    def _reassess_names_a_predecessor(self) -> Skill:
        for old in self.reassess:
            if old != self.id and old not in self.replaces:
                raise ValueError(Msg("models.reassess_not_predecessor", old=old))
        return self


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
    # A role off the main ladder (a specialist track beside the lead role): its
    # own ladder, so it is never the "next role" of a role on another track.
    track: Id | None = Field(
        default=None,
        description="A track of its own (e.g. specialist); the next role is the next one on the same track.",
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
        """The next role up on the same track (roles without a track are the main ladder)."""
        ids = [role.id for role in self.roles]
        if role_id not in ids:
            return None
        index = ids.index(role_id)
        track = self.roles[index].track
        return next((r for r in self.roles[index + 1 :] if r.track == track), None)

    def highest_target(self, skill_id: str) -> int | None:
        """The highest target any role sets for ``skill_id`` (None when no role targets it)."""
        targets = [t for t in (self.target(r, skill_id) for r in self.roles) if t is not None]
        return max(targets) if targets else None

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
