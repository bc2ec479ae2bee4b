"""`csmatrix review BASE [HEAD]`: framework changes between git revisions, as a PR comment."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import REPO
from csmatrix.versions.review import declared_bump
from test_diff import dump, fw_data

ROLES = [{"id": "member", "name": "Member", "targets": {"default": 2}}]
RAISED = [{"id": "member", "name": "Member", "targets": {"default": 2, "skills": {"alpha": 3}}}]


def git(repo: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, check=True)
    return done.stdout


def framework(version: str, roles: list[dict[str, Any]], supersedes: str | None = None, **skills: Any) -> str:
    return dump(fw_data(version, skills or {"alpha": {}, "beta": {}}, roles=roles, supersedes=supersedes))


def member(ident: str, name: str, ref: str, alpha: int, beta: int) -> str:
    return (
        f"schema: csmatrix/member@1\nid: {ident}\nname: {name}\nframework: {ref}\nrole: member\n"
        "assessments:\n  - date: 2024-01-01\n    by: lead\n"
        f"    levels: {{alpha: {alpha}, beta: {beta}}}\n"
    )


def make_repo(root: Path, version: str = "1.0.0") -> Path:
    """A team repository: frameworks/tiny/<version>.yaml and members/ (Ann, Ben), one commit."""
    if shutil.which("git") is None:
        pytest.fail("git is needed for csmatrix review")
    (root / "frameworks" / "tiny").mkdir(parents=True)
    (root / "members").mkdir()
    (root / "frameworks" / "tiny" / f"{version}.yaml").write_text(framework(version, ROLES), encoding="utf-8")
    (root / "members" / "ann.yaml").write_text(
        member("ann", "Ann Abe", f"tiny@{version}", 2, 2), encoding="utf-8"
    )
    (root / "members" / "ben.yaml").write_text(
        member("ben", "Ben Boe", f"tiny@{version}", 3, 2), encoding="utf-8"
    )
    git(root, "init", "-q", "-b", "main")
    git(root, "config", "user.email", "test@example.com")
    git(root, "config", "user.name", "Test")
    git(root, "config", "commit.gpgsign", "false")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "first version")
    return root


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.mark.parametrize(
    ("before", "after", "level", "how"),
    [
        ("1.0.0", "1.0.0", "none", "unchanged"),
        ("2021-autumn", "2021-autumn", "none", "unchanged"),
        ("1.0.0", "2.0.0", "major", "numbered"),
        ("1.0.0", "1.1.0", "minor", "numbered"),
        ("1.0.0", "1.0.1", "patch", "numbered"),
        ("v1", "v2", "major", "numbered"),
        ("2022.1", "2022.2", "minor", "numbered"),
        ("1.2", "1.2.1", "patch", "numbered"),
        ("1.2.0", "1.1.9", "none", "lower"),
        ("1.0", "1.0.0", "none", "lower"),
        ("2021-summer", "2021-autumn", "major", "edition"),
        ("2019", "2021-summer", "major", "edition"),
    ],
)
def test_declared_bump(before: str, after: str, level: str, how: str) -> None:
    declared = declared_bump(before, after)
    assert (declared.level, declared.how) == (level, how)


def test_in_place_target_raise_is_refused_with_exit_code(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    r = cli("review", "HEAD", "-f", "json")
    assert r.exit_code == 0, r
    view = json.loads(r.stdout)
    assert view["ok"] is False
    (entry,) = view["frameworks"]
    assert entry["path"] == "frameworks/tiny/1.0.0.yaml"
    assert entry["status"] == "modified"
    assert entry["suggested"] == "major"
    assert entry["declared"] == {"level": "none", "how": "unchanged", "from": "1.0.0", "to": "1.0.0"}
    assert entry["diff"]["bump"]["reasons"][0]["code"] == "target-raised"
    assert cli("review", "HEAD", "--exit-code").exit_code == 1


def test_new_version_file_is_compared_with_what_it_supersedes(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.1.0.yaml", framework("1.1.0", RAISED, supersedes="1.0.0"))
    r = cli("review", "HEAD", "-f", "json", "--exit-code")
    assert r.exit_code == 1, r
    (entry,) = json.loads(r.stdout)["frameworks"]
    assert (entry["status"], entry["from"], entry["to"]) == ("added", "tiny@1.0.0", "tiny@1.1.0")
    assert entry["sources"]["from"] == "HEAD:frameworks/tiny/1.0.0.yaml"
    assert (entry["suggested"], entry["declared"]["level"], entry["ok"]) == ("major", "minor", False)
    (repo / "frameworks/tiny/1.1.0.yaml").unlink()
    write(repo, "frameworks/tiny/2.0.0.yaml", framework("2.0.0", RAISED, supersedes="1.0.0"))
    r = cli("review", "HEAD", "-f", "json", "--exit-code")
    assert r.exit_code == 0, r
    assert json.loads(r.stdout)["frameworks"][0]["declared"]["level"] == "major"


def test_edition_names_declare_a_major_bump(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path, "2021-summer")
    write(
        repo, "frameworks/tiny/2021-autumn.yaml", framework("2021-autumn", RAISED, supersedes="2021-summer")
    )
    r = cli("review", "HEAD", "-f", "json", "--exit-code")
    assert r.exit_code == 0, r
    assert json.loads(r.stdout)["frameworks"][0]["declared"]["how"] == "edition"


def test_between_two_commits_with_members_in_markdown(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    git(repo, "commit", "-q", "-am", "raise alpha")
    r = cli("review", "HEAD~1", "HEAD", "--members", "members", "--lang", "en")
    assert r.exit_code == 0, r
    md = r.stdout
    summary, _, details = md.partition("<details>")
    # summary first: the table row, the call to fix, the people by name and why
    assert "| ❌ | `frameworks/tiny/1.0.0.yaml` | `tiny@1.0.0` → `tiny@1.0.0` | **major** |" in summary
    assert "none (1.0.0 → 1.0.0: version unchanged) | 1 |" in summary
    assert "raise their version as suggested" in summary
    assert "- widens the gap of Ann Abe: the Member target for alpha name rose from 2 to 3" in summary
    assert "| Ann Abe | Member | 100% → 50% | target 2→3: alpha name |" in details
    assert "ben" not in md.replace("Ben Boe", "")  # people are named, not by id
    assert md.count("<details>") == md.count("</details>") == 2
    r = cli("review", "HEAD~1", "HEAD", "--members", "members", "-f", "json")
    (entry,) = json.loads(r.stdout)["frameworks"]
    assert [(m["name"], m["readiness"]) for m in entry["impact"]["members"]] == [
        ("Ann Abe", {"from": 1.0, "to": 0.5}),
        ("Ben Boe", {"from": 1.0, "to": 1.0}),
    ]


def test_no_framework_changed(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "members/ann.yaml", member("ann", "Ann Abe", "tiny@1.0.0", 3, 3))  # a member, not a framework
    write(repo, "notes.yaml", "just: yaml\n")
    r = cli("review", "HEAD", "--lang", "en", "--exit-code")
    assert r.exit_code == 0, r
    assert "No framework file changed" in r.stdout
    assert json.loads(cli("review", "HEAD", "-f", "json").stdout)["frameworks"] == []


def test_deleted_framework_is_listed(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    (repo / "frameworks/tiny/1.0.0.yaml").unlink()
    r = cli("review", "HEAD", "-f", "json", "--exit-code")
    assert r.exit_code == 0, r
    (entry,) = json.loads(r.stdout)["frameworks"]
    assert (entry["status"], entry["note"], entry["from"], entry["to"]) == (
        "deleted",
        "deleted",
        "tiny@1.0.0",
        None,
    )


def test_invalid_framework_in_the_change_is_exit_1_with_its_place(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    text = framework("1.0.0", ROLES).replace("  scope: individual", "  scope: [42]", 1)
    write(repo, "frameworks/tiny/1.0.0.yaml", text)
    line = text.splitlines().index("  scope: [42]") + 1
    r = cli("review", "HEAD")
    assert r.exit_code == 1, r
    assert re.search(rf"^frameworks/tiny/1\.0\.0\.yaml:{line}:\d+: error: ", r.stderr, re.M), r


def test_outside_git_and_unknown_revision_are_exit_1(cli: Any, tmp_path: Path) -> None:
    r = cli("review", "HEAD")
    assert r.exit_code == 1, r
    assert "not inside a git repository" in r.stderr
    make_repo(tmp_path / "repo")
    os.chdir(tmp_path / "repo")
    r = cli("review", "no-such-branch")
    assert r.exit_code == 1, r
    assert "unknown git revision 'no-such-branch'" in r.stderr


def ci_command() -> str:
    """The `csmatrix review` line of docs/ci/github-review.yml, for a pull request into main."""
    recipe = (REPO / "docs" / "ci" / "github-review.yml").read_text(encoding="utf-8")
    (line,) = [x.strip() for x in recipe.splitlines() if x.strip().startswith("csmatrix review ")]
    return line.replace("${{ github.base_ref }}", "main")


@pytest.mark.slow
def test_ci_recipe_command_line_on_a_pull_request(tmp_path: Path) -> None:
    import yaml

    recipe = yaml.safe_load((REPO / "docs" / "ci" / "github-review.yml").read_text(encoding="utf-8"))
    assert recipe["permissions"]["pull-requests"] == "write"
    repo = make_repo(tmp_path / "repo")
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")  # what actions/checkout fetches
    git(repo, "checkout", "-q", "-b", "raise-alpha")
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    git(repo, "commit", "-q", "-am", "raise alpha")
    env = {
        **os.environ,
        "MEMBERS": "members",
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    }
    done = subprocess.run(["bash", "-c", ci_command()], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 1, done.stderr  # --exit-code: the version was not raised
    comment = (repo / "review.md").read_text(encoding="utf-8")
    assert comment.startswith("### csmatrix review: framework changes (origin/main → HEAD)")
    assert "widens the gap of Ann Abe" in comment
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("2.0.0", RAISED, supersedes="1.0.0"))
    (repo / "frameworks/tiny/1.0.0.yaml").rename(repo / "frameworks/tiny/2.0.0.yaml")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "as 2.0.0")
    done = subprocess.run(["bash", "-c", ci_command()], cwd=repo, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr + (repo / "review.md").read_text(encoding="utf-8")


def test_every_review_format_renders(cli: Any, tmp_path: Path) -> None:
    from csmatrix.commands.review import ReviewFormat

    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    for fmt in ReviewFormat:
        r = cli("review", "HEAD", "--members", "members", "-f", fmt.value)
        assert r.exit_code == 0, r
        assert r.stdout.strip(), fmt


def test_a_name_cannot_break_the_comment_table(cli: Any, tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo, "members/ann.yaml", member("ann", "'Ann | Abe'", "tiny@1.0.0", 2, 2))
    git(repo, "commit", "-q", "-am", "rename")
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    r = cli("review", "HEAD", "--members", "members", "--lang", "en")
    assert r.exit_code == 0, r
    assert "| Ann \\| Abe | Member | 100% → 50% |" in r.stdout
