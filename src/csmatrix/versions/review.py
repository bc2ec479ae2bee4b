"""Reviewing framework changes where teams review code: ``csmatrix review`` and ``check-bump``.

For every framework file changed between two git revisions: the semantic
diff (``diffing.compare``), the bump it deserves (``diffing.semver``) against
the bump the new version *declares*, and, with a members folder, whose
readiness and gaps move (``diffing.impact``).

How the declared bump is read (frameworks name versions, they rarely number
them):

* the ``version:`` did not change (the file was edited in place): **none**;
* both versions are numbered, ``MAJOR[.MINOR[.PATCH]]`` with an optional
  ``v`` (``1.2.0``, ``v3``, ``2022.1``): the first component that rose
  (**major**, **minor** or **patch**); a number that fell or stayed declares
  **none**;
* otherwise (``2021-summer`` -> ``2021-autumn``) a new edition name: **major**,
  since members move to a new edition explicitly (``csmatrix migrate``).

A change is refused when the declared bump is below the suggested one.

The previous version of a changed file is the same path at BASE; for a file
that is new at BASE (a new version beside the old one), the version its
``supersedes:`` names, at BASE beside it, else on disk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from csmatrix.errors import CsmatrixError, Problem
from csmatrix.models.framework import Framework
from csmatrix.versions.compare import FrameworkDiff
from csmatrix.versions.impact import ImpactReport
from csmatrix.words import Msg

if TYPE_CHECKING:
    from csmatrix.files.store import Store

ORDER = ("none", "patch", "minor", "major")
YAML = ("*.yaml", "*.yml")
_NUMBERED = re.compile(r"^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$")
INDEX = ""  # the revision of the staged files (git show :path)


@dataclass(frozen=True)
class Declared:
    level: str  # none | patch | minor | major
    how: str  # unchanged | numbered | lower | edition
    before: str
    after: str

    def as_dict(self) -> dict[str, Any]:
        return {"level": self.level, "how": self.how, "from": self.before, "to": self.after}


def declared_bump(before: str, after: str) -> Declared:
    """The bump a change of ``version:`` declares (see the module text)."""
    if before == after:
        return Declared("none", "unchanged", before, after)
    old, new = _NUMBERED.match(before), _NUMBERED.match(after)
    if old is None or new is None:
        return Declared("major", "edition", before, after)
    x = [int(part or 0) for part in old.groups()]
    y = [int(part or 0) for part in new.groups()]
    for level, i in (("major", 0), ("minor", 1), ("patch", 2)):
        if y[i] != x[i]:
            return (
                Declared(level, "numbered", before, after)
                if y[i] > x[i]
                else Declared("none", "lower", before, after)
            )
    return Declared("none", "lower", before, after)


@dataclass
class FrameworkReview:
    path: str  # relative to the repository root, POSIX
    status: str  # added | modified | deleted
    old: Framework | None
    new: Framework | None
    old_label: str | None
    new_label: str | None
    diff: FrameworkDiff | None = None
    declared: Declared | None = None
    impact: ImpactReport | None = None
    note: str = ""  # why there is nothing to compare, when there is not

    @property
    def suggested(self) -> str:
        return self.diff.bump if self.diff is not None else "none"

    @property
    def ok(self) -> bool:
        if self.declared is None:
            return True
        return ORDER.index(self.declared.level) >= ORDER.index(self.suggested)

    def as_dict(self, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {
            "path": self.path,
            "status": self.status,
            "from": self.old.ref if self.old else None,
            "to": self.new.ref if self.new else None,
            "sources": {"from": self.old_label, "to": self.new_label},
            "suggested": self.suggested,
            "declared": self.declared.as_dict() if self.declared else None,
            "ok": self.ok,
            "note": self.note or None,
            "diff": self.diff.as_dict(lang) if self.diff is not None else None,
        }
        if self.impact is not None:
            out["impact"] = self.impact.as_dict(lang)
        return out


@dataclass
class Review:
    base: str
    head: str | None  # None: the working tree; INDEX: the staged files
    frameworks: list[FrameworkReview] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(f.ok for f in self.frameworks)

    @property
    def head_label(self) -> str:
        if self.head is None:
            return "working tree"
        return "staged" if self.head == INDEX else self.head

    def as_dict(self, lang: str) -> dict[str, Any]:
        return {
            "base": self.base,
            "head": self.head_label,
            "ok": self.ok,
            "frameworks": [f.as_dict(lang) for f in self.frameworks],
            "problems": [p.as_dict() for p in self.problems],
        }


# --- git -------------------------------------------------------------------


def _git(args: list[str], cwd: Path) -> tuple[int, bytes, str]:
    from csmatrix.files import gitrev

    done = gitrev._git(args, cwd)  # gitrev finds git and words its absence
    return done.returncode, done.stdout, done.stderr.decode("utf-8", "replace").strip()


def repo_root(cwd: Path) -> Path:
    code, out, _ = _git(["rev-parse", "--show-toplevel"], cwd)
    if code != 0:
        raise CsmatrixError(Msg("versions.not_a_repo", path=str(cwd)), hint=Msg("versions.not_a_repo_hint"))
    return Path(out.decode("utf-8").strip())


def has_commit(rev: str, cwd: Path) -> bool:
    """Whether ``rev`` names a commit here (False before the first commit)."""
    code, _, _ = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], repo_root(cwd))
    return code == 0


def _verify(rev: str, root: Path) -> None:
    code, _, _ = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if code != 0:
        raise CsmatrixError(Msg("versions.unknown_rev", rev=rev), hint=Msg("versions.unknown_rev_hint"))


def _blob(rev: str, rel: str, root: Path) -> bytes | None:
    """The file at ``rev`` (``INDEX``: staged), or None when it is not there."""
    code, out, _ = _git(["show", f"{rev}:{rel}"], root)
    return out if code == 0 else None


def changed(root: Path, base: str, head: str | None) -> list[tuple[str, str]]:
    """(status letter, path) of YAML files changed from ``base`` to ``head`` (None: working tree)."""
    args = ["diff", "--name-status", "--no-renames", "-z"]
    args += ["--cached", base] if head == INDEX else [base] if head is None else [base, head]
    code, out, err = _git([*args, "--", *YAML], root)
    if code != 0:
        raise CsmatrixError(
            Msg("versions.git_diff_failed", base=base, detail=err), hint=Msg("versions.git_diff_failed_hint")
        )
    parts = out.decode("utf-8", "surrogateescape").split("\0")
    found = [(parts[i], parts[i + 1]) for i in range(0, len(parts) - 1, 2)]
    if head is None:
        code, out, _ = _git(["ls-files", "-z", "--others", "--exclude-standard", "--", *YAML], root)
        found += [("A", p) for p in out.decode("utf-8", "surrogateescape").split("\0") if p]
    return found


# --- loading ---------------------------------------------------------------


@dataclass
class _Read:
    model: Framework | None = None
    framework: bool = False  # the file says it is a framework
    problems: list[Problem] = field(default_factory=list)


def _framework(store: Store, data: bytes | None, label: str) -> _Read:
    """The framework in ``data``, whether it claims to be one, and what is wrong with it."""
    from csmatrix.files.store import kind_of
    from csmatrix.files.yamlio import parse_bytes

    if data is None:
        return _Read()
    doc = parse_bytes(data, label)
    if not doc.ok:
        return _Read(problems=list(doc.problems))
    if kind_of(doc) != "framework":
        return _Read()
    loaded = store.framework_bytes(data, label)
    if not loaded.ok or loaded.model is None:
        return _Read(None, True, [p for p in loaded.problems if p.severity == "error"])
    return _Read(loaded.model, True)


def _side(rev: str | None, rel: str, root: Path, problems: list[Problem]) -> tuple[bytes | None, str]:
    if rev is None:
        from csmatrix.files.read import FileTrouble, read_bounded
        from csmatrix.files.yamlio import MAX_BYTES

        path = root / rel
        if not path.exists():
            return None, rel
        try:
            return read_bounded(path, MAX_BYTES + 1, label=rel), rel
        except FileTrouble as trouble:
            problems.append(trouble.problem())
            return None, rel
    label = rel if rev == INDEX else f"{rev}:{rel}"
    return _blob(rev, rel, root), label


def _superseded(
    store: Store, new: Framework, rel: str, root: Path, base: str, problems: list[Problem]
) -> tuple[Framework | None, str | None]:
    """The version ``new`` supersedes: beside it at ``base``, else found on disk."""
    if not new.supersedes:
        return None, None
    folder = PurePosixPath(rel).parent
    for suffix in (".yaml", ".yml"):
        sibling = (folder / f"{new.supersedes}{suffix}").as_posix()
        data = _blob(base, sibling, root)
        if data is not None:
            found = _framework(store, data, f"{base}:{sibling}")
            problems += found.problems if found.framework else []
            return found.model, f"{base}:{sibling}"
    loaded = store.superseded(new, root / rel)
    if loaded is not None and loaded.ok and loaded.model is not None:
        return loaded.model, str(loaded.path)
    return None, None


def review(
    store: Store,
    base: str,
    head: str | None = None,
    members: Path | None = None,
    only: list[Path] | None = None,
    cwd: Path | None = None,
) -> Review:
    """Every framework changed from ``base`` to ``head`` (None: working tree; INDEX: staged).

    ``only`` limits the review to those files (the pre-commit hook passes them).
    """
    from csmatrix.versions.compare import diff_frameworks
    from csmatrix.versions.impact import impact

    root = repo_root(cwd or Path.cwd())
    _verify(base, root)
    if head not in (None, INDEX):
        _verify(head, root)
    result = Review(base, head)
    files = changed(root, base, head)
    if only is not None:
        wanted = {_relative(p, root) for p in only}
        files = [(status, rel) for status, rel in files if rel in wanted]
    for status, rel in files:
        old_data, old_label = (None, None) if status == "A" else _side(base, rel, root, result.problems)
        new_data, new_label = (None, None) if status == "D" else _side(head, rel, root, result.problems)
        before = _framework(store, old_data, old_label or rel)
        after = _framework(store, new_data, new_label or rel)
        if not (before.framework or after.framework):
            continue  # not a framework: a member, the pre-commit config ...
        for side in (before, after):
            result.problems += side.problems
        old, new = before.model, after.model
        if (old_data is not None and old is None) or (new_data is not None and new is None):
            continue  # a side that should be a framework is not a valid one: its problems say why
        kind = {"A": "added", "D": "deleted"}.get(status[:1], "modified")
        entry = FrameworkReview(rel, kind, old, new, old_label, new_label)
        if new is not None and old is None:
            old, entry.old_label = _superseded(store, new, rel, root, base, result.problems)
            entry.old = old
            if old is None:
                entry.note = "new-family" if not new.supersedes else "previous-not-found"
        if old is not None and new is not None:
            entry.diff = diff_frameworks(old, new, entry.old_label, entry.new_label, chain_of=store.chain)
            entry.declared = declared_bump(old.version, new.version)
            if members is not None:
                entry.impact = impact(store, entry.diff, members)
        elif new is None:
            entry.note = "deleted"
        result.frameworks.append(entry)
    return result


def _relative(path: Path, root: Path) -> str:
    import os

    absolute = Path(os.path.realpath(path if path.is_absolute() else Path.cwd() / path))
    try:
        return absolute.relative_to(Path(os.path.realpath(root))).as_posix()
    except ValueError:
        return path.as_posix()
