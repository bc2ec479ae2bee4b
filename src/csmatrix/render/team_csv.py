"""`team --format csv`: the matrix for Excel (UTF-8 with BOM, so Excel in Japan reads it).

One row per member: id, name, role, unit, then one column per skill in framework
order; an unrated skill is an empty cell.  A skill's header is its name in the
chosen language with its id in brackets (``カスタマーヘルス [customer-health]``):
one header row that Excel shows readably and a script can still key on the id
(``sheet.data.header_key`` drops the bracket).  Every text cell goes through
``cells.neutralise`` (no name or role from a file becomes a formula).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from csmatrix.sheet.cells import neutralise
from csmatrix.words import word

BOM = "\ufeff"


def team_csv(view: dict[str, Any], lang: str = "ja") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    skill_ids = [s["id"] for s in view["skills"]]
    heads = [f"{s['name']} [{s['id']}]" if s.get("name") else s["id"] for s in view["skills"]]
    head = ["id", word("team.csv_name", lang), word("team.role", lang), word("team.csv_unit", lang), *heads]
    writer.writerow([neutralise(text) for text in head])
    for member in view["members"]:
        levels = member["levels"]
        texts = [member["id"], member["name"], member["role"] or "", member.get("unit") or ""]
        writer.writerow([*(neutralise(str(t)) for t in texts), *[levels[s] or "" for s in skill_ids]])
    return BOM + out.getvalue()
