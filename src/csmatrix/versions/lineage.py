"""Which skills of one version continue which skills of another (``replaces``).

A skill of version B continues the skill of version A with the same id, and
every skill of A that it names in ``replaces``.  Across several versions
(2019 → 2021-summer → 2021-autumn) the steps are composed, so that a skill
renamed in summer and kept in autumn still traces back to 2019.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from csmatrix.models.framework import Framework

ChainOf = Callable[[Framework], Iterable[Framework]]
"""The versions a framework supersedes, newest first (``Store.chain``)."""


def step(older: Framework, newer: Framework) -> dict[str, list[str]]:
    """newer skill id -> the skills of ``older`` it continues (same id first)."""
    out: dict[str, list[str]] = {}
    for placed in newer.placed:
        skill = placed.skill
        preds = [skill.id] if skill.id in older.skills else []
        preds += [old for old in skill.replaces if old in older.skills and old not in preds]
        out[skill.id] = preds
    return out


def compose(first: dict[str, list[str]], second: dict[str, list[str]]) -> dict[str, list[str]]:
    """``second`` maps C -> B, ``first`` maps B -> A: the result maps C -> A."""
    out: dict[str, list[str]] = {}
    for newer, middles in second.items():
        preds: list[str] = []
        for middle in middles:
            for old in first.get(middle, []):
                if old not in preds:
                    preds.append(old)
        out[newer] = preds
    return out


@dataclass
class Lineage:
    """``sources[dst skill] = [src skills]`` between two versions, either direction."""

    src: Framework
    dst: Framework
    sources: dict[str, list[str]]
    via: list[str] = field(default_factory=list)  # intermediate versions, in walking order
    connected: bool = True  # False: no supersedes chain links them; direct ids only
    path: list[Framework] = field(default_factory=list)  # every version walked, oldest first

    def successors(self, src_id: str) -> list[str]:
        return [dst for dst, srcs in self.sources.items() if src_id in srcs]

    @property
    def orphans(self) -> list[str]:
        """Skills of ``src`` that nothing in ``dst`` continues."""
        fed = {s for srcs in self.sources.values() for s in srcs}
        return [p.skill.id for p in self.src.placed if p.skill.id not in fed]


def forward(path: Sequence[Framework]) -> dict[str, list[str]]:
    """Oldest first: the newest version's skills -> the oldest version's skills."""
    mapping = {p.skill.id: [p.skill.id] for p in path[0].placed}
    for older, newer in pairwise(path):
        mapping = compose(mapping, step(older, newer))
    return mapping


def lineage(src: Framework, dst: Framework, chain_of: ChainOf | None = None) -> Lineage:
    """How ``dst``'s skills descend from ``src``'s (or, going back, ascend).

    ``chain_of(fw)`` returns the versions ``fw`` supersedes, newest first
    (``Store.chain``); when one endpoint is found in the other's chain the
    steps in between are composed.  Otherwise only same ids and ``dst``'s
    direct ``replaces`` count (or ``src``'s, when ``src`` is the newer one).
    """
    older_of = _chain(chain_of, dst)
    between = _between(older_of, src, dst)
    if between is not None:
        path = [src, *between, dst]
        return Lineage(src, dst, forward(path), [f.version for f in between], path=path)
    newer_of = _chain(chain_of, src)
    between = _between(newer_of, dst, src)
    if between is not None:
        path = [dst, *between, src]
        return Lineage(
            src, dst, _invert(forward(path), dst), [f.version for f in reversed(between)], path=path
        )
    direct = step(src, dst)
    backwards = not any(p != [d] for d, p in direct.items() if p) and _names_back(src, dst)
    if backwards:
        return Lineage(src, dst, _invert(step(dst, src), dst), connected=_linked(src, dst), path=[dst, src])
    return Lineage(src, dst, direct, connected=_linked(src, dst), path=[src, dst])


def _chain(chain_of: ChainOf | None, fw: Framework) -> list[Framework]:
    if chain_of is None:
        return []
    return list(chain_of(fw))


def _between(chain: list[Framework], old: Framework, new: Framework) -> list[Framework] | None:
    """The versions strictly between ``old`` and ``new`` (oldest first), if linked."""
    if old.id != new.id or old.version == new.version:
        return None
    for index, fw in enumerate(chain):
        if fw.id == old.id and fw.version == old.version:
            return list(reversed(chain[:index]))
    return None


def _names_back(src: Framework, dst: Framework) -> bool:
    """``src`` is the newer one: its ``replaces`` name skills of ``dst``."""
    return any(old in dst.skills and old != p.skill.id for p in src.placed for old in p.skill.replaces)


def _linked(src: Framework, dst: Framework) -> bool:
    return src.id == dst.id and (dst.supersedes == src.version or src.supersedes == dst.version)


def _invert(mapping: dict[str, list[str]], older: Framework) -> dict[str, list[str]]:
    """newer -> older becomes older -> newer, keyed by every skill of ``older``."""
    out: dict[str, list[str]] = {p.skill.id: [] for p in older.placed}
    for newer, olds in mapping.items():
        for old in olds:
            if old in out and newer not in out[old]:
                out[old].append(newer)
    return out
