"""A framework as sorted, one-fact-per-line text, for ``git diff`` (textconv).

With ``.gitattributes`` saying ``frameworks/**/*.yaml diff=csmatrix`` and
``git config diff.csmatrix.textconv "csmatrix textconv"``, ``git diff`` and
``git log -p`` compare these lines instead of YAML: a reworded descriptor is
one changed line that names its skill and level, and moving a skill shows as
a changed ``category`` fact rather than a block of deleted and added YAML.

Facts are grouped (framework, levels, axes, categories, skills, roles), and
sorted by id within a group, so reordering entries changes only the ``order``
facts.  Multi-line texts are kept on one line with ``\\n``.

A file that is not a readable framework is returned unchanged (raw), so git
still shows a diff: a textconv driver that fails makes ``git diff`` fail.
Only what is not a file at all (a pipe, a device, a folder) or is larger
than the YAML cap is refused, unread, with exit 1.
"""

from __future__ import annotations

from pathlib import Path

from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework
from csmatrix.models.kinds import FRAMEWORK_SCHEMA


def _one_line(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\r\n", "\n").replace("\n", "\\n")


def _texts(prefix: str, value: LangMap | str | None) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [f"{prefix}: {_one_line(value)}"]
    return [
        f"{prefix} {lang}: {_one_line(text)}" for lang, text in (("ja", value.ja), ("en", value.en)) if text
    ]


def facts(fw: Framework) -> list[str]:
    lines = [f"framework {fw.id}", f"framework version {fw.version}", f"framework released {fw.released}"]
    if fw.supersedes:
        lines.append(f"framework supersedes {fw.supersedes}")
    lines += _texts("framework title", fw.title)
    lines += _texts("framework description", fw.description)
    for level in fw.levels:
        lines += _texts(f"level {level.level} name", level.name)
        lines.append(f"level {level.level} scope {level.scope}")
        lines += _texts(f"level {level.level} description", level.description)
    lines.append("axes order: " + " ".join(a.id for a in fw.axes))
    for axis in sorted(fw.axes, key=lambda a: a.id):
        lines += _texts(f"axis {axis.id} name", axis.name)
        lines += _texts(f"axis {axis.id} description", axis.description)
    lines.append("categories order: " + " ".join(c.id for c in fw.categories))
    for category in sorted(fw.categories, key=lambda c: c.id):
        lines.append(f"category {category.id} axis {category.axis}")
        lines += _texts(f"category {category.id} name", category.name)
        lines += _texts(f"category {category.id} description", category.description)
        lines.append(f"category {category.id} skills: " + " ".join(s.id for s in category.skills))
    for placed in sorted(fw.placed, key=lambda p: p.skill.id):
        skill = placed.skill
        head = f"skill {skill.id}"
        lines.append(f"{head} category {placed.category.id}")
        lines += _texts(f"{head} name", skill.name)
        lines += _texts(f"{head} summary", skill.summary)
        for number in sorted(skill.levels):
            lines += _texts(f"{head} level {number}", skill.levels[number])
        lines += [f"{head} replaces {old}" for old in sorted(skill.replaces)]
        lines += [f"{head} reassess {old}" for old in sorted(skill.reassess)]
        lines += [f"{head} tag {tag}" for tag in sorted(skill.tags)]
        if skill.source:
            lines.append(f"{head} source: {_one_line(str(skill.source))}")
    lines.append("roles order: " + " ".join(r.id for r in fw.roles))
    for role in sorted(fw.roles, key=lambda r: r.id):
        head = f"role {role.id}"
        lines += _texts(f"{head} name", role.name)
        lines += _texts(f"{head} description", role.description)
        lines += [f"{head} requires method {method}" for method in role.requires_method]
        targets = role.targets
        if targets.default is not None:
            lines.append(f"{head} target default {targets.default}")
        for kind, table in (
            ("axis", targets.axes),
            ("category", targets.categories),
            ("skill", targets.skills),
        ):
            lines += [f"{head} target {kind} {key} {value}" for key, value in sorted(table.items())]
        for placed in fw.placed:
            value = fw.target(role, placed.skill.id)
            if value is not None:
                lines.append(f"{head} needs {placed.skill.id} {value}")
    return lines


def read(path: str | Path) -> bytes:
    """The file git hands us, read with the same cap as any YAML file.

    A pipe, a device (``/dev/zero``), a folder or a file over the cap is
    :class:`~csmatrix.files.read.FileTrouble` (exit 1): it is never read whole.
    """
    from csmatrix.files.read import read_bounded
    from csmatrix.files.yamlio import MAX_BYTES

    return read_bounded(path, MAX_BYTES, what="file")


def render(data: bytes, label: str) -> bytes:
    """The textconv rendering of a file's bytes, or the bytes themselves."""
    from csmatrix.files.located import parse_model
    from csmatrix.files.yamlio import parse_bytes

    try:
        doc = parse_bytes(data, label)
        if not doc.ok or not isinstance(doc.value, dict) or doc.value.get("schema") != FRAMEWORK_SCHEMA:
            return data
        model, _ = parse_model(doc, Framework)
        if model is None:
            return data
        return ("\n".join(facts(model)) + "\n").encode("utf-8")
    except Exception:  # noqa: BLE001 - inside git, showing the raw file beats failing
        return data
