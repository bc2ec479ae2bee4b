"""One word list: every text a person reads is in `csmatrix.words`, in both languages (#12)."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path
from typing import Any

import pytest

from csmatrix import words
from csmatrix.words import WORDS, word

SRC = Path(__file__).resolve().parent.parent / "src" / "csmatrix"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(WORDS))
def test_every_key_has_both_languages_with_the_same_fields(key: str) -> None:
    ja, en = WORDS[key]
    assert ja.strip(), f"{key}: no Japanese"
    assert en.strip(), f"{key}: no English"
    # English may spell plurals ({s}) and Japanese may leave a count out; nothing else differs
    assert _fields(ja) ^ _fields(en) <= {"s", "ws", "fs", "n"}, f"{key}: the languages fill different fields"


def test_keys_are_area_dot_name_and_written_once() -> None:
    tree = ast.parse((SRC / "words.py").read_text(encoding="utf-8"))
    catalogue = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "WORDS"
    )
    assert isinstance(catalogue, ast.Dict)
    keys = [k.value for k in catalogue.keys if isinstance(k, ast.Constant)]
    assert len(keys) == len(set(keys)), "a key written twice: the later silently wins"
    assert all(re.fullmatch(r"[a-z]+\.[a-z0-9_-]+", k) for k in keys)


def test_lookup_fills_fields_and_falls_back_to_the_other_language(monkeypatch: pytest.MonkeyPatch) -> None:
    assert word("team.members_count", "ja", n=3) == "メンバー 3人"
    assert word("team.members_count", "en", n=3) == "3 members"
    monkeypatch.setitem(WORDS, "test.only_en", ("", "English only"))
    assert word("test.only_en", "ja") == "English only"
    with pytest.raises(KeyError):
        word("team.no-such-key", "ja")


def _literal_keys(node: ast.AST) -> list[str]:
    """String keys a ``word(...)`` call can be given: literals, both arms of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literal_keys(node.body) + _literal_keys(node.orelse)
    return []


def _prefixes(node: ast.AST) -> list[str]:
    """The fixed start of an f-string or ``"area." + x`` key."""
    if isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
        return [str(node.values[0].value)]
    if isinstance(node, ast.BinOp) and isinstance(node.left, ast.Constant):
        return [str(node.left.value)]
    if isinstance(node, ast.IfExp):
        return _prefixes(node.body) + _prefixes(node.orelse)
    return []


def _word_calls(names: tuple[str, ...] = ("word", "Msg")) -> list[tuple[str, ast.Call]]:
    calls = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in names and node.args:
                calls.append((f"{path.relative_to(SRC)}:{node.lineno}", node))
    return calls


def test_every_message_fills_the_fields_its_text_asks_for() -> None:
    """``Msg("key", a=…)``: both languages of ``key`` ask for the fields given, no more."""
    wrong = []
    for where, call in _word_calls(("Msg",)):
        given = {kw.arg for kw in call.keywords}
        if None in given:  # **fields: checked where it is filled
            continue
        for key in _literal_keys(call.args[0]):
            if key in WORDS:
                ja, en = WORDS[key]
                asked = _fields(ja) | _fields(en)
                if asked - given or given - asked:
                    wrong.append(f"{where}: {key}: text asks {sorted(asked)}, code gives {sorted(given)}")
    assert not wrong, "\n".join(wrong)


def test_every_key_the_code_asks_for_is_in_the_catalogue() -> None:
    calls = _word_calls()
    assert len(calls) > 200  # the walk sees the renderers
    missing = []
    for where, call in calls:
        if where.startswith("words.py:"):  # Msg.text: the key a Msg was made with
            continue
        if where.startswith("commands/help_format.py:") and getattr(call.args[0], "id", "") == "message":
            continue  # click_message: the keys of _CLICK_SAYS (tests/test_messages_lang.py)
        for key in _literal_keys(call.args[0]):
            if key not in WORDS:
                missing.append(f"{where}: {key}")
        if not _literal_keys(call.args[0]) and not _prefixes(call.args[0]):
            missing.append(f"{where}: a key the catalogue cannot be checked for")
        for prefix in _prefixes(call.args[0]):
            if not any(k.startswith(prefix) for k in WORDS):
                missing.append(f"{where}: {prefix}…")
    assert not missing, "\n".join(missing)


