"""What-if: the team as it would be without some members (``team --without``).

The coverage rule is ``team``'s (holders at the coverage level or above).  A
skill is a *new single point* when it had two or more holders and has one
left, *newly uncovered* when it had at least one and has none; ``changes``
lists every skill whose coverage drops, with the holders it loses.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from csmatrix.errors import UsageError
from csmatrix.team.report import SkillCoverage, TeamMember
from csmatrix.words import Msg


@dataclass(frozen=True)
class CoverageChange:
    skill: str
    before: int
    after: int
    lost: tuple[str, ...]  # the removed holders

    def as_dict(self) -> dict[str, Any]:
        return {"skill": self.skill, "before": self.before, "after": self.after, "lost": list(self.lost)}


@dataclass
class WhatIf:
    without: list[TeamMember]
    new_single_points: list[str]
    new_uncovered: list[str]
    changes: list[CoverageChange]

    @property
    def ok(self) -> bool:
        return True

    def as_dict(self, lang: str = "ja") -> dict[str, Any]:
        return {
            "without": [{"id": m.id, "name": m.name.get(lang)} for m in self.without],
            "new_single_points": list(self.new_single_points),
            "new_uncovered": list(self.new_uncovered),
            "changes": [change.as_dict() for change in self.changes],
        }


def _same_file(spec: str, member: TeamMember) -> bool:
    if not member.path:
        return False
    try:
        return Path(spec).resolve() == Path(member.path).resolve()
    except (OSError, RuntimeError):
        return False


def pick_members(members: Sequence[TeamMember], specs: Sequence[str]) -> list[TeamMember]:
    """The members ``specs`` name (a member id, or the path of a member file), each once.

    An unknown name is a usage error (exit 2) that says which ids exist.
    """
    by_id = {m.id: m for m in members}
    chosen: dict[str, TeamMember] = {}
    for spec in specs:
        found = by_id.get(spec) or next((m for m in members if _same_file(spec, m)), None)
        if found is None:
            known = sorted(by_id)[:8] + (["…"] if len(by_id) > 8 else [])
            raise UsageError(
                Msg("teamplan.unknown_member", spec=spec),
                hint=Msg("teamplan.unknown_member_hint", known=known),
            )
        chosen.setdefault(found.id, found)
    return list(chosen.values())


def what_if(
    before: Sequence[SkillCoverage], after: Sequence[SkillCoverage], without: Sequence[TeamMember]
) -> WhatIf:
    """Compare the coverage of the whole team (``before``) with the team ``without`` some members."""
    gone = {m.id for m in without}
    remaining = {s.id: s for s in after}
    single, uncovered, changes = [], [], []
    for skill in before:
        now = remaining[skill.id]
        if now.coverage < skill.coverage:
            lost = tuple(ident for ident, _ in skill.holders if ident in gone)
            changes.append(CoverageChange(skill.id, skill.coverage, now.coverage, lost))
            if now.coverage == 1:
                single.append(skill.id)
            elif now.coverage == 0:
                uncovered.append(skill.id)
    return WhatIf(list(without), single, uncovered, changes)
