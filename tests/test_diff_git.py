"""`csmatrix diff REV:PATH` and the git textconv driver, in a real repository."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from test_diff import dump, fw_data

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-c", "user.name=Test", "-c", "user.email=test@example.com", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "frameworks" / "tiny").mkdir(parents=True)
    git(root, "init", "-q")
    path = root / "frameworks" / "tiny" / "v1.yaml"
    path.write_text(dump(fw_data()), encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "first")
    changed = fw_data(skills={"alpha": {}, "beta": {}})
    changed["categories"][0]["skills"][0]["levels"][2] = {
        "ja": "alphaのレベル2の新しい記述",
        "en": "alpha level 2 text",
    }
    path.write_text(dump(changed), encoding="utf-8")
    git(root, "commit", "-qam", "second")
    return root


def test_diff_revisions_from_root(cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    r = cli("diff", "HEAD~1:frameworks/tiny/v1.yaml", "HEAD:frameworks/tiny/v1.yaml", "-f", "json")
    assert r.exit_code == 0, r
    import json

    data = json.loads(r.stdout)
    assert data["sources"] == {"from": "HEAD~1:frameworks/tiny/v1.yaml", "to": "HEAD:frameworks/tiny/v1.yaml"}
    assert data["skills"]["added"] == ["beta"]
    assert data["skills"]["changed"][0]["levels"] == [2]


def test_diff_revisions_from_subdirectory(cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo / "frameworks")
    r = cli("diff", "HEAD~1:tiny/v1.yaml", "tiny/v1.yaml", columns=80)
    assert r.exit_code == 0, r
    assert r.stdout.startswith("HEAD~1:frameworks/tiny/v1.yaml → tiny/v1.yaml\n")
    assert "+ beta" in r.stdout
    assert "L2: alphaのレベル2の{+新しい+}記述" in r.stdout
    assert cli("diff", "HEAD~1:./tiny/v1.yaml", "HEAD:tiny/v1.yaml", "--exit-code").exit_code == 1


def test_revision_errors(cli: Any, repo: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    r = cli("diff", "nosuchrev:frameworks/tiny/v1.yaml", "HEAD:frameworks/tiny/v1.yaml")
    assert r.exit_code == 1, r
    assert "unknown git revision 'nosuchrev'" in r.stderr
    r = cli("diff", "HEAD:frameworks/tiny/missing.yaml", "HEAD:frameworks/tiny/v1.yaml")
    assert r.exit_code == 1, r
    assert "'frameworks/tiny/missing.yaml' does not exist in revision 'HEAD'" in r.stderr
    outside = tmp_path / "outside"
    outside.mkdir()
    monkeypatch.chdir(outside)
    r = cli("diff", "HEAD:x.yaml", "HEAD:y.yaml")
    assert r.exit_code == 1, r
    assert "is not inside a git repository" in r.stderr


def test_path_with_colon_that_exists_is_a_file(cli: Any, write: Any) -> None:
    write("v:1.yaml", dump(fw_data()))
    write("v2.yaml", dump(fw_data()))
    r = cli("diff", "v:1.yaml", "v2.yaml", "--exit-code")
    assert r.exit_code == 0, r


def test_git_diff_through_textconv(repo: Path) -> None:
    (repo / ".gitattributes").write_text("frameworks/**/*.yaml diff=csmatrix\n", encoding="utf-8")
    git(repo, "config", "diff.csmatrix.textconv", f'"{sys.executable}" -m csmatrix textconv')
    out = git(repo, "diff", "HEAD~1", "--", "frameworks")
    assert "+skill alpha level 2 ja: alphaのレベル2の新しい記述" in out
    assert "-skill alpha level 2 ja: alphaのレベル2の記述" in out
    assert "+skill beta category core" in out
    assert "+category core skills: alpha beta" in out
    log = git(repo, "log", "-p", "--format=%s", "-1")
    assert "+skill beta name en: beta name" in log
    # an unparseable version still shows (raw), git diff does not fail
    (repo / "frameworks" / "tiny" / "v1.yaml").write_text("schema: [broken\n", encoding="utf-8")
    out = git(repo, "diff")
    assert "+schema: [broken" in out


def test_a_revision_saved_as_shift_jis_is_a_located_encoding_error(
    cli: Any, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = repo / "frameworks" / "tiny" / "v1.yaml"
    path.write_bytes(path.read_text(encoding="utf-8").encode("cp932"))
    git(repo, "commit", "-qam", "saved from Excel")
    monkeypatch.chdir(repo)
    r = cli("diff", "HEAD~1:frameworks/tiny/v1.yaml", "HEAD:frameworks/tiny/v1.yaml")
    assert r.exit_code == 1, r
    assert "HEAD:frameworks/tiny/v1.yaml:" in r.stderr
    assert "error: the file is not UTF-8 text (it looks like Shift_JIS (CP932)" in r.stderr
