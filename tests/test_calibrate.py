"""csmatrix calibrate: per-assessor figures and the flag rule, on members written here."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from csmatrix.calibrate.report import CalibrationOptions, calibrate
from csmatrix.models.member import Member

SKILLS = ("customer-health", "risk-escalation", "renewal-management", "expansion-management")


def member(*assessments: tuple[str, str, dict[str, int]]) -> Member:
    return Member.model_validate(
        {
            "schema": "csmatrix/member@1",
            "name": "x",
            "framework": "icare-cs@2021-autumn",
            "assessments": [{"date": d, "by": by, "levels": levels} for d, by, levels in assessments],
        }
    )


def by_id(members: list[tuple[str, Member]], **options: float) -> dict[str, dict[str, object]]:
    report = calibrate(members, CalibrationOptions(**options))  # type: ignore[arg-type]
    return {a["id"]: a for a in report.as_dict()["assessors"]}


def flat(level: int) -> dict[str, int]:
    return dict.fromkeys(SKILLS, level)


def test_counts_mean_and_gap_to_self() -> None:
    m = member(
        ("2021-10-01", "self", {"customer-health": 2, "risk-escalation": 3}),
        ("2021-10-05", "lead", {"customer-health": 4, "risk-escalation": 3, "renewal-management": 2}),
    )
    lead = by_id([("a", m)])["lead"]
    assert lead["ratings"] == 3
    assert lead["mean"] == 3.0
    assert lead["self_gap"] == 1.0  # (+2, 0) over the two skills with a self-rating
    assert lead["self_pairs"] == 2
    assert lead["discrepancy_share"] == 0.5
    assert lead["leniency"] is None
    assert lead["shared"] == 0
    assert lead["flag"] is None  # 2 pairs are fewer than 3: not enough to flag


def test_self_rating_nearest_in_date() -> None:
    m = member(
        ("2021-01-01", "self", {"customer-health": 1}),
        ("2021-06-01", "self", {"customer-health": 3}),
        ("2021-06-10", "lead", {"customer-health": 3}),
        ("2022-01-01", "self", {"customer-health": 5}),
    )
    assert by_id([("a", m)])["lead"]["self_gap"] == 0.0


def test_lenient_assessor_flagged_against_peers() -> None:
    members = [
        (
            f"m{i}",
            member(
                ("2021-10-01", "kind", flat(4)),
                ("2021-10-02", "fair", flat(2)),
                ("2021-10-03", "self", flat(2)),
            ),
        )
        for i in range(2)
    ]
    stats = by_id(members)
    assert stats["kind"]["leniency"] == 2.0
    assert stats["kind"]["shared"] == 8
    assert stats["kind"]["flag"] == "lenient"
    assert stats["kind"]["reasons"] == ["lenient", "discrepant"]
    assert stats["fair"]["leniency"] == -2.0
    assert stats["fair"]["flag"] == "severe"


def test_peer_rating_nearest_in_date_and_mean_of_peers() -> None:
    m = member(
        ("2021-01-01", "b", {"customer-health": 1}),
        ("2021-06-01", "b", {"customer-health": 3}),
        ("2021-06-01", "c", {"customer-health": 4}),
        ("2021-06-05", "a", {"customer-health": 4}),
    )
    assert by_id([("m", m)])["a"]["leniency"] == 0.5  # 4 - mean(3, 4)


def test_not_flagged_when_close_to_peers_and_self() -> None:
    members = [
        (
            f"m{i}",
            member(
                ("2021-10-01", "self", flat(3)),
                ("2021-10-02", "lead", flat(3)),
                ("2021-10-03", "mentor", {**flat(3), "customer-health": 4}),
            ),
        )
        for i in range(3)
    ]
    stats = by_id(members)
    assert stats["lead"]["flag"] is None
    assert stats["mentor"]["flag"] is None
    assert stats["mentor"]["leniency"] == 0.25
    assert stats["lead"]["leniency"] == -0.25


def test_not_flagged_on_too_few_shared_ratings() -> None:
    m = member(("2021-10-01", "kind", {"customer-health": 5}), ("2021-10-02", "fair", {"customer-health": 1}))
    stats = by_id([("m", m)])
    assert stats["kind"]["leniency"] == 4.0
    assert stats["kind"]["flag"] is None
    assert by_id([("m", m)], min_shared=1)["kind"]["flag"] == "lenient"


def test_self_only_members_give_no_assessors() -> None:
    report = calibrate([("m", member(("2021-10-01", "self", flat(3))))])
    assert report.as_dict()["assessors"] == []


# --- the command -------------------------------------------------------------------------


def _member_file(write: Callable[..., Path], name: str, body: str) -> Path:
    return write(
        f"team/{name}.yaml",
        f"schema: csmatrix/member@1\nname: {name}\nframework: icare-cs@2021-autumn\nassessments:\n{body}",
    )


@pytest.fixture
def team(write: Callable[..., Path], tmp_path: Path) -> Path:
    for index in range(3):
        _member_file(
            write,
            f"m{index}",
            "  - {date: 2021-10-01, by: self, levels: {customer-health: 2, risk-escalation: 2}}\n"
            "  - {date: 2021-10-02, by: '<b>甘い</b>', levels: {customer-health: 4, risk-escalation: 5}}\n"
            "  - {date: 2021-10-03, by: 山本, levels: {customer-health: 2, risk-escalation: 2}}\n",
        )
    write("team/notes.yaml", "just: some other yaml\n")
    return tmp_path / "team"


def test_cli_json(cli: Callable[..., object], team: Path) -> None:
    result = cli("calibrate", team, "--format", "json")
    assert result.exit_code == 0, result  # type: ignore[attr-defined]
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    assert data["members"] == 3
    first = data["assessors"][0]
    assert {"id", "ratings", "mean", "self_gap", "discrepancy_share", "leniency", "flag"} <= set(first)
    assert (first["id"], first["flag"], first["leniency"]) == ("<b>甘い</b>", "lenient", 2.5)
    assert data["assessors"][1]["flag"] == "severe"


@pytest.mark.lang("ja")
def test_cli_table_and_md_escape(cli: Callable[..., object], team: Path) -> None:
    table = cli("calibrate", team, "--lang", "en")
    assert table.exit_code == 0, table  # type: ignore[attr-defined]
    assert "lenient" in table.stdout
    assert "3 members, 2 assessors" in table.stdout
    md = cli("calibrate", team, "-f", "md")
    assert "&lt;b&gt;甘い&lt;/b&gt;" in md.stdout
    assert "<b>" not in md.stdout
    assert "| 甘め" in md.stdout  # type: ignore[attr-defined]


def test_cli_invalid_member_is_located(cli: Callable[..., object], write: Callable[..., Path]) -> None:
    path = _member_file(write, "bad", "  - {date: 2021-10-01, by: self, levels: {customer-health: 9}}\n")
    result = cli("calibrate", path)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert f"{path}:5:" in result.stderr  # type: ignore[attr-defined]


def test_help_has_an_example(cli: Callable[..., object]) -> None:
    assert "Example: csmatrix calibrate" in cli("calibrate", "--help").stdout  # type: ignore[attr-defined]
