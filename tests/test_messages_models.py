"""Schema, validator and semantic-rule messages follow the reader's language (#13).

Each case writes a real file with one kind of mistake, runs ``validate`` (or
``assess``) in Japanese and in English, and checks the whole line: the
``path:line:col: error: `` prefix stays as editors read it, the message and
its hint are in the language asked for.  ``validate`` takes its language
from ``CSMATRIX_LANG``; ``assess`` from ``--lang``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from csmatrix.words import set_lang

FW = """schema: csmatrix/framework@1
id: tiny
version: "1"
released: 2024-01-01
title: Tiny
levels:
  - {level: 1, name: One}
  - {level: 2, name: Two}
axes:
  - {id: x, name: X}
categories:
  - id: c
    axis: x
    name: C
    skills:
      - id: a
        name: A
        levels: {1: one, 2: two}
      - id: b
        name: B
        levels: {1: one, 2: two}
roles:
  - id: r
    name: R
    targets: {default: 2}
"""

MEMBER = """schema: csmatrix/member@1
name: A
framework: icare-cs@2021-autumn
role: member
assessments:
  - date: 2021-12-01
    by: self
    levels: {experience-management: 2}
"""


@pytest.fixture
def both(cli: Any, monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Run one command in each language; ``ja``/``en`` are whole lines of stderr."""

    def check(args: tuple[Any, ...], ja: str, en: str, exit_code: int = 1) -> None:
        for lang, line in (("ja", ja), ("en", en)):
            monkeypatch.setenv("CSMATRIX_LANG", lang)
            set_lang(None)  # an earlier --lang must not carry over to validate, which has none
            extra = ("--lang", lang) if args[0] == "assess" else ()
            r = cli(*(a.name if isinstance(a, Path) else a for a in args), *extra)  # as typed, in cwd
            assert r.exit_code == exit_code, r
            assert line in r.stderr.splitlines(), f"{lang}: {line!r} not in\n{r.stderr}"

    return check


def framework(write: Callable[..., Path], old: str, new: str) -> Path:
    assert old in FW
    return write("fw.yaml", FW.replace(old, new, 1))


def member(write: Callable[..., Path], old: str, new: str) -> Path:
    assert old in MEMBER
    return write("m.yaml", MEMBER.replace(old, new, 1))


# --- the schema (files/located.py) -----------------------------------------------------


def test_unknown_field_with_did_you_mean(both: Any, write: Any) -> None:
    path = framework(write, "{id: x, name: X}", "{id: x, name: X, nmae: Y}")
    both(
        ("validate", path),
        "fw.yaml:10:22: error: 'nmae' はここに書ける項目ではありません('name' のことですか?)",
        "fw.yaml:10:22: error: unknown field 'nmae' (did you mean 'name'?)",
    )


def test_unknown_field_says_what_is_allowed_here(both: Any, write: Any) -> None:
    path = framework(write, "    name: C\n", "    name: C\n    colour: red\n")
    both(
        ("validate", path),
        "fw.yaml:15:5: error: 'colour' はここに書ける項目ではありません"
        " (ここに書ける項目: id、axis、name、description、skills)",
        "fw.yaml:15:5: error: unknown field 'colour' (allowed here: id, axis, name, description, skills)",
    )


def test_missing_field(both: Any, write: Any) -> None:
    path = member(write, "name: A\n", "")
    both(
        ("validate", path),
        "m.yaml:1:1: error: 必須の項目 'name' がありません",
        "m.yaml:1:1: error: missing required field 'name'",
    )


def test_a_list_where_a_mapping_belongs(both: Any, write: Any) -> None:
    path = member(write, "levels: {experience-management: 2}", "levels:\n      - experience-management: 2")
    both(
        ("validate", path),
        "m.yaml:9:7: error: 字下げした「キー: 値」の行(マッピング)が必要ですが、「- 項目」の行(リスト)です",
        "m.yaml:9:7: error: expected a mapping (indented 'key: value' lines), found a list",
    )


def test_a_bad_id(both: Any, write: Any) -> None:
    path = framework(write, "- id: b\n", "- id: Bad_Id\n")
    both(
        ("validate", path),
        "fw.yaml:19:13: error: 'Bad_Id' はIDに使えません。英小文字・数字・ハイフンだけで書いてください"
        "(例: 'experience-management')",
        "fw.yaml:19:13: error: 'Bad_Id' is not a valid id: use lowercase ASCII letters, digits and hyphens"
        " (kebab-case), e.g. 'experience-management'",
    )


def test_a_literal_choice_with_did_you_mean(both: Any, write: Any) -> None:
    path = member(write, "    by: self\n", "    by: self\n    method: selfassessment\n")
    both(
        ("validate", path),
        "m.yaml:8:13: error: 'examination'、'written-test'、'observation'、'interview'、'peer-review'、"
        "'self-assessment' のどれかが必要ですが、'selfassessment'です('self-assessment' のことですか?)",
        "m.yaml:8:13: error: expected one of 'examination', 'written-test', 'observation', 'interview',"
        " 'peer-review' or 'self-assessment', found 'selfassessment' (did you mean 'self-assessment'?)",
    )


