"""csmatrix lint: each rule finds what it should and stays quiet where it should."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from csmatrix.files.store import Store
from csmatrix.lint.rules import Finding, LintOptions, joins, lint_framework, mood
from csmatrix.models.common import LangMap

FIXTURE = Path(__file__).parent / "fixtures" / "lint" / "icare-autumn-2021-before-revision.yaml"

HEAD = """\
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


def skill(ident: str, *levels: str, en: tuple[str, ...] = ()) -> str:
    english = en or tuple(f"{ident} level {n}" for n in range(1, len(levels) + 1))
    body = "".join(
        f"          {n}: {{ja: {ja}, en: {e}}}\n"
        for n, (ja, e) in enumerate(zip(levels, english, strict=True), start=1)
    )
    return f"      - id: {ident}\n        name: {{ja: {ident}, en: {ident}}}\n        levels:\n{body}"


def run_lint(text: str, older: str | None = None, **options: float) -> list[Finding]:
    store = Store()
    loaded = store.framework_text(text, "fw.yaml")
    assert loaded.ok, loaded.problems
    old = store.framework_text(older, "old.yaml").model if older else None
    return lint_framework(loaded.model, loaded.doc, old, LintOptions(**options))  # type: ignore[arg-type]


def rules(findings: list[Finding], rule: str) -> list[Finding]:
    return [f for f in findings if f.rule == rule]


# --- the shipped iCARE autumn 2021 text, as it was before its revision ---------------


@pytest.fixture(scope="module")
def autumn() -> list[Finding]:
    store = Store()
    loaded = store.framework_file(FIXTURE)
    assert loaded.ok, loaded.problems
    return lint_framework(loaded.model, loaded.doc)


def _pairs(findings: list[Finding]) -> list[str]:
    return [str(f.problem.message) for f in rules(findings, "overlap")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("'risk-escalation' level 2 and 'customer-health' level 3", None),
        ("'risk-escalation' level 3 and 'customer-health' level 3", None),
        ("'expansion-management' level 3 and 'stakeholder-alignment' level 3", None),
        ("'adoption-management' level 5 and 'experience-management' level 5", None),
    ],
)
def test_autumn_overlaps_a_careful_reader_found(autumn: list[Finding], a: str, b: None) -> None:
    assert any(message.startswith(a) for message in _pairs(autumn)), _pairs(autumn)


def test_autumn_overlap_is_located_at_the_descriptor(autumn: list[Finding]) -> None:
    text = FIXTURE.read_text(encoding="utf-8").splitlines()
    found = next(
        f for f in rules(autumn, "overlap") if str(f.problem.message).startswith("'risk-escalation' level 2")
    )
    assert text[found.problem.line - 1].strip().startswith("ja: 利用の減少や担当者の交代")
    assert found.problem.severity == "warning"
    assert found.problem.format().startswith(f"{FIXTURE}:{found.problem.line}:17: warning: ")


def test_autumn_level_templates(autumn: list[Finding]) -> None:
    templates = [str(f.problem.message) for f in rules(autumn, "template")]
    level4 = next(m for m in templates if m.startswith("level 4: 「チームの誰もが」"))
    for ident in ("adoption-management", "health-checkup", "health-staff-collaboration"):
        assert ident in level4
    level5 = next(m for m in templates if m.startswith("level 5: 「と組んで」"))
    for ident in ("adoption-management", "expansion-management", "advocate-engagement"):
        assert ident in level5
    # a noun with its particle (チームの, お客様の) is not a template
    assert not any("「チームの」" in m or "「お客様の」" in m for m in templates)


def test_autumn_does_not_pair_descriptors_that_only_share_a_word(autumn: list[Finding]) -> None:
    # customer-health L1 and L2 share スコア with risk-escalation's texts only as a word
    messages = _pairs(autumn)
    assert not any("'customer-health' level 1" in m for m in messages)
    # both say 「チームに教え」 but ask for different things
    assert not any("'stress-check' level 4" in m and "'stakeholder-alignment'" in m for m in messages)


