"""Rewriting a member's assessments onto another version of their framework.

Rules (also in the README, "Framework versions", "`csmatrix migrate MEMBER --to REF`"):

* a skill that keeps its id, or names one old skill in ``replaces``, takes
  that skill's ratings, assessment by assessment (dates and ``by`` kept);
* a skill that replaces several old skills takes, in each assessment, the
  **minimum** of the ratings of those skills rated there: a merged skill is
  only as strong as its weakest part;
* ``replaces`` is followed across any number of versions (``Store.chain``);
* a skill with no predecessor stays unrated;
* a rated skill with no successor goes to ``dropped:`` with its level, date,
  assessor, note and evidence: never silently lost;
* when the new scale is shorter, a level above its top is clamped to the top
  (and reported); notes and evidence travel with their skill (merged notes
  are joined with " / ").
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csmatrix.models.framework import Framework
from csmatrix.models.kinds import MEMBER_SCHEMA
from csmatrix.models.member import Assessment, Member
from csmatrix.versions.lineage import Lineage
from csmatrix.words import Msg, word

if TYPE_CHECKING:
    from csmatrix.files.store import Store
    from csmatrix.files.yamlio import Doc

NOTE_JOIN = " / "


@dataclass(frozen=True)
class Drop:
    skill: str
    level: int
    date: dt.date
    by: str
    note: str | None

    def as_yaml(self, reason: str) -> dict[str, Any]:
        out: dict[str, Any] = {"skill": self.skill, "level": self.level, "date": self.date, "by": self.by}
        out["reason"] = reason
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True)
class Clamp:
    skill: str
    date: dt.date
    by: str
    before: int
    after: int


@dataclass(frozen=True)
class Reassess:
    """Ratings carried to ``skill`` that a person must look at again.

    ``reason`` is ``meaning`` (a ``reassess`` mark on some step of the lineage:
    the skill changed meaning or scope) or ``scope`` (the level's scope, e.g.
    individual → organization, differs between the versions walked, and the
    descriptor at that level was reworded); ``levels`` are the carried levels
    concerned.
    """

    skill: str
    olds: tuple[str, ...]
    reason: str
    levels: tuple[int, ...]


@dataclass
class Migration:
    member: Member
    src: Framework
    dst: Framework
    lineage: Lineage
    assessments: list[dict[str, Any]] = field(default_factory=list)
    carried: list[tuple[list[str], str]] = field(default_factory=list)  # (old ids, new id), rated only
    unrated: list[str] = field(default_factory=list)
    drops: list[Drop] = field(default_factory=list)
    clamps: list[Clamp] = field(default_factory=list)
    lost_notes: list[tuple[str, dt.date]] = field(default_factory=list)
    emptied: int = 0  # assessments with nothing left to carry
    reassess: list[Reassess] = field(default_factory=list)  # carried, but to be re-assessed

    @property
    def role(self) -> str | None:
        role = self.member.role
        return role if role is not None and self.dst.role(role) is not None else None

    @property
    def role_lost(self) -> bool:
        return self.member.role is not None and self.role is None

    @property
    def merged(self) -> list[tuple[list[str], str]]:
        return [(olds, new) for olds, new in self.carried if len(olds) > 1]

    def reason(self) -> str:
        return f"no successor in {self.dst.ref}"

    def migrated(self, member_id: str = "") -> Member:
        """The member as it stands on ``dst``: the migration's result as a model.

        ``member_id`` (the file name) stands in for a missing ``id``.
        """
        return Member.model_validate(_as_text(self.as_yaml(member_id)))

    def as_yaml(self, member_id: str) -> dict[str, Any]:
        import re

        from csmatrix.models.common import ID_PATTERN

        m = self.member
        out: dict[str, Any] = {"schema": MEMBER_SCHEMA}
        if m.id or re.match(ID_PATTERN, member_id):  # a file name that is no id stays unwritten
            out["id"] = m.id or member_id
        out["name"] = m.name.as_yaml()
        out["framework"] = self.dst.ref
        if self.role is not None:
            out["role"] = self.role
        if m.joined is not None:
            out["joined"] = m.joined
        if m.background is not None:
            out["background"] = m.background.as_yaml()
        if m.unit is not None:
            out["unit"] = m.unit
        out["assessments"] = self.assessments
        dropped = [d.model_dump(exclude_none=True) for d in m.dropped]
        dropped += [d.as_yaml(self.reason()) for d in self.drops]
        if dropped:
            out["dropped"] = dropped
        return out


def migrate(member: Member, lineage: Lineage) -> Migration:
    src, dst = lineage.src, lineage.dst
    result = Migration(member, src, dst, lineage)
    sources = lineage.sources
    orphans = set(lineage.orphans)
    rated_src = {skill for a in member.assessments for skill in a.levels}
    for placed in dst.placed:
        olds = sources.get(placed.skill.id, [])
        rated = [o for o in olds if o in rated_src]
        if rated:
            result.carried.append((olds, placed.skill.id))
        else:
            result.unrated.append(placed.skill.id)
    marked = _marked(lineage)
    scopes = _scope_changes(lineage)
    flagged: dict[tuple[str, str], set[int]] = {}
    for assessment in member.assessments:
        levels: dict[str, int] = {}
        notes: dict[str, str] = {}
        evidence: dict[str, list[str]] = {}
        for placed in dst.placed:
            new_id = placed.skill.id
            olds = sources.get(new_id, [])
            values = [assessment.levels[o] for o in olds if o in assessment.levels]
            for old in olds:
                if old in assessment.levels:
                    level_ = assessment.levels[old]
                    if (new_id, old) in marked:
                        flagged.setdefault((new_id, "meaning"), set()).add(level_)
                    elif level_ in scopes and _reworded(src, old, placed.skill.levels, level_):
                        flagged.setdefault((new_id, "scope"), set()).add(level_)
            if values:
                level = min(values)
                if level > dst.top:
                    result.clamps.append(Clamp(new_id, assessment.date, assessment.by, level, dst.top))
                    level = dst.top
                levels[new_id] = level
            texts = [assessment.notes[o] for o in olds if o in assessment.notes]
            if texts:
                notes[new_id] = NOTE_JOIN.join(dict.fromkeys(texts))
            links = [link for o in olds for link in assessment.evidence.get(o, [])]
            if links:
                evidence[new_id] = list(dict.fromkeys(links))
        for skill, level in assessment.levels.items():
            if skill in orphans:
                result.drops.append(
                    Drop(skill, level, assessment.date, assessment.by, _drop_note(assessment, skill))
                )
        for skill in assessment.notes:
            if skill in orphans and skill not in assessment.levels:
                result.lost_notes.append((skill, assessment.date))
        if not (levels or notes or evidence):
            result.emptied += 1
            continue
        entry: dict[str, Any] = {"date": assessment.date, "by": assessment.by}
        if assessment.method is not None:
            entry["method"] = assessment.method
        if assessment.assessor_org is not None:
            entry["assessor_org"] = assessment.assessor_org
        entry["levels"] = levels
        if notes:
            entry["notes"] = notes
        if evidence:
            entry["evidence"] = evidence
        result.assessments.append(entry)
    for placed in dst.placed:
        for reason in ("meaning", "scope"):
            if (placed.skill.id, reason) in flagged:
                heirs = tuple(sources.get(placed.skill.id, []))
                found = tuple(sorted(flagged[placed.skill.id, reason]))
                result.reassess.append(Reassess(placed.skill.id, heirs, reason, found))
    return result


def _marked(lineage: Lineage) -> set[tuple[str, str]]:
    """(dst skill, src skill) pairs linked through a step marked ``reassess``."""
    path = lineage.path or [lineage.src, lineage.dst]
    # oldest skill -> {skill of the current version: marked on the way}
    reach = {p.skill.id: {p.skill.id: False} for p in path[0].placed}
    for newer in path[1:]:
        for oldest, current in reach.items():
            nxt: dict[str, bool] = {}
            for placed in newer.placed:
                skill = placed.skill
                for old in [skill.id, *skill.replaces]:
                    if old in current:
                        flag = current[old] or old in skill.reassess
                        nxt[skill.id] = nxt.get(skill.id, False) or flag
            reach[oldest] = nxt
    forward = path[0].ref == lineage.src.ref
    pairs: set[tuple[str, str]] = set()
    for oldest, current in reach.items():
        for newest, flag in current.items():
            if flag:
                pairs.add((newest, oldest) if forward else (oldest, newest))
    return pairs


def _reworded(src: Framework, old: str, new_levels: dict[int, Any], level: int) -> bool:
    """The descriptor at ``level`` differs between the old skill and the new one."""
    before = src.skills[old].skill.levels.get(level) if old in src.skills else None
    return bool(before != new_levels.get(level))


def _scope_changes(lineage: Lineage) -> set[int]:
    """Levels whose scope (individual/organization) differs along the versions walked."""
    path = lineage.path or [lineage.src, lineage.dst]
    seen: dict[int, set[str]] = {}
    for fw in path:
        for level in fw.levels:
            seen.setdefault(level.level, set()).add(level.scope)
    return {level for level, kinds in seen.items() if len(kinds) > 1}


def _drop_note(assessment: Assessment, skill: str) -> str | None:
    parts = []
    if skill in assessment.notes:
        parts.append(assessment.notes[skill])
    links = assessment.evidence.get(skill, [])
    if links:
        parts.append("evidence: " + ", ".join(links))
    return NOTE_JOIN.join(parts) if parts else None


def summary(result: Migration, source_label: str, lang: str) -> list[str]:
    """What happened, for people (stderr), in ``lang``."""
    return [line.text(lang) for line in summary_messages(result, source_label)]


def summary_messages(result: Migration, source_label: str) -> list[Msg]:
    """What happened, one message a line; lists of skills read as lists in each language."""
    src, dst = result.src, result.dst
    via: Msg | str = Msg("migrate.via", via=result.lineage.via) if result.lineage.via else ""
    lines = [Msg("migrate.done", source=source_label, before=src.ref, after=dst.ref, via=via)]
    if not result.lineage.connected and not result.lineage.via:
        lines.append(Msg("migrate.not_linked"))
    renamed = [(olds, new) for olds, new in result.carried if olds != [new]]
    same = [new for olds, new in result.carried if olds == [new]]
    if same:
        lines.append(Msg("migrate.carried", n=len(same), skills=same))
    for olds, new in renamed:
        if len(olds) > 1:
            lines.append(Msg("migrate.merged", olds=" + ".join(olds), new=new))
        else:
            lines.append(Msg("migrate.renamed", old=olds[0], new=new))
    if result.unrated:
        lines.append(Msg("migrate.unrated", n=len(result.unrated), skills=result.unrated))
    for item in result.reassess:
        why = Msg("migrate.why_meaning" if item.reason == "meaning" else "migrate.why_scope")
        levels = [str(n) for n in item.levels]
        lines.append(
            Msg("migrate.reassess", olds=" + ".join(item.olds), skill=item.skill, why=why, levels=levels)
        )
    for drop in result.drops:
        when = drop.date.isoformat()
        lines.append(Msg("migrate.dropped", skill=drop.skill, level=drop.level, date=when, by=drop.by))
    for clamp in result.clamps:
        lines.append(
            Msg(
                "migrate.clamped",
                skill=clamp.skill,
                before=clamp.before,
                after=clamp.after,
                date=clamp.date.isoformat(),
                by=clamp.by,
                ref=dst.ref,
                low=1,
                top=dst.top,
            )
        )
    for skill, date in result.lost_notes:
        lines.append(Msg("migrate.lost_note", skill=skill, date=date.isoformat()))
    if result.emptied:
        lines.append(Msg("migrate.emptied", n=result.emptied))
    if result.role_lost:
        lines.append(Msg("migrate.role_lost", role=result.member.role, ref=dst.ref))
    return lines


HEAD = "# Migrated by csmatrix migrate from "


def member_yaml(result: Migration, member_id: str, original: str | None = None) -> str:
    """The migrated member file.

    Given the ``original`` text, it is edited in place (see :func:`edit_member`):
    comments, blank lines, a BOM, CRLF line ends and every untouched value stay
    byte for byte, as ``import --into`` keeps them.  Without it (or when the
    file's layout does not allow an edit), the whole file is written anew.
    """
    head = _head(result)
    if original is not None:
        edited = edit_member(original, result, member_id, head)
        if edited is not None:
            return edited
    return head + "\n" + dump_member(result.as_yaml(member_id))


def _head(result: Migration) -> str:
    return f"{HEAD}{result.src.ref} to {result.dst.ref}."


def dump_member(data: dict[str, Any]) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, default_flow_style=False, width=100)


def edit_member(original: str, result: Migration, member_id: str, head: str) -> str | None:
    """``original`` with only what the migration changes rewritten; None if that is not safe.

    Rewritten: ``framework``, ``role`` (removed when the new version lacks it),
    ``id`` (added when missing), ``assessments`` and ``dropped``.  Everything
    else, comments included, stays as it was.  The result is parsed back and
    must hold exactly the migrated data, or None is returned.
    """
    from csmatrix.files.member_writer import TextLines, block_lines, scalar
    from csmatrix.files.yamlio import parse_text

    bom = original.startswith("\ufeff")
    text = original.removeprefix("\ufeff")
    doc = parse_text(text, "member")
    if not doc.ok or not isinstance(doc.value, dict):
        return None
    edit = TextLines.of(text)
    lines = edit.lines
    starts: dict[str, int] = {}
    col = None
    for loc, (line, column) in doc.marks.items():
        if len(loc) == 2 and loc[1] == "<key>" and isinstance(loc[0], str):
            starts[loc[0]] = line - 1
            if col not in (None, column) or lines[line - 1][: column - 1].strip():
                return None  # not a plain block mapping at the top
            col = column
    if col is None or set(starts) != set(doc.value):
        return None
    pad = " " * (col - 1)
    order = sorted(starts.values())

    def region(name: str) -> tuple[int, int]:
        """Lines [start, end) of a top-level key, without the comments and blank lines after it."""
        start = starts[name]
        end = next((n for n in order if n > start), len(lines))
        while end - 1 > start:
            stripped = lines[end - 1].strip()
            indent = len(lines[end - 1]) - len(lines[end - 1].lstrip(" "))
            if stripped and not (stripped.startswith("#") and indent <= col - 1):
                break
            end -= 1
        return start, end

    data = result.as_yaml(member_id)
    edits: list[tuple[int, int, list[str]]] = []
    start, end = region("framework")
    kept = _comment_after(lines, doc, "framework") if end == start + 1 else ""
    edits.append((start, end, [f"{pad}framework: {scalar(data['framework'])}{kept}"]))
    if "role" in starts and "role" not in data:
        edits.append((*region("role"), []))
    if "id" not in starts and "id" in data:  # a file name that is no id stays unwritten
        at = region("schema")[1] if "schema" in starts else min(order)
        edits.append((at, at, [f"{pad}id: {scalar(data['id'])}"]))
    assessments = data["assessments"]
    if "assessments" in starts:
        start, end = region("assessments")
        dash = _dash_column(lines, doc.marks, start, col - 1)
        body = block_lines(assessments, dash) if assessments else []
        edits.append((start, end, [f"{pad}assessments:{'' if assessments else ' []'}", *body]))
    elif assessments:
        return None
    if "dropped" in data:
        body = [f"{pad}dropped:", *block_lines(data["dropped"], col - 1 + 2)]
        if "dropped" in starts:
            edits.append((*region("dropped"), body))
        else:
            at = region("assessments")[1] if "assessments" in starts else region(_last(starts))[1]
            edits.append((at, at, body))
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        edit.replace(start, end, new)
    edit.replace(0, 1 if lines and lines[0].startswith(HEAD) else 0, [head])
    edited = edit.text()
    check = parse_text(edited, "member")
    expected = {k: v for k, v in doc.value.items() if k not in ("role", "id")}
    expected.update(_as_text(data))
    for name in ("name", "joined", "background"):  # untouched: as the file has them
        if name in doc.value:
            expected[name] = doc.value[name]
    if not check.ok or check.value != expected:
        return None
    return ("\ufeff" if bom else "") + edited


def _comment_after(lines: list[str], doc: Doc, name: str) -> str:
    """The ``   # comment`` after a plain one-line value, to keep when the value changes."""
    value = doc.value.get(name)
    mark = doc.marks.get((name,))
    if not isinstance(value, str) or mark is None:
        return ""
    line = lines[mark[0] - 1]
    col = mark[1] - 1
    if not line[col:].startswith(value):
        return ""
    rest = line[col + len(value) :]
    return rest if rest.lstrip().startswith("#") and rest[:1] in (" ", "\t") else ""


def _last(starts: dict[str, int]) -> str:
    return max(starts, key=lambda name: starts[name])


def _dash_column(lines: list[str], marks: dict[Any, tuple[int, int]], start: int, key_col: int) -> int:
    """Where the items of ``assessments`` put their dash (two in from the key by default)."""
    first = marks.get(("assessments", 0))
    if first is not None and first[0] - 1 > start:
        line = lines[first[0] - 1]
        dash = line.find("-")
        if dash >= 0 and not line[:dash].strip():
            return dash
    return key_col + 2


def _as_text(value: Any) -> Any:
    """``value`` as csmatrix's loader reads it back: every scalar as its text."""
    if isinstance(value, dict):
        return {str(k): _as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_as_text(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def target_reference(to: str, family: str) -> str:
    """``--to 2021-autumn`` means the member's own family at that version."""
    from csmatrix.files import lookup

    if "@" in to or lookup.looks_like_path(to) or Path(to).is_file():
        return to
    return f"{family}@{to}"


def migrate_file(store: Store, member_path: Path, to: str) -> Migration:
    """Load and check the member at ``member_path``, then migrate it to ``to`` (no text made).

    ``to`` is a reference, or a version of the member's own family.  Invalid
    input raises ``InvalidInput``; a target of another family, ``CsmatrixError``.
    """
    from csmatrix.errors import CsmatrixError, display_path
    from csmatrix.versions.lineage import lineage

    loaded, fw_loaded = store.member(member_path)
    member = loaded.unwrap()
    if fw_loaded is None:  # unwrap() above raised already: a valid member has its framework
        raise CsmatrixError(Msg("versions.no_framework", path=display_path(member_path)))
    src = fw_loaded.unwrap()
    dst_loaded = store.framework(target_reference(to, src.id))
    dst = dst_loaded.unwrap()
    if dst.id != src.id:
        raise CsmatrixError(
            Msg(
                "versions.other_family",
                path=display_path(member_path),
                src=src.ref,
                family=src.id,
                dst=dst.ref,
                other=dst.id,
            ),
            hint=Msg("versions.other_family_hint", family=src.id),
        )
    return migrate(member, lineage(src, dst, store.chain))


def migrated_text(result: Migration, member_path: Path, lang: str) -> tuple[str, list[str]]:
    """(the migrated member file, keeping the original's layout where it can; summary lines)."""
    from csmatrix.errors import display_path

    label = display_path(member_path)
    lines = summary(result, label, lang)
    member_id = Path(member_path).stem
    original = _original_text(member_path)
    edited = None
    if original is not None:
        edited = edit_member(original, result, member_id, _head(result))
        if edited is None:
            lines.append(word("migrate.rewritten", lang))
    return (edited if edited is not None else member_yaml(result, member_id)), lines


def plan(store: Store, member_path: Path, to: str, lang: str) -> tuple[str, list[str]]:
    """Load, check, migrate and write out: :func:`migrate_file` then :func:`migrated_text`."""
    return migrated_text(migrate_file(store, member_path, to), member_path, lang)


def _original_text(member_path: Path) -> str | None:
    """The member file as text (it was just read and found valid), or None."""
    from csmatrix.errors import CsmatrixError
    from csmatrix.files.read import read_bounded
    from csmatrix.files.yamlio import MAX_BYTES, decode

    try:
        data = read_bounded(member_path, MAX_BYTES)
    except CsmatrixError:
        return None
    text, problem = decode(data, str(member_path))
    if problem is not None:
        return None
    return ("\ufeff" if data.startswith(b"\xef\xbb\xbf") else "") + text
