"""The framework page (skills × levels, searchable) and the career-path page (roles as a ladder)."""

from __future__ import annotations

from html import escape

from csmatrix.models.framework import Framework, Role
from csmatrix.render.site_base import tx
from csmatrix.words import word


def header(fw: Framework, lang: str, what: str) -> str:
    meta = [
        f"{escape(word('sitefw.version', lang))}: <code>{escape(fw.version)}</code>",
        f"{escape(word('sitefw.released', lang))}: {fw.released.isoformat()}",
        escape(word("sitefw.skills_n", lang, n=len(fw.skills))),
    ]
    desc = f"<p>{tx(fw.description, lang)}</p>" if fw.description else ""
    return (
        f"<h1>{tx(fw.title, lang)} <small>— {escape(what)}</small></h1>"
        f'<p class="meta">{" · ".join(meta)} · <code>{escape(fw.ref)}</code></p>{desc}'
    )


SEARCH_SCRIPT = """(function () {
  var box = document.getElementById("q");
  var bar = document.getElementById("search");
  var out = document.getElementById("shown");
  if (!box || !bar) { return; }
  bar.hidden = false;
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr[data-skill]"));
  var texts = rows.map(function (r) { return r.textContent.toLowerCase(); });
  var sections = Array.prototype.slice.call(document.querySelectorAll("section[data-category]"));
  function filter() {
    var words = box.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row, i) {
      var hit = words.every(function (word) { return texts[i].indexOf(word) >= 0; });
      row.hidden = !hit;
      if (hit) { shown += 1; }
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector("tr[data-skill]:not([hidden])"); });
    out.textContent = out.getAttribute("data-template").replace("{n}", shown);
  }
  var asked = new URLSearchParams(window.location.search).get("q");
  if (asked) { box.value = asked; }
  box.addEventListener("input", filter);
  filter();
})();"""


def framework_body(fw: Framework, lang: str) -> str:
    levels = sorted(fw.levels, key=lambda lv: lv.level)
    described = any(lv.description for lv in levels)
    scale_rows = "".join(
        f'<tr><td class="num">{lv.level}</td><th scope="row">{tx(lv.name, lang)}</th>'
        f"<td>{escape(word(f'sitefw.{lv.scope}', lang))}</td>"
        + (f"<td>{tx(lv.description, lang)}</td>" if described else "")
        + "</tr>"
        for lv in levels
    )
    parts = [
        header(fw, lang, word("sitefw.skills_and_levels", lang)),
        f"<h2>{escape(word('sitefw.scale', lang))}</h2>",
        '<div class="scroll"><table class="scale"><thead><tr>'
        f'<th scope="col" class="num">{escape(word("sitefw.level", lang))}</th>'
        f'<th scope="col">{escape(word("sitefw.name", lang))}</th>'
        f'<th scope="col">{escape(word("sitefw.scope", lang))}</th>'
        + ('<th scope="col"></th>' if described else "")
        + f"</tr></thead><tbody>{scale_rows}</tbody></table></div>",
        '<div class="search" id="search" role="search" hidden>'
        f'<label for="q">{escape(word("sitefw.search", lang))}</label> '
        '<input id="q" type="search" autocomplete="off" '
        f'placeholder="{escape(word("sitefw.search_hint", lang))}"> '
        f'<output id="shown" aria-live="polite" for="q" '
        f'data-template="{escape(word("sitefw.shown", lang, n="{n}", total=len(fw.skills)))}">'
        "</output></div>",
    ]
    head = "".join(f'<th scope="col">{lv.level}. {tx(lv.name, lang)}</th>' for lv in levels)
    for axis in fw.axes:
        categories = [c for c in fw.categories if c.axis == axis.id]
        if not categories:
            continue
        parts.append(f"<h2>{tx(axis.name, lang)}</h2>")
        if axis.description:
            parts.append(f"<p>{tx(axis.description, lang)}</p>")
        for category in categories:
            rows = []
            for skill in category.skills:
                cells = "".join(
                    f'<td data-level="{lv.level}. {escape(lv.name.get(lang))}">'
                    f"{tx(skill.levels.get(lv.level), lang)}</td>"
                    for lv in levels
                )
                summary = f'<span class="summary">{tx(skill.summary, lang)}</span>' if skill.summary else ""
                rows.append(
                    f'<tr id="skill-{escape(skill.id)}" data-skill="{escape(skill.id)}">'
                    f'<th scope="row">{tx(skill.name, lang)} <span class="id">{escape(skill.id)}</span>'
                    f"{summary}</th>{cells}</tr>"
                )
            desc = f"<p>{tx(category.description, lang)}</p>" if category.description else ""
            parts.append(
                f'<section data-category="{escape(category.id)}"><h3>{tx(category.name, lang)}</h3>{desc}'
                f'<div class="scroll"><table class="matrix"><thead><tr><th scope="col">'
                f"{escape(word('sitefw.skill', lang))}</th>{head}</tr></thead><tbody>{''.join(rows)}</tbody>"
                "</table></div></section>"
            )
    return "\n".join(parts)


