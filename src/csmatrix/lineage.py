"""Carrying current levels across framework versions, in memory.

A version names its predecessors through ``replaces`` and keeps the ids of
skills that continue unchanged (docs/frameworks.md, "Lineage").  One step
from an older version to the version that supersedes it:

* a skill that keeps its id takes the level of the same id;
* a skill that ``replaces`` older ids takes the minimum of their levels
  (together with its own id when that existed too): a merged skill is only
  as strong as its weakest part;
* a skill none of whose sources is rated stays unrated;
* rated skills with no successor are dropped (and reported).

Several steps follow the ``supersedes`` chain one version at a time.  Pure:
the caller finds the chain (``Store.chain``); nothing here reads files.
This works on current levels only (what `team` needs); `migrate` rewrites
whole assessments and could share ``sources`` with it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from csmatrix.models.framework import Framework


def sources(older: Framework, newer: Framework) -> dict[str, list[str]]:
    """For each skill of ``newer``, the skills of ``older`` it carries levels from."""
    out: dict[str, list[str]] = {}
    for placed in newer.placed:
        skill = placed.skill
        found = [old for old in skill.replaces if old in older.skills]
        if skill.id in older.skills and skill.id not in found:
            found.insert(0, skill.id)
        out[skill.id] = found
    return out


@dataclass
class Carried:
    levels: dict[str, int]
    dropped: list[str] = field(default_factory=list)  # old skill ids with no successor
    steps: list[str] = field(default_factory=list)  # refs passed through, oldest first


def carry_step(
    levels: Mapping[str, int], mapping: Mapping[str, Sequence[str]]
) -> tuple[dict[str, int], list[str]]:
    """One version forward: (new levels, rated old ids that no new skill carries)."""
    new: dict[str, int] = {}
    used: set[str] = set()
    for skill_id, olds in mapping.items():
        rated = [levels[old] for old in olds if old in levels]
        used.update(olds)
        if rated:
            new[skill_id] = min(rated)
    dropped = [old for old in levels if old not in used]
    return new, dropped


class Lineage:
    """The path from older versions of a family to ``target`` (newest first chain)."""

    def __init__(self, target: Framework, chain: Sequence[Framework]) -> None:
        self.target = target
        # oldest ... newest, ending with the target
        self.versions: list[Framework] = [*reversed(chain), target]
        self.index = {fw.ref: i for i, fw in enumerate(self.versions)}
        self._steps: dict[int, dict[str, list[str]]] = {}

    def reaches(self, ref: str) -> bool:
        """Can a member on ``ref`` be carried to the target?"""
        return ref in self.index

    def _step(self, i: int) -> dict[str, list[str]]:
        if i not in self._steps:
            self._steps[i] = sources(self.versions[i], self.versions[i + 1])
        return self._steps[i]

    def carry(self, levels: Mapping[str, int], ref: str) -> Carried:
        """``levels`` rated in version ``ref`` carried forward to the target."""
        start = self.index[ref]
        current = dict(levels)
        dropped: list[str] = []
        for i in range(start, len(self.versions) - 1):
            current, lost = carry_step(current, self._step(i))
            dropped += [f"{old} ({self.versions[i].version})" for old in lost]
        return Carried(current, dropped, [fw.ref for fw in self.versions[start:]])
