"""Member files read levels as import does: 3, 3.0 and full-width ３, and nothing else."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

MEMBER = """\
schema: csmatrix/member@1
name: T
framework: icare-cs@2021-autumn
role: member
assessments:
  - date: 2024-01-01
    by: self
    levels:
      customer-health: {level}
"""


@pytest.mark.parametrize("written", ["3", "3.0", "３", "３．０"])
def test_these_are_three(cli: Any, tmp_path: Path, written: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(MEMBER.format(level=written), encoding="utf-8")
    r = cli("assess", path, "-f", "json")
    assert r.exit_code == 0, r
    assert '"current": 3' in r.stdout


@pytest.mark.parametrize("written", ["2e0", "②", "²", "٣", "+3", "3.5", "三"])
def test_look_alikes_are_refused_at_the_value(cli: Any, tmp_path: Path, written: str) -> None:
    path = tmp_path / "t.yaml"
    path.write_text(MEMBER.format(level=written), encoding="utf-8")
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"t.yaml:9:24: error: expected a whole number, found '{written}'" in r.stderr, r
