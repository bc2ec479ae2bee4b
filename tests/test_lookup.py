"""Framework lookup: --frameworks, CSMATRIX_PATH, ./frameworks, shipped data."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import FRAMEWORKS, REPO
from csmatrix.files import lookup
from csmatrix.files.store import Store

TINY = """\
schema: csmatrix/framework@1
id: {family}
version: "{version}"
released: 2024-01-01
title: {title}
levels: [{{level: 1, name: One}}]
axes: [{{id: x, name: X}}]
categories:
  - id: c
    axis: x
    name: C
    skills: [{{id: a, name: A, levels: {{1: a1}}}}]
"""


def tiny(write, where: str, family: str = "acme", version: str = "1", title: str = "T") -> Path:
    return write(f"{where}/{family}/{version}.yaml", TINY.format(family=family, version=version, title=title))


def test_shipped_frameworks_are_found_from_any_directory(cli) -> None:
    result = cli("list", "--format", "json")
    assert result.exit_code == 0, result
    names = [e["framework"] for e in json.loads(result.stdout)["frameworks"]]
    assert {"icare-cs@2019", "icare-cs@2021-summer", "icare-cs@2021-autumn"} <= set(names)


def test_lookup_order(cli, write, monkeypatch) -> None:
    tiny(write, "opt", title="from-option")
    tiny(write, "env", title="from-env")
    tiny(write, "frameworks", title="from-cwd")
    show = ["show", "acme@1", "--format", "json"]
    assert json.loads(cli(*show, "--frameworks", "opt").stdout)["title"] == "from-option"
    monkeypatch.setenv("CSMATRIX_PATH", "missing:env")
    assert json.loads(cli(*show, "--frameworks", "opt").stdout)["title"] == "from-option"
    assert json.loads(cli(*show).stdout)["title"] == "from-env"
    monkeypatch.delenv("CSMATRIX_PATH")
    assert json.loads(cli(*show).stdout)["title"] == "from-cwd"


def test_yml_suffix_is_found(cli, write) -> None:
    path = tiny(write, "frameworks", version="2")
    path.rename(path.with_suffix(".yml"))
    assert cli("show", "acme@2").exit_code == 0


def test_reference_whose_file_disagrees_with_its_path(cli, write) -> None:
    write("frameworks/acme/1.yaml", TINY.format(family="acme", version="9", title="T"))
    result = cli("show", "acme@1")
    assert result.exit_code == 1, result
    assert (
        "frameworks/acme/1.yaml:2:5: error: found through 'acme@1' but the file says 'acme@9'"
        in result.stderr
    )


def test_a_path_may_have_any_name(cli, write) -> None:
    path = write("anything.yaml", TINY.format(family="acme", version="9", title="T"))
    assert cli("show", str(path)).exit_code == 0


def test_unknown_reference_lists_versions_and_dirs(cli) -> None:
    result = cli("show", "icare-cs@2030")
    assert result.exit_code == 1, result
    assert (
        "framework 'icare-cs@2030' not found; versions of icare-cs found: 2019, 2021-autumn, 2021-summer"
        in result.stderr
    )
    assert "searched:" in result.stderr


def test_member_framework_path_is_relative_to_the_member_file(cli, write) -> None:
    tiny(write, "team", family="acme", version="1")
    member = write(
        "team/m/aoi.yaml",
        "schema: csmatrix/member@1\nname: Aoi\nframework: ../acme/1.yaml\n"
        "assessments:\n  - {date: 2024-02-01, by: self, levels: {a: 1}}\n",
    )
    result = cli("validate", str(member))
    assert result.exit_code == 0, result


def test_supersedes_cycle_is_reported(cli, write) -> None:
    a = write(
        "frameworks/loop/a.yaml", TINY.format(family="loop", version="a", title="A") + 'supersedes: "b"\n'
    )
    write("frameworks/loop/b.yaml", TINY.format(family="loop", version="b", title="B") + 'supersedes: "a"\n')
    result = cli("validate", str(a))
    assert result.exit_code == 1, result
    assert f"{a}:13:13: error: 'supersedes' forms a cycle: a → b → a" in result.stderr


def test_replaces_must_name_skills_of_the_superseded_version(cli, write) -> None:
    tiny(write, "frameworks", family="acme", version="1")
    newer = write(
        "frameworks/acme/2.yaml",
        TINY.format(family="acme", version="2", title="T").replace(
            "levels: {1: a1}}", "levels: {1: a1}, replaces: [a, b]}"
        )
        + 'supersedes: "1"\n',
    )
    result = cli("validate", str(newer))
    assert result.exit_code == 1, result
    assert (
        f"{newer}:12:62: error: 'b' is not a skill of acme@1, which this version supersedes" in result.stderr
    )


def test_shipped_dir_is_inside_the_package_or_the_checkout() -> None:
    assert (lookup.shipped_dir() / "icare-cs" / "2021-autumn.yaml").is_file()


def test_installed_console_script_finds_frameworks_from_elsewhere(tmp_path: Path) -> None:
    """The installed ``csmatrix`` (editable or not) run from an unrelated dir."""
    exe = shutil.which("csmatrix") or str(Path(sys.executable).parent / "csmatrix")
    result = subprocess.run(
        [exe, "show", "icare-cs@2019", "--format", "json"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["framework"] == "icare-cs@2019"


def test_python_dash_m_works(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "csmatrix", "list"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert "icare-cs@2021-autumn" in result.stdout


def test_repo_frameworks_are_the_shipped_ones() -> None:
    assert FRAMEWORKS == REPO / "frameworks"
    assert sorted(p.name for p in (FRAMEWORKS / "icare-cs").glob("*.yaml")) == [
        "2019.yaml",
        "2021-autumn.yaml",
        "2021-summer.yaml",
    ]


def test_chain_finds_older_versions_beside_a_framework_loaded_by_path(write) -> None:
    tiny(write, "elsewhere", family="acme", version="1")
    tiny(write, "elsewhere", family="acme", version="2").write_text(
        TINY.format(family="acme", version="2", title="T") + 'supersedes: "1"\n', encoding="utf-8"
    )
    newest = write(
        "elsewhere/acme/3.yaml", TINY.format(family="acme", version="3", title="T") + 'supersedes: "2"\n'
    )
    store = Store()
    fw = store.framework(str(newest)).unwrap()
    assert [older.version for older in store.chain(fw)] == ["2", "1"]
