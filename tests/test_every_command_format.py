"""Every command × every --format of its registry, on the shipped examples.

JSON parses, text is not empty, exit 0.  A command or format added without a
case here fails ``test_every_registered_format_is_exercised``.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, FRAMEWORKS
from csmatrix.cli import COMMANDS, command
from csmatrix.commands.formats import ALL

for _name in COMMANDS:  # every command module registers its formats when it is imported
    command(_name)

AOI = EXAMPLES / "members" / "aoi-sato.yaml"
AUTUMN = FRAMEWORKS / "icare-cs" / "2021-autumn.yaml"

ARGS: dict[str, list[str]] = {
    "validate": ["validate", str(FRAMEWORKS), str(EXAMPLES)],
    "show": ["show", "icare-cs@2021-autumn"],
    "list": ["list"],
    "schema": ["schema", "member"],
    "assess": ["assess", str(AOI), "--history"],
    "diff": ["diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--members", str(EXAMPLES / "members")],
    "review": ["review", "HEAD", "--members", "members"],
    "sheet": ["sheet", "--member", str(AOI)],
    "team": ["team", str(EXAMPLES / "members")],
    "activities": ["activities", str(EXAMPLES / "activities.yaml")],
    "lint": ["lint", str(AUTUMN)],
    "calibrate": ["calibrate", str(EXAMPLES / "members")],
    "rotate": ["rotate", str(EXAMPLES / "csm-career-path" / "members"), "--coverage-level", "4"],
}

CASES = [(name, fmt.value) for name, table in sorted(ALL.items()) for fmt in table]


def test_every_registered_format_is_exercised() -> None:
    assert set(ALL) == set(ARGS)


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def _review_repo(tmp_path: Path) -> None:
    """./frameworks/icare-cs/2021-autumn.yaml committed, then its title changed; ./members."""
    repo = tmp_path
    _git(repo, "init", "-q")
    _git(repo, "config", "user.email", "t@example.com")
    _git(repo, "config", "user.name", "t")
    target = repo / "frameworks" / "icare-cs"
    target.mkdir(parents=True)
    text = AUTUMN.read_text(encoding="utf-8")
    (target / "2021-autumn.yaml").write_text(text, encoding="utf-8")
    members = repo / "members"
    members.mkdir()
    (members / "aoi-sato.yaml").write_text(AOI.read_text(encoding="utf-8"), encoding="utf-8")
    _git(repo, "add", ".")
    _git(repo, "commit", "-q", "-m", "start")
    changed = text.replace("released: 2021-11-01", "released: 2021-11-02", 1)
    assert changed != text
    (target / "2021-autumn.yaml").write_text(changed, encoding="utf-8")


@pytest.mark.parametrize(("name", "fmt"), CASES)
def test_command_format(cli: Any, tmp_path: Path, name: str, fmt: str) -> None:
    args = [*ARGS[name], "--format", fmt] if name != "schema" else ARGS[name]
    if name == "review":
        _review_repo(tmp_path)
    if fmt == "xlsx":
        args += ["-o", str(tmp_path / "out.xlsx")]
    r = cli(*args)
    assert r.exit_code == 0, r
    if fmt == "json":
        json.loads(r.stdout)
    elif fmt == "xlsx":
        assert (tmp_path / "out.xlsx").read_bytes()[:2] == b"PK"
    else:
        # validate and a clean lint speak on stderr only: stdout is data
        assert (r.stdout + r.stderr).strip(), r


def test_a_format_without_a_renderer_is_refused_at_import() -> None:
    import enum

    from csmatrix.commands.formats import renderers

    class Two(str, enum.Enum):
        table = "table"
        json = "json"

    with pytest.raises(TypeError, match="no renderer for --format json"):
        renderers("two", Two, {Two.table: lambda result, lang: "x"})
    assert "two" not in ALL