def test_level_zero_is_not_on_the_scale(both: Any, write: Any) -> None:
    path = member(write, "experience-management: 2", "experience-management: 0")
    both(
        ("validate", path),
        "m.yaml:8:37: error: '0' は尺度にありません。レベルは1から始まります(レベル0はありません)",
        "m.yaml:8:37: error: '0' is not on the scale: levels start at 1 (there is no level 0)",
    )


# --- the validators (models/) ----------------------------------------------------------


def test_a_control_character_and_how_to_fix_it(both: Any, write: Any) -> None:
    path = framework(write, "name: A\n", 'name: "A\\x1b"\n')
    both(
        ("validate", path),
        "fw.yaml:17:15: error: テキストに制御文字 \\x1b が含まれています(2文字目)"
        " (その文字を消してください。TAB はスペースに置き換えてください。テキストに含めてよい制御文字は改行だけです)",
        "fw.yaml:17:15: error: text holds the control character \\x1b (character 2)"
        " (delete it, or write spaces for a TAB; a line break is the one control character a text may hold)",
    )


def test_a_strict_level_refuses_plus_three(both: Any, write: Any) -> None:
    path = member(write, "experience-management: 2", 'experience-management: "+3"')
    both(
        ("validate", path),
        "m.yaml:8:37: error: 整数が必要ですが、'+3'です",
        "m.yaml:8:37: error: expected a whole number, found '+3'",
    )


def test_a_date_not_written_as_yyyy_mm_dd(both: Any, write: Any) -> None:
    path = member(write, "date: 2021-12-01", "date: 2021/12/01")
    both(
        ("validate", path),
        "m.yaml:6:11: error: '2021/12/01' は日付ではありません。YYYY-MM-DD 形式で書いてください(例: 2021-11-01)",
        "m.yaml:6:11: error: '2021/12/01' is not a date: write it as YYYY-MM-DD, e.g. 2021-11-01",
    )


def test_a_date_not_on_the_calendar(both: Any, write: Any) -> None:
    path = member(write, "date: 2021-12-01", "date: 2021-02-30")
    both(
        ("validate", path),
        "m.yaml:6:11: error: 2021-02-30 は暦にない日付です",
        "m.yaml:6:11: error: 2021-02-30 is not a real calendar date",
    )


def test_a_language_map_with_neither_language(both: Any, write: Any) -> None:
    path = member(write, "name: A\n", "name: {}\n")
    both(
        ("validate", path),
        "m.yaml:2:7: error: テキストには 'ja' か 'en' の少なくとも一方が必要です",
        "m.yaml:2:7: error: a text needs at least one of 'ja' or 'en'",
    )


# --- the semantic rules (rules/semantic.py) --------------------------------------------


def test_a_level_outside_the_scale_in_a_member(both: Any, write: Any) -> None:
    path = member(write, "experience-management: 2", "experience-management: 7")
    both(
        ("validate", path),
        "m.yaml:8:37: error: レベル7は尺度1–5の外です",
        "m.yaml:8:37: error: level 7 is outside the scale 1–5",
    )


def test_a_descriptor_outside_the_scale_and_one_missing(both: Any, write: Any) -> None:
    path = framework(write, "levels: {1: one, 2: two}", "levels: {1: one, 3: three}")
    both(
        ("validate", path),
        "fw.yaml:18:9: error: スキル 'a' にレベル2の説明がありません。スキルごとに尺度1–2の各レベルを説明してください",
        "fw.yaml:18:9: error: skill 'a' has no descriptor for level 2: every skill describes each level"
        " of the scale 1–2",
    )
    both(
        ("validate", path),
        "fw.yaml:18:26: error: levels.3: レベル3は尺度1–2の外です",
        "fw.yaml:18:26: error: levels.3: level 3 is outside the scale 1–2",
    )


def test_a_duplicate_id(both: Any, write: Any) -> None:
    path = framework(write, "- id: b\n", "- id: a\n")
    both(
        ("validate", path),
        "fw.yaml:19:13: error: スキルのID 'a' が重複しています(16行目で使用済み)",
        "fw.yaml:19:13: error: duplicate skill id 'a' (first used at line 16)",
    )


def test_a_role_target_naming_no_skill(both: Any, write: Any) -> None:
    path = framework(write, "targets: {default: 2}", "targets: {skills: {bb: 2}}")
    both(
        ("validate", path),
        "fw.yaml:25:24: error: ロール 'r' の目標にあるスキル 'bb' は、このフレームワークにありません('b' のことですか?)",
        "fw.yaml:25:24: error: role 'r' targets the skill 'bb', which this framework does not have"
        " (did you mean 'b'?)",
    )


def test_an_unknown_skill_in_a_member_file(both: Any, write: Any) -> None:
    path = member(write, "{experience-management: 2}", "{experience-management: 2, customer-helth: 3}")
    both(
        ("validate", path),
        "m.yaml:8:40: error: icare-cs@2021-autumn にスキル 'customer-helth' はありません"
        "('customer-health' のことですか?)",
        "m.yaml:8:40: error: unknown skill 'customer-helth' in icare-cs@2021-autumn"
        " (did you mean 'customer-health'?)",
    )