# `'…' if ja else '…'`, `"…" if lang == "ja" else "…"`, `if lang == "en":` — a word chosen inline
INLINE = re.compile(
    r"""(?x)
    ['"][^'"\n]*['"]\s+if\s+(ja|en|lang\s*[!=]=\s*['"](ja|en)['"])\s+else
    | \bif\s+lang\s*[!=]=\s*['"](ja|en)['"]\s*:
    | \bja\s*=\s*lang\s*==
    """
)

# Where a language is chosen for a reason other than a UI word: the catalogue's own lookup, and
# the data model's two-language texts (a framework's own ``{ja, en}`` values, not UI words).
NOT_WORDS = {"words.py", "models/common.py", "versions/model.py", "commands/help_format.py"}


def test_no_inline_word_choice_by_language_in_src() -> None:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = str(path.relative_to(SRC))
        if rel in NOT_WORDS:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if INLINE.search(line):
                found.append(f"{rel}:{number}: {line.strip()}")
    assert not found, "words chosen inline (put them in csmatrix/words.py):\n" + "\n".join(found)


def test_catalogue_is_the_bottom_layer() -> None:
    tree = ast.parse((SRC / "words.py").read_text(encoding="utf-8"))
    imported = [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)] + [
        alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
    ]
    assert all(not m.startswith("csmatrix") or m == "csmatrix.errors" for m in imported)
    assert words.__name__ == "csmatrix.words"


def test_core_no_longer_imports_render_for_words() -> None:
    for rel in ("sheet/data.py", "files/member_writer.py", "versions/migrate.py", "team/gather.py"):
        text = (SRC / rel).read_text(encoding="utf-8")
        assert "csmatrix.render" not in text, rel


def test_old_word_tables_are_gone() -> None:
    for path in sorted((SRC / "render").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            target = node.target if isinstance(node, ast.AnnAssign) else None
            if isinstance(node, ast.Assign):
                target = node.targets[0]
            assert getattr(target, "id", "") not in {"WORDS", "BUMP_WORDS"}, path.name
            if isinstance(node, ast.FunctionDef):
                assert node.name not in {"word", "w", "t", "pick", "bump_word"}, path.name


@pytest.mark.lang("ja")
def test_list_speaks_the_chosen_language(cli: Any) -> None:
    ja = cli("list")
    assert ja.exit_code == 0, ja
    assert ja.stdout.splitlines()[0].split() == ["フレームワーク", "公開日", "前の版", "スキル数"]
    assert "クライアントワーク分解スキルマップ" in ja.stdout
    en = cli("list", "--lang", "en")
    assert en.stdout.splitlines()[0].split() == ["framework", "released", "supersedes", "skills"]
    assert "Client-work skill map" in en.stdout


@pytest.mark.lang("ja")
def test_migrate_summary_follows_the_language(cli: Any, tmp_path: Path) -> None:
    from conftest import EXAMPLES

    source = EXAMPLES / "members" / "yumi-kobayashi.yaml"
    out = tmp_path / "yumi.yaml"
    ja = cli("migrate", source, "--to", "icare-cs@2021-autumn", "-o", out)
    assert ja.exit_code == 0, ja
    assert "を移行しました" in ja.stderr
    assert "要再評価" in ja.stderr
    en = cli("migrate", source, "--to", "icare-cs@2021-autumn", "-o", tmp_path / "en.yaml", "--lang", "en")
    assert "csmatrix: migrated" in en.stderr
    assert "re-assess" in en.stderr
