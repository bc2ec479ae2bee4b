"""`rotate --format md`: the rotation plan as Markdown (for a 1on1 or a team meeting note)."""

from __future__ import annotations

from typing import Any

from csmatrix.render.framework_md import cell
from csmatrix.render.rotate_table import rotate_lines
from csmatrix.render.safe import md_tree
from csmatrix.words import word


def rotate_markdown(view: dict[str, Any], lang: str = "ja") -> str:
    view = md_tree(view)
    header, rows, left = rotate_lines(view, lang)
    title = header[0].replace(f"  {view['framework']}", f" (`{view['framework']}`)")
    lines = [f"# {title}", "", f"{header[1]} · {header[2]}", "", header[3], ""]
    if rows:
        heads = [word(f"plans.{k}", lang) for k in ("learner", "skill", "now_to", "mentor")]
        lines += ["| " + " | ".join(heads) + " |", "|---|---|:---:|---|"]
        lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    else:
        lines.append(word("plans.no_rotation", lang))
    if left:
        lines += ["", f"## {word('plans.remaining', lang)}", ""]
        lines += [f"- {skill}: {'; '.join(why)}" for skill, why in left]
    return "\n".join(lines) + "\n"
