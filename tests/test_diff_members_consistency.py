"""`diff --members` scores every member exactly as `assess` does on each side.

On each side a member is scored with their own ratings when that side is the
version they are on, otherwise after `csmatrix migrate --to SIDE` (forward,
or back to an older version).  The expected numbers below come from running
`migrate` and `assess` through the CLI, never from the impact code.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from csmatrix.files.store import Store
from csmatrix.versions.lineage import lineage
from test_diff import dump, fw_data

Cli = Callable[..., Any]


def assess_on(
    cli: Cli, member: Path, side: str, side_ref: str, out: Path, extra: list[str]
) -> dict[str, Any]:
    """`assess --format json` of ``member`` on ``side`` (after `migrate` when on another version)."""
    own = cli("assess", member, "-f", "json", *extra)
    assert own.exit_code == 0, own
    report: dict[str, Any] = json.loads(own.stdout)
    if report["framework"] == side_ref:
        return report
    moved = cli("migrate", member, "--to", side, "-o", out, "--force", *extra)
    assert moved.exit_code == 0, moved
    again = cli("assess", out, "-f", "json", *extra)
    assert again.exit_code == 0, again
    result: dict[str, Any] = json.loads(again.stdout)
    return result


def expected_gaps(
    before: dict[str, Any], after: dict[str, Any], sources: dict[str, list[str]], orphans: list[str]
) -> dict[str, tuple[int | None, int | None]]:
    """skill -> (gap before, gap after) for every gap that changes, from two assess reports."""
    old = {s["id"]: s for s in before["skills"]}
    out: dict[str, tuple[int | None, int | None]] = {}
    for skill in after["skills"]:
        preds = [old[p] for p in sources.get(skill["id"], []) if p in old]
        gap_before = max((p["gap"] for p in preds if p["gap"] is not None), default=None)
        if (gap_before or 0) != (skill["gap"] or 0):
            out[skill["id"]] = (gap_before, skill["gap"])
    for skill_id in orphans:
        if old[skill_id]["gap"]:
            out[skill_id] = (old[skill_id]["gap"], None)
    return out


def check_consistent(
    cli: Cli,
    tmp_path: Path,
    members: Path,
    old: str,
    new: str,
    extra: list[str],
) -> list[dict[str, Any]]:
    r = cli("diff", old, new, "--members", members, "-f", "json", *extra)
    assert r.exit_code == 0, r
    view = json.loads(r.stdout)
    impact = {m["id"]: m for m in view["impact"]["members"]}
    store = Store([Path(p) for p in extra[1::2]])
    old_fw, new_fw = store.framework(old).unwrap(), store.framework(new).unwrap()
    lin = lineage(old_fw, new_fw, store.chain)
    files = sorted(members.glob("*.yaml"))
    assert len(impact) == len(files)
    for file in files:
        before = assess_on(cli, file, old, old_fw.ref, tmp_path / "before.yaml", extra)
        after = assess_on(cli, file, new, new_fw.ref, tmp_path / "after.yaml", extra)
        own = json.loads(cli("assess", file, "-f", "json", *extra).stdout)
        got = impact[own["member"]["id"]]
        where = f"{file.name}: {got}"
        assert got["readiness"] == {
            "from": before["overall"]["readiness"],
            "to": after["overall"]["readiness"],
        }, where
        gaps = {g["skill"]: (g["from"], g["to"]) for g in got["gaps"]}
        assert gaps == expected_gaps(before, after, lin.sources, lin.orphans), where
        currents = {s["id"]: s["current"] for s in after["skills"]}
        targets = {s["id"]: s["target"] for s in after["skills"]}
        for gap in got["gaps"]:
            if gap["why"] != "removed":
                assert gap["current"]["to"] == currents[gap["skill"]], where
                assert gap["target"]["to"] == targets[gap["skill"]], where
    return list(impact.values())


def test_shipped_examples_match_assess(cli: Cli, tmp_path: Path) -> None:
    members = check_consistent(
        cli, tmp_path, EXAMPLES / "members", "icare-cs@2021-summer", "icare-cs@2021-autumn", []
    )
    by_name = {m["name"]: m["readiness"]["to"] for m in members}
    # issue #11 quoted 70%, 90%, 80% from assess and team (diff said 40%, 55%, 50%); on the
    # revised framework (issue #14) assess says 63.6%, 86.4%, 72.7%, and so does diff
    assert (by_name["佐藤 葵"], by_name["森 健太"], by_name["鈴木 美咲"]) == (0.636, 0.864, 0.727)


def test_shipped_examples_backwards_match_assess(cli: Cli, tmp_path: Path) -> None:
    check_consistent(cli, tmp_path, EXAMPLES / "members", "icare-cs@2021-autumn", "icare-cs@2019", [])


ROLES_V0 = [{"id": "member", "name": "Member", "targets": {"default": 2}}]
ROLES_V1 = [
    {"id": "member", "name": "Member", "targets": {"default": 2}},
    {"id": "lead", "name": "Lead", "targets": {"default": 3}},
]
ROLES_V2 = [{"id": "member", "name": "Member", "targets": {"default": 2, "skills": {"alpha": 3}}}]


def member_yaml(framework: str, levels: dict[str, int], *, ident: str | None, role: str = "member") -> str:
    head = "schema: csmatrix/member@1\n" + (f"id: {ident}\n" if ident else "")
    rated = ", ".join(f"{k}: {v}" for k, v in levels.items())
    return (
        head + f"name: {{ja: 名前 {ident or 'なし'}, en: Person {ident or 'none'}}}\n"
        f"framework: {framework}\nrole: {role}\n"
        "assessments:\n"
        "  - date: 2024-01-01\n    by: self\n"
        f"    levels: {{{rated}}}\n"
        "  - date: 2024-02-01\n    by: lead\n"
        f"    levels: {{{rated}}}\n"
    )


def small_team(write: Callable[..., Path]) -> None:
    """v0 -> v1 -> v2: a rename, a merge, a new skill, a removed skill, a target that rises, a role dropped."""
    write(
        "tiny/v0.yaml",
        dump(fw_data("v0", {"alpha": {}, "beta": {}, "gamma": {}, "delta": {}, "old": {}}, roles=ROLES_V0)),
    )
    v1 = fw_data(
        "v1", {"alpha": {}, "beta": {}, "gamma": {}, "delta": {}, "old": {}}, supersedes="v0", roles=ROLES_V1
    )
    write("tiny/v1.yaml", dump(v1))
    v2 = fw_data(
        "v2",
        {
            "alpha": {},
            "bravo": {"replaces": ["beta"]},
            "merged": {"replaces": ["gamma", "delta"]},
            "fresh": {},
        },
        supersedes="v1",
        roles=ROLES_V2,
    )
    write("tiny/v2.yaml", dump(v2))
    write(
        "team/on-v1.yaml",
        member_yaml(
            "../tiny/v1.yaml", {"alpha": 2, "beta": 1, "gamma": 3, "delta": 1, "old": 1}, ident="on-v1"
        ),
    )
    # already on v2, with a rating for the skill new in v2: the bug of issue #11
    write(
        "team/on-v2.yaml",
        member_yaml("../tiny/v2.yaml", {"alpha": 3, "bravo": 2, "merged": 2, "fresh": 3}, ident="on-v2"),
    )
    write(
        "team/on-v0.yaml",
        member_yaml("../tiny/v0.yaml", {"alpha": 1, "beta": 3, "gamma": 2, "delta": 2}, ident="on-v0"),
    )
    write(
        "team/lead.yaml",
        member_yaml("../tiny/v1.yaml", {"alpha": 3, "beta": 3, "gamma": 3}, ident="lead-one", role="lead"),
    )
    # no id, and a file name that is no valid id
    write("team/Sho_Nakamura.yaml", member_yaml("../tiny/v1.yaml", {"alpha": 1, "beta": 2}, ident=None))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("tiny@v1", "tiny@v2"),
        ("tiny@v0", "tiny@v2"),
        ("tiny@v2", "tiny@v1"),
        ("tiny/v1.yaml", "tiny/v2.yaml"),
    ],
)
def test_small_frameworks_match_assess(
    cli: Cli, write: Callable[..., Path], tmp_path: Path, old: str, new: str
) -> None:
    small_team(write)
    members = check_consistent(cli, tmp_path, tmp_path / "team", old, new, ["--frameworks", str(tmp_path)])
    assert {m["id"] for m in members} == {"on-v1", "on-v2", "on-v0", "lead-one", "Sho_Nakamura"}


def test_member_on_new_version_keeps_own_ratings(cli: Cli, write: Callable[..., Path]) -> None:
    small_team(write)
    r = cli("diff", "tiny@v1", "tiny@v2", "--members", "team", "-f", "json", "--frameworks", ".")
    assert r.exit_code == 0, r
    on_v2 = next(m for m in json.loads(r.stdout)["impact"]["members"] if m["id"] == "on-v2")
    assert on_v2["readiness"]["to"] == 1.0  # fresh rated 3 in their own file, not "missing"


def test_file_name_without_valid_id_is_accepted(cli: Cli, write: Callable[..., Path]) -> None:
    small_team(write)
    assert cli("assess", "team/Sho_Nakamura.yaml", "--frameworks", ".").exit_code == 0
    r = cli(
        "diff", "tiny@v1", "tiny@v2", "--members", "team", "--lang", "en", "--frameworks", ".", columns=200
    )
    assert r.exit_code == 0, r
    assert "Person none" in r.stdout
    assert "Traceback" not in r.stdout + r.stderr
    assert "validation error" not in (r.stdout + r.stderr).lower()


def test_migrate_of_a_file_name_without_valid_id_writes_a_valid_member(
    cli: Cli, write: Callable[..., Path]
) -> None:
    small_team(write)
    r = cli("migrate", "team/Sho_Nakamura.yaml", "--to", "tiny@v2", "-o", "moved.yaml", "--frameworks", ".")
    assert r.exit_code == 0, r
    assert "id:" not in Path("moved.yaml").read_text(encoding="utf-8").split("assessments:")[0]
    assert cli("assess", "moved.yaml", "--frameworks", ".").exit_code == 0
