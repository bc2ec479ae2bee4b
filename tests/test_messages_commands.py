"""The commands' own messages follow --lang (issue #13): errors, hints, notes and "wrote" lines.

Each real path runs the CLI twice, ``--lang ja`` and ``--lang en``, and reads the whole
message in each language: ``csmatrix: error:`` and ``error:`` stay English (editors and
CI read them), the message and its hint follow the language.  Every command takes
``--lang``, and every usage line names its arguments as click does (``MEMBER``,
``[REF]``, ``PATH...``), never typer's ``{MEMBER}``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, REPO
from csmatrix.cli import COMMANDS

AOI = EXAMPLES / "members" / "aoi-sato.yaml"
MEMBERS = EXAMPLES / "members"
FW = "icare-cs@2021-autumn"


def _both(cli: Any, *args: Any, code: int = 1) -> tuple[str, str]:
    """stderr of ``csmatrix ARGS`` in Japanese and in English; both exit ``code``."""
    out = []
    for lang in ("ja", "en"):
        r = cli(*args, "--lang", lang)
        assert r.exit_code == code, r
        out.append(r.stderr)
    return out[0], out[1]


def _error(message: str, hint: str, label: str) -> str:
    return f"csmatrix: error: {message}\n  {label}: {hint}\n"


# --- errors and hints made in commands/ ----------------------------------------------------


def test_unknown_role(cli: Any) -> None:
    ja, en = _both(cli, "sheet", FW, "--role", "nope")
    assert ja == _error(
        f"{FW} にロール 'nope' はありません",
        f"{FW} のロール: new-member、member、senior、lead、oh-specialist",
        "ヒント",
    )
    assert en == _error(
        f"unknown role 'nope' in {FW}",
        f"roles of {FW}: new-member, member, senior, lead, oh-specialist",
        "hint",
    )


def test_member_file_that_is_a_directory(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "team").mkdir()
    ja, en = _both(cli, "assess", "team")
    assert ja == _error(
        "team: フォルダです。メンバーのファイルではありません",
        "メンバーのファイルを1つ指定してください。フォルダ全体は 'csmatrix team DIR' で読めます",
        "ヒント",
    )
    assert en == _error(
        "team: is a directory, not a member file",
        "give one member file; 'csmatrix team DIR' reads a whole directory",
        "hint",
    )


def test_member_file_that_does_not_exist(cli: Any) -> None:
    ja, en = _both(cli, "assess", "nobody.yaml")
    assert ja == _error(
        "nobody.yaml: ファイルがありません", "メンバーの YAML ファイルのパスを指定してください", "ヒント"
    )
    assert en == _error("nobody.yaml: no such file", "give the path of a member YAML file", "hint")


def test_unknown_lint_rule(cli: Any) -> None:
    ja, en = _both(cli, "lint", FW, "--ignore", "bogus", "--ignore", "overlap", code=2)
    rules = ["overlap", "no-build-up", "template", "mixed-mood", "missing-language"]
    rules += ["one-language-change", "joined"]
    assert ja == _error("bogus というルールはありません", "ルール: " + "、".join(rules), "ヒント")
    assert en == _error("unknown rule bogus", "rules: " + ", ".join(rules), "hint")


def test_a_family_without_a_version(cli: Any) -> None:
    ja, en = _both(cli, "show", "icare-cs")
    assert ja == _error(
        "'icare-cs' はファミリーで、1つの版ではありません。版: 2019、2021-summer、2021-autumn",
        "版を1つ指定してください。例えば最新版: csmatrix show icare-cs@2021-autumn",
        "ヒント",
    )
    assert en == _error(
        "'icare-cs' is a family, not one version; its versions: 2019, 2021-summer, 2021-autumn",
        "name one, e.g. the newest: csmatrix show icare-cs@2021-autumn",
        "hint",
    )


def test_xlsx_to_the_terminal(cli: Any) -> None:
    ja, en = _both(cli, "sheet", FW, "-f", "xlsx", code=2)
    assert ja == _error(
        "XLSX のブックはバイナリなので、端末には出力しません",
        "ファイルに書き出してください: -o sheet.xlsx",
        "ヒント",
    )
    assert en == _error(
        "an XLSX workbook is binary and is not printed to the terminal",
        "write it to a file: -o sheet.xlsx",
        "hint",
    )


def test_sheet_without_a_framework(cli: Any) -> None:
    ja, en = _both(cli, "sheet", code=2)
    assert ja.startswith("csmatrix: error: どのフレームワークですか? family@version(またはファイル)か、")
    assert "  ヒント: 例: csmatrix sheet icare-cs@2021-autumn --role new-member\n" in ja
    assert en == _error(
        "which framework? give family@version (or a file), or --member FILE",
        "e.g. csmatrix sheet icare-cs@2021-autumn --role new-member",
        "hint",
    )


def test_sheet_of_another_version_than_the_members(cli: Any) -> None:
    ja, en = _both(cli, "sheet", "icare-cs@2021-summer", "--member", AOI, code=2)
    assert ja.startswith(
        f"csmatrix: error: {AOI} は {FW} のメンバーですが、シートには icare-cs@2021-summer が"
    )
    assert (
        f"  ヒント: フレームワークの引数を外すか、先にメンバーを移行してください: csmatrix migrate {AOI}"
        in ja
    )
    assert en.startswith(
        f"csmatrix: error: {AOI} is on {FW} but the sheet was asked for icare-cs@2021-summer\n"
    )


def test_team_plan_options(cli: Any) -> None:
    ja, en = _both(cli, "team", MEMBERS, "--role", "lead", code=2)
    assert ja == _error(
        "--role は --hire N と一緒に使います", "--hire N(受け入れる人数)を付けてください", "ヒント"
    )
    assert en == _error("--role goes with --hire N", "add --hire N (how many newcomers)", "hint")
    ja, en = _both(cli, "team", MEMBERS, "--hire", "1", "--role", "boss", code=2)
    roles = ["new-member", "member", "senior", "lead", "oh-specialist"]
    assert ja == _error(
        f"--role boss は {FW} のロールではありません", "ロール: " + "、".join(roles), "ヒント"
    )
    assert en == _error(f"--role boss is not a role of {FW}", "its roles: " + ", ".join(roles), "hint")


def test_coverage_level_outside_the_scale(cli: Any) -> None:
    ja, en = _both(cli, "rotate", MEMBERS, "--coverage-level", "9", code=2)
    assert ja == _error(
        f"--coverage-level 9 は {FW} の尺度 1–5 の外です", "1 から 5 までのレベルを選んでください", "ヒント"
    )
    assert en == _error(
        f"--coverage-level 9 is outside the scale 1–5 of {FW}", "pick a level from 1 to 5", "hint"
    )


def test_a_folder_without_members(cli: Any, write: Any) -> None:
    write("team/notes.yaml", "a: 1\n")
    ja, en = _both(cli, "team", "team")
    assert (
        ja
        == "csmatrix: 注意: team/notes.yaml を飛ばしました(メンバーのファイルではありません)\n"
        + _error(
            "team にメンバーのファイルがありません",
            "メンバーのファイルは 'schema: csmatrix/member@1' で始まります",
            "ヒント",
        )
    )
    assert en == "csmatrix: note: skipped team/notes.yaml (not a member file)\n" + _error(
        "no member files found in team", "member files start with 'schema: csmatrix/member@1'", "hint"
    )


def test_import_options(cli: Any) -> None:
    ja, en = _both(cli, "import", "filled.csv", "--date", "2026-13-01", code=2)
    assert ja == _error(
        "--date '2026-13-01' は日付ではありません",
        "YYYY-MM-DD の形で書いてください。例: 2026-11-23",
        "ヒント",
    )
    assert en == _error(
        "--date '2026-13-01' is not a date", "write it as YYYY-MM-DD, e.g. 2026-11-23", "hint"
    )
    ja, en = _both(cli, "import", "filled.csv", "--by", " ", code=2)
    assert ja == _error("--by が空です", "--by self か、評価者の名前を指定してください", "ヒント")
    assert en == _error("--by is empty", "--by self, or the assessor's name", "hint")


def test_init_refuses_a_member_id(cli: Any) -> None:
    ja, en = _both(cli, "init", "member", "--framework", FW, "--name", "A", "--id", "Aoi_Sato", code=2)
    assert ja == _error(
        "'Aoi_Sato' はメンバー id として使えません",
        "英小文字・数字・ハイフンで書いてください: aoi-sato",
        "ヒント",
    )
    assert en == _error(
        "'Aoi_Sato' is not a member id", "use lowercase letters, digits and hyphens: aoi-sato", "hint"
    )


def test_site_refuses_members_without_private(cli: Any) -> None:
    ja, en = _both(cli, "site", "-o", "site", "--members", MEMBERS, code=2)
    assert ja == _error(
        "--members を付けるとサイトに個人の評価が入るため、--private なしでは作りません",
        "サイトをチームの中だけで使うなら --private を付けてください(private・noindex の印が付きます)",
        "ヒント",
    )
    assert en.startswith("csmatrix: error: --members puts people's assessments in the site; refused without")


def test_activities_of_another_kind_and_empty(cli: Any, write: Any) -> None:
    ja, en = _both(cli, "activities", AOI)
    assert ja == _error(
        f"{AOI} は member のファイルです。活動のファイルではありません",
        "'schema: csmatrix/activities@1' で始まるファイルを指定してください",
        "ヒント",
    )
    assert en == _error(
        f"{AOI} is a member file, not an activities file",
        "give a file that starts with 'schema: csmatrix/activities@1'",
        "hint",
    )
    write("act.yaml", "schema: csmatrix/activities@1\nteam: T\nactivities: []\n")
    ja, en = _both(cli, "activities", "act.yaml", "-f", "json", code=0)
    assert ja == "csmatrix: act.yaml に活動がありません。'activities:' の下に書くとマップに載ります\n"
    assert en == "csmatrix: no activities in act.yaml: add some under 'activities:' to map them\n"


# --- notes and "wrote" lines ----------------------------------------------------------------


def test_validate_notes_and_count(cli: Any, write: Any) -> None:
    write("files/notes.yaml", "title: not ours\n")
    write("files/aoi.yaml", AOI.read_text(encoding="utf-8"))
    ja, en = _both(cli, "validate", "files", code=0)
    assert ja == (
        "csmatrix: 注意: files/notes.yaml を飛ばしました(csmatrix のファイルではありません: 'schema:' がありません)\n"
        "csmatrix: 1個のファイルに問題はありません\n"
    )
    assert en == (
        "csmatrix: note: skipped files/notes.yaml (not a csmatrix file: no 'schema:')\ncsmatrix: 1 file valid\n"
    )


def test_site_says_what_it_wrote(cli: Any) -> None:
    r = cli("site", FW, "-o", "ja", "--lang", "ja")
    assert r.exit_code == 0, r
    assert r.stderr == (
        "csmatrix: ja に4ページを書き出しました(フレームワーク1版)\ncsmatrix: ja/index.html をブラウザで開いてください\n"
    )
    r = cli("site", FW, "-o", "en", "--lang", "en")
    assert r.exit_code == 0, r
    assert r.stderr == "csmatrix: wrote 4 pages (1 framework version) to en\ncsmatrix: open en/index.html\n"


def test_csv_has_no_plan_sections(cli: Any) -> None:
    ja, en = _both(cli, "team", MEMBERS, "--without", "aoi-sato", "-f", "csv", code=0)
    assert ja.startswith("csmatrix: 注意: もしもの場合(--without)と受け入れ余力(--hire)の節は")
    assert en.startswith(
        "csmatrix: note: the what-if and capacity sections are in table, json and md output, not csv\n"
    )


def test_check_bump_in_both_languages(cli: Any, tmp_path: Path) -> None:
    from test_review import RAISED, framework, git, make_repo
    from test_review import write as write_in

    repo = make_repo(tmp_path)
    write_in(repo, "frameworks/tiny/1.1.0.yaml", framework("1.1.0", RAISED, supersedes="1.0.0"))
    git(repo, "add", "-A")
    ja, en = _both(cli, "check-bump", "frameworks/tiny/1.1.0.yaml")
    assert ja.splitlines()[0] == (
        "frameworks/tiny/1.1.0.yaml: error: 版 1.0.0 → 1.1.0 はマイナーの更新ですが、この変更にはメジャーの更新が必要です"
    )
    assert ja.splitlines()[-1].startswith("csmatrix: 版を上げてください(")
    assert en.splitlines()[0] == (
        "frameworks/tiny/1.1.0.yaml: error: version 1.0.0 → 1.1.0 declares a minor bump, "
        "but the change deserves a major bump"
    )
    assert en.splitlines()[-1].startswith("csmatrix: raise the version (")


# --- paths whose words come from other areas: the command still speaks the language ---------


def test_diff_of_two_unrelated_families(cli: Any) -> None:
    ja = cli("diff", FW, "client-work@2025", "--lang", "ja")
    en = cli("diff", FW, "client-work@2025", "--lang", "en")
    assert ja.exit_code == en.exit_code == 0, (ja, en)
    assert "注意: 2つの版は supersedes でつながっていません" in ja.stdout
    assert "note: the two versions are not linked by supersedes" in en.stdout


def test_a_closed_pipe_is_not_an_internal_error() -> None:
    """rich ends a run whose reader went away with SystemExit: never 'internal error' (exit 3)."""
    command = [sys.executable, "-c", "from csmatrix.cli import main; main()"]
    for lang in ("ja", "en"):
        with subprocess.Popen(
            [*command, "diff", FW, "client-work@2025", "--lang", lang],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=REPO,
        ) as proc:
            assert proc.stdout is not None
            assert proc.stderr is not None
            proc.stdout.close()  # the reader goes away at once, as `| head -0` would
            err = proc.stderr.read().decode("utf-8")
            code = proc.wait()
        assert code in (0, 1), err
        assert "internal error" not in err, err
        assert "内部エラー" not in err, err


def test_existing_output_without_force(cli: Any, write: Any) -> None:
    """The refusal's words are files/writing's; the frame and the hint label follow --lang."""
    write("out.md", "mine\n")
    ja, en = _both(cli, "sheet", FW, "-o", "out.md")
    assert ja.startswith("csmatrix: error: out.md")
    assert "\n  ヒント: " in ja
    assert en == _error("out.md already exists; nothing was written", "pass --force to replace it", "hint")
    assert (Path("out.md")).read_text(encoding="utf-8") == "mine\n"


def test_init_refuses_to_overwrite(cli: Any, write: Any) -> None:
    write("aoi.yaml", "mine\n")
    ja, en = _both(cli, "init", "member", "--framework", FW, "--name", "A", "-o", "aoi.yaml")
    assert ja.startswith("csmatrix: error: aoi.yaml")
    assert "\n  ヒント: " in ja
    assert en == _error("aoi.yaml already exists; nothing was written", "pass --force to replace it", "hint")


def test_unknown_without_name(cli: Any) -> None:
    ja, en = _both(cli, "team", MEMBERS, "--without", "nobody", code=2)
    assert ja.startswith("csmatrix: error: --without nobody")
    assert "\n  ヒント: " in ja
    assert en.startswith("csmatrix: error: --without nobody: no member of this team has that id or file\n")


def test_schema_of_an_unknown_kind(cli: Any) -> None:
    ja, en = _both(cli, "schema", "team", code=2)
    assert ja.splitlines()[0] == "使い方: csmatrix schema [OPTIONS] KIND"
    assert ja.splitlines()[-1] == (
        "エラー: 'KIND' に 'team' は指定できません。選べるのは 'framework', 'member', 'activities' です。"
    )
    assert en.splitlines()[0] == "Usage: csmatrix schema [OPTIONS] KIND"
    assert en.splitlines()[-1] == (
        "Error: Invalid value for 'KIND': 'team' is not one of 'framework', 'member', 'activities'."
    )


def test_validate_with_no_files(cli: Any) -> None:
    ja, en = _both(cli, "validate", code=2)
    assert ja.splitlines()[0] == "使い方: csmatrix validate [OPTIONS] PATH..."
    assert ja.splitlines()[-1] == "エラー: 引数 'PATH' が指定されていません。"
    assert en.splitlines()[0] == "Usage: csmatrix validate [OPTIONS] PATH..."
    assert en.splitlines()[-1] == "Error: Missing argument 'PATH'."


# --- every command takes --lang; usage lines without braces ---------------------------------

EVERY = [name if name != "init" else "init member" for name in COMMANDS]


@pytest.mark.parametrize("name", EVERY)
def test_every_command_takes_lang(cli: Any, name: str) -> None:
    ja = cli(*name.split(), "--help", "--lang", "ja")
    en = cli(*name.split(), "--help", "--lang", "en")
    assert ja.exit_code == en.exit_code == 0, (ja, en)
    assert ja.stdout.startswith(f"使い方: csmatrix {name} ")
    assert en.stdout.startswith(f"Usage: csmatrix {name} ")
    assert "-l, --lang" in en.stdout, en


@pytest.mark.parametrize("name", EVERY)
def test_usage_names_arguments_without_braces(cli: Any, name: str) -> None:
    usage = cli(*name.split(), "--help", "--lang", "en").stdout.splitlines()[0]
    assert "{" not in usage, usage
    assert "}" not in usage, usage


def test_usage_lines_read_as_click_writes_them(cli: Any) -> None:
    expected = {
        "assess": "csmatrix assess [OPTIONS] MEMBER",
        "validate": "csmatrix validate [OPTIONS] PATH...",
        "diff": "csmatrix diff [OPTIONS] OLD NEW",
        "sheet": "csmatrix sheet [OPTIONS] [REF]",
        "review": "csmatrix review [OPTIONS] BASE [HEAD]",
        "lint": "csmatrix lint [OPTIONS] PATH|REF...",
        "site": "csmatrix site [OPTIONS] [PATH|REF]...",
        "check-bump": "csmatrix check-bump [OPTIONS] [FILE]...",
        "textconv": "csmatrix textconv [OPTIONS] FILE",
    }
    for name, usage in expected.items():
        assert cli(name, "--help", "--lang", "en").stdout.splitlines()[0] == f"Usage: {usage}"


@pytest.mark.parametrize("name", ["validate", "schema", "textconv", "import"])
def test_the_new_lang_option_is_read(cli: Any, name: str, write: Any) -> None:
    """The four commands that had no --lang: it sets the language of what they say."""
    write("files/notes.yaml", "title: not ours\n")
    args = {
        "validate": ["validate", "files"],  # a note, then the count
        "schema": ["schema", "framework"],  # JSON Schema only: the same in both
        "textconv": ["textconv", REPO / "frameworks" / "icare-cs" / "2021-autumn.yaml"],  # facts, not words
        "import": ["import", "x.csv", "--by", ""],  # an error before the sheet is read
    }[name]
    ja = cli(*args, "--lang", "ja")
    en = cli(*args, "--lang", "en")
    assert ja.exit_code == en.exit_code, (ja, en)
    if name in ("schema", "textconv"):
        assert ja.exit_code == 0, ja
        assert ja.stdout, ja
        assert ja.stdout == en.stdout
    else:
        assert any("\u3040" <= c <= "\u30ff" for c in ja.stderr), ja  # kana: Japanese
        assert en.stderr.isascii(), en


def test_init_takes_lang_on_the_group_too(cli: Any) -> None:
    """`csmatrix init --lang en member ...`: member's own --lang, left at its default, does not undo it."""
    r = cli("init", "--lang", "en", "member", "--framework", FW, "--name", "A", "--id", "Aoi_Sato")
    assert r.exit_code == 2, r
    assert r.stderr.startswith("csmatrix: error: 'Aoi_Sato' is not a member id\n")
    r = cli("init", "--lang", "ja", "member", "--framework", FW, "--name", "A", "--id", "Aoi_Sato")
    assert r.stderr.startswith("csmatrix: error: 'Aoi_Sato' はメンバー id として使えません\n")
    r = cli("init", "--lang", "en", "member", "--framework", FW, "--name", "A")
    assert r.exit_code == 0, r
    assert "# Self-assessment:" in r.stdout  # the file's guidance in the same language
    assert cli("init", "--help", "--lang", "en").stdout.startswith("Usage: csmatrix init [OPTIONS] COMMAND")


