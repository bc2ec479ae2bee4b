"""What the site shows: frameworks by family and version, what changed, and (only when asked) members.

* ``PATH`` arguments are framework files, folders (walked; files there that are
  not frameworks are skipped) or ``family@version`` references.  With none,
  every framework on the lookup path is published (``csmatrix list`` shows them).
* A framework that does not validate stops the build: nothing half-right is
  published.  The same ``family@version`` named twice is shown once (the first).
* Versions of a family are ordered by release date, then version.  "What
  changed" compares each version with the one it ``supersedes`` (found beside
  it or on the lookup path, even when it is not published itself).
* Members are read only from ``--members DIR`` (the command refuses it without
  ``--private``): each is scored against their own framework version, as
  ``assess`` does; there is one team heatmap per framework family, each
  carrying its members to the newest version of the family, as ``team`` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.errors import CsmatrixError, InvalidInput, Problem
from csmatrix.files.store import Loaded, Store, kind_of, yaml_files
from csmatrix.files.yamlio import read_doc
from csmatrix.models.framework import Framework
from csmatrix.scoring.gaps import GapReport
from csmatrix.team.gather import Team
from csmatrix.versions.compare import FrameworkDiff
from csmatrix.words import Msg


@dataclass
class Version:
    framework: Framework
    path: str
    diff: FrameworkDiff | None = None  # against the version it supersedes, when found
    missing_previous: str | None = None  # ``supersedes`` names a version that was not found


@dataclass
class Family:
    id: str
    versions: list[Version]  # oldest first

    @property
    def newest(self) -> Version:
        return self.versions[-1]


@dataclass
class MemberPage:
    id: str
    report: GapReport


@dataclass
class SitePlan:
    families: list[Family]
    members: list[MemberPage] = field(default_factory=list)
    teams: list[Team] = field(default_factory=list)  # one per framework family

    @property
    def private(self) -> bool:
        return bool(self.members)


def _loaded(store: Store, targets: Sequence[str]) -> tuple[list[Loaded[Framework]], list[Problem]]:
    from csmatrix.files.lookup import available

    problems: list[Problem] = []
    out: list[Loaded[Framework]] = []
    if not targets:
        return [store.framework_file(found.path) for found in available(store.dirs)], problems
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files, missing = yaml_files([path])
            problems += missing
            for file in files:
                doc = read_doc(file)
                if doc.ok and kind_of(doc) != "framework":
                    continue  # a member or activities file in the same folder
                out.append(store.framework_file(file, doc))
        elif path.exists() or path.is_symlink():
            out.append(store.framework_file(path))
        else:
            out.append(store.framework(target))
    return out, problems


def frameworks(store: Store, targets: Sequence[str]) -> list[Family]:
    """Every framework named, grouped by family, each with its diff to the version before."""
    from csmatrix.versions.compare import diff_frameworks

    loaded, problems = _loaded(store, targets)
    for item in loaded:
        if item.model is None or not item.ok:
            problems += item.problems or [Problem(item.path, 0, 0, Msg("siteplan.not_framework"))]
    if problems:
        raise InvalidInput(problems)
    seen: dict[str, Version] = {}
    for fw, path in [(item.model, item.path) for item in loaded if item.model is not None]:
        seen.setdefault(fw.ref, Version(fw, path))
    if not seen:
        raise CsmatrixError(Msg("siteplan.nothing"), hint=Msg("siteplan.nothing_hint"))
    families: dict[str, list[Version]] = {}
    for version in seen.values():
        families.setdefault(version.framework.id, []).append(version)
    for version in seen.values():
        fw = version.framework
        if not fw.supersedes:
            continue
        before = store.superseded(fw, Path(version.path))
        if before is None or before.model is None or not before.ok:
            version.missing_previous = fw.supersedes
            continue
        version.diff = diff_frameworks(before.model, fw, chain_of=store.chain)
    return [
        Family(family, sorted(versions, key=lambda v: (v.framework.released, v.framework.version)))
        for family, versions in sorted(families.items())
    ]


def members(store: Store, folder: Path) -> tuple[list[MemberPage], list[Team]]:
    """Every member under ``folder``, scored against their framework; a team per family."""
    from csmatrix.scoring.gaps import score
    from csmatrix.team.gather import gather, read_members

    if not folder.is_dir():
        raise CsmatrixError(
            Msg(
                "siteplan.members_not_folder" if folder.exists() else "siteplan.members_missing",
                path=str(folder),
            ),
            hint=Msg("siteplan.members_hint"),
        )
    entries, read = read_members(store, [folder], keep=True)
    if not read.ok:
        raise InvalidInput(read.problems)
    if not entries:
        raise CsmatrixError(Msg("siteplan.no_members", path=str(folder)))
    pages = [
        MemberPage(entry.member.id, score(entry.model, entry.framework, member_id=entry.member.id))
        for entry in entries
        if entry.model is not None  # read_members(keep=True) keeps every model
    ]
    families: dict[str, list[str]] = {}
    for entry in entries:
        families.setdefault(entry.framework.id, []).append(entry.member.path)
    teams = [gather(store, paths) for _, paths in sorted(families.items())]
    problems = [p for team in teams for p in team.problems]
    if any(not team.ok for team in teams):
        raise InvalidInput(problems)
    return sorted(pages, key=lambda p: p.id), teams


def plan(store: Store, targets: Sequence[str], member_folder: Path | None = None) -> SitePlan:
    site = SitePlan(frameworks(store, targets))
    if member_folder is not None:
        site.members, site.teams = members(store, member_folder)
    return site
