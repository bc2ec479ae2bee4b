"""Messages of files/ follow the reader's language (#13): the loader, reader, lookup, store and writer.

Each error path runs the command line twice, in Japanese and in English
(``--lang`` where the command takes it, else ``CSMATRIX_LANG``), and checks the
exact ``path:line:col: error: `` prefix (``error:`` stays English) and the
message in that language.  PyYAML's and libyaml's own problem texts are
never asserted: only that the common ones come out in our words.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

import csmatrix.files.yamlio as yamlio
from conftest import Run
from csmatrix.errors import Problem
from csmatrix.files import read
from csmatrix.files.read import FileTrouble, describe_os_error, read_bounded, too_large, trouble_from
from csmatrix.words import Msg, set_lang

MEMBER = "schema: csmatrix/member@1\nname: 佐藤\n"

Cli = Callable[..., Run]


def both(cli: Cli, monkeypatch: pytest.MonkeyPatch, *args: str, flag: bool = False) -> dict[str, Run]:
    """``csmatrix ARGS`` read in Japanese and in English: with ``--lang`` when ``flag``, else CSMATRIX_LANG."""
    runs = {}
    for lang in ("ja", "en"):
        if flag:
            monkeypatch.setenv("CSMATRIX_LANG", "ja" if lang == "en" else "en")  # the flag wins
            runs[lang] = cli(*args, "--lang", lang)
        else:
            monkeypatch.setenv("CSMATRIX_LANG", lang)
            runs[lang] = cli(*args)
    return runs


def says(run: Run, line: str) -> None:
    """``line`` is one whole line of stderr (exit 1)."""
    assert run.exit_code == 1, run
    assert line in run.stderr.splitlines(), run


def starts(run: Run, start: str) -> str:
    """A line of stderr starts with ``start`` (exit 1); that line."""
    assert run.exit_code == 1, run
    found = [line for line in run.stderr.splitlines() if line.startswith(start)]
    assert found, run
    return found[0]


# --- the YAML loader, through `validate` -----------------------------------------------------

CASES = [
    pytest.param(
        MEMBER + "\tframework: x\n",
        "x.yaml:3:1: error: YAMLの書き方に誤りがあります: 字下げにタブ文字が使われています "
        "(YAMLの字下げにタブは使えません。半角スペースにしてください)",
        "x.yaml:3:1: error: YAML syntax error: tab character used for indentation "
        "(a tab cannot indent YAML; use spaces)",
        id="tab",
    ),
    pytest.param(
        MEMBER + "name: 葵\n",
        "x.yaml:3:1: error: キー 'name' が2回書かれています(最初は2行目) "
        "(1つのマッピングの中で同じキーは1回だけ書けます。2つの項目を1つにまとめてください)",
        "x.yaml:3:1: error: duplicate key 'name' (first written at line 2) "
        "(each key may appear once in a mapping; merge the two entries)",
        id="duplicate-key",
    ),
    pytest.param(
        MEMBER.encode("cp932"),
        "x.yaml:2:7: error: ファイルがUTF-8のテキストではありません(Shift_JIS(CP932)のようです。"
        "Excelはこの形式で保存します。バイト0x8dが読めません) "
        "(UTF-8で保存し直してください(Excelでは「CSV UTF-8」、コマンドラインでは iconv -f CP932 -t UTF-8))",
        "x.yaml:2:7: error: the file is not UTF-8 text (it looks like Shift_JIS (CP932), as Excel saves it; "
        "byte 0x8d cannot be read) (re-save it as UTF-8 (in Excel: CSV UTF-8; on the command line: "
        "iconv -f CP932 -t UTF-8))",
        id="shift-jis",
    ),
    pytest.param(
        MEMBER.encode("utf-16"),
        "x.yaml:1:1: error: ファイルがUTF-16で保存されています。UTF-8ではありません "
        "(UTF-8で保存し直してください(Excelでは「CSV UTF-8」、コマンドラインでは iconv -f UTF-16 -t UTF-8))",
        "x.yaml:1:1: error: the file is UTF-16, not UTF-8 "
        "(re-save it as UTF-8 (in Excel: CSV UTF-8; on the command line: iconv -f UTF-16 -t UTF-8))",
        id="utf-16",
    ),
    pytest.param(
        "# only a comment\n\n",
        "x.yaml:1:1: error: ファイルが空です (csmatrixのファイルは 'schema: csmatrix/...' の行から始めてください)",
        "x.yaml:1:1: error: the file is empty (a csmatrix file starts with 'schema: csmatrix/...')",
        id="empty",
    ),
    pytest.param(
        MEMBER + "framework: ic\x00are\n",
        "x.yaml:3:14: error: 制御文字 U+0000(NUL) はYAMLファイルに書けません "
        "(この文字を消してください。バイナリを扱うツールやUTF-16で保存していませんか?)",
        "x.yaml:3:14: error: the control character U+0000 (NUL) cannot appear in a YAML file "
        "(delete it; was the file saved by a binary tool, or in UTF-16?)",
        id="nul",
    ),
    pytest.param(
        MEMBER + "note: \x08\n",
        "x.yaml:3:7: error: 制御文字 U+0008(バックスペース) はYAMLファイルに書けません "
        "(この文字を消してください。バイナリを扱うツールやUTF-16で保存していませんか?)",
        "x.yaml:3:7: error: the control character U+0008 (backspace) cannot appear in a YAML file "
        "(delete it; was the file saved by a binary tool, or in UTF-16?)",
        id="backspace",
    ),
    pytest.param(
        "schema: csmatrix/member@1\nname: 佐藤: 葵\n",
        "x.yaml:2:9: error: YAMLの書き方に誤りがあります: ここにある ':' が新しいキーとして読まれました "
        "(': ' を含む値は引用符で囲むか('a: b' のように)、この行の字下げを確かめてください)",
        "x.yaml:2:9: error: YAML syntax error: a ':' here is read as the start of a new key "
        "(put a value that holds ': ' in quotes ('a: b'), or check this line's indentation)",
        id="syntax-colon",
    ),
    pytest.param(
        "schema: csmatrix/member@1\nname: [佐藤, 葵\nframework: x\n",
        "x.yaml:3:10: error: YAMLの書き方に誤りがあります: [ ] のリストが閉じていないか、"
        "項目が ',' で区切られていません(2行7列目から始まる[ ] のリストを読んでいる途中) "
        "(項目を ', ' で区切り、リストを ']' で閉じてください)",
        "x.yaml:3:10: error: YAML syntax error: a [ ] list that is not closed, or whose items are not "
        "separated by ',' (in the [ ] list that started at line 2, column 7) "
        "(separate the items with ', ' and close the list with ']')",
        id="syntax-open-list",
    ),
    pytest.param(
        MEMBER + "levels:\n    a: 1\n  b: 2\n",
        "x.yaml:5:3: error: YAMLの書き方に誤りがあります: この行の字下げが上の行と合っていません"
        "(1行1列目から始まるマッピングを読んでいる途中) "
        "(1つのマッピングのキー(1つのリストの '-')は同じ数の半角スペースで字下げしてください)",
        "x.yaml:5:3: error: YAML syntax error: this line's indentation does not fit the lines above it "
        "(in the mapping that started at line 1, column 1) "
        "(indent every key of one mapping (every '-' of one list) by the same number of spaces)",
        id="syntax-indentation",
    ),
    pytest.param(
        MEMBER + "---\nname: 葵\n",
        "x.yaml:3:1: error: ファイルに2つ以上のYAML文書('---')があります "
        "(1つのファイルにはフレームワーク1つ、またはメンバー1人だけを書いてください)",
        "x.yaml:3:1: error: the file holds more than one YAML document ('---') "
        "(keep one framework or member per file)",
        id="two-documents",
    ),
    pytest.param(
        MEMBER + "framework: &x [*x]\n",
        "x.yaml:3:16: error: エイリアス '*x' が自分自身を指しています",
        "x.yaml:3:16: error: the alias '*x' refers to itself",
        id="self-alias",
    ),
    pytest.param(
        MEMBER + "framework: !!python/object:os.system x\n",
        "x.yaml:3:12: error: タグ 'tag:yaml.org,2002:python/object:os.system' は使えません "
        "(csmatrixのファイルに書けるのは文字・数・リスト・マッピングだけです)",
        "x.yaml:3:12: error: the tag 'tag:yaml.org,2002:python/object:os.system' is not allowed "
        "(csmatrix files hold plain text, numbers, lists and mappings only)",
        id="python-tag",
    ),
    pytest.param(
        MEMBER + "x: " + "[" * 70 + "]" * 70 + "\n",
        # the top mapping is the first level: the 64th bracket is one too many
        f"x.yaml:3:{3 + yamlio.MAX_DEPTH}: error: 入れ子が{yamlio.MAX_DEPTH}段より深くなっています "
        "(csmatrixのファイルに必要な入れ子は数段です)",
        f"x.yaml:3:{3 + yamlio.MAX_DEPTH}: error: the document is nested more than {yamlio.MAX_DEPTH} "
        "levels deep (a csmatrix file needs only a handful of levels)",
        id="too-deep",
    ),
    pytest.param(
        "schema: csmatrix/member@1\nname： 佐藤\n",
        "x.yaml:2:5: error: YAMLで ':' が必要な所に全角のコロン '：' があります "
        "(半角のコロンと空白で 'key: value' と書いてください)",
        "x.yaml:2:5: error: full-width colon '：' where YAML needs ':' "
        "(write 'key: value' with an ASCII colon and a space)",
        id="full-width-colon",
    ),
    pytest.param(
        MEMBER + "levels: {customer-health： 2}\n",
        "x.yaml:3:25: error: 'customer-health' の後のコロンが全角の '：' です "
        "(YAMLでは半角のコロンと空白が必要です: 'key: value')",
        "x.yaml:3:25: error: full-width colon '：' after 'customer-health' "
        "(YAML needs an ASCII colon and a space: 'key: value')",
        id="full-width-colon-key",
    ),
    pytest.param(
        "schema: csmatrix/member@1\nassessments:\n  - date: 2024-01-01\n    by: self\n\u3000\u3000levels: {}\n",
        "x.yaml:5:1: error: 'levels' の前の字下げに全角スペース(U+3000)が使われています "
        "(字下げには半角スペースだけを使ってください)",
        "x.yaml:5:1: error: a full-width space (U+3000) is used as indentation before 'levels' "
        "(indent with ASCII spaces only)",
        id="full-width-space",
    ),
]


@pytest.mark.parametrize(("content", "ja", "en"), CASES)
def test_the_yaml_loader_speaks_the_readers_language(
    cli: Cli,
    write: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    content: str | bytes,
    ja: str,
    en: str,
) -> None:
    write("x.yaml", content)
    runs = both(cli, monkeypatch, "validate", "x.yaml")
    says(runs["ja"], ja)
    says(runs["en"], en)


def test_an_alias_bomb_is_refused_in_both_languages(
    cli: Cli, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yamlio, "MAX_ALIAS_VALUES", 10)
    write("x.yaml", MEMBER + "a: &a [1, 2, 3, 4]\nb: [*a, *a]\nc: [*a]\n")
    runs = both(cli, monkeypatch, "validate", "x.yaml")
    says(
        runs["ja"],
        "x.yaml:5:5: error: エイリアスの展開で値が10個を超えて増えます(エイリアスの繰り返しが多すぎます) "
        "(値をそのまま書き出すか、入れ子になったエイリアスを減らしてください)",
    )
    says(
        runs["en"],
        "x.yaml:5:5: error: aliases expand the document by more than 10 values (aliases repeat too much) "
        "(write the values out, or use fewer nested aliases)",
    )


# --- the file system ---------------------------------------------------------------------------


def test_a_fifo_is_refused_unread_in_both_languages(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo("pipe.yaml")
    runs = both(cli, monkeypatch, "validate", "pipe.yaml")
    says(runs["ja"], "pipe.yaml:0:0: error: パイプ(FIFO)です。ファイルではないため、読まずに断りました")
    says(runs["en"], "pipe.yaml:0:0: error: is a pipe (FIFO), not a file; it is refused unread")


def test_a_folder_named_as_a_framework_is_named_so(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("fw.yaml").mkdir()
    runs = both(cli, monkeypatch, "show", "./fw.yaml", flag=True)
    says(runs["ja"], "fw.yaml:0:0: error: フォルダーです。ファイルではありません")
    says(runs["en"], "fw.yaml:0:0: error: is a folder, not a file")


def test_a_loop_of_links_and_a_name_too_long_are_named_so(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("loop.yaml").symlink_to("loop.yaml")
    runs = both(cli, monkeypatch, "show", "./loop.yaml", flag=True)
    says(runs["ja"], "loop.yaml:0:0: error: シンボリックリンクが循環しています")
    says(runs["en"], "loop.yaml:0:0: error: a loop of symbolic links")
    long = "x" * 300 + ".yaml"
    runs = both(cli, monkeypatch, "show", f"./{long}", flag=True)
    says(runs["ja"], f"{long}:0:0: error: 名前がファイルシステムの上限より長すぎます")
    says(runs["en"], f"{long}:0:0: error: the name is too long for the file system")


def test_a_file_over_the_cap_is_refused_unread(
    cli: Cli, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    write("big.yaml", MEMBER + "#" + "x" * (yamlio.MAX_BYTES + 10) + "\n")
    runs = both(cli, monkeypatch, "validate", "big.yaml")
    says(runs["ja"], "big.yaml:0:0: error: ファイルが4 MiBを超えているため、読まずに断りました")
    says(runs["en"], "big.yaml:0:0: error: the file is larger than 4 MiB; it is refused unread")


# --- lookup and store --------------------------------------------------------------------------


def test_a_framework_not_found_names_the_versions_and_where_it_looked(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    runs = both(cli, monkeypatch, "show", "icare-cs@nope", flag=True)
    ja = starts(runs["ja"], "icare-cs@nope:0:0: error: フレームワーク 'icare-cs@nope' が見つかりません。")
    assert "見つかった icare-cs の版: 2019、2021-autumn、2021-summer (探した場所: frameworks、" in ja
    en = starts(runs["en"], "icare-cs@nope:0:0: error: framework 'icare-cs@nope' not found; ")
    assert "versions of icare-cs found: 2019, 2021-autumn, 2021-summer (searched: frameworks, " in en


def test_a_member_whose_framework_is_nowhere_is_located_at_its_framework_key(
    cli: Cli, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    write("m.yaml", MEMBER + "framework: nosuch@1\n")
    runs = both(cli, monkeypatch, "validate", "m.yaml")
    ja = starts(
        runs["ja"], "m.yaml:3:12: error: フレームワーク 'nosuch@1' が見つかりません。見つかったファミリー: "
    )
    assert "icare-cs" in ja
    assert "(探した場所: " in ja
    en = starts(runs["en"], "m.yaml:3:12: error: framework 'nosuch@1' not found; families found: ")
    assert "icare-cs" in en
    assert "(searched: " in en


def test_an_unknown_schema_lists_the_known_ones(
    cli: Cli, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    write("x.yaml", "schema: csmatrix/nothing@1\nname: a\n")
    runs = both(cli, monkeypatch, "validate", "x.yaml")
    ja = starts(
        runs["ja"],
        "x.yaml:1:9: error: schema 'csmatrix/nothing@1' は不明な種類です (次のどれかを書いてください: ",
    )
    assert "csmatrix/framework@1、" in ja
    en = starts(runs["en"], "x.yaml:1:9: error: unknown schema 'csmatrix/nothing@1' (expected one of ")
    assert "csmatrix/framework@1, " in en


# --- writing -------------------------------------------------------------------------------------

INIT = ("init", "member", "--framework", "icare-cs@2021-autumn", "--name", "佐藤")


def test_an_existing_output_is_not_replaced_without_force(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    Path("out.yaml").write_text("keep me\n", encoding="utf-8")
    runs = both(cli, monkeypatch, *INIT, "-o", "out.yaml", flag=True)
    assert runs["ja"].exit_code == 1, runs["ja"]
    assert runs["ja"].stderr == (
        "csmatrix: error: out.yaml はすでにあります。何も書き出していません\n"
        "  ヒント: 置き換えるには --force を付けてください\n"
    )
    assert runs["en"].stderr == (
        "csmatrix: error: out.yaml already exists; nothing was written\n  hint: pass --force to replace it\n"
    )
    assert Path("out.yaml").read_text(encoding="utf-8") == "keep me\n"


def test_a_fifo_is_never_written_over(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    os.mkfifo("pipe.yaml")
    runs = both(cli, monkeypatch, *INIT, "-o", "pipe.yaml", "--force", flag=True)
    says(
        runs["ja"],
        "csmatrix: error: pipe.yaml は通常のファイルではありません(デバイス・FIFO・ソケット)。何も書き出していません",
    )
    says(runs["ja"], "  ヒント: ファイルに書き出すか、-o を付けずに標準出力に出してください")
    says(
        runs["en"],
        "csmatrix: error: pipe.yaml is not a regular file (a device, FIFO or socket); nothing was written",
    )
    says(runs["en"], "  hint: write to a file, or leave out -o to print to stdout")


def test_an_output_folder_that_does_not_exist(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = both(cli, monkeypatch, *INIT, "-o", "nowhere/out.yaml", flag=True)
    says(runs["ja"], "csmatrix: error: フォルダー nowhere がありません。何も書き出していません")
    says(runs["en"], "csmatrix: error: the folder nowhere does not exist; nothing was written")


# --- units: what the callers of files/ get ---------------------------------------------------


def test_describe_os_error_is_a_message_that_reads_as_text_in_either_language() -> None:
    """Callers outside files/ put it in f-strings: it renders in the reader's language there."""
    denied = describe_os_error(PermissionError(13, "Permission denied"))
    assert isinstance(denied, Msg)
    assert denied.text("en") == "permission denied"
    assert denied.text("ja") == "アクセスする権限がありません"
    set_lang("ja")
    try:
        assert f"cannot create x: {denied}" == "cannot create x: アクセスする権限がありません"
    finally:
        set_lang(None)
    # an error we have no words for keeps the system's own, inside our message
    odd = describe_os_error(OSError(5, "Input/output error"))
    assert odd.text("en") == "input/output error"
    assert odd.text("ja") == "ファイルシステムのエラーです(input/output error)"