@pytest.mark.parametrize("args", [(), ("init",), ("init", "--lang", "ja")])
def test_no_command_shows_the_help_not_an_error(cli: Any, args: tuple[str, ...]) -> None:
    """`csmatrix`, `csmatrix init`: the help alone (exit 2), not 'Error: Usage: ...'."""
    r = cli(*args)
    assert r.exit_code == 2, r
    text = r.stdout + r.stderr
    assert text.startswith(("使い方: csmatrix ", "Usage: csmatrix ")), r
    assert "Error:" not in text, r
    assert "エラー:" not in text, r
    assert "\n  -h, --help " in text, r


def test_import_says_what_it_added(cli: Any, tmp_path: Path) -> None:
    sheet = tmp_path / "aoi.csv"
    assert cli("sheet", "--member", AOI, "-f", "csv", "-o", sheet).exit_code == 0
    for lang, said in (
        (
            "ja",
            "csmatrix: aoi.yaml に書き出しました\ncsmatrix: 2026-11-30 の self による評価(16スキル)を追加しました\n",
        ),
        (
            "en",
            "csmatrix: wrote aoi.yaml\ncsmatrix: added an assessment of 16 skills dated 2026-11-30 by self\n",
        ),
    ):
        (tmp_path / "aoi.yaml").write_text(AOI.read_text(encoding="utf-8"), encoding="utf-8")
        r = cli("import", sheet, "--into", "aoi.yaml", "--by", "self", "--date", "2026-11-30", "--lang", lang)
        assert r.exit_code == 0, r
        assert r.stderr == said
