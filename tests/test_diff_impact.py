"""`csmatrix diff --members`: whose readiness and gaps change, and why."""

from __future__ import annotations

import json
from typing import Any

import pytest

from test_diff import dump, fw_data

ROLES_OLD = [{"id": "member", "name": "Member", "targets": {"default": 2}}]
ROLES_NEW = [{"id": "member", "name": "Member", "targets": {"default": 2, "skills": {"alpha": 3}}}]


def member(ident: str, alpha: int, beta: int, name: str = "") -> str:
    return (
        "schema: csmatrix/member@1\n"
        f"id: {ident}\nname: {name or ident}\nframework: ../v1.yaml\nrole: member\n"
        "assessments:\n  - date: 2024-01-01\n    by: lead\n"
        f"    levels: {{alpha: {alpha}, beta: {beta}}}\n"
    )


def team(write: Any) -> None:
    write("v1.yaml", dump(fw_data("v1", {"alpha": {}, "beta": {}}, roles=ROLES_OLD)))
    write("v2.yaml", dump(fw_data("v2", {"alpha": {}, "beta": {}}, roles=ROLES_NEW)))
    write("team/ann.yaml", member("ann", 2, 2, "Ann Abe"))  # target for alpha rises 2 -> 3: gap opens
    write("team/ben.yaml", member("ben", 3, 2, "Ben Boe"))  # already at 3: no change


def test_impact_json_two_members_one_target_rises(cli: Any, write: Any) -> None:
    team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "-f", "json")
    assert r.exit_code == 0, r
    impact = json.loads(r.stdout)["impact"]
    assert impact == {
        "members": [
            {
                "id": "ann",
                "name": "Ann Abe",
                "role": "member",
                "role_in_new": True,
                "readiness": {"from": 1.0, "to": 0.5},
                "gaps": [
                    {
                        "skill": "alpha",
                        "from": 0,
                        "to": 1,
                        "why": "target",
                        "target": {"from": 2, "to": 3},
                        "current": {"from": 2, "to": 2},
                    }
                ],
                "descriptors": [],
            },
            {
                "id": "ben",
                "name": "Ben Boe",
                "role": "member",
                "role_in_new": True,
                "readiness": {"from": 1.0, "to": 1.0},
                "gaps": [],
                "descriptors": [],
            },
        ],
        "summary": [
            {
                "effect": "widens",
                "why": "target",
                "skills": ["alpha"],
                "role": "member",
                "target": {"from": 2, "to": 3},
                "members": ["ann"],
                "names": ["Ann Abe"],
            }
        ],
        "skipped": [],
    }


def test_impact_table_says_why(cli: Any, write: Any) -> None:
    team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "--lang", "en", columns=80)
    assert r.exit_code == 0, r
    people = r.stdout[r.stdout.index("Impact on members\n") : r.stdout.index("Suggested version bump")]
    assert people == "Impact on members\n  • Ann Abe Member 100% → 50% · target 2→3: alpha name\n\n"
    tail = r.stdout[r.stdout.index("Impact on members (detail)") :]
    assert tail == (
        "Impact on members (detail)\n"
        "  • widens the gap of Ann Abe: the Member target for alpha name rose from 2 to 3\n"
        "             Role       readiness   gap +/−   why\n"
        "   ─────────────────────────────────────────────────────────────────\n"
        "   Ann Abe   Member    100% → 50%     +1/−0   target 2→3: alpha name\n"
        "   Ben Boe   Member   100% → 100%     +0/−0\n"
    )


def test_impact_of_shipped_versions_on_examples(cli: Any) -> None:
    from conftest import EXAMPLES

    r = cli(
        "diff",
        "icare-cs@2021-summer",
        "icare-cs@2021-autumn",
        "--members",
        EXAMPLES / "members",
        "-f",
        "json",
    )
    assert r.exit_code == 0, r
    members = json.loads(r.stdout)["impact"]["members"]
    assert len(members) == len(list((EXAMPLES / "members").glob("*.yaml")))
    assert all(m["readiness"]["from"] is not None for m in members)


def test_missing_members_folder_is_exit_1(cli: Any, write: Any) -> None:
    team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "nowhere")
    assert r.exit_code == 1, r
    assert "nowhere" in r.stderr
    assert r.stdout == ""


@pytest.mark.lang("ja")
def test_invalid_and_duplicate_members_are_skipped_with_their_place(cli: Any, write: Any) -> None:
    team(write)
    write("team/bad.yaml", member("bad", 2, 9))  # level 9 is outside the scale
    write("team/zed.yaml", member("ann", 1, 1))  # the id of ann.yaml again
    write("team/v3.yaml", dump(fw_data("v3", {"alpha": {}})))  # a framework in the folder: not a member
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "-f", "json")
    assert r.exit_code == 0, r
    impact = json.loads(r.stdout)["impact"]
    assert [m["id"] for m in impact["members"]] == ["ann", "ben"]
    assert "team/bad.yaml:9:" in r.stderr
    assert "team/zed.yaml:2:5: error: メンバーid 'ann' は team/ann.yaml" in r.stderr
    # --lang ja, the default
    assert "csmatrix: team/bad.yaml: 読めないため影響の集計から外しました" in r.stderr
    assert "csmatrix: team/zed.yaml: 読めないため影響の集計から外しました" in r.stderr
    assert "v3.yaml" not in r.stderr
    assert impact["skipped"] == [line for line in r.stderr.splitlines() if line.startswith("csmatrix: ")]


def test_exit_code_with_members(cli: Any, write: Any) -> None:
    team(write)
    assert cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "--exit-code").exit_code == 1
    assert cli("diff", "v1.yaml", "v1.yaml", "--members", "team", "--exit-code").exit_code == 0


def test_markdown_names_people_and_reason(cli: Any, write: Any) -> None:
    team(write)
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "-f", "md", "--lang", "en")
    assert r.exit_code == 0, r
    assert "- widens the gap of Ann Abe: the Member target for alpha name rose from 2 to 3" in r.stdout


def test_removed_skill_with_a_gap_is_a_reason(cli: Any, write: Any) -> None:
    write("v1.yaml", dump(fw_data("v1", {"alpha": {}, "beta": {}}, roles=ROLES_OLD)))
    write("v2.yaml", dump(fw_data("v2", {"alpha": {}}, roles=ROLES_OLD)))
    write("team/ann.yaml", member("ann", 2, 1, "Ann Abe"))
    r = cli("diff", "v1.yaml", "v2.yaml", "--members", "team", "--lang", "en", columns=120)
    assert r.exit_code == 0, r
    assert "narrows the gap of Ann Abe: skills with a gap were removed: beta" in r.stdout
    assert "50% → 100%" in r.stdout