def test_file_trouble_carries_messages_in_both_languages(tmp_path: Path) -> None:
    trouble = trouble_from(FileNotFoundError(2, "No such file or directory", "gone.yaml"))
    assert isinstance(trouble, FileTrouble)
    assert trouble.problem().format("ja") == "gone.yaml:0:0: error: ファイルがありません"
    assert trouble.problem().format("en") == "gone.yaml:0:0: error: no such file"
    set_lang("ja")
    try:
        assert str(trouble) == "gone.yaml: ファイルがありません"
    finally:
        set_lang(None)
    assert (
        too_large(2 * 1024 * 1024, "sheet").text("ja") == "シートが2 MiBを超えているため、読まずに断りました"
    )
    assert too_large(512 * 1024).text("en") == "the file is larger than 512 KiB; it is refused unread"
    assert read.special_kind(tmp_path) is None  # folders pass: the reader says so in its words
    with pytest.raises(FileTrouble) as info:
        read_bounded(tmp_path, 10)
    assert info.value.problem().format("ja").endswith("error: フォルダーです。ファイルではありません")


# Texts that make PyYAML (pure Python) and libyaml (C) report a syntax problem we put in our own words
OUR_WORDS = {
    "a: b: c\n": "yaml.p_colon",
    "a: 1\nb\nc: 2\n": "yaml.p_no_colon",
    "a: @x\n": "yaml.p_bad_char",
    "a:\n    b: 1\n  c: 2\n": "yaml.p_indent",
    "a: [1, 2\nb: 3\n": "yaml.p_flow_list",
    "a: {x: 1\nb: 3\n": "yaml.p_flow_map",
    "a: 'abc\n": "yaml.p_quote",
    'a: "x\\qy"\n': "yaml.p_escape",
    '"x"\ny: 1\n': "yaml.p_document",
    "a: [,]\n": "yaml.p_no_value",
    "a: !x!y z\n": "yaml.p_tag",
    "a: & x\n": "yaml.p_anchor",
    "a: | x\n  y\n": "yaml.p_block_text",
    "a:\n\tb: 1\n": "yaml.tab",
}