# --- overlap, on frameworks written here -----------------------------------------------


def test_overlap_same_behaviour_in_two_skills() -> None:
    text = (
        HEAD
        + skill(
            "health",
            "スコアを確認できる。",
            "スコアの変化を定期的に確かめ、悪化する前に手を打てる。",
            "基準を見直せる。",
        )
        + skill(
            "risk",
            "兆候を挙げられる。",
            "利用の減少などの変化を定期的に確かめて記録できる。",
            "影響を見積もれる。",
        )
        + skill(
            "renewal",
            "更新時期を把握できる。",
            "更新の手続きを期日どおりに進められる。",
            "更新率を分析できる。",
        )
    )
    found = rules(run_lint(text), "overlap")
    assert [str(f.problem.message).split(" describe")[0] for f in found] == [
        "'risk' level 2 and 'health' level 2 (line 22)"
    ]
    assert (found[0].problem.line, found[0].problem.col) == (28, 19)


def test_overlap_quiet_when_descriptors_only_share_a_word() -> None:
    text = (
        HEAD
        + skill(
            "health",
            "ヘルススコアの見方を説明できる。",
            "ヘルススコアの低い顧客を先輩に報告できる。",
            "基準を見直せる。",
        )
        + skill(
            "renewal",
            "更新時期を把握できる。",
            "ヘルススコアを添えて更新の案内を送れる。",
            "更新率を分析できる。",
        )
        + skill(
            "product",
            "要望を起票できる。",
            "再現手順を整理して開発に依頼できる。",
            "開発と期日を合意できる。",
        )
    )
    assert rules(run_lint(text), "overlap") == []


def test_overlap_threshold_is_tunable() -> None:
    text = (
        HEAD
        + skill(
            "health",
            "スコアを確認できる。",
            "スコアの変化を定期的に確かめ、悪化する前に手を打てる。",
            "基準を見直せる。",
        )
        + skill(
            "risk",
            "兆候を挙げられる。",
            "利用の減少などの変化を定期的に確かめて記録できる。",
            "影響を見積もれる。",
        )
    )
    assert rules(run_lint(text, similarity=0.95), "overlap") == []


# --- the other rules ---------------------------------------------------------------------


def test_no_build_up_when_a_level_repeats_the_one_below() -> None:
    text = HEAD + skill(
        "health",
        "ヘルススコアの項目を理解し、担当社のスコアを確認できる。",
        "ヘルススコアの項目を理解し、担当社のスコアを毎週確認できる。",
        "担当社のスコアの変化から悪化を予測し、先手を打てる。",
    )
    found = rules(run_lint(text), "no-build-up")
    assert len(found) == 1
    assert str(found[0].problem.message).startswith("'health' level 2 nearly repeats level 1")


def test_no_build_up_quiet_on_distinct_steps() -> None:
    text = HEAD + skill(
        "health",
        "スコアの見方を説明できる。",
        "スコアの低下に気づいて報告できる。",
        "スコアの低下に先手を打てる。",
    )
    assert rules(run_lint(text), "no-build-up") == []


def test_template_phrase_across_skills_at_one_level() -> None:
    levels = ("基礎を説明できる。", "一人で進められる。")
    body = "".join(
        skill(
            ident,
            f"{topic}の{levels[0]}",
            f"{topic}を{levels[1]}",
            f"{topic}の型を作り、部門をまたいで展開できる。",
        )
        for ident, topic in (("a", "導入"), ("b", "更新"), ("c", "拡大"), ("d", "問い合わせ"))
    )
    found = rules(run_lint(HEAD + body), "template")
    assert len(found) == 1
    message = str(found[0].problem.message)
    assert message.startswith("level 3: 「部門をまたいで展開」") or message.startswith(
        "level 3: 「の型を作り"
    )
    assert "4 of 4 skills" in message


