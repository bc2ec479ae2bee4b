"""`team --format csv`: the matrix for Excel (UTF-8 with BOM, so Excel in Japan reads it).

One row per member: id, name, role, then one column per skill id in framework
order; an unrated skill is an empty cell.
"""

from __future__ import annotations

import csv
import io
from typing import Any

BOM = "\ufeff"


def team_csv(view: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    skill_ids = [s["id"] for s in view["skills"]]
    writer.writerow(["id", "name", "role", *skill_ids])
    for member in view["members"]:
        levels = member["levels"]
        writer.writerow(
            [member["id"], member["name"], member["role"] or "", *[levels[s] or "" for s in skill_ids]]
        )
    return BOM + out.getvalue()
