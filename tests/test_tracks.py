"""A role on a track of its own (the specialist track beside lead) is never a "next role"."""

from __future__ import annotations

import json
from typing import Any

from conftest import EXAMPLES, FRAMEWORKS
from csmatrix.files.store import Store


def _autumn() -> Any:
    return Store().framework(str(FRAMEWORKS / "icare-cs" / "2021-autumn.yaml")).unwrap()


def test_the_main_ladder_skips_the_specialist_track() -> None:
    fw = _autumn()
    ladder = [r.id for r in fw.roles if r.track is None]
    assert ladder[-1] == "lead"
    assert fw.role("oh-specialist").track == "specialist"
    assert fw.next_role("senior").id == "lead"
    assert fw.next_role("lead") is None  # not oh-specialist, listed after it
    assert fw.next_role("oh-specialist") is None


def test_team_never_offers_the_specialist_track_as_next_role(cli: Any) -> None:
    r = cli("team", EXAMPLES / "members", "-f", "json")
    assert r.exit_code == 0, r
    members = json.loads(r.stdout)["members"]
    assert members, r
    assert all(m["next_role"] != "oh-specialist" for m in members)
