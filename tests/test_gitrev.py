"""``files.gitrev``: ``REV:PATH`` read the way a user means it, every failure a plain error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from csmatrix.errors import CsmatrixError, InvalidInput
from csmatrix.files import gitrev
from csmatrix.files.read import FileTrouble
from csmatrix.files.store import Store
from test_diff import dump, fw_data
from test_diff_git import git

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    (root / "frameworks" / "tiny").mkdir(parents=True)
    git(root, "init", "-q")
    (root / "frameworks" / "tiny" / "v1.yaml").write_text(dump(fw_data()), encoding="utf-8")
    (root / "notes.txt").write_text("not a framework: [\n", encoding="utf-8")
    git(root, "add", ".")
    git(root, "commit", "-qm", "first")
    return root


def test_parse_tells_a_revision_from_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert gitrev.parse("HEAD~1:frameworks/x.yaml") == gitrev.Revision("HEAD~1", "frameworks/x.yaml")
    assert gitrev.parse("HEAD:x.yaml").label == "HEAD:x.yaml"
    assert gitrev.parse("plain.yaml") is None
    assert gitrev.parse(":x.yaml") is None  # no revision before the colon
    assert gitrev.parse("C:\\frameworks\\x.yaml") is None  # a drive, not a revision
    (tmp_path / "a:b.yaml").write_text("x", encoding="utf-8")
    assert gitrev.parse("a:b.yaml") is None  # an existing file wins


def test_paths_are_relative_to_where_the_user_stands(repo: Path) -> None:
    sub = repo / "frameworks"
    assert gitrev.repo_path(gitrev.Revision("HEAD", "tiny/v1.yaml"), sub) == ("frameworks/tiny/v1.yaml", repo)
    assert gitrev.repo_path(gitrev.Revision("HEAD", "../notes.txt"), sub)[0] == "notes.txt"
    data, label = gitrev.read(gitrev.Revision("HEAD", "./tiny/v1.yaml"), sub)
    assert label == "HEAD:frameworks/tiny/v1.yaml"
    assert data == (repo / "frameworks" / "tiny" / "v1.yaml").read_bytes()


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("nosuch:frameworks/tiny/v1.yaml", "unknown git revision 'nosuch'"),
        ("HEAD:frameworks/tiny/v9.yaml", "'frameworks/tiny/v9.yaml' does not exist in revision 'HEAD'"),
        ("HEAD:frameworks/tiny", "(it is a folder there)"),
    ],
)
def test_what_git_cannot_give_is_a_plain_error(repo: Path, spec: str, message: str) -> None:
    revision = gitrev.parse(spec)
    assert revision is not None
    with pytest.raises(CsmatrixError) as info:
        gitrev.read(revision, repo)
    assert message in str(info.value.message)
    assert info.value.hint


def test_a_file_outside_the_repository_or_no_repository(repo: Path, tmp_path: Path) -> None:
    with pytest.raises(CsmatrixError, match="outside the git repository"):
        gitrev.repo_path(gitrev.Revision("HEAD", "../../elsewhere.yaml"), repo)
    alone = tmp_path / "alone"
    alone.mkdir()
    with pytest.raises(CsmatrixError, match="not inside a git repository"):
        gitrev.repo_path(gitrev.Revision("HEAD", "x.yaml"), alone)
    with pytest.raises(CsmatrixError, match="names no file after the ':'"):
        gitrev.repo_path(gitrev.Revision("HEAD", ""), repo)


def test_a_blob_over_the_cap_is_refused_unread(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gitrev, "MAX_BYTES", 10)
    with pytest.raises(FileTrouble):
        gitrev.read(gitrev.Revision("HEAD", "frameworks/tiny/v1.yaml"), repo)


def test_load_gives_the_framework_and_its_label(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo)
    fw, label = gitrev.load(Store(), "HEAD:frameworks/tiny/v1.yaml")
    assert (fw.ref, label) == ("tiny@v1", "HEAD:frameworks/tiny/v1.yaml")
    fw, label = gitrev.load(Store(), "frameworks/tiny/v1.yaml")  # a plain file
    assert (fw.ref, label) == ("tiny@v1", "frameworks/tiny/v1.yaml")
    with pytest.raises(InvalidInput):
        gitrev.load(Store(), "HEAD:notes.txt")
