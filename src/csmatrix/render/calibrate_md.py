"""`calibrate --format md`: the assessor table as Markdown, for the meeting notes."""

from __future__ import annotations

import html
from typing import Any

from csmatrix.render.calibrate_words import flags, rule_text, signed
from csmatrix.render.framework_md import cell as _cell
from csmatrix.render.labels import percent
from csmatrix.words import word


def cell(value: object) -> str:
    """A Markdown cell with HTML escaped too (an assessor name is text, never markup)."""
    return _cell(html.escape(str(value), quote=False))


def calibration_markdown(data: dict[str, Any], lang: str = "ja") -> str:
    assessors = data["assessors"]
    lines = [
        f"# {word('calibrate.title', lang)}",
        "",
        word("calibrate.summary", lang, members=data["members"], assessors=len(assessors)),
        "",
    ]
    if not assessors:
        return "\n".join([*lines, word("calibrate.none", lang), ""])
    keys = ("ratings", "members", "mean", "self_gap", "discrepancy_share", "leniency")
    lines.append(
        f"| {word('calibrate.assessor', lang)} | "
        + " | ".join(word(f"calibrate.{k}", lang) for k in keys)
        + f" | {word('calibrate.flag', lang)} |"
    )
    lines.append("|---|" + "---:|" * len(keys) + "---|")
    for a in assessors:
        figures = [
            str(a["ratings"]),
            str(a["members"]),
            f"{a['mean']:.2f}",
            signed(a["self_gap"]),
            percent(a["discrepancy_share"]),
            signed(a["leniency"]),
        ]
        lines.append(
            f"| {cell(a['id'])} | " + " | ".join(figures) + f" | {cell(flags(a['reasons'], lang))} |"
        )
    lines += ["", rule_text(data, lang), ""]
    return "\n".join(lines)
