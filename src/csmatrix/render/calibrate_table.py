"""`calibrate --format table`: one row per assessor, flagged ones first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from csmatrix.render.calibrate_words import flags, rule_text, signed
from csmatrix.render.labels import percent
from csmatrix.render.wrap import install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

if TYPE_CHECKING:
    from rich.console import Console


def print_calibration(console: Console, data: dict[str, Any], lang: str) -> None:
    from rich.table import Table
    from rich.text import Text

    assessors = data["assessors"]
    console.print(Text(word("calibrate.title", lang), style="bold"))
    console.print(Text(word("calibrate.summary", lang, members=data["members"], assessors=len(assessors))))
    if not assessors:
        console.print(Text(word("calibrate.none", lang)))
        return
    table = Table(show_edge=False, pad_edge=False)
    table.add_column(word("calibrate.assessor", lang))
    for key in ("ratings", "members", "mean", "self_gap", "discrepancy_share", "leniency"):
        table.add_column(word(f"calibrate.{key}", lang), justify="right")
    table.add_column(word("calibrate.flag", lang))
    for a in assessors:
        table.add_row(
            Text(a["id"]),
            str(a["ratings"]),
            str(a["members"]),
            f"{a['mean']:.2f}",
            signed(a["self_gap"]),
            percent(a["discrepancy_share"]),
            signed(a["leniency"]) + (f" ({word('calibrate.n', lang, n=a['shared'])})" if a["shared"] else ""),
            Text(flags(a["reasons"], lang), style="bold" if a["reasons"] else ""),
        )
    console.print(table)
    console.print(Text(rule_text(data, lang), style="dim"))
