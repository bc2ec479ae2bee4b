"""`validate` as a library call: every file, every problem, one report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from csmatrix.errors import Problem
from csmatrix.loading import Store, kind_of, load_any, yaml_files


@dataclass
class FileResult:
    path: str
    kind: str | None
    ok: bool


@dataclass
class ValidationReport:
    files: list[FileResult] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "files": [{"path": f.path, "kind": f.kind, "ok": f.ok} for f in self.files],
            "problems": [p.as_dict() for p in self.problems],
        }


def validate_paths(store: Store, paths: Sequence[str | Path]) -> ValidationReport:
    files, missing = yaml_files(paths)
    report = ValidationReport(problems=list(missing))
    for path in files:
        loaded = load_any(store, path)
        report.files.append(FileResult(str(path), kind_of(loaded.doc), loaded.ok))
        report.problems += loaded.problems
    report.problems = sorted(set(report.problems), key=lambda p: (p.path, p.line, p.col, p.message))
    return report
