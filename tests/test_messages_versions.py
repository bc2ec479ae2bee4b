"""Messages of versions/, team/, site/ and lint/ follow --lang (issue #13).

Each test runs one real path of the command line twice, with ``--lang ja`` and
``--lang en``, and reads the message (and its ``path:line:col: `` prefix, when
it has one) in each language.  The words ``error:``/``warning:``/``csmatrix:``
stay English in both.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from csmatrix.words import WORDS

Cli = Callable[..., Any]


def both(cli: Cli, *args: object) -> tuple[Any, Any]:
    """The same command in Japanese and in English."""
    return cli(*args, "--lang", "ja"), cli(*args, "--lang", "en")


def members(tmp_path: Path, *names: str) -> Path:
    """A copy of some example members in ``./members`` (relative paths in the messages)."""
    folder = tmp_path / "members"
    folder.mkdir(exist_ok=True)
    for name in names or [p.name for p in EXAMPLES.glob("members/*.yaml")]:
        shutil.copy(EXAMPLES / "members" / name, folder / name)
    return folder


# --- versions/: migrate, check-bump, review, diff --members ---------------------------


def test_migrate_summary(cli: Cli, tmp_path: Path) -> None:
    source = members(tmp_path, "yumi-kobayashi.yaml") / "yumi-kobayashi.yaml"
    ja = cli(
        "migrate",
        "members/yumi-kobayashi.yaml",
        "--to",
        "icare-cs@2021-autumn",
        "-o",
        "ja.yaml",
        "--lang",
        "ja",
    )
    en = cli(
        "migrate",
        "members/yumi-kobayashi.yaml",
        "--to",
        "icare-cs@2021-autumn",
        "-o",
        "en.yaml",
        "--lang",
        "en",
    )
    assert ja.exit_code == en.exit_code == 0, (ja, en)
    assert source.exists()
    label = "members/yumi-kobayashi.yaml"
    assert f"csmatrix: {label} を移行しました: icare-cs@2019 → icare-cs@2021-autumn" in ja.stderr
    assert f"csmatrix: migrated {label}: icare-cs@2019 → icare-cs@2021-autumn" in en.stderr
    assert "  要再評価: " in ja.stderr
    assert "(意味か範囲が変わった; 引き継いだレベル" in ja.stderr
    assert "  re-assess: " in en.stderr
    assert "(meaning or scope changed; carried level" in en.stderr
    # a list of levels or skills reads as a list in each language
    assert "→ health-checkup (意味か範囲が変わった; 引き継いだレベル 3、4)" in ja.stderr
    assert "→ health-checkup (meaning or scope changed; carried level 3, 4)" in en.stderr
    assert "re-assess" not in ja.stderr
    assert "要再評価" not in en.stderr


def test_migrate_to_another_family_is_refused(cli: Cli, tmp_path: Path) -> None:
    members(tmp_path, "yumi-kobayashi.yaml")
    ja, en = both(cli, "migrate", "members/yumi-kobayashi.yaml", "--to", "client-work@2025", "-o", "x.yaml")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: members/yumi-kobayashi.yaml は icare-cs@2019(ファミリー 'icare-cs')の版ですが、"
        "client-work@2025 はファミリー 'client-work' の版です\n"
        "  ヒント: migrate は同じファミリーの版の間でメンバーを移します。icare-cs の版を選んでください"
        "('csmatrix list' で一覧できます)\n"
    )
    assert en.stderr == (
        "csmatrix: error: members/yumi-kobayashi.yaml is on icare-cs@2019, of the family 'icare-cs'; "
        "client-work@2025 belongs to 'client-work'\n"
        "  hint: migrate moves a member between versions of one family: pick a version of icare-cs "
        "('csmatrix list' shows them)\n"
    )
    assert not (tmp_path / "x.yaml").exists()


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    (tmp_path / "README").write_text("x\n", encoding="utf-8")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", "README")
    _git(tmp_path, "commit", "-q", "-m", "first")
    return tmp_path


def test_check_bump_outside_a_repository_is_refused(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    outside = tmp_path / "plain"
    outside.mkdir()
    probe = subprocess.run(["git", "rev-parse"], cwd=outside, capture_output=True)
    if probe.returncode == 0:
        pytest.skip("the temporary folder is inside a git repository")
    monkeypatch.chdir(outside)
    where = str(Path.cwd())
    ja, en = both(cli, "check-bump", "fw.yaml")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        f"csmatrix: error: {where} は git リポジトリの中ではありません\n"
        "  ヒント: フレームワークを変更したリポジトリの中で 'csmatrix review' を実行してください\n"
    )
    assert en.stderr == (
        f"csmatrix: error: {where} is not inside a git repository\n"
        "  hint: run 'csmatrix review' inside the repository whose frameworks changed\n"
    )


def test_review_of_an_unknown_revision(cli: Cli, repo: Path) -> None:
    ja, en = both(cli, "review", "no-such-rev")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: git のリビジョン 'no-such-rev' が見つかりません\n"
        "  ヒント: 'git log --oneline' で確かめてください。例: origin/main、HEAD~1、タグ、コミットid\n"
    )
    assert en.stderr == (
        "csmatrix: error: unknown git revision 'no-such-rev'\n"
        "  hint: check it with 'git log --oneline'; e.g. origin/main, HEAD~1, a tag or a commit id\n"
    )


def test_diff_members_folder_missing(cli: Cli) -> None:
    ja, en = both(cli, "diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--members", "nobody")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: --members nobody: そのフォルダはありません\n"
        "  ヒント: メンバーファイルのあるフォルダを指定してください\n"
    )
    assert en.stderr == (
        "csmatrix: error: --members nobody: no such directory\n  hint: name the folder of member files\n"
    )


# --- team/: notices, lineage, ids, --without --------------------------------------------


def test_team_notice_for_members_carried_forward(cli: Cli, tmp_path: Path) -> None:
    members(tmp_path)
    ja, en = both(cli, "team", "members")
    assert ja.exit_code == en.exit_code == 0, (ja, en)
    assert "csmatrix: 注意: 2人が古い版のため、メモリ上で icare-cs@2021-autumn に換算しました" in ja.stderr
    assert (
        "csmatrix: note: 2 members are on an older version and were carried to icare-cs@2021-autumn"
        in en.stderr
    )


def test_team_member_newer_than_the_framework(cli: Cli, tmp_path: Path) -> None:
    members(tmp_path, "aoi-sato.yaml")
    ja, en = both(cli, "team", "members", "--framework", "icare-cs@2019")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    prefix = "members/aoi-sato.yaml:5:12: error: "
    assert (
        prefix + "'icare-cs@2021-autumn' はこのチーム表示のフレームワーク icare-cs@2019 より新しい版です。"
        "評価は 'supersedes' に沿って新しい版へしか引き継げません"
        " (--framework に最新の版を指定するか、メンバーを migrate してください)"
    ) in ja.stderr.splitlines()
    assert (
        prefix + "'icare-cs@2021-autumn' is newer than icare-cs@2019, the framework of this team view; "
        "levels are only carried forward along 'supersedes'"
        " (pass --framework with the newest version, or migrate the member)"
    ) in en.stderr.splitlines()


def test_team_member_id_used_twice(cli: Cli, tmp_path: Path) -> None:
    folder = members(tmp_path, "aoi-sato.yaml")
    shutil.copy(folder / "aoi-sato.yaml", folder / "copy.yaml")
    ja, en = both(cli, "team", "members")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    prefix = "members/copy.yaml:3:5: error: "
    assert (
        prefix + "メンバーid 'aoi-sato' は members/aoi-sato.yaml ですでに使われています"
        " (メンバーごとに別のidにしてください('id' がないときはファイル名がidになります))"
    ) in ja.stderr.splitlines()
    assert (
        prefix + "member id 'aoi-sato' is already used by members/aoi-sato.yaml"
        " (each member needs an id of their own (the file name when 'id' is absent))"
    ) in en.stderr.splitlines()


def test_team_without_an_unknown_member(cli: Cli, tmp_path: Path) -> None:
    members(tmp_path, "aoi-sato.yaml", "kenta-mori.yaml")
    ja, en = both(cli, "team", "members", "--without", "nobody")
    assert ja.exit_code == en.exit_code == 2, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: --without nobody: そのidやファイルのメンバーはこのチームにいません\n"
        "  ヒント: メンバーid(aoi-sato、kenta-mori)か、メンバーファイルのパスを指定してください\n"
    )
    assert en.stderr == (
        "csmatrix: error: --without nobody: no member of this team has that id or file\n"
        "  hint: pass a member id (aoi-sato, kenta-mori) or the path of one of the member files\n"
    )


# --- lint/ ------------------------------------------------------------------------------

TINY = """\
schema: csmatrix/framework@1
id: tiny
version: v1
released: 2021-01-01
title: {ja: 小さな枠組み, en: A tiny framework}
levels:
  - {level: 1, name: {ja: 見習い, en: Apprentice}}
  - {level: 2, name: {ja: 担当者, en: Practitioner}}
  - {level: 3, name: {ja: 一人前, en: Independent}}
