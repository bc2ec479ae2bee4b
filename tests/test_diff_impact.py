"""`csmatrix diff --members`: whose readiness and gaps change, and why."""

from __future__ import annotations

import json
from typing import Any

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
            },
            {
                "id": "ben",
                "name": "Ben Boe",
                "role": "member",
                "role_in_new": True,
                "readiness": {"from": 1.0, "to": 1.0},
                "gaps": [],
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
    tail = r.stdout[r.stdout.index("Impact on members") :]
    assert tail == (
        "Impact on members\n"
        "  • widens the gap of Ann Abe: the Member target for alpha rose from 2 to 3\n"
        "             Role       readiness   gap +/−   why\n"
        "   ────────────────────────────────────────────────────────────\n"
        "   Ann Abe   member    100% → 50%     +1/−0   target 2→3: alpha\n"
        "   Ben Boe   member   100% → 100%     +0/−0\n"
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