@pytest.mark.parametrize("loader", ["pure", "libyaml"])
@pytest.mark.parametrize("text", sorted(OUR_WORDS))
def test_both_parsers_common_syntax_problems_come_out_in_our_words(
    monkeypatch: pytest.MonkeyPatch, loader: str, text: str
) -> None:
    if loader == "libyaml":
        if not hasattr(yaml, "CSafeLoader"):
            pytest.skip("PyYAML was built without libyaml")
        monkeypatch.setattr(yamlio, "_ParserLoader", yaml.CSafeLoader)
    else:
        monkeypatch.setattr(yamlio, "_ParserLoader", yaml.SafeLoader)
    (problem,) = yamlio.parse_text(text, "x.yaml").problems
    message = problem.message
    assert isinstance(message, Msg)
    assert message.key in ("yaml.syntax", "yaml.syntax_in"), message
    said = message.fields["problem"]
    assert isinstance(said, Msg)
    assert said.key == OUR_WORDS[text], (loader, repr(message))
    assert problem.hint, "every problem in our words says how to fix it"
    assert problem.format("ja").startswith(
        f"x.yaml:{problem.line}:{problem.col}: error: YAMLの書き方に誤りがあります: "
    )


def test_a_problem_we_have_no_words_for_keeps_the_parsers_text_in_a_field() -> None:
    class Odd(yaml.MarkedYAMLError):
        pass

    mark = yaml.Mark("x.yaml", 0, 0, 0, None, None)
    doc = yamlio.Doc("x.yaml", text="a: b\n")
    problem = yamlio._syntax_problem(Odd(problem="something new happened", problem_mark=mark), doc)
    assert isinstance(problem, Problem)
    assert problem.message == Msg(
        "yaml.syntax", problem=Msg("yaml.syntax_other", detail="something new happened")
    )
    assert problem.format("ja") == "x.yaml:1:1: error: YAMLの書き方に誤りがあります: something new happened"
    assert problem.format("en") == "x.yaml:1:1: error: YAML syntax error: something new happened"


