"""Gathering a team: member files and folders -> one framework and current levels.

Reads each file once and keeps only what the team view needs (id, name,
role, current levels), so 2,000 members never hold 2,000 parsed documents.

* Folders are walked for ``*.yaml``/``*.yml``; files found there that are
  another kind (frameworks, activities, YAML without a csmatrix schema) are
  skipped quietly.  A file named on the command line must be a member.
* The framework is ``--framework`` when given; otherwise the newest version
  among the members' frameworks of one family (the one whose ``supersedes``
  chain contains every other version present).
* Members on an older version of that family are carried forward in memory
  by the rules of ``csmatrix migrate`` (``migration.migrate``, assessment by
  assessment), so the team view shows exactly what migrate-then-assess would,
  and are named in a notice; members of another family, or on a version the
  chosen one does not descend from, are located problems.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.errors import Problem
from csmatrix.files.store import Store, kind_of, yaml_files
from csmatrix.files.yamlio import read_doc
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import recency
from csmatrix.team.report import TeamMember
from csmatrix.words import Msg


@dataclass
class _Entry:
    member: TeamMember
    framework: Framework
    framework_path: Path
    id_at: tuple[int, int]  # where the id was written (or the file start, for a stem id)
    framework_at: tuple[int, int]  # the ``framework:`` value
    model: Member | None = None  # kept only when asked (``read_members(keep=True)``)


Entry = _Entry  # one member file as read: what ``read_members`` returns


@dataclass(frozen=True)
class Notice:
    """Something a person should know about the members read: ``words`` key ``notice.<code>``."""

    code: str
    fields: dict[str, str | int]


@dataclass
class Team:
    framework: Framework | None
    members: list[TeamMember]
    problems: list[Problem] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


def _files(paths: Sequence[str | Path]) -> tuple[list[tuple[Path, bool]], list[Problem]]:
    """(file, named explicitly) pairs, in the order given, each file once."""
    out: list[tuple[Path, bool]] = []
    problems: list[Problem] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        found, missing = yaml_files([path])
        problems += missing
        explicit: bool | None = None  # asked once per path, not once per file in it
        for file in found:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                if explicit is None:
                    explicit = not path.is_dir()
                out.append((file, explicit))
    return out, problems


def latest_levels(member: Member) -> dict[str, int]:
    """``scoring.current_levels`` without building a ``Rating`` per rating.

    Same rule (``scoring.gaps.recency``), in one pass: at 2,000 members the scoring
    version's objects cost a tenth of the run.  tests/test_team.py checks that
    both agree on generated members.
    """
    return _latest((a.date, a.is_self, a.levels) for a in member.assessments)


def _latest(assessments: Iterable[tuple[dt.date, bool, Mapping[str, int]]]) -> dict[str, int]:
    best: dict[str, tuple[tuple[dt.date, int, int], int]] = {}
    for index, (date, is_self, levels) in enumerate(assessments):
        rank = recency(date, is_self, index)
        for skill, level in levels.items():
            held = best.get(skill)
            if held is None or rank > held[0]:
                best[skill] = (rank, level)
    return {skill: level for skill, (_, level) in best.items()}


def counted_levels(
    fw: Framework, assessments: Iterable[tuple[dt.date, bool, str | None, Mapping[str, int]]]
) -> dict[str, dict[str, int]]:
    """Per role with ``requires_method``: the latest levels among ratings obtained that way."""
    gated = [role for role in fw.roles if role.requires_method]
    if not gated:
        return {}
    rows = list(assessments)
    return {
        role.id: _latest(
            (date, is_self, levels)
            for date, is_self, method, levels in rows
            if method in role.requires_method
        )
        for role in gated
    }


def _looks_like_member(value: object) -> bool:
    return isinstance(value, dict) and "schema" not in value and "framework" in value


def _read(store: Store, file: Path, explicit: bool, team: Team, keep: bool = False) -> _Entry | None:
    doc = read_doc(file)
    if doc.ok and not explicit:
        kind = kind_of(doc)
        if kind != "member" and not _looks_like_member(doc.value):
            team.skipped.append(str(file))
            return None
    loaded, fw_loaded = store.member_doc(doc, file.parent)
    if loaded.model is None or not loaded.ok or fw_loaded is None or fw_loaded.model is None:
        team.problems += loaded.problems or [Problem(doc.path, *doc.mark(()), Msg("gather.not_member"))]
        return None
    team.problems += loaded.problems  # warnings, if any
    model: Member = loaded.model
    member = TeamMember(
        id=model.id or file.stem,
        name=model.name,
        role=model.role,
        levels=latest_levels(model),
        path=str(file),
        background=model.background,
        unit=model.unit,
        counted=counted_levels(
            fw_loaded.model, ((a.date, a.is_self, a.method, a.levels) for a in model.assessments)
        ),
    )
    id_at = doc.mark(("id",)) if model.id else (0, 0)
    fw_at = doc.mark(("framework",))
    return _Entry(member, fw_loaded.model, Path(fw_loaded.path), id_at, fw_at, model if keep else None)


def _problem(entry: _Entry, at: tuple[int, int], message: Msg, loc: str, hint: Msg | str = "") -> Problem:
    return Problem(entry.member.path, at[0], at[1], message, loc, hint)


def _duplicates(entries: list[_Entry], team: Team) -> list[_Entry]:
    first: dict[str, _Entry] = {}
    kept = []
    for entry in entries:
        ident = entry.member.id
        if ident in first:
            team.problems.append(
                _problem(
                    entry,
                    entry.id_at,
                    Msg("gather.duplicate_id", id=ident, path=first[ident].member.path),
                    "id",
                    hint=Msg("gather.duplicate_id_hint"),
                )
            )
        else:
            first[ident] = entry
            kept.append(entry)
    return kept


def _newest(store: Store, entries: list[_Entry]) -> Framework:
    """The version whose lineage holds the most of the others (all, normally)."""
    versions: dict[str, _Entry] = {}
    for entry in entries:
        versions.setdefault(entry.framework.ref, entry)
    best: tuple[int, str, str] | None = None
    chosen = entries[0].framework
    for ref, entry in versions.items():
        older = {fw.ref for fw in store.chain(entry.framework, entry.framework_path)}
        key = (len(older & versions.keys()), entry.framework.released.isoformat(), ref)
        if best is None or key > best:
            best, chosen = key, entry.framework
    return chosen


def _target(store: Store, entries: list[_Entry], reference: str | None) -> tuple[Framework, Path | None]:
    if reference is not None:
        loaded = store.framework(reference)
        return loaded.unwrap(), Path(loaded.path)
    families = Counter(entry.framework.id for entry in entries)
    family = families.most_common(1)[0][0]
    same = [entry for entry in entries if entry.framework.id == family]
    fw = _newest(store, same)
    path = next(entry.framework_path for entry in same if entry.framework.ref == fw.ref)
    return fw, path


def carry(
    store: Store, entry: _Entry, fw: Framework
) -> tuple[dict[str, int], list[str], list[str], dict[str, dict[str, int]]]:
    """Current levels of a member on another version, carried to ``fw`` as migrate does:
    the levels, the skills lost on the way, the skills to re-assess, and the levels
    each role that requires a method counts.

    Only members on an older version come here (a few), so their file is read
    again rather than every member's model being kept in memory (unless the
    entry kept its model).
    """
    from csmatrix.versions.lineage import lineage
    from csmatrix.versions.migrate import migrate

    model = entry.model or store.member(entry.member.path)[0].unwrap()
    result = migrate(model, lineage(entry.framework, fw, store.chain))
    migrated = result.migrated(entry.member.id)
    levels = latest_levels(migrated)
    lost = sorted({f"{drop.skill} ({entry.framework.version})" for drop in result.drops})
    again = [item.skill for item in result.reassess if item.skill in levels]
    counted = counted_levels(fw, ((a.date, a.is_self, a.method, a.levels) for a in migrated.assessments))
    return levels, lost, again, counted


def member_files(store: Store, paths: Sequence[str | Path], keep: bool = False) -> tuple[list[_Entry], Team]:
    """Every valid member file under ``paths``, read once (ids not yet checked for repeats).

    Files named are read whatever they hold; in folders, other YAML is skipped
    (``Team.skipped``).  Invalid files are problems in the ``Team``.
    """
    team = Team(None, [])
    files, team.problems = _files(paths)
    entries = [e for file, explicit in files if (e := _read(store, file, explicit, team, keep)) is not None]
    return entries, team


def read_members(store: Store, paths: Sequence[str | Path], keep: bool = False) -> tuple[list[_Entry], Team]:
    """Every member file under ``paths`` read once, each id once; problems in the ``Team``."""
    entries, team = member_files(store, paths, keep)
    return _duplicates(entries, team), team


def gather(store: Store, paths: Sequence[str | Path], reference: str | None = None) -> Team:
    """Every member under ``paths``, in one framework; problems for the rest."""
    entries, team = read_members(store, paths)
    if not entries:
        if reference is not None:
            team.framework = store.framework(reference).unwrap()
        return team
    fw, fw_path = _target(store, entries, reference)
    team.framework = fw
    chain = store.chain(fw, fw_path)
    reachable = {older.ref for older in chain}
    carried: list[str] = []
    dropped: list[str] = []
    roles_lost: list[str] = []
    reassess: list[str] = []
    for entry in entries:
        member, ref = entry.member, entry.framework.ref
        if entry.framework.id != fw.id:
            team.problems.append(
                _problem(
                    entry,
                    entry.framework_at,
                    Msg("gather.other_family", ref=ref, team=fw.ref),
                    "framework",
                    hint=Msg("gather.other_family_hint"),
                )
            )
            continue
        if ref != fw.ref:
            if ref not in reachable:
                newer = any(old.ref == fw.ref for old in store.chain(entry.framework, entry.framework_path))
                team.problems.append(
                    _problem(
                        entry,
                        entry.framework_at,
                        Msg("gather.newer" if newer else "gather.not_in_lineage", ref=ref, team=fw.ref),
                        "framework",
                        hint=Msg("gather.lineage_hint"),
                    )
                )
                continue
            levels, lost, again, counted = carry(store, entry, fw)
            if again:
                reassess.append(f"{member.id}: {', '.join(again)}")
            member = TeamMember(
                member.id,
                member.name,
                member.role,
                levels,
                member.path,
                member.background,
                migrated_from=ref,
                dropped=tuple(lost),
                unit=member.unit,
                counted=counted,
            )
            carried.append(f"{member.id} ({ref})")
            if lost:
                dropped.append(f"{member.id}: {', '.join(lost)}")
        if member.role is not None and fw.role(member.role) is None:
            roles_lost.append(f"{member.id} ({member.role})")
            member = TeamMember(
                member.id,
                member.name,
                None,
                member.levels,
                member.path,
                member.background,
                member.migrated_from,
                member.dropped,
                member.unit,
                member.counted,
            )
        team.members.append(member)
    if carried:
        code = "carried" if len(carried) != 1 else "carried_1"
        team.notices.append(Notice(code, {"n": len(carried), "ref": fw.ref, "members": ", ".join(carried)}))
    if reassess:
        team.notices.append(Notice("reassess", {"items": "; ".join(reassess)}))
    if dropped:
        team.notices.append(Notice("dropped", {"items": "; ".join(dropped)}))
    if roles_lost:
        team.notices.append(Notice("roles_lost", {"ref": fw.ref, "members": ", ".join(roles_lost)}))
    return team
