"""Loading framework, member and activities files into validated models.

``Store`` caches every framework it reads (a team of 2,000 members parses its
framework once) and resolves ``family@version`` references.  Every function
returns a ``Loaded`` holding the model or the located problems, never both
missing and never an exception for bad input.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from csmatrix.errors import InvalidInput, Problem
from csmatrix.files import lookup
from csmatrix.files.located import describe, parse_model
from csmatrix.files.read import describe_os_error, is_file, present, real_key
from csmatrix.files.yamlio import Doc, parse_bytes, parse_text, read_doc
from csmatrix.models.framework import Framework
from csmatrix.models.kinds import KIND_BY_SCHEMA, SCHEMA_IDS
from csmatrix.models.member import Member
from csmatrix.rules import semantic
from csmatrix.words import Msg

if TYPE_CHECKING:  # loaded only by the commands that read an activities file (not assess, not team)
    from csmatrix.models.activities import Activities

T = TypeVar("T", Framework, Member, "Activities")


@dataclass
class Loaded(Generic[T]):
    path: str
    doc: Doc
    model: T | None = None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.model is not None and not any(p.severity == "error" for p in self.problems)

    def unwrap(self) -> T:
        """The model, or InvalidInput carrying every problem."""
        if self.model is None or not self.ok:
            raise InvalidInput(self.problems)
        return self.model


if TYPE_CHECKING:
    AnyLoaded = Loaded[Framework] | Loaded[Member] | Loaded[Activities]
    """What ``load_any`` hands out: the kind is known only once the file is read."""
else:
    AnyLoaded = Loaded


def kind_of(doc: Doc) -> str | None:
    """``framework``, ``member`` or ``activities`` by the file's ``schema:``; None when unknown."""
    value = doc.value
    if isinstance(value, dict):
        return KIND_BY_SCHEMA.get(str(value.get("schema", "")))
    return None


def kind_problem(doc: Doc) -> Problem:
    value = doc.value
    if not isinstance(value, dict):
        return doc.problem((), Msg("store.top_not_mapping", found=describe(value)))
    if isinstance(value, dict) and "schema" in value:
        return doc.problem(
            ("schema",),
            Msg("store.unknown_schema", schema=str(value["schema"])),
            hint=Msg("store.schema_one_of", known=list(KIND_BY_SCHEMA)),
        )
    return doc.problem(
        (),
        Msg("store.no_schema"),
        hint=Msg("store.no_schema_hint", framework=SCHEMA_IDS["framework"], member=SCHEMA_IDS["member"]),
    )