def test_an_unknown_role_in_a_member_file(both: Any, write: Any) -> None:
    path = member(write, "role: member", "role: memer")
    both(
        ("validate", path),
        "m.yaml:4:7: error: icare-cs@2021-autumn にロール 'memer' はありません('member' のことですか?)"
        " (icare-cs@2021-autumn のロール: new-member、member、senior、lead、oh-specialist)",
        "m.yaml:4:7: error: unknown role 'memer' in icare-cs@2021-autumn (did you mean 'member'?)"
        " (roles of icare-cs@2021-autumn: new-member, member, senior, lead, oh-specialist)",
    )


def test_an_unknown_role_asked_of_assess(both: Any, write: Any) -> None:
    path = write("m.yaml", MEMBER)
    both(
        ("assess", path, "--role", "laed"),
        "csmatrix: error: icare-cs@2021-autumn にロール 'laed' はありません('lead' のことですか?)",
        "csmatrix: error: unknown role 'laed' in icare-cs@2021-autumn (did you mean 'lead'?)",
    )


def test_a_future_assessment_date_in_validate_and_assess(both: Any, write: Any) -> None:
    today = dt.date.today().isoformat()
    path = member(write, "date: 2021-12-01", "date: 2299-01-01")
    ja = (
        f"m.yaml:6:11: error: 評価日 2299-01-01 が今日({today})より後です"
        " (評価をした日の日付にしてください。よくある原因は年の打ち間違いです)"
    )
    en = (
        f"m.yaml:6:11: error: the assessment is dated 2299-01-01, after today ({today})"
        " (date an assessment on the day it was made; a typo in the year is the usual cause)"
    )
    both(("validate", path), ja, en)
    both(("assess", path), ja, en)


def test_joined_after_the_first_assessment_is_a_warning(both: Any, write: Any) -> None:
    path = member(write, "role: member\n", "role: member\njoined: 2022-06-01\n")
    both(
        ("validate", path),
        "m.yaml:5:9: warning: joined 2022-06-01 が最初の評価(2021-12-01、7行目)より後です"
        " ('joined' かその評価の年を確かめてください)",
        "m.yaml:5:9: warning: joined 2022-06-01 is after the first assessment (2021-12-01, at line 7)"
        " (check the year of 'joined' or of that assessment)",
        exit_code=0,
    )


def test_a_method_that_contradicts_who_assessed_is_a_warning(both: Any, write: Any) -> None:
    path = member(write, "    by: self\n", "    by: Tanaka\n    method: self-assessment\n")
    both(
        ("validate", path),
        "m.yaml:8:13: warning: 'Tanaka' による評価(自己評価ではない)なのに、method が 'self-assessment' です"
        " ('by: self' と書くか、評価者が使った方法(例: observation)を書いてください)",
        "m.yaml:8:13: warning: method 'self-assessment' on an assessment by 'Tanaka', not by self"
        " (write 'by: self', or the method the assessor used (e.g. observation))",
        exit_code=0,
    )


def test_json_problems_follow_the_language(cli: Any, write: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    path = member(write, "role: member", "role: memer")
    monkeypatch.setenv("CSMATRIX_LANG", "ja")
    r = cli("validate", path.name, "--format", "json")
    assert r.exit_code == 1, r
    (problem,) = json.loads(r.stdout)["problems"]
    assert problem["message"] == "icare-cs@2021-autumn にロール 'memer' はありません('member' のことですか?)"
    assert problem["hint"] == "icare-cs@2021-autumn のロール: new-member、member、senior、lead、oh-specialist"


def test_a_pydantic_error_we_have_no_words_for_keeps_its_text_in_a_field() -> None:
    from csmatrix.files.located import _reword
    from csmatrix.words import Msg

    odd: Any = {"type": "complex_type", "loc": ("x",), "msg": "Input should be a valid complex", "input": 3}
    message = _reword("complex_type", odd, 3)
    assert isinstance(message, Msg)
    assert message.text("en") == "Input should be a valid complex (found '3')"
    assert message.text("ja") == "値が正しくありません: Input should be a valid complex(書かれた値: '3')"
    plain: Any = {"type": "value_error", "loc": ("x",), "msg": "Value error, nope", "input": 3, "ctx": {}}
    message = _reword("value_error", plain, 3)
    assert isinstance(message, Msg)
    assert (message.text("en"), message.text("ja")) == ("nope", "値が正しくありません: nope")


def test_did_you_mean_is_a_message_or_nothing() -> None:
    from csmatrix.files.located import did_you_mean
    from csmatrix.words import Msg

    close = did_you_mean("memer", ["member", "lead"])
    assert isinstance(close, Msg)
    assert (close.text("en"), close.text("ja")) == (" (did you mean 'member'?)", "('member' のことですか?)")
    assert did_you_mean("zzz", ["member", "lead"]) == ""
