"""`validate` as a library call: every file, every problem, one report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.errors import Problem
from csmatrix.files.store import Store, kind_of, load_any, yaml_files
from csmatrix.files.yamlio import Doc, read_doc


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
    report.problems = sorted(set(report.problems), key=lambda p: (p.path, p.line, p.col, p.message))
    return report
