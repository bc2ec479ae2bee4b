"""`team --format md`: the team view as Markdown (to paste into a wiki or a 1on1 note).

Same content and rules as the terminal table; the matrix keeps members as
numbered columns (the members table is the legend), so it stays one table.
"""

from __future__ import annotations

from typing import Any

from csmatrix.render.framework_md import cell
from csmatrix.render.labels import percent
from csmatrix.render.safe import md_tree
from csmatrix.render.team_words import mark, unit_head
from csmatrix.words import word


def team_markdown(view: dict[str, Any], lang: str = "ja") -> str:
    view = md_tree(view)
    lines = [f"# {word('team.title', lang)} (`{view['framework']}`)", ""]
    rule = word("team.coverage_rule", lang, level=view["coverage_level"], name=view["coverage_level_name"])
    lines += [f"{word('team.members_count', lang, n=len(view['members']))} · {rule}", ""]
    lines += [
        f"| # | {word('team.member', lang)} | ID | {word('team.role', lang)} "
        f"| {word('team.readiness', lang)} "
        f"| {word('team.next_role', lang)} | {word('team.readiness', lang)} |",
        "|---:|---|---|---|---:|---|---:|",
    ]
    for number, m in enumerate(view["members"], 1):
        ident = f"`{m['id']}`" + (
            f" ({word('team.migrated', lang)} `{m['migrated_from']}`)" if m["migrated_from"] else ""
        )
        lines.append(
            f"| {number} | {cell(m['name'])} | {ident} "
            f"| {cell(m['role_name'] or word('team.no_role', lang))} "
            f"| {percent(m['readiness'])} | {cell(m['next_role_name'] or '–')} "
            f"| {percent(m['next_role_readiness'])} |"
        )
    lines += ["", word("team.legend", lang), ""]
    targets = {role["id"]: role["targets"] for role in view["roles"]}
    numbers = " | ".join(str(n) for n in range(1, len(view["members"]) + 1))
    lines += [
        f"| {word('team.skill', lang)} | {numbers} | {word('team.cov', lang)} |",
        "|---|" + "---|" * len(view["members"]) + "---:|",
    ]
    for axis in view["axes"]:
        for category in (c for c in view["categories"] if c["axis"] == axis["id"]):
            lines.append(
                f"| **{cell(axis['name'])} / {cell(category['name'])}** |" + " |" * (len(view["members"]) + 1)
            )
            for skill in (s for s in view["skills"] if s["category"] == category["id"]):
                cells = []
                for m in view["members"]:
                    target = targets.get(m["role"], {}).get(skill["id"]) if m["role"] else None
                    cells.append(mark(m["levels"][skill["id"]], target))
                cov = str(skill["coverage"]) + (" !" if skill["coverage"] <= 1 else "")
                lines.append(f"| {cell(skill['name'])} | " + " | ".join(cells) + f" | {cov} |")
    skills = {s["id"]: s for s in view["skills"]}

    names = {m["id"]: m["name"] for m in view["members"]}

    def who(pairs: list[dict[str, Any]]) -> str:
        return ", ".join(f"{cell(names[p['id']])} {p['level']}" for p in pairs)

    lines += ["", f"## {word('team.single_points', lang)}", ""]
    lines += [
        f"- {cell(skills[s]['name'])} (`{s}`): {who(skills[s]['holders'])}" for s in view["single_points"]
    ]
    lines += [f"- {word('team.none', lang)}"] if not view["single_points"] else []
    lines += ["", f"## {word('team.uncovered', lang)}", ""]
    lines += [f"- {cell(skills[s]['name'])} (`{s}`)" for s in view["uncovered"]]
    lines += [f"- {word('team.none', lang)}"] if not view["uncovered"] else []
    if "units" in view:
        lines += ["", f"## {word('team.units', lang)}"]
        for unit in view["units"]:
            lines += [
                "",
                f"### {cell(unit_head(unit, lang))}",
                "",
            ]
            own = {s["id"]: s for s in unit["skills"]}
            for key, ids in (("unit_single", unit["single_points"]), ("unit_uncovered", unit["uncovered"])):
                for s in ids:
                    held = f": {who(own[s]['holders'])}" if own[s]["holders"] else ""
                    wide = word("team.team_wide", lang, n=skills[s]["coverage"])
                    lines.append(
                        f"- {word('team.' + key, lang)} {cell(skills[s]['name'])} (`{s}`){held} · {wide}"
                    )
            if not unit["single_points"] and not unit["uncovered"]:
                lines.append(f"- {word('team.none', lang)}")
    lines += ["", f"## {word('team.mentors', lang)}", ""]
    if not view["mentors"]:
        lines.append(word("team.no_gaps", lang))
    else:
        lines += [
            f"| {word('team.member', lang)} | {word('team.skill', lang)} | {word('team.now_target', lang)} "
            f"| {word('team.mentors', lang).split('(')[0]} |",
            "|---|---|:---:|---|",
        ]
        for hint in view["mentors"]:
            mentors = who(hint["mentors"]) if hint["mentors"] else word("team.no_mentor", lang)
            lines.append(
                f"| {cell(names[hint['member']])} | {cell(skills[hint['skill']]['name'])} "
                f"| {hint['current'] or '-'}→{hint['target']} | {mentors} |"
            )
    return "\n".join(lines) + "\n"
