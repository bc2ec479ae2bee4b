"""`calibrate --format table`: one row per assessor, flagged ones first."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from csmatrix.render.calibrate_words import flags, rule_text, signed
from csmatrix.render.labels import percent
from csmatrix.render.plain_table import cuts_words
from csmatrix.render.wrap import flow, install
from csmatrix.words import word

install()  # kinsoku line breaking in every table and paragraph

KEYS = ("ratings", "members", "mean", "self_gap", "discrepancy_share", "leniency")

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
    for key in KEYS:
        table.add_column(word(f"calibrate.{key}", lang), justify="right")
    table.add_column(word("calibrate.flag", lang))
    rows = [_cells(a, lang) for a in assessors]
    for a, cells in zip(assessors, rows, strict=True):
        table.add_row(
            Text(a["id"]), *cells, Text(flags(a["reasons"], lang), style="bold" if a["reasons"] else "")
        )
    if cuts_words(console, table):
        _print_list(console, assessors, rows, lang)
    else:
        console.print(table)
    console.print(Text(rule_text(data, lang), style="dim"))


def _cells(a: dict[str, Any], lang: str) -> list[str]:
    """The numbers of one assessor, in the order of ``KEYS``."""
    return [
        str(a["ratings"]),
        str(a["members"]),
        f"{a['mean']:.2f}",
        signed(a["self_gap"]),
        percent(a["discrepancy_share"]),
        signed(a["leniency"]) + (f" ({word('calibrate.n', lang, n=a['shared'])})" if a["shared"] else ""),
    ]


def _print_list(console: Console, assessors: list[dict[str, Any]], rows: list[list[str]], lang: str) -> None:
    """Too narrow for the table's words (#13): each assessor, then its numbers as ``label value``."""
    from rich.text import Text

    for a, cells in zip(assessors, rows, strict=True):
        head = Text(a["id"], style="bold")
        if a["reasons"]:
            head.append(f"  {word('calibrate.flag', lang)}: {flags(a['reasons'], lang)}", style="bold")
        console.print(head)
        pairs = [f"{word(f'calibrate.{key}', lang)} {value}" for key, value in zip(KEYS, cells, strict=True)]
        for line in flow(pairs, console.width - 2):
            console.print(Text(f"  {line}"))
