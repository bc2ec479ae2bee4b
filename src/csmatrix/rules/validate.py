"""``validate_paths``: the ``validate`` command as a library call.

Every file named (and every YAML file under the folders named) is read, parsed
against its schema (``files.located.parse_model``) and run through the semantic
checks (``rules.semantic``); every problem of every file lands in one report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.errors import Problem
from csmatrix.files.located import parse_model, pruned
from csmatrix.files.store import AnyLoaded, Store, kind_of, load_any, yaml_files
from csmatrix.files.yamlio import Doc, read_doc
from csmatrix.models.framework import Framework
from csmatrix.models.member import Member
from csmatrix.rules import semantic


@dataclass
class FileResult:
    path: str
    kind: str | None
    ok: bool


@dataclass
class ValidationReport:
    files: list[FileResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # other YAML found in a folder

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "files": [{"path": f.path, "kind": f.kind, "ok": f.ok} for f in self.files],
            "problems": [p.as_dict() for p in self.problems],
            "skipped": list(self.skipped),
        }


# keys that only a csmatrix file would have: such a file without ``schema:`` is
# an error, while other YAML in a walked folder (CI config, ...) is skipped
_OURS = frozenset({"framework", "assessments", "levels", "categories", "axes", "roles", "activities"})


def _foreign(doc: Doc) -> bool:
    value = doc.value
    return doc.ok and isinstance(value, dict) and "schema" not in value and not (_OURS & set(value))


def validate_paths(store: Store, paths: Sequence[str | Path]) -> ValidationReport:
    """Every file named, and every *.yaml/*.yml under the folders named.

    A file found in a folder that is plainly not a csmatrix file (no
    ``schema:`` and none of our keys) is skipped and listed; one named on the
    command line is always checked.
    """
    files, missing = yaml_files(paths)
    named = {Path(p).resolve() for p in paths if not Path(p).is_dir()}
    report = ValidationReport(problems=list(missing))
    for path in files:
        doc = read_doc(path)
        if path.resolve() not in named and _foreign(doc):
            report.skipped.append(str(path))
            continue
        loaded = load_any(store, path, doc)
        report.files.append(FileResult(str(path), kind_of(loaded.doc), loaded.ok))
        report.problems += loaded.problems
        report.problems += _beyond_schema(store, path, loaded)
    report.problems = sorted(set(report.problems), key=lambda p: (p.path, p.line, p.col, p.message))
    return report


def _beyond_schema(store: Store, path: Path, loaded: AnyLoaded) -> list[Problem]:
    """Warnings, and the semantic problems a schema error would otherwise hide.

    When the schema rejects a file, the loader stops there; here the file is
    validated again with the invalid values left out (``located.pruned``) and
    the semantic checks run over what remains, so every problem of a role (or
    a member) is reported at once.  A problem at the same place as a schema
    problem is not repeated.
    """
    doc = loaded.doc
    kind = kind_of(doc) if doc.ok else None
    extra: list[Problem] = []
    if kind == "framework" and loaded.model is None and parse_model(doc, Framework)[0] is None:
        fw = pruned(doc, Framework)
        if fw is not None:
            extra = semantic.framework_problems(fw, doc)
    elif kind == "member":
        member = loaded.model if isinstance(loaded.model, Member) else pruned(doc, Member)
        if member is None:
            return []
        extra = semantic.member_warnings(member, doc)
        if loaded.model is None:  # dates need no framework: also when it is missing
            extra += semantic.future_dates(member, doc)
        if loaded.model is None and parse_model(doc, Member)[0] is None:
            fw_path = store.resolve(member.framework, path.parent)
            framework = store.checked_reference(member.framework, fw_path) if fw_path else None
            if framework is not None and framework.model is not None:
                extra += semantic.member_problems(member, doc, framework.model)
    taken = {(p.line, p.col) for p in loaded.problems}
    return [p for p in extra if (p.line, p.col) not in taken]
