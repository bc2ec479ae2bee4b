"""Where frameworks are found: ``family@version`` references and plain paths.

Order (SPEC.md): ``--frameworks DIR``, ``CSMATRIX_PATH`` (colon-separated),
``./frameworks``, then the frameworks shipped with the package.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from csmatrix.words import Msg

REF_PATTERN = re.compile(r"^(?P<family>[a-z0-9]+(?:-[a-z0-9]+)*)@(?P<version>[A-Za-z0-9._-]+)$")
SUFFIXES = (".yaml", ".yml")


def shipped_dir() -> Path:
    """The frameworks inside the installed package (or the checkout, when editable)."""
    package = Path(__file__).resolve().parent.parent  # csmatrix/, one up from files/
    inside = package / "frameworks"
    if inside.is_dir():
        return inside
    # An editable install runs from src/csmatrix: the repo's frameworks/ is two up.
    return package.parent.parent / "frameworks"


def search_dirs(extra: Iterable[str | Path] = ()) -> list[Path]:
    dirs = [Path(d) for d in extra]
    env = os.environ.get("CSMATRIX_PATH", "")
    dirs += [Path(part) for part in env.split(os.pathsep) if part]
    dirs.append(Path("frameworks"))
    dirs.append(shipped_dir())
    unique: list[Path] = []
    for d in dirs:
        if d not in unique:
            unique.append(d)
    return unique


def parse_ref(text: str) -> tuple[str, str] | None:
    match = REF_PATTERN.match(text.strip())
    if match is None:
        return None
    return match["family"], match["version"]


def looks_like_path(text: str) -> bool:
    return text.endswith(SUFFIXES) or "/" in text or os.sep in text


@dataclass(frozen=True)
class Found:
    family: str
    version: str
    path: Path


def find(family: str, version: str, dirs: Sequence[Path]) -> Path | None:
    for base in dirs:
        for suffix in SUFFIXES:
            candidate = base / family / f"{version}{suffix}"
            if candidate.is_file():
                return candidate
    return None


def available(dirs: Sequence[Path], family: str | None = None) -> list[Found]:
    """Every framework file on the path (first one wins per family@version)."""
    seen: dict[tuple[str, str], Found] = {}
    for base in dirs:
        if not base.is_dir():
            continue
        families = [base / family] if family else sorted(p for p in base.iterdir() if p.is_dir())
        for folder in families:
            if not folder.is_dir():
                continue
            for file in sorted(folder.iterdir()):
                if file.suffix in SUFFIXES and file.is_file():
                    key = (folder.name, file.stem)
                    seen.setdefault(key, Found(folder.name, file.stem, file))
    return list(seen.values())


def not_found_message(reference: str, dirs: Sequence[Path]) -> tuple[Msg, Msg]:
    """(message, hint) for a reference that resolves nowhere: what was found instead, and where we looked."""
    parsed = parse_ref(reference)
    searched = Msg("lookup.searched", dirs=[str(d) for d in dirs])
    if parsed is None:
        return Msg("lookup.not_found_neither", reference=reference), searched
    family, _ = parsed
    versions = sorted({f.version for f in available(dirs, family)})
    if versions:
        return Msg(
            "lookup.not_found_versions", reference=reference, family=family, versions=versions
        ), searched
    families = sorted({f.family for f in available(dirs)})
    if families:
        return Msg("lookup.not_found_families", reference=reference, families=families), searched
    return Msg("lookup.not_found", reference=reference), searched
