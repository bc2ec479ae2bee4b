"""`diff`'s words: bump reasons, the role-target table and the people line, by name, in --lang."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from csmatrix.render.diff_md import diff_markdown
from csmatrix.render.site_changes import changes_body
from csmatrix.versions.compare import diff_frameworks
from csmatrix.versions.semver import BUMPS, describe
from csmatrix.words import word
from test_diff import dump, fw_data, model

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
OLD, NEW = "icare-cs@2021-summer", "icare-cs@2021-autumn"

# names per language for the ids the samples use (a name that differs from its id)
NAMES = {
    lang: {
        "skills": {s: f"{s.upper()}-{lang}" for s in ("sk-a", "sk-b", "sk-c")},
        "roles": {"ro-a": f"RO-A-{lang}"},
        "categories": {c: f"{c.upper()}-{lang}" for c in ("ca-a", "ca-b")},
        "axes": {a: f"{a.upper()}-{lang}" for a in ("ax-a", "ax-b")},
        "levels": {"2": f"LV2-{lang}"},
    }
    for lang in ("ja", "en")
}
TARGET = {"role": "ro-a", "skill": "sk-a", "from": 2, "to": 3}
SAMPLES: dict[str, dict[str, Any]] = {
    "target-raised": TARGET,
    "target-new": {**TARGET, "from": None},
    "target-lowered": {**TARGET, "from": 3, "to": 2},
    "target-dropped": {**TARGET, "to": None},
    "descriptor-at-target": {"skill": "sk-a", "levels": [1, 2]},
    "descriptor-above-target": {"skill": "sk-a", "levels": [3]},
    "merged-targeted": {"from": ["sk-a", "sk-b"], "to": "sk-c"},
    "skill-merged": {"from": ["sk-a", "sk-b"], "to": "sk-c"},
    "skill-split": {"from": "sk-a", "to": ["sk-b", "sk-c"]},
    "skill-added": {"skill": "sk-a"},
    "skill-removed": {"skill": "sk-a"},
    "skill-renamed": {"from": "sk-a", "to": "sk-b"},
    "skill-moved": {"skill": "sk-a", "from": "ca-a", "to": "ca-b"},
    "level-added": {"level": 2},
    "level-removed": {"level": 2},
    "level-removed-at-target": {"level": 2},
    "scope-at-target": {"level": 4, "from": "individual", "to": "organization"},
    "scope-above-target": {"level": 4, "from": "individual", "to": "organization"},
    "method-stricter": {"kind": "role", "id": "ro-a"},
    "method-looser": {"kind": "role", "id": "ro-a"},
    "structure": {"kind": "category", "change": "added", "id": "ca-a"},
    "wording": {"kind": "skill", "id": "sk-a", "fields": ["name", "summary"]},
}
STRUCTURE = [
    {"kind": "category", "change": "removed", "id": "ca-a"},
    {"kind": "axis", "change": "renamed", "from": "ax-a", "to": "ax-b"},
    {"kind": "category", "change": "axis", "id": "ca-a", "from": "ax-a", "to": "ax-b"},
    {"kind": "role", "change": "added", "id": "ro-a"},
]
WORDING = [
    {"kind": "category", "id": "ca-a", "fields": ["description"]},
    {"kind": "level", "id": 2, "fields": ["name"]},
    {"kind": "framework", "id": "fam", "fields": ["title"]},
]


def test_every_reason_code_has_a_sample() -> None:
    assert set(SAMPLES) == set(BUMPS)


@pytest.mark.parametrize("code", sorted(BUMPS))
def test_every_reason_code_is_worded_in_both_languages_with_names_not_ids(code: str) -> None:
    texts = {}
    for lang in ("ja", "en"):
        text = describe(code, [SAMPLES[code]], NAMES[lang], lang)
        head = word(f"reason.{code}", lang, n=1, items="")
        assert text.startswith(head.rstrip()), (code, lang, text)
        assert not re.search(r"\b(sk|ro|ca|ax)-[abc]\b", text), (code, lang, text)  # no id shown
        names = [n for group in NAMES[lang].values() for n in group.values()]
        if code not in ("level-added", "level-removed", "level-removed-at-target") and not code.startswith(
            "scope-"
        ):
            assert any(n in text for n in names), (code, lang, text)
        texts[lang] = text
    assert JAPANESE.search(texts["ja"]), texts
    assert not JAPANESE.search(texts["en"]), texts


@pytest.mark.parametrize("fields", STRUCTURE + WORDING)
def test_structure_and_wording_items_are_worded_by_name(fields: dict[str, Any]) -> None:
    code = "structure" if "change" in fields else "wording"
    ja = describe(code, [fields], NAMES["ja"], "ja")
    en = describe(code, [fields], NAMES["en"], "en")
    assert not re.search(r"\b(sk|ro|ca|ax)-[abc]\b", ja + en), (ja, en)
    assert ja != en


def test_a_reason_counts_what_it_does_not_show() -> None:
    fields = [{"skill": f"s{i}"} for i in range(7)]
    assert describe("skill-added", fields, {}, "en").endswith("s0, s1, s2, s3 and 3 more")
    assert describe("skill-added", fields, {}, "ja").endswith("s0、s1、s2、s3 ほか3件")


def _icare(cli: Any, lang: str) -> dict[str, Any]:
    r = cli("diff", OLD, NEW, "-f", "json", "--lang", lang)
    assert r.exit_code == 0, r
    return json.loads(r.stdout)  # type: ignore[no-any-return]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_json_reasons_keep_items_and_add_fields_and_text_in_the_language(cli: Any, lang: str) -> None:
    view = _icare(cli, lang)
    reasons = view["bump"]["reasons"]
    skill_ids = [s for s in view["names"]["skills"] if "-" in s]
    for r in reasons:
        assert set(r) == {"bump", "code", "items", "fields", "text"}
        assert r["text"] == describe(r["code"], r["fields"], view["names"], lang)
        assert [s for s in skill_ids if re.search(rf"(?<![\w-]){s}(?![\w-])", r["text"])] == [], r["text"]
        assert bool(JAPANESE.search(r["text"])) == (lang == "ja"), r["text"]
    raised = next(r for r in reasons if r["code"] == "target-raised")
    assert "member×health-checkup 2→3" in raised["items"]  # the id labels, as before
    assert {"role": "member", "skill": "health-checkup", "from": 2, "to": 3} in raised["fields"]
    shown = {"ja": "メンバーの健康診断 2→3", "en": "Member: Health checks 2→3"}[lang]
    assert shown in raised["text"]
    scope = next(r for r in reasons if r["code"] == "scope-at-target")
    assert {"ja": "L4 個人→組織", "en": "L4 individual → organisation"}[lang] in scope["text"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_terminal_shows_reasons_and_role_targets_by_name(cli: Any, lang: str) -> None:
    r = cli("diff", OLD, NEW, "--lang", lang, columns=120)
    assert r.exit_code == 0, r
    bump = r.stdout.split(word("diff.bump", lang))[1].split("\n\n")[0]
    for legacy in ("×", "individual→organization", "+category", "(name/summary/tags/source)"):
        assert legacy not in bump
    assert {"ja": "カテゴリの追加: 分析と行動", "en": "new category: Insights & Actions"}[lang] in bump
    targets = r.stdout.split(word("diff.targets", lang))[1]
    assert {"ja": "健康診断", "en": "Health checks"}[lang] in targets
    assert "health-checkup" not in targets
    assert "customer-health" not in targets


def test_the_role_target_table_becomes_lines_when_it_cannot_fit(cli: Any) -> None:
    r = cli("diff", OLD, NEW, "--lang", "ja", columns=60)
    targets = r.stdout.split(word("diff.targets", "ja"))[1]
    assert "  カスタマーヘルス: 新メンバー –→2、メンバー –→3、シニア" in targets
    assert all(len(line) <= 60 for line in targets.splitlines())


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_markdown_and_site_word_reasons_and_targets_by_name(cli: Any, lang: str) -> None:
    view = _icare(cli, lang)
    md = diff_markdown(view, lang)
    assert f"- *{word('bump.major', lang)}*: " in md
    assert "×" not in md
    table = md.split(f"### {word('diff.targets', lang)}")[1]
    assert f"| {word('diff.skill', lang)} |" in table
    assert {"ja": "| 健康診断 |", "en": "| Health checks |"}[lang] in table
    assert "`health-checkup`" not in table
    html = changes_body(view, lang, OLD, None)
    assert {"ja": "メンバーの健康診断 2→3", "en": "Member: Health checks 2→3"}[lang] in html
    assert "member×" not in html


# --- the people line: a descriptor changed at a member's level --------------------------


def _member(ident: str, alpha: int) -> str:
    return (
        f"schema: csmatrix/member@1\nid: {ident}\nname: {ident.title()} San\nframework: ../v1.yaml\n"
        "assessments:\n  - date: 2024-01-01\n    by: lead\n"
        f"    levels: {{alpha: {alpha}, beta: 1}}\n"
    )


def _team(write: Any) -> None:
    write("v1.yaml", dump(fw_data("v1", {"alpha": {}, "beta": {}})))
    new = fw_data("v2", {"alpha": {}, "beta": {}})
    new["categories"][0]["skills"][0]["levels"][3] = {"ja": "新しいレベル3の記述", "en": "new level 3 text"}
    write("v2.yaml", dump(new))
    write("team/ann.yaml", _member("ann", 2))  # next level is 3: changed
    write("team/ben.yaml", _member("ben", 3))  # current level is 3: changed
    write("team/carl.yaml", _member("carl", 1))  # levels 1 and 2: untouched


def test_json_lists_the_descriptors_changed_at_each_members_level(cli: Any, write: Any) -> None:
    _team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "-f", "json")
    assert r.exit_code == 0, r
    members = {m["id"]: m["descriptors"] for m in json.loads(r.stdout)["impact"]["members"]}
    assert members == {
        "ann": [{"skill": "alpha", "levels": [3]}],
        "ben": [{"skill": "alpha", "levels": [3]}],
        "carl": [],
    }


@pytest.mark.parametrize(
    ("lang", "phrase"),
    [
        ("ja", "本人のレベルの記述が変わった: alphaの名前"),
        ("en", "descriptor changed at their level: alpha name"),
    ],
)
def test_people_line_says_a_descriptor_changed_at_their_level(
    cli: Any, write: Any, lang: str, phrase: str
) -> None:
    _team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "--lang", lang, columns=100)
    assert r.exit_code == 0, r
    people = r.stdout.split(word("diff.impact", lang))[1].split("\n\n")[0]
    assert f"Ann San {word('team.no_role', lang)} – → – · {phrase}" in people
    assert f"Ben San {word('team.no_role', lang)} – → – · {phrase}" in people
    assert "Carl" not in people  # nothing changes for Carl: not listed


def test_review_markdown_words_reasons_by_name(cli: Any, tmp_path: Path) -> None:
    from test_review import RAISED, framework, make_repo, write

    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    r = cli("review", "HEAD", "--lang", "ja")
    assert r.exit_code == 0, r
    assert "- 目標が上がった (1): Memberのalphaの名前 2→3" in r.stdout
    assert "member×alpha" not in r.stdout


def test_reasons_from_a_real_diff_are_the_catalogues_words() -> None:
    roles = [{"id": "member", "name": {"ja": "メンバー", "en": "Member"}, "targets": {"default": 2}}]
    new = fw_data(skills={"alpha": {}, "gamma": {"replaces": ["beta"]}}, roles=roles)
    d = diff_frameworks(model(fw_data(skills={"alpha": {}, "beta": {}}, roles=roles)), model(new))
    renamed = next(r for r in d.reasons if r.code == "skill-renamed")
    assert renamed.text == {
        "ja": "idが変わったスキル (1): betaの名前→gammaの名前",
        "en": "skill ids changed (1): beta name → gamma name",
    }
    assert renamed.args["items"] == ["beta→gamma"]


@pytest.mark.parametrize("fmt", ["table", "md"])
def test_moved_skills_name_their_categories(cli: Any, fmt: str) -> None:
    r = cli("diff", OLD, NEW, "-f", fmt, "--lang", "ja", columns=120)
    assert r.exit_code == 0, r
    assert "サポート・連携 → 全社一丸" in r.stdout
    assert "support-collaboration → transform" not in r.stdout
    assert "`support-collaboration` → `transform`" not in r.stdout


def test_narrow_impact_detail_is_a_line_per_member(cli: Any) -> None:
    r = cli("diff", OLD, NEW, "--members", str(EXAMPLES / "members"), "--lang", "en", columns=60)
    assert r.exit_code == 0, r
    detail = r.stdout.split(word("impact.detail", "en"))[1]
    assert "  小林 由美 Member 46% → 27% · gap +/− +8/−0 · new, not" in detail
    assert all(len(line) <= 60 for line in detail.splitlines())
