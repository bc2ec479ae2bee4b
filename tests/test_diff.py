"""`csmatrix diff`: one kind of change per tiny framework pair, exact JSON."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from csmatrix.models.framework import Framework
from csmatrix.versions.compare import diff_frameworks


def fw_data(
    version: str = "v1",
    skills: dict[str, dict[str, Any]] | None = None,
    *,
    supersedes: str | None = None,
    levels: int = 3,
    roles: list[dict[str, Any]] | None = None,
    category_of: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A tiny framework: skills {id: overrides}, all in category 'core' unless ``category_of``."""
    skills = skills if skills is not None else {"alpha": {}}
    category_of = category_of or {}
    categories: dict[str, list[dict[str, Any]]] = {}
    for sid, extra in skills.items():
        skill = {
            "id": sid,
            "name": {"ja": f"{sid}の名前", "en": f"{sid} name"},
            "levels": {
                n: {"ja": f"{sid}のレベル{n}の記述", "en": f"{sid} level {n} text"}
                for n in range(1, levels + 1)
            },
        }
        skill.update(extra)
        categories.setdefault(category_of.get(sid, "core"), []).append(skill)
    data: dict[str, Any] = {
        "schema": "csmatrix/framework@1",
        "id": "tiny",
        "version": version,
        "released": "2024-01-01",
        "title": {"ja": "小さな枠組み", "en": "Tiny"},
        "levels": [
            {"level": n, "name": {"ja": f"段階{n}", "en": f"Step {n}"}, "scope": "individual"}
            for n in range(1, levels + 1)
        ],
        "axes": [{"id": "main", "name": "Main"}],
        "categories": [
            {"id": cid, "axis": "main", "name": {"ja": cid, "en": cid}, "skills": sk}
            for cid, sk in categories.items()
        ],
    }
    if supersedes:
        data["supersedes"] = supersedes
    if roles is not None:
        data["roles"] = roles
    return data


def dump(data: dict[str, Any]) -> str:
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def model(data: dict[str, Any]) -> Framework:
    return Framework.model_validate(data)