class Store:
    """Framework lookup plus a cache of every file it has read."""

    def __init__(self, extra_dirs: Iterable[str | Path] = (), *, lineage: bool = False) -> None:
        """``lineage=True`` also checks ``supersedes``/``replaces`` against the
        older versions (``validate`` does; scoring needs no older files)."""
        self.dirs: list[Path] = lookup.search_dirs(extra_dirs)
        self.lineage = lineage
        self._frameworks: dict[Path, Loaded[Framework]] = {}
        # 2,000 members name the same reference: resolve and check it once
        self._resolved: dict[tuple[str, Path | None], Path | None] = {}
        self._checked: dict[tuple[str, Path], Loaded[Framework]] = {}
        # where each loaded framework came from, so chain() finds its siblings
        self._origin: dict[int, Path] = {}

    # --- frameworks -----------------------------------------------------------

    def framework_file(self, path: str | Path, doc: Doc | None = None) -> Loaded[Framework]:
        key = real_key(path)
        if key not in self._frameworks:
            self._frameworks[key] = Loaded(str(path), Doc(str(path)))  # guards against cycles
            loaded = self._load_framework(doc if doc is not None else read_doc(path), key)
            self._frameworks[key] = loaded
            if loaded.model is not None:
                self._origin[id(loaded.model)] = Path(path)
        return self._frameworks[key]

    def framework_text(self, text: str, label: str) -> Loaded[Framework]:
        """A framework given as text (tests, generated content)."""
        return self._load_framework(parse_text(text, label), None)

    def framework_bytes(self, data: bytes, label: str) -> Loaded[Framework]:
        """A framework read from elsewhere (``git show REV:PATH``): size cap and encoding checked."""
        return self._load_framework(parse_bytes(data, label), None)

    def resolve(self, reference: str, base: Path | None = None) -> Path | None:
        """A ``family@version`` or a path (relative to ``base``, then the cwd)."""
        key = (reference, base)
        if key not in self._resolved:
            self._resolved[key] = self._resolve(reference, base)
        return self._resolved[key]

    def _resolve(self, reference: str, base: Path | None) -> Path | None:
        parsed = lookup.parse_ref(reference)
        if parsed is not None and not lookup.looks_like_path(reference):
            return lookup.find(*parsed, self.dirs)
        candidates = [Path(reference)]
        if base is not None and not Path(reference).is_absolute():
            candidates.insert(0, base / reference)
        found = next((c for c in candidates if is_file(c)), None)
        # a folder, a pipe, a loop, a name too long: reading it says precisely what is wrong
        return found if found is not None else next((c for c in candidates if present(c)), None)

    def framework(self, reference: str) -> Loaded[Framework]:
        """Load a framework named on the command line; unresolvable -> problem."""
        path = self.resolve(reference)
        if path is None:
            message, hint = lookup.not_found_message(reference, self.dirs)
            return Loaded(reference, Doc(reference), problems=[Problem(reference, 0, 0, message, hint=hint)])
        return self.checked_reference(reference, path)

    def checked_reference(self, reference: str, path: Path) -> Loaded[Framework]:
        """The framework at ``path``, also checked to be what ``reference`` names."""
        key = (reference, path)
        if key not in self._checked:
            self._checked[key] = self._checked_reference(reference, path)
        return self._checked[key]

    def _checked_reference(self, reference: str, path: Path) -> Loaded[Framework]:
        loaded = self.framework_file(path)
        parsed = lookup.parse_ref(reference)
        if loaded.model is not None and parsed is not None and not lookup.looks_like_path(reference):
            family, version = parsed
            if (loaded.model.id, loaded.model.version) != (family, version):
                problem = loaded.doc.problem(
                    ("id",), Msg("store.ref_mismatch", reference=reference, ref=loaded.model.ref)
                )
                return Loaded(loaded.path, loaded.doc, None, [*loaded.problems, problem])
        return loaded

    def _version_file(self, family: str, version: str, directory: Path | None) -> Path | None:
        """``<version>.yaml`` beside a framework first, then on the lookup path."""
        candidates = [directory / f"{version}{s}" for s in lookup.SUFFIXES] if directory else []
        found = lookup.find(family, version, self.dirs)
        if found is not None:
            candidates.append(found)
        return next((c for c in candidates if is_file(c)), None)

    def superseded(self, fw: Framework, path: Path | None = None) -> Loaded[Framework] | None:
        """The version ``fw`` supersedes: beside it first, then on the lookup path.

        ``path`` defaults to where this store loaded ``fw`` from.
        """
        if not fw.supersedes:
            return None
        path = path if path is not None else self._origin.get(id(fw))
        file = self._version_file(fw.id, fw.supersedes, path.parent if path else None)
        return self.framework_file(file) if file is not None else None

    def chain(self, fw: Framework, path: Path | None = None) -> list[Framework]:
        """Older versions, newest first, following ``supersedes`` (stops at a cycle).

        ``path`` defaults to where this store loaded ``fw`` from.
        """
        out: list[Framework] = []
        seen = {(fw.id, fw.version)}
        current, current_path = fw, path
        while True:
            older = self.superseded(current, current_path)
            if older is None or older.model is None:
                return out
            key = (older.model.id, older.model.version)
            if key in seen:
                return out
            seen.add(key)
            out.append(older.model)
            current, current_path = older.model, Path(older.path)

    def _load_framework(self, doc: Doc, path: Path | None) -> Loaded[Framework]:
        if not doc.ok:
            return Loaded(doc.path, doc, None, doc.problems)
        kind = kind_of(doc)
        if kind not in (None, "framework"):
            problem = doc.problem(("schema",), Msg("store.not_framework", kind=kind))
            return Loaded(doc.path, doc, None, [problem])
        model, problems = parse_model(doc, Framework)
        if model is None:
            return Loaded(doc.path, doc, None, problems)
        problems = semantic.framework_problems(model, doc)
        if self.lineage:
            problems += self._lineage_problems(model, doc, path)
        return Loaded(doc.path, doc, None if problems else model, problems)

    def _lineage_problems(self, fw: Framework, doc: Doc, path: Path | None) -> list[Problem]:
        if not fw.supersedes:
            return []
        cycle = self._cycle(fw, path)
        if cycle:
            return [
                doc.problem(
                    ("supersedes",),
                    Msg("store.cycle", cycle=" → ".join(cycle)),
                    hint=Msg("store.cycle_hint"),
                )
            ]
        older = self.superseded(fw, path)
        if older is None:
            return []
        if older.model is None:
            return [
                doc.problem(
                    ("supersedes",),
                    Msg("store.superseded_invalid", version=fw.supersedes, path=older.path),
                )
            ]
        return semantic.replaces_problems(fw, doc, older.model)

    def _cycle(self, fw: Framework, path: Path | None) -> list[str]:
        """Follow ``supersedes`` through the raw files; return the loop if any."""
        names = [str(fw.version)]
        if fw.supersedes is None:
            return []
        if fw.supersedes == fw.version:
            return [*names, names[0]]
        family = fw.id
        version = fw.supersedes
        directory = path.parent if path is not None else None
        for _ in range(100):
            file = self._version_file(family, version, directory)
            if file is None:
                return []
            names.append(version)
            raw = read_doc(file)
            value = raw.value if isinstance(raw.value, dict) else {}
            nxt = value.get("supersedes")
            if not nxt:
                return []
            nxt = str(nxt)
            if nxt in names:
                return [*names, nxt]
            version = nxt
        return []

    # --- members ---------------------------------------------------------------

    def member(self, path: str | Path) -> tuple[Loaded[Member], Loaded[Framework] | None]:
        """A member file and its framework; problems are on the member's Loaded."""
        doc = read_doc(path)
        return self.member_doc(doc, Path(path).parent)

    def member_doc(self, doc: Doc, base: Path) -> tuple[Loaded[Member], Loaded[Framework] | None]:
        if not doc.ok:
            return Loaded(doc.path, doc, None, doc.problems), None
        kind = kind_of(doc)
        if kind not in (None, "member"):
            return Loaded(
                doc.path,
                doc,
                None,
                [doc.problem(("schema",), Msg("store.not_member", kind=kind))],
            ), None
        model, problems = parse_model(doc, Member)
        if model is None:
            return Loaded(doc.path, doc, None, problems), None
        reference = model.framework
        fw_path = self.resolve(reference, base)
        if fw_path is None:
            message, hint = lookup.not_found_message(reference, self.dirs)
            return Loaded(doc.path, doc, None, [doc.problem(("framework",), message, hint=hint)]), None
        framework = self.checked_reference(reference, fw_path)
        if framework.model is None:
            problem = doc.problem(
                ("framework",),
                Msg("store.framework_invalid", reference=reference, path=framework.path),
                hint=Msg("store.validate_it"),
            )
            return Loaded(doc.path, doc, None, [problem]), framework
        problems = semantic.member_problems(model, doc, framework.model)
        return Loaded(doc.path, doc, None if problems else model, problems), framework

    # --- activities --------------------------------------------------------------

    def activities(self, path: str | Path, doc: Doc | None = None) -> Loaded[Activities]:
        doc = doc if doc is not None else read_doc(path)
        if not doc.ok:
            return Loaded(doc.path, doc, None, doc.problems)
        from csmatrix.models.activities import Activities

        model, problems = parse_model(doc, Activities)
        if model is not None:
            problems = _duplicate_activity_ids(model, doc)
        return Loaded(doc.path, doc, None if problems else model, problems)


