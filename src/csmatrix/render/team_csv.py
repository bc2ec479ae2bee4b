"""`team --format csv`: the matrix for Excel (UTF-8 with BOM, so Excel in Japan reads it).

One row per member: id, name, role, unit, then one column per skill id in framework
order; an unrated skill is an empty cell.  Every text cell goes through
``cells.neutralise`` (no name or role from a file becomes a formula).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from csmatrix.sheet.cells import neutralise

BOM = "\ufeff"


def team_csv(view: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    skill_ids = [s["id"] for s in view["skills"]]
    writer.writerow([neutralise(text) for text in ["id", "name", "role", "unit", *skill_ids]])
    for member in view["members"]:
        levels = member["levels"]
        texts = [member["id"], member["name"], member["role"] or "", member.get("unit") or ""]
        writer.writerow([*(neutralise(str(t)) for t in texts), *[levels[s] or "" for s in skill_ids]])
    return BOM + out.getvalue()