def skills_json(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    out = diff_frameworks(model(old), model(new)).as_dict("en")["skills"]
    for entry in out["changed"]:
        entry.pop("changes")
    return out


EMPTY = {"added": [], "removed": [], "renamed": [], "merged": [], "split": [], "changed": [], "moved": []}


def test_identical_is_empty_and_bump_none() -> None:
    d = diff_frameworks(model(fw_data()), model(fw_data()))
    assert d.empty
    view = d.as_dict("ja")
    assert view["skills"] == EMPTY
    assert view["bump"] == {"level": "none", "reasons": []}


def test_added_skill_without_target_is_minor() -> None:
    d = diff_frameworks(model(fw_data()), model(fw_data(skills={"alpha": {}, "beta": {}})))
    assert d.as_dict("en")["skills"] == {**EMPTY, "added": ["beta"]}
    assert d.bump == "minor"
    assert [r.code for r in d.reasons] == ["skill-added"]


def test_removed_skill() -> None:
    assert skills_json(fw_data(skills={"alpha": {}, "beta": {}}), fw_data()) == {**EMPTY, "removed": ["beta"]}


def test_renamed_via_replaces() -> None:
    new = fw_data(skills={"gamma": {"replaces": ["alpha"]}})
    new["categories"][0]["skills"][0]["name"] = {"ja": "alphaの名前", "en": "alpha name"}
    new["categories"][0]["skills"][0]["levels"] = fw_data()["categories"][0]["skills"][0]["levels"]
    assert skills_json(fw_data(), new) == {**EMPTY, "renamed": [{"from": "alpha", "to": "gamma"}]}


def test_merge_of_two_skills() -> None:
    old = fw_data(skills={"alpha": {}, "beta": {}})
    new = fw_data(skills={"gamma": {"replaces": ["alpha", "beta"]}})
    assert skills_json(old, new) == {**EMPTY, "merged": [{"from": ["alpha", "beta"], "to": "gamma"}]}


def test_moved_to_another_category() -> None:
    old = fw_data(skills={"alpha": {}, "beta": {}})
    new = fw_data(skills={"alpha": {}, "beta": {}}, category_of={"beta": "extra"})
    out = diff_frameworks(model(old), model(new)).as_dict("en")
    assert out["skills"] == {
        **EMPTY,
        "moved": [{"id": "beta", "from": "core", "to": "extra", "from_axis": "main", "to_axis": "main"}],
    }
    assert out["categories"]["added"] == ["extra"]


def test_changed_descriptor_word_diff_japanese() -> None:
    new = fw_data(
        skills={
            "alpha": {
                "levels": {
                    1: {"ja": "alphaのレベル1の記述", "en": "alpha level 1 text"},
                    2: {"ja": "alphaのレベル2の新しい記述", "en": "alpha level 2 text"},
                    3: {"ja": "alphaのレベル3の記述", "en": "alpha level 3 text"},
                }
            }
        }
    )
    out = diff_frameworks(model(fw_data()), model(new)).as_dict("ja")["skills"]["changed"]
    assert out == [
        {
            "id": "alpha",
            "fields": ["levels"],
            "levels": [2],
            "changes": [
                {
                    "field": "levels.2",
                    "from": "alphaのレベル2の記述",
                    "to": "alphaのレベル2の新しい記述",
                    "diff": [
                        {"op": "equal", "text": "alphaのレベル2の"},
                        {"op": "insert", "text": "新しい"},
                        {"op": "equal", "text": "記述"},
                    ],
                }
            ],
        }
    ]


def test_changed_fields_name_tags_source_are_patch() -> None:
    new = fw_data(
        skills={"alpha": {"name": {"ja": "別名", "en": "alpha name"}, "tags": ["x"], "source": "book"}}
    )
    d = diff_frameworks(model(fw_data()), model(new))
    assert skills_json(fw_data(), new)["changed"] == [{"id": "alpha", "fields": ["name", "tags", "source"]}]
    assert d.bump == "patch"


ROLE = [{"id": "member", "name": "Member", "targets": {"default": 2}}]


def test_raised_target_is_major_and_listed() -> None:
    raised = [{"id": "member", "name": "Member", "targets": {"default": 2, "skills": {"alpha": 3}}}]
    d = diff_frameworks(model(fw_data(roles=ROLE)), model(fw_data(roles=raised)))
    assert d.as_dict("en")["roles"]["targets"] == [
        {"role": "member", "skill": "alpha", "from": 2, "to": 3, "kind": "raised"}
    ]
    assert d.bump == "major"
    # worded with the role's and the skill's names; the id labels stay in ``items``
    assert d.reasons[0].text["en"] == "targets raised (1): Member: alpha name 2→3"
    assert d.reasons[0].args["items"] == ["member×alpha 2→3"]
    assert d.reasons[0].args["fields"] == [{"role": "member", "skill": "alpha", "from": 2, "to": 3}]


def test_descriptor_change_at_target_is_major_above_is_minor() -> None:
    def reworded(level: int) -> dict[str, Any]:
        data = fw_data(roles=ROLE)
        data["categories"][0]["skills"][0]["levels"][level] = "reworded"
        return data

    assert diff_frameworks(model(fw_data(roles=ROLE)), model(reworded(2))).bump == "major"
    assert diff_frameworks(model(fw_data(roles=ROLE)), model(reworded(3))).bump == "minor"


def test_new_skill_with_target_is_major() -> None:
    new = fw_data(skills={"alpha": {}, "beta": {}}, roles=ROLE)
    d = diff_frameworks(model(fw_data(roles=ROLE)), model(new))
    assert [r.code for r in d.reasons] == ["target-new"]
    assert d.bump == "major"


def test_level_scale_added_level_and_scope_change() -> None:
    old = fw_data(roles=ROLE)
    new = fw_data(levels=4, roles=ROLE)
    new["levels"][2]["scope"] = "organization"
    view = diff_frameworks(model(old), model(new)).as_dict("en")["levels"]
    assert view["added"] == [4]
    assert view["changed"] == [
        {
            "level": 3,
            "fields": ["scope"],
            "changes": [
                {
                    "field": "scope",
                    "from": "individual",
                    "to": "organization",
                    "diff": [
                        {"op": "delete", "text": "individual"},
                        {"op": "insert", "text": "organization"},
                    ],
                }
            ],
        }
    ]


def test_reversed_diff_swaps_renames() -> None:
    old = fw_data()
    new = fw_data(skills={"gamma": {"replaces": ["alpha"]}}, supersedes="v0")
    back = diff_frameworks(model(new), model(old)).as_dict("en")["skills"]
    assert back["renamed"] == [{"from": "gamma", "to": "alpha"}]


ids = st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), min_size=1, max_size=3, unique=True)


