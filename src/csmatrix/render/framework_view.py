"""A framework flattened for display in one language (the JSON of `show`)."""

from __future__ import annotations

from typing import Any

from csmatrix.files.lookup import available
from csmatrix.files.store import Store
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework


def text(value: LangMap | None, lang: str) -> str | None:
    return value.get(lang) if value is not None else None


def framework_view(fw: Framework, lang: str) -> dict[str, Any]:
    axes = []
    for axis in fw.axes:
        categories = []
        for category in (c for c in fw.categories if c.axis == axis.id):
            skills = [
                {
                    "id": skill.id,
                    "name": skill.name.get(lang),
                    "summary": text(skill.summary, lang),
                    "levels": {str(level): skill.levels[level].get(lang) for level in sorted(skill.levels)},
                    "targets": {role.id: fw.target(role, skill.id) for role in fw.roles},
                    "replaces": list(skill.replaces),
                    "tags": list(skill.tags),
                    "reassess": list(skill.reassess),
                    "source": skill.source
                    if isinstance(skill.source, str | None)
                    else skill.source.model_dump(exclude_none=True),
                }
                for skill in category.skills
            ]
            categories.append({"id": category.id, "name": category.name.get(lang), "skills": skills})
        axes.append({"id": axis.id, "name": axis.name.get(lang), "categories": categories})
    return {
        "framework": fw.ref,
        "id": fw.id,
        "version": fw.version,
        "released": fw.released.isoformat(),
        "supersedes": fw.supersedes,
        "title": fw.title.get(lang),
        "description": text(fw.description, lang),
        "levels": [
            {"level": level.level, "name": level.name.get(lang), "scope": level.scope} for level in fw.levels
        ],
        "axes": axes,
        "roles": [
            {
                "id": role.id,
                "name": role.name.get(lang),
                "description": text(role.description, lang),
                "requires_method": list(role.requires_method),
            }
            for role in fw.roles
        ],
    }


def catalogue(store: Store) -> list[dict[str, Any]]:
    """Every framework on the lookup path, with its lineage."""
    entries: list[dict[str, Any]] = []
    for found in sorted(available(store.dirs), key=lambda f: (f.family, f.version)):
        loaded = store.framework_file(found.path)
        fw = loaded.model
        entries.append(
            {
                "framework": f"{found.family}@{found.version}",
                "path": str(found.path),
                "valid": loaded.ok,
                "released": fw.released.isoformat() if fw else None,
                "supersedes": fw.supersedes if fw else None,
                "title": fw.title.get("ja") if fw else None,
                "title_en": fw.title.get("en") if fw else None,
                "skills": len(fw.skills) if fw else None,
                "roles": [r.id for r in fw.roles] if fw else [],
            }
        )
    entries.sort(key=lambda e: (e["framework"].split("@")[0], e["released"] or "", e["framework"]))
    return entries