def _duplicate_activity_ids(model: Activities, doc: Doc) -> list[Problem]:
    problems = []
    first: dict[str, int] = {}
    for index, activity in enumerate(model.activities):
        if activity.id in first:
            line = doc.mark(("activities", first[activity.id], "id"))[0]
            problems.append(
                doc.problem(
                    ("activities", index, "id"),
                    Msg("store.duplicate_activity", id=activity.id, line=line),
                )
            )
        else:
            first[activity.id] = index
    return problems


def yaml_files(paths: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """Files named, and ``*.yaml``/``*.yml`` under directories named (sorted).

    File-system trouble (a missing path, a loop, a folder that cannot be
    read) is a problem naming the path, never an exception.  A named path
    that is not a regular file is kept: reading it refuses it with a message.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        try:
            mode = os.stat(path).st_mode
        except FileNotFoundError:
            problems.append(Problem(str(raw), 0, 0, Msg("store.no_such_path")))
            continue
        except OSError as exc:
            problems.append(Problem(str(raw), 0, 0, describe_os_error(exc)))
            continue
        except ValueError:
            problems.append(Problem(str(raw), 0, 0, Msg("read.nul_name")))
            continue
        if stat.S_ISDIR(mode):
            found, trouble = _walk(path)
            files += found
            problems += trouble
        else:
            files.append(path)
    return files, problems


def _walk(folder: Path) -> tuple[list[Path], list[Problem]]:
    """YAML files under ``folder`` (links to folders not followed); unreadable folders named."""
    found: list[Path] = []
    problems: list[Problem] = []

    def trouble(exc: OSError) -> None:
        reason = describe_os_error(exc)
        problems.append(Problem(str(exc.filename or folder), 0, 0, Msg("store.cannot_list", reason=reason)))

    for top, _dirs, names in os.walk(folder, onerror=trouble):
        for name in names:
            candidate = Path(top) / name
            if candidate.suffix in lookup.SUFFIXES and is_file(candidate):
                found.append(candidate)
    return sorted(found), problems


def load_any(store: Store, path: Path, doc: Doc | None = None) -> AnyLoaded:
    """Whatever kind of file this is (by its ``schema:``), fully checked."""
    doc = doc if doc is not None else read_doc(path)
    if not doc.ok:
        return Loaded(doc.path, doc, None, doc.problems)
    kind = kind_of(doc)
    if kind == "framework":
        return store.framework_file(path, doc)
    if kind == "member":
        return store.member_doc(doc, path.parent)[0]
    if kind == "activities":
        return store.activities(path, doc)
    return Loaded(doc.path, doc, None, [kind_problem(doc)])