def test_template_quiet_on_a_shared_noun_or_ending() -> None:
    body = "".join(
        skill(
            ident, f"チームの{topic}を説明できる。", f"{topic}を一人で進められる。", f"{topic}を改善できる。"
        )
        for ident, topic in (("a", "導入"), ("b", "更新"), ("c", "拡大"), ("d", "問い合わせ"))
    )
    assert rules(run_lint(HEAD + body), "template") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("先輩と一緒に説明ができる。", "can"),
        ("自分で手を打てる。", "can"),
        ("期日どおりに進められる。", "can"),
        ("定期的に見直している。", "does"),
        ("全社の仕組みに変えています。", "does"),
        ("チームの標準。", None),
    ],
)
def test_mood_of_an_ending(text: str, kind: str | None) -> None:
    assert mood(text) == kind


def test_mixed_mood_within_one_scope_only() -> None:
    mixed = HEAD + skill("a", "説明できる。", "記録している。", "提案できる。")
    found = rules(run_lint(mixed), "mixed-mood")
    assert [str(f.problem.message)[:40] for f in found] == [
        "'a' level 2 ends in している (does habitually)"[:40]
    ]
    # the organisation levels may change the mood: 1-2 individual, 3 organisation
    scoped = mixed.replace(
        "  - {level: 3, name: {ja: 一人前, en: Independent}}",
        "  - {level: 3, name: {ja: 一人前, en: Independent}, scope: organization}",
    )
    steady = scoped.replace("記録している。", "記録できる。").replace("提案できる。", "仕組みにしている。")
    assert rules(run_lint(steady), "mixed-mood") == []


def test_missing_language_located_at_the_text() -> None:
    text = (HEAD + skill("a", "説明できる。", "記録できる。", "提案できる。")).replace(
        "{level: 2, name: {ja: 担当者, en: Practitioner}}", "{level: 2, name: {ja: 担当者}}"
    )
    found = rules(run_lint(text), "missing-language")
    assert [(f.problem.line, f.problem.col, str(f.problem.message)) for f in found] == [
        (8, 22, "levels.1.name has ja but no en, in a framework written in both")
    ]


def test_missing_language_quiet_in_a_one_language_framework() -> None:
    text = HEAD.replace(", en: Apprentice", "").replace(", en: Practitioner", "").replace(
        ", en: Independent", ""
    ) + (
        "      - id: a\n        name: {ja: 甲}\n        levels:\n"
        "          1: {ja: 説明できる。}\n          2: {ja: 記録できる。}\n          3: {ja: 提案できる。}\n"
    )
    text = text.replace("{ja: 小さな枠組み, en: A tiny framework}", "{ja: 小さな枠組み}")
    text = text.replace("{ja: CS, en: CS}", "{ja: CS}").replace("{ja: 基本, en: Core}", "{ja: 基本}")
    assert rules(run_lint(text), "missing-language") == []


def test_one_language_change_since_the_superseded_version() -> None:
    older = HEAD + skill(
        "a", "説明できる。", "記録できる。", "提案できる。", en=("Explains.", "Records.", "Proposes.")
    )
    newer = HEAD.replace("version: v1", "version: v2\nsupersedes: v1") + skill(
        "a",
        "説明できる。",
        "漏れなく記録できる。",
        "提案し直せる。",
        en=("Explains.", "Records.", "Proposes again."),
    )
    found = rules(run_lint(newer, older), "one-language-change")
    assert [(f.problem.line, str(f.problem.message)) for f in found] == [
        (23, "'a' level 2: the ja text changed since v1 but the en text did not; update both or neither")
    ]