@settings(max_examples=40, deadline=None)
@given(ids, ids, st.integers(2, 4), st.integers(2, 4))
def test_property_self_diff_empty_and_reverse_swaps(a: list[str], b: list[str], la: int, lb: int) -> None:
    fa = model(fw_data("v1", {s: {} for s in a}, levels=la))
    fb = model(fw_data("v2", {s: {} for s in b}, levels=lb))
    assert diff_frameworks(fa, fa).empty
    forward = diff_frameworks(fa, fb)
    back = diff_frameworks(fb, fa)
    assert forward.added == back.removed
    assert forward.removed == back.added
    assert forward.levels_added == back.levels_removed


def test_cli_json_shipped_summer_to_autumn(cli: Any) -> None:
    r = cli("diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--format", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["from"] == "icare-cs@2021-summer"
    assert data["to"] == "icare-cs@2021-autumn"
    assert {"from": "onboarding-support", "to": "lifecycle-management"} in data["skills"]["renamed"]
    assert "customer-health" in data["skills"]["added"]
    assert data["skills"]["removed"] == []
    assert data["bump"]["level"] == "major"
    assert {"role": "lead", "skill": "risk-escalation", "from": 3, "to": 5, "kind": "raised"} not in data[
        "roles"
    ]["targets"]


def test_cli_lineage_across_two_versions(cli: Any) -> None:
    r = cli("diff", "icare-cs@2019", "icare-cs@2021-autumn", "-f", "json")
    assert r.exit_code == 0, r
    data = json.loads(r.stdout)
    assert data["lineage"]["via"] == ["2021-summer"]
    assert {"from": "health-check-operations", "to": "health-checkup"} in data["skills"]["renamed"]
    assert data["skills"]["removed"] == []


def test_cli_exit_code(cli: Any, write: Any) -> None:
    a = write("a.yaml", dump(fw_data()))
    b = write("b.yaml", dump(fw_data(skills={"alpha": {}, "beta": {}})))
    assert cli("diff", a, a, "--exit-code").exit_code == 0
    assert cli("diff", a, b).exit_code == 0
    r = cli("diff", a, b, "--exit-code")
    assert r.exit_code == 1, r
    assert "+ beta" in r.stdout


@pytest.mark.lang("ja")
def test_cli_table_golden_80_columns(cli: Any, write: Any) -> None:
    write("a.yaml", dump(fw_data(roles=ROLE)))
    new_data = fw_data(skills={"alpha": {}, "beta": {}}, roles=ROLE)
    new_data["categories"][0]["skills"][0]["levels"][2] = {
        "ja": "alphaのレベル2の新しい記述",
        "en": "alpha level 2 text",
    }
    write("b.yaml", dump(new_data))
    r = cli("diff", "a.yaml", "b.yaml", columns=80)
    assert r.exit_code == 0, r
    assert r.stdout == (
        "a.yaml → b.yaml\n"
        "\n"
        "推奨するバージョンの上げ方: メジャー\n"
        "  メジャー 新たに目標のついたスキル (1): Memberのbetaの名前 –→2\n"
        "  メジャー 目標以下のレベルの記述が変わったスキル (1): alphaの名前(L2)\n"
        "\n"
        "スキル\n"
        "  + beta  betaの名前\n"
        "\n"
        "変更されたスキル\n"
        "  alpha  alphaの名前\n"
        "    L2: alphaのレベル2の{+新しい+}記述\n"
        "\n"
        "ロール別の目標\n"
        "                Member\n"
        "   ───────────────────\n"
        "   betaの名前    –→2\n"
    )


def test_cli_markdown(cli: Any, write: Any) -> None:
    a = write("a.yaml", dump(fw_data()))
    b = write("b.yaml", dump(fw_data(skills={"gamma": {"replaces": ["alpha"]}})))
    r = cli("diff", a, b, "-f", "md", "--lang", "en")
    assert r.exit_code == 0, r
    assert "| renamed | `alpha` → `gamma` | gamma name |" in r.stdout
    assert r.stdout.startswith(f"## `{a}` → `{b}`")


def test_cli_unknown_reference_is_an_error(cli: Any) -> None:
    r = cli("diff", "icare-cs@1999", "icare-cs@2019")
    assert r.exit_code == 1, r
    assert "framework 'icare-cs@1999' not found" in r.stderr
