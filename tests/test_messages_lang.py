"""One language setting for everything a person reads: errors, hints, notes, usage errors, help (#13).

`--lang`, else `CSMATRIX_LANG`, else Japanese (SPEC).  The located form stays
`path:line:col: error: …` (the word `error:` is for editors and CI); the
message after it is in the reader's language.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from csmatrix.errors import CsmatrixError, Problem
from csmatrix.words import WORDS, Msg, current_lang, say, set_lang

NO_SUCH = "no-such-member.yaml"


@pytest.fixture
def unset(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSMATRIX_LANG", raising=False)


def test_errors_are_japanese_by_default(cli: Any, unset: None) -> None:
    r = cli("assess", NO_SUCH)
    assert r.exit_code == 1, r
    assert r.stderr.startswith("csmatrix: error: ")
    assert "ヒント" in r.stderr
    assert "hint" not in r.stderr


@pytest.mark.parametrize("where", ["before", "after", "equals", "short"])
def test_lang_option_anywhere_switches_errors_to_english(cli: Any, unset: None, where: str) -> None:
    args = {
        "before": ["--lang", "en", NO_SUCH],
        "after": [NO_SUCH, "--lang", "en"],
        "equals": [NO_SUCH, "--lang=en"],
        "short": [NO_SUCH, "-len"],
    }[where]
    r = cli("assess", *args)
    assert r.exit_code == 1, r
    assert "hint:" in r.stderr
    assert "ヒント" not in r.stderr


def test_environment_chooses_when_no_option(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSMATRIX_LANG", "ja")
    assert "ヒント" in cli("assess", NO_SUCH).stderr
    monkeypatch.setenv("CSMATRIX_LANG", "en")
    assert "hint:" in cli("assess", NO_SUCH).stderr
    # the option wins over the environment
    assert "ヒント" in cli("assess", NO_SUCH, "--lang", "ja").stderr


def test_located_errors_keep_the_editor_form_in_japanese(cli: Any, unset: None, write: Any) -> None:
    bad = write("bad.yaml", "schema: csmatrix/member@1\nid: x\n\tframework: y\n")
    r = cli("validate", str(bad))
    assert r.exit_code == 1, r
    first = r.stderr.splitlines()[0]
    assert first.startswith(f"{bad}:3:1: error: "), first
    summary = r.stderr.splitlines()[-1]
    assert summary == "csmatrix: 1件の問題(1ファイル)"


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (["assess", "--bogus"], "--bogus というオプションはありません", "No such option: --bogus"),
        (["assess", "--rol", "x"], "--role のことですか", "Did you mean --role?"),
        (["assess"], "引数 'MEMBER' が指定されていません", "Missing argument 'MEMBER'."),
        (["assess", "x.yaml", "-f", "nope"], "選べるのは", "is not one of"),
        (["asess"], "'assess' のことですか", "Did you mean 'assess'?"),
        (["assess", "a.yaml", "b.yaml"], "余分な引数があります: b.yaml", "unexpected extra argument"),
    ],
)
def test_usage_errors_follow_the_language(cli: Any, unset: None, args: list[str], ja: str, en: str) -> None:
    japanese = cli(*args)
    assert japanese.exit_code == 2, japanese
    assert "使い方: csmatrix" in japanese.stderr
    assert "エラー: " in japanese.stderr
    assert ja in japanese.stderr
    english = cli(*args, "--lang", "en")
    assert english.exit_code == 2, english
    assert "Usage: csmatrix" in english.stderr
    assert "Error: " in english.stderr
    assert en in english.stderr
    assert "Value error" not in japanese.stderr + english.stderr


def test_a_usage_error_shows_control_characters_it_does_not_send(cli: Any) -> None:
    """A file name with an escape sequence, put on the line by a shell glob, is shown escaped."""
    r = cli("assess", "a.yaml", "evil\x1b[2J.yaml")
    assert r.exit_code == 2, r
    assert "\x1b" not in r.stderr
    assert "evil" in r.stderr


def test_help_is_japanese_by_default_and_english_on_request(cli: Any, unset: None) -> None:
    ja = cli("assess", "--help", columns=80)
    assert ja.exit_code == 0, ja
    assert ja.stdout.startswith("使い方: csmatrix assess")
    assert "オプション:" in ja.stdout
    assert "表示する言語" in ja.stdout
    en = cli("assess", "--help", "--lang", "en", columns=80)
    assert en.stdout.startswith("Usage: csmatrix assess")
    assert "Options:" in en.stdout
    assert "Language of what you read" in en.stdout


def test_json_problem_texts_follow_the_language(cli: Any, write: Any) -> None:
    bad = write("bad.yaml", "schema: csmatrix/member@1\nid: x\n\tframework: y\n")
    ja = cli("validate", str(bad), "-f", "json", "--lang", "ja")
    en = cli("validate", str(bad), "-f", "json", "--lang", "en")
    assert ja.exit_code == en.exit_code == 1
    assert '"message"' in ja.stdout  # keys stay English
    assert '"message"' in en.stdout
    assert ja.stdout != en.stdout


def test_the_console_script_speaks_japanese_without_settings(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CSMATRIX_LANG", "CSMATRIX_STRICT_MESSAGES")}
    done = subprocess.run(
        [sys.executable, "-m", "csmatrix", "assess", str(tmp_path / NO_SUCH)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "ヒント" in done.stderr


def test_a_shipped_member_still_assesses_in_both_languages(cli: Any) -> None:
    member = str(EXAMPLES / "members" / "aoi-sato.yaml")
    assert cli("assess", member, "--lang", "ja").exit_code == 0
    assert cli("assess", member, "--lang", "en").exit_code == 0


# --- the mechanism ---


def test_msg_renders_in_the_current_language_with_nested_fields_and_lists() -> None:
    inner = Msg("rules.roles_of", ref="f@1", roles=["lead", "member"])
    outer = Msg("error.with_hint", message=Msg("rules.no_roles", ref="f@1"), hint=inner)
    assert outer.text("en") == "f@1 defines no roles\n  hint: roles of f@1: lead, member"
    assert outer.text("ja") == "f@1 にはロールがありません\n  ヒント: f@1 のロール: lead、member"
    set_lang("en")
    try:
        assert str(inner) == "roles of f@1: lead, member"
        assert f"{inner}" == "roles of f@1: lead, member"
        assert current_lang() == "en"
    finally:
        set_lang(None)
    assert say("plain") == "plain"


def test_msg_equality_hash_and_order() -> None:
    a = Msg("rules.no_roles", ref="f@1")
    b = Msg("rules.no_roles", ref="f@1")
    c = Msg("rules.no_roles", ref="f@2")
    assert a == b
    assert hash(a) == hash(b)
    assert a != c
    assert len({a, b, c}) == 2
    assert sorted([Problem("p", 1, 1, c), Problem("p", 1, 1, a)])[0].message == a


def test_strict_mode_refuses_a_plain_english_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSMATRIX_STRICT_MESSAGES", "1")
    with pytest.raises(TypeError):
        Problem("p", 1, 1, "something is wrong")
    with pytest.raises(TypeError):
        CsmatrixError("something is wrong")
    Problem("p", 1, 1, Msg("rules.no_roles", ref="f@1"))  # a Msg is fine
    monkeypatch.delenv("CSMATRIX_STRICT_MESSAGES")
    assert Problem("p", 1, 1, "allowed outside strict mode").message


def test_every_click_message_shape_has_both_languages() -> None:
    from csmatrix.commands.help_format import _CLICK_SAYS

    for _pattern, key in _CLICK_SAYS:
        ja, en = WORDS[key]
        assert ja, key
        assert en, key


# --- every message in src is a Msg ---

SRC = Path(__file__).resolve().parent.parent / "src" / "csmatrix"
# the call, and the positions of its message and hint arguments
MESSAGE_CALLS = {
    "Problem": (3, 5),  # Problem(path, line, col, message, loc, hint, severity)
    "CsmatrixError": (0, 1),
    "UsageError": (0, 1),
    "FileTrouble": (1, 2),  # FileTrouble(path, what, hint)
    "eprint": (0,),
    "problem": (1, 2),  # doc.problem(loc, message, ...), grid.problem(cell, message, hint)
}


def _plain_text(node: Any) -> bool:
    """A literal with words in it, or an f-string: text written in one language."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    return isinstance(node, ast.JoinedStr)


def test_no_message_in_src_is_written_in_one_language() -> None:
    """Problems, errors and notes take a ``Msg``: a plain literal or f-string could not follow --lang.

    (``tests/test_words.py`` checks each Msg's key has both languages; the suite runs with
    strict messages, so a plain str made at run time fails where it is made.)
    """
    import ast

    found = []
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in MESSAGE_CALLS:
                continue
            positions = MESSAGE_CALLS[name]
            texts = [arg for i, arg in enumerate(node.args) if i in positions]
            texts += [kw.value for kw in node.keywords if kw.arg in ("message", "hint", "what")]
            for arg in texts:
                if _plain_text(arg) and not (isinstance(arg, ast.JoinedStr) and _only_csmatrix_prefix(arg)):
                    found.append(f"{path.relative_to(SRC)}:{node.lineno}: {name}({ast.unparse(arg)[:60]})")
    assert not found, "messages in one language (make them csmatrix.words.Msg):\n" + "\n".join(found)


def _only_csmatrix_prefix(node: Any) -> bool:
    """``f"csmatrix: error: {exc}"``: the fixed words editors read, around a message."""
    import ast

    fixed = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    return fixed.replace("csmatrix:", "").replace("error:", "").replace("warning:", "").strip(" :") == ""