def test_one_language_change_found_through_the_store(tmp_path: Path, cli: Callable[..., object]) -> None:
    older = HEAD + skill(
        "a", "説明できる。", "記録できる。", "提案できる。", en=("Explains.", "Records.", "Proposes.")
    )
    newer = HEAD.replace("version: v1", "version: v2\nsupersedes: v1") + skill(
        "a", "説明できる。", "記録できる。", "提案できる。", en=("Explains it.", "Records.", "Proposes.")
    )
    (tmp_path / "v1.yaml").write_text(older, encoding="utf-8")
    (tmp_path / "v2.yaml").write_text(newer, encoding="utf-8")
    result = cli("lint", tmp_path / "v2.yaml", "-f", "json")
    warnings = json.loads(result.stdout)["warnings"]  # type: ignore[attr-defined]
    assert [(w["rule"], w["line"]) for w in warnings if w["rule"] == "one-language-change"] == [
        ("one-language-change", 22)
    ]


@pytest.mark.parametrize(
    ("ja", "count"),
    [
        ("原因を分析し、対策をチームに共有している。", 1),
        ("定期的に確認し、先輩に報告できる。", 0),
        ("資料を作り、また説明会を開き、かつ効果を測っている。", 2),
        ("スコアの変化を定期的に確かめ、悪化する前に手を打てる。", 0),
    ],
)
def test_joins(ja: str, count: int) -> None:
    assert joins(LangMap(ja=ja, en="x")) == count


def test_joins_in_english_only_text() -> None:
    assert joins(LangMap(en="Reviews the list and reports the risks.")) == 1
    assert joins(LangMap(en="Reviews the list of risks and issues.")) == 0


# --- the command --------------------------------------------------------------------


def test_cli_table_strict_and_json(cli: Callable[..., object], write: Callable[..., Path]) -> None:
    path = write(
        "fw.yaml",
        HEAD
        + skill(
            "health",
            "スコアを確認できる。",
            "スコアの変化を定期的に確かめ、悪化する前に手を打てる。",
            "基準を見直せる。",
        )
        + skill(
            "risk",
            "兆候を挙げられる。",
            "利用の減少などの変化を定期的に確かめて記録できる。",
            "影響を見積もれる。",
        ),
    )
    plain = cli("lint", path, "--lang", "en")
    assert plain.exit_code == 0, plain  # type: ignore[attr-defined]
    assert f"{path}:28:19: warning: 'risk' level 2 and 'health' level 2" in plain.stdout  # type: ignore[attr-defined]
    assert plain.stdout.rstrip().endswith("[overlap]")  # type: ignore[attr-defined]
    assert "1 warning in 1 framework (overlap 1)" in plain.stderr  # type: ignore[attr-defined]
    strict = cli("lint", path, "--strict")
    assert strict.exit_code == 1  # type: ignore[attr-defined]
    data = json.loads(cli("lint", path, "--format", "json").stdout)  # type: ignore[attr-defined]
    assert set(data["warnings"][0]) == {"path", "line", "col", "rule", "message"}
    assert data["warnings"][0]["rule"] == "overlap"
    quiet = cli("lint", path, "--strict", "--ignore", "overlap")
    assert quiet.exit_code == 0, quiet  # type: ignore[attr-defined]


def test_cli_clean_framework_strict_passes(cli: Callable[..., object], write: Callable[..., Path]) -> None:
    path = write("fw.yaml", HEAD + skill("a", "説明できる。", "記録できる。", "提案できる。"))
    result = cli("lint", path, "--strict", "--lang", "en")
    assert result.exit_code == 0, result  # type: ignore[attr-defined]
    assert result.stdout == ""  # type: ignore[attr-defined]
    assert "no warnings" in result.stderr  # type: ignore[attr-defined]


def test_cli_invalid_framework_is_exit_1_located(
    cli: Callable[..., object], write: Callable[..., Path]
) -> None:
    path = write(
        "bad.yaml", HEAD + "      - id: a\n        name: 甲\n        levels: {1: x, 2: y, 3: z, 4: w}\n"
    )
    result = cli("lint", path)
    assert result.exit_code == 1  # type: ignore[attr-defined]
    assert f"{path}:20:36: error: levels.4:" in result.stderr  # type: ignore[attr-defined]