axes:
  - id: cs
    name: {ja: CS, en: CS}
categories:
  - id: core
    axis: cs
    name: {ja: 基本, en: Core}
    skills:
"""


def _skill(ident: str, *levels: str) -> str:
    body = "".join(f"          {n}: {{ja: {ja}, en: {ident} level {n}}}\n" for n, ja in enumerate(levels, 1))
    return f"      - id: {ident}\n        name: {{ja: {ident}, en: {ident}}}\n        levels:\n{body}"


OVERLAP = (
    TINY
    + _skill(
        "health",
        "スコアを確認できる。",
        "スコアの変化を定期的に確かめ、悪化する前に手を打てる。",
        "基準を見直せる。",
    )
    + _skill(
        "risk",
        "兆候を挙げられる。",
        "利用の減少などの変化を定期的に確かめて記録できる。",
        "影響を見積もれる。",
    )
)


def test_lint_warning(cli: Cli, write: Callable[..., Path]) -> None:
    write("fw.yaml", OVERLAP)
    ja, en = both(cli, "lint", "fw.yaml")
    assert ja.exit_code == en.exit_code == 0, (ja, en)
    ja_line = next(line for line in ja.stdout.splitlines() if line.endswith("[overlap]"))
    en_line = next(line for line in en.stdout.splitlines() if line.endswith("[overlap]"))
    assert ja_line.startswith(
        "fw.yaml:28:19: warning: 「risk」のレベル2と「health」のレベル2(22行目)がほぼ同じ行動を書いています(類似度 "
    )
    assert ja_line.endswith(
        "。評価者が区別できないため、まとめるか、それぞれにしかない行動を書いてください [overlap]"
    )
    assert en_line.startswith(
        "fw.yaml:28:19: warning: 'risk' level 2 and 'health' level 2 (line 22) describe much the same behaviour (similarity "
    )
    assert en_line.endswith(
        ": a rater cannot tell them apart; merge them or make each say what only it asks [overlap]"
    )
    ja_json = json.loads(cli("lint", "fw.yaml", "-f", "json", "--lang", "ja").stdout)
    en_json = json.loads(cli("lint", "fw.yaml", "-f", "json", "--lang", "en").stdout)
    assert ja_json["warnings"][0]["message"].startswith("「risk」のレベル2と「health」のレベル2")
    assert en_json["warnings"][0]["message"].startswith("'risk' level 2 and 'health' level 2")


def test_lint_mixed_mood_names_the_scope_and_moods_in_the_language(
    cli: Cli, write: Callable[..., Path]
) -> None:
    write(
        "fw.yaml",
        TINY + _skill("a", "状況を説明できる。", "顧客と定期的に話している。", "計画を立てられる。"),
    )
    ja, en = both(cli, "lint", "fw.yaml", "--ignore", "overlap")
    ja_line = next(line for line in ja.stdout.splitlines() if line.endswith("[mixed-mood]"))
    en_line = next(line for line in en.stdout.splitlines() if line.endswith("[mixed-mood]"))
    assert ja_line == (
        "fw.yaml:22:19: warning: 「a」のレベル2は「している」(実践)で終わりますが、個人のレベル1、3は「できる」(能力)で終わります。"
        "同じ範囲では根拠の基準をそろえてください [mixed-mood]"
    )
    assert en_line == (
        "fw.yaml:22:19: warning: 'a' level 2 ends in している (does habitually) while its individual levels 1, 3 "
        "end in できる (can do): one standard of evidence per scope [mixed-mood]"
    )


# --- site/ ------------------------------------------------------------------------------


def test_site_members_folder_missing(cli: Cli) -> None:
    args = ("site", "icare-cs@2021-autumn", "-o", "out", "--private", "--members", "nobody")
    ja, en = both(cli, *args)
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: nobody がありません。何も書き出していません\n"
        "  ヒント: --members にはメンバーファイルのフォルダを指定してください\n"
    )
    assert en.stderr == (
        "csmatrix: error: nobody does not exist; nothing was written\n"
        "  hint: --members takes a folder of member files\n"
    )
    assert not Path("out").exists()


def test_site_refuses_to_replace_pages(cli: Cli) -> None:
    first = cli("site", "icare-cs@2021-autumn", "-o", "out")
    assert first.exit_code == 0, first
    pages = sorted(p for p in Path("out").rglob("*.html"))
    ja, en = both(cli, "site", "icare-cs@2021-autumn", "-o", "out")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    more = len(pages) - 1
    assert more >= 1
    assert ja.stderr.startswith("csmatrix: error: out/")
    assert f" ほか{more}件はすでにあります。何も書き出していません\n" in ja.stderr
    assert (
        "  ヒント: サイトのページを置き換えるには --force を指定してください(フォルダ内のほかのファイルは残ります)\n"
        in ja.stderr
    )
    assert f" already exists (and {more} more); nothing was written\n" in en.stderr
    assert (
        "  hint: pass --force to replace the site's pages (other files in the folder are kept)\n" in en.stderr
    )


def test_site_output_is_a_file(cli: Cli, write: Callable[..., Path]) -> None:
    write("out", "not a folder\n")
    ja, en = both(cli, "site", "icare-cs@2021-autumn", "-o", "out")
    assert ja.exit_code == en.exit_code == 1, (ja, en)
    assert ja.stderr == (
        "csmatrix: error: out はフォルダではないファイルとしてすでにあります。何も書き出していません\n"
        "  ヒント: -o にはフォルダを指定してください\n"
    )
    assert (
        en.stderr
        == "csmatrix: error: out exists and is not a folder; nothing was written\n  hint: -o takes a folder\n"
    )


def test_every_key_of_this_area_is_worded_in_both_languages() -> None:
    areas = ("versions.", "gather.", "teamplan.", "siteplan.", "lintrule.")
    keys = [key for key in WORDS if key.startswith(areas)]
    assert len(keys) >= 40
    for key in keys:
        ja, en = WORDS[key]
        assert ja != en, key  # a Japanese text, not the English copied
