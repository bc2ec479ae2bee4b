"""The pre-commit hooks: `csmatrix check-bump` on staged frameworks, and the real `pre-commit` tool."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import REPO
from test_review import RAISED, ROLES, framework, git, make_repo, member, write


def test_staged_in_place_raise_is_refused(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    assert cli("check-bump", "frameworks/tiny/1.0.0.yaml").exit_code == 0  # not staged yet
    git(repo, "add", "-A")
    r = cli("check-bump", "frameworks/tiny/1.0.0.yaml", "--lang", "en")
    assert r.exit_code == 1, r
    assert r.stderr.splitlines()[:2] == [
        "frameworks/tiny/1.0.0.yaml: error: version 1.0.0 → 1.0.0 declares no bump, "
        "but the change deserves a major bump",
        "  targets raised (1): Member: alpha name 2→3",
    ]
    assert cli("check-bump").exit_code == 1  # no files: every staged framework


def test_staged_new_version_must_raise_enough(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.1.0.yaml", framework("1.1.0", RAISED, supersedes="1.0.0"))
    git(repo, "add", "-A")
    r = cli("check-bump", "frameworks/tiny/1.1.0.yaml", "--lang", "en")
    assert r.exit_code == 1, r
    assert "version 1.0.0 → 1.1.0 declares a minor bump, but the change deserves a major bump" in r.stderr
    git(repo, "rm", "-q", "--cached", "frameworks/tiny/1.1.0.yaml")
    write(repo, "frameworks/tiny/2.0.0.yaml", framework("2.0.0", RAISED, supersedes="1.0.0"))
    git(repo, "add", "frameworks/tiny/2.0.0.yaml")
    r = cli("check-bump", "frameworks/tiny/2.0.0.yaml")
    assert r.exit_code == 0, r
    assert r.stderr == ""


def test_wording_only_in_a_new_patch_version_passes(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    text = framework("1.0.1", ROLES, supersedes="1.0.0").replace("en: Tiny", "en: Tiny (fixed)")
    write(repo, "frameworks/tiny/1.0.1.yaml", text)
    git(repo, "add", "-A")
    assert cli("check-bump", "frameworks/tiny/1.0.1.yaml").exit_code == 0


def test_other_files_and_the_first_commit_pass(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    os.chdir(repo)
    write(repo, "members/ann.yaml", member("ann", "Ann Abe", "tiny@1.0.0", 3, 3))
    git(repo, "add", "-A")
    assert cli("check-bump", "members/ann.yaml").exit_code == 0
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    git(fresh, "init", "-q")
    write(fresh, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    git(fresh, "add", "-A")
    os.chdir(fresh)
    assert cli("check-bump", "frameworks/tiny/1.0.0.yaml").exit_code == 0


def test_hooks_file_names_the_commands() -> None:
    hooks = {
        h["id"]: h for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    }
    assert set(hooks) == {"csmatrix-validate", "csmatrix-version-bump", "csmatrix-lint"}
    assert hooks["csmatrix-lint"]["entry"] == "csmatrix lint"
    assert hooks["csmatrix-validate"]["entry"] == "csmatrix validate"
    assert hooks["csmatrix-version-bump"]["entry"] == "csmatrix check-bump"
    assert all(h["language"] == "python" for h in hooks.values())


def pre_commit() -> str:
    """The `pre-commit` program; missing is a failure in CI (it is in the test extra)."""
    found = shutil.which("pre-commit") or shutil.which("pre-commit", path=str(Path(sys.executable).parent))
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is not installed: pip install -e '.[test]'")
        pytest.skip("pre-commit is not installed (pip install pre-commit); CI runs this test")
    return found


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def try_repo(repo: Path, hook: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "NO_COLOR": "1"}
    return subprocess.run(
        [pre_commit(), "try-repo", str(REPO), hook, "--color", "never"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.mark.slow
def test_pre_commit_refuses_then_accepts_a_framework_change(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = make_repo(tmp_path / "team")
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    git(repo, "add", "-A")
    done = try_repo(repo, "csmatrix-version-bump", pre_commit_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "frameworks/tiny/1.0.0.yaml: error: version 1.0.0 → 1.0.0 declares no bump" in done.stdout
    git(repo, "reset", "-q", "--hard")
    write(repo, "frameworks/tiny/2.0.0.yaml", framework("2.0.0", RAISED, supersedes="1.0.0"))
    git(repo, "add", "-A")
    done = try_repo(repo, "csmatrix-version-bump", pre_commit_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout


@pytest.mark.slow
def test_pre_commit_validate_hook_reports_a_bad_member(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = make_repo(tmp_path / "team")
    write(repo, "members/ann.yaml", member("ann", "Ann Abe", "tiny@1.0.0", 9, 2))  # 9 is outside 1–3
    git(repo, "add", "-A")
    done = try_repo(repo, "csmatrix-validate", pre_commit_home)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "members/ann.yaml:9:" in done.stdout


@pytest.mark.slow
def test_pre_commit_lint_hook_shows_warnings_and_strict_fails(tmp_path: Path, pre_commit_home: Path) -> None:
    repo = make_repo(tmp_path / "team")
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    git(repo, "add", "-A")
    done = try_repo(repo, "csmatrix-lint", pre_commit_home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "csmatrix lint" in done.stdout
    # the same command with the optional --strict a team may add as args
    strict = subprocess.run(
        [sys.executable, "-m", "csmatrix", "lint", "--strict", "frameworks/tiny/1.0.0.yaml"],
        cwd=repo,
        capture_output=True,
        text=True,
    )
    # the test framework's levels repeat each other ("alphaのレベル1の記述", "…2の記述")
    assert strict.returncode == 1, strict.stdout + strict.stderr
    assert "frameworks/tiny/1.0.0.yaml:43:13: warning: " in strict.stdout + strict.stderr
    assert "[no-build-up]" in strict.stdout + strict.stderr