def test_cli_unknown_rule_and_missing_file(cli: Callable[..., object], tmp_path: Path) -> None:
    assert cli("lint", tmp_path, "--ignore", "nonsense").exit_code == 2  # type: ignore[attr-defined]
    missing = cli("lint", "nowhere@v9")
    assert missing.exit_code == 1  # type: ignore[attr-defined]
    assert "nowhere@v9" in missing.stderr  # type: ignore[attr-defined]


@pytest.mark.lang("ja")
def test_cli_folder_skips_other_files(
    cli: Callable[..., object], write: Callable[..., Path], tmp_path: Path
) -> None:
    write("fws/fw.yaml", HEAD + skill("a", "説明できる。", "記録できる。", "提案できる。"))
    write("fws/member.yaml", "schema: csmatrix/member@1\nname: x\nframework: fw.yaml\n")
    result = cli("lint", tmp_path / "fws", "--lang", "ja")
    assert result.exit_code == 0, result  # type: ignore[attr-defined]
    assert "1件のフレームワーク、警告なし" in result.stderr  # type: ignore[attr-defined]


def test_help_has_an_example(cli: Callable[..., object]) -> None:
    assert "Example: csmatrix lint" in cli("lint", "--help").stdout  # type: ignore[attr-defined]


FIVE = HEAD.replace(
    "  - {level: 3, name: {ja: 一人前, en: Independent}}\n",
    "  - {level: 3, name: {ja: 一人前, en: Independent}}\n"
    "  - {level: 4, name: {ja: 牽引, en: Multiplier}}\n"
    "  - {level: 5, name: {ja: 変革, en: Shaper}}\n",
)


def test_no_build_up_when_one_step_jumps_far_more_than_the_others() -> None:
    text = FIVE + skill(
        "health",
        "ヘルススコアの見方を説明できる。",
        "ヘルススコアの低下に気づいて報告できる。",
        "ヘルススコアの低下に自分で先手を打てる。",
        "ヘルススコアの項目をチームで見直せる。",
        "全社の経営会議で予算配分を決められる。",
    )
    found = rules(run_lint(text), "no-build-up")
    assert [str(f.problem.message).split(" (")[0] for f in found] == [
        "'health' level 5 shares nothing with level 4"
    ]


def test_no_build_up_quiet_when_every_step_is_a_new_sentence() -> None:
    text = FIVE + skill(
        "health",
        "項目の意味を説明できる。",
        "低下に気づいて報告できる。",
        "悪化の前に手を打てる。",
        "判断基準を改善できる。",
        "全社の指標に育てられる。",
    )
    assert rules(run_lint(text), "no-build-up") == []


def test_cli_messages_in_japanese_by_default(
    cli: Callable[..., object], write: Callable[..., Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CSMATRIX_LANG")  # the suite reads English; the product's default is Japanese
    path = write(
        "fw.yaml",
        HEAD
        + skill(
            "health",
            "スコアを確認できる。",
            "スコアの変化を定期的に確かめ、悪化する前に手を打てる。",
            "基準を見直せる。",
        )
        + skill(
            "risk",
            "兆候を挙げられる。",
            "利用の減少などの変化を定期的に確かめて記録できる。",
            "影響を見積もれる。",
        ),
    )
    result = cli("lint", path)
    assert (
        f"{path}:28:19: warning: 「risk」のレベル2と「health」のレベル2(22行目)がほぼ同じ行動を書いています"
        in (
            result.stdout  # type: ignore[attr-defined]
        )
    )
    data = json.loads(cli("lint", path, "-f", "json", "--lang", "ja").stdout)  # type: ignore[attr-defined]
    assert data["warnings"][0]["message"].startswith("「risk」のレベル2")


def test_every_message_has_both_languages() -> None:
    from csmatrix.words import WORDS

    keys = [key for key in WORDS if key.startswith("lintrule.")]
    assert len(keys) >= 10  # the rules' messages live in the one catalogue
    for key in keys:
        assert all(text.strip() for text in WORDS[key]), key