def test_a_syntax_error_without_a_problem_text_is_still_in_our_words() -> None:
    mark = yaml.Mark("x.yaml", 0, 0, 0, None, None)
    doc = yamlio.Doc("x.yaml", text="a: b\n")
    problem = yamlio._syntax_problem(yaml.MarkedYAMLError(problem_mark=mark), doc)
    assert (
        problem.format("ja")
        == "x.yaml:1:1: error: YAMLの書き方に誤りがあります: YAMLとして読めない書き方があります"
    )
    assert (
        problem.format("en") == "x.yaml:1:1: error: YAML syntax error: something here cannot be read as YAML"
    )


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_an_unknown_git_revision_is_said_in_both_languages(
    cli: Cli, write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from conftest import FRAMEWORKS
    from test_diff_git import git

    framework = (FRAMEWORKS / "icare-cs" / "2021-autumn.yaml").read_text(encoding="utf-8")
    write("fw.yaml", framework)
    git(Path.cwd(), "init", "-q")
    git(Path.cwd(), "add", ".")
    git(Path.cwd(), "commit", "-qm", "first")
    runs = both(cli, monkeypatch, "diff", "nosuch:fw.yaml", "fw.yaml", flag=True)
    says(runs["ja"], "csmatrix: error: gitの版 'nosuch' が見つかりません('nosuch:fw.yaml' の中)")
    says(
        runs["ja"], "  ヒント: 'git log --oneline' で確かめてください。例: HEAD~1、ブランチ、タグ、コミットid"
    )
    says(runs["en"], "csmatrix: error: unknown git revision 'nosuch' (in 'nosuch:fw.yaml')")
    says(runs["en"], "  hint: check it with 'git log --oneline'; e.g. HEAD~1, a branch, a tag or a commit id")
    runs = both(cli, monkeypatch, "diff", "HEAD:gone.yaml", "fw.yaml", flag=True)
    says(runs["ja"], "csmatrix: error: 'gone.yaml' は版 'HEAD' にありません")
    says(runs["en"], "csmatrix: error: 'gone.yaml' does not exist in revision 'HEAD'")