def _targets(fw: Framework, role: Role) -> dict[str, int]:
    return {p.skill.id: t for p in fw.placed if (t := fw.target(role, p.skill.id)) is not None}


def career_body(fw: Framework, lang: str, skill_link: str) -> str:
    """The roles as a ladder, the most senior on top, each step saying what rises from the one below."""
    parts = [header(fw, lang, word("sitefw.career_path", lang))]
    if not fw.roles:
        return parts[0] + f"<p>{escape(word('sitefw.no_roles', lang))}</p>"
    names = {p.skill.id: p.skill.name for p in fw.placed}
    targets = [(role, _targets(fw, role)) for role in fw.roles]
    steps = []
    for i, (role, mine) in enumerate(targets):
        mean = round(sum(mine.values()) / len(mine), 2) if mine else None
        lines = [escape(word("sitefw.targets_n", lang, n=len(mine), mean="–" if mean is None else mean))]
        if i == 0:
            lines.append(escape(word("sitefw.first_step", lang)))
            rises = ""
        else:
            below_role, below = targets[i - 1]
            up = [(sid, below.get(sid), t) for sid, t in mine.items() if t > (below.get(sid) or 0)]
            below_name = below_role.name.get(lang)
            if up:
                items = "".join(
                    f'<li><a href="{escape(skill_link)}#skill-{escape(sid)}">{tx(names[sid], lang)}</a> '
                    f"{'–' if old is None else old} → {new}</li>"
                    for sid, old, new in up
                )
                label = escape(word("sitefw.raises", lang, below=below_name, n=len(up)))
                rises = f"<details><summary>{label}</summary><ul>{items}</ul></details>"
            else:
                lines.append(escape(word("sitefw.same", lang, below=below_name)))
                rises = ""
        if role.requires_method:
            lines.append(escape(word("sitefw.method", lang, methods=", ".join(role.requires_method))))
        desc = f"<p>{tx(role.description, lang)}</p>" if role.description else ""
        steps.append(
            f'<li id="role-{escape(role.id)}"><h3>{i + 1}. {tx(role.name, lang)} '
            f'<span class="id">{escape(role.id)}</span></h3>'
            f'{desc}<p class="step">{"<br>".join(lines)}</p>{rises}</li>'
        )
    parts.append(f"<h2>{escape(word('sitefw.roles', lang))}</h2>")
    parts.append(f'<ol class="ladder" reversed>{"".join(reversed(steps))}</ol>')
    head = "".join(f'<th scope="col" class="num">{tx(role.name, lang)}</th>' for role, _ in targets)
    rows = "".join(
        f'<tr><th scope="row"><a href="{escape(skill_link)}#skill-{escape(p.skill.id)}">'
        f"{tx(p.skill.name, lang)}</a></th>"
        + "".join(f'<td class="num">{mine.get(p.skill.id, "–")}</td>' for _, mine in targets)
        + "</tr>"
        for p in fw.placed
    )
    parts.append(f"<h2>{escape(word('sitefw.targets_table', lang))}</h2>")
    parts.append(
        '<div class="scroll"><table class="targets"><thead><tr>'
        f'<th scope="col">{escape(word("sitefw.skill", lang))}</th>'
        f"{head}</tr></thead><tbody>{rows}</tbody></table></div>"
    )
    return "\n".join(parts)
