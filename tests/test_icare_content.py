"""The shipped iCARE content: provenance vocabulary, distinct descriptors, re-assess lineage."""

from __future__ import annotations

import itertools
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from conftest import EXAMPLES, FRAMEWORKS, SHARED, need_shared
from csmatrix.files.store import Store
from csmatrix.models.framework import Source
from csmatrix.versions.lineage import lineage
from csmatrix.versions.migrate import migrate
from test_diff import dump, fw_data

SEEDS = SHARED / "seeds"
SHIPPED = sorted((FRAMEWORKS / "icare-cs").glob("*.yaml"))
VERSIONS = ("2019", "2021-summer", "2021-autumn")
SIMILARITY = 0.35  # character-bigram Jaccard; two descriptors above it read as one behaviour


def load(ref: str) -> Any:
    return Store().framework(ref).unwrap()


def bigrams(text: str, lang: str = "ja") -> set[Any]:
    """Character bigrams for Japanese; word bigrams for English (letters repeat too often)."""
    if lang == "en":
        words = re.findall(r"[a-z']+", text.lower())
        return set(itertools.pairwise(words))
    text = text.rstrip("。.")
    return {text[i : i + 2] for i in range(len(text) - 1)}


def jaccard(a: str, b: str, lang: str = "ja") -> float:
    x, y = bigrams(a, lang), bigrams(b, lang)
    return len(x & y) / len(x | y)


# --- source: a fixed vocabulary ------------------------------------------------------


def test_every_shipped_skill_has_a_structured_source() -> None:
    for version in VERSIONS:
        fw = load(f"icare-cs@{version}")
        for placed in fw.placed:
            source = placed.skill.source
            assert isinstance(source, Source), (version, placed.skill.id)
            if source.kind == "ours":
                assert source.note, (version, placed.skill.id)
            if source.quote:
                assert len(source.quote) <= 30


def test_the_article_names_only_the_specialist_row_for_2019() -> None:
    fw = load("icare-cs@2019")
    kinds = {p.skill.id: p.skill.source.kind for p in fw.placed}  # type: ignore[union-attr]
    assert [s for s, k in kinds.items() if k == "article"] == ["specialist-collaboration"]


def test_quotes_are_the_articles_own_words() -> None:
    need_shared(SEEDS)
    article = next(SEEDS.glob("000_*.txt")).read_text("utf-8")
    for version in VERSIONS:
        for placed in load(f"icare-cs@{version}").placed:
            source = placed.skill.source
            if isinstance(source, Source) and source.kind == "article" and source.quote:
                assert source.quote in article, (version, placed.skill.id, source.quote)


def _framework_with_source(source: Any) -> dict[str, Any]:
    data = fw_data("1", {"alpha": {}})
    data["categories"][0]["skills"][0]["source"] = source
    return data


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ({"kind": "book", "ref": "x"}, "book"),
        ({"kind": "article"}, "'quote' or a 'note'"),
        ({"kind": "public", "note": "n"}, "'ref'"),
        ({"kind": "ours"}, "'note'"),
        ({"kind": "article", "quote": "あ" * 31}, "a quote is at most 30 characters"),
    ],
)
def test_source_vocabulary_is_enforced(cli: Any, write: Any, source: Any, words: str) -> None:
    path = write("fw.yaml", dump(_framework_with_source(source)))
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"{path.name}:" in r.stderr or str(path) in r.stderr
    assert words in r.stderr


def test_source_problem_is_located(cli: Any, write: Any) -> None:
    path = write("fw.yaml", dump(_framework_with_source({"kind": "book", "ref": "x"})))
    line = next(i for i, text in enumerate(path.read_text("utf-8").splitlines(), 1) if "kind: book" in text)
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert f"fw.yaml:{line}:" in r.stderr


def test_old_plain_string_source_is_still_read(cli: Any, write: Any) -> None:
    path = write("fw.yaml", dump(_framework_with_source("a book")))
    assert cli("validate", path).exit_code == 0


def test_reassess_must_name_a_predecessor(cli: Any, write: Any) -> None:
    data = fw_data("1", {"alpha": {"replaces": ["old"], "reassess": ["other"]}})
    path = write("fw.yaml", dump(data))
    r = cli("validate", path)
    assert r.exit_code == 1, r
    assert "reassess names 'other'" in r.stderr


# --- descriptors a manager can rate apart ---------------------------------------------


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_no_two_skills_describe_the_same_behaviour_at_a_level(path: Path) -> None:
    data = yaml.safe_load(path.read_text("utf-8"))
    skills = [s for c in data["categories"] for s in c["skills"]]
    for level in range(1, 6):
        for a, b in itertools.combinations(skills, 2):
            for lang in ("ja", "en"):
                score = jaccard(a["levels"][level][lang], b["levels"][level][lang], lang)
                assert score < SIMILARITY, (
                    path.stem,
                    level,
                    a["id"],
                    b["id"],
                    lang,
                    round(score, 2),
                )


def test_similarity_measure_catches_a_copied_descriptor() -> None:
    text = "スコアの変化を定期的に確かめ、悪化する前に自分で手を打っている。"
    assert jaccard(text, text.replace("自分で", "チームで")) > SIMILARITY
    english = "Reviews score changes routinely and acts on their own before things get worse."
    assert jaccard(english, english.replace("on their own", "with the team"), "en") > SIMILARITY


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_one_mood_and_one_term_per_concept(path: Path) -> None:
    """Every Japanese descriptor says what the person does (〜している); one word per concept."""
    data = yaml.safe_load(path.read_text("utf-8"))
    for category in data["categories"]:
        for skill in category["skills"]:
            for level, text in skill["levels"].items():
                assert re.search(r"[てで]いる。$", text["ja"]), (path.stem, skill["id"], level)
    body = path.read_text("utf-8")
    for avoided in ("お客様", "健診", "開発チーム", "つくっ", "課題を解いて", "合意をつくって", "商談にでき"):
        assert avoided not in body, (path.stem, avoided)


def test_organisation_levels_differ_from_skill_to_skill() -> None:
    """Levels 4-5 of the autumn CS axis: no shared template ("チームの誰もが…")."""
    fw = load("icare-cs@2021-autumn")
    for level in (4, 5):
        texts = [p.skill.levels[level].get("ja") for p in fw.placed if p.category.axis == "cs"]
        assert not any("チームの誰もが" in t for t in texts)
        assert sum("開発や営業と組んで" in t for t in texts) == 0


# --- lineage that says what it means ---------------------------------------------------


def test_changes_of_meaning_are_marked() -> None:
    summer, autumn = load("icare-cs@2021-summer"), load("icare-cs@2021-autumn")
    assert summer.skills["health-checkup"].skill.reassess == ["health-check-operations"]
    assert "upsell-cross-sell" in autumn.skills["stakeholder-alignment"].skill.replaces
    assert autumn.skills["stakeholder-alignment"].skill.reassess == ["upsell-cross-sell"]
    assert autumn.skills["health-staff-collaboration"].skill.reassess == [
        "occupational-physician-collaboration"
    ]
    # the OH advice requests define the occupational-health axis and keep their id
    assert autumn.skills["practice-advisory"].category.axis == "occupational-health"
    assert summer.skills["practice-advisory"].category.axis == "occupational-health"


def test_migrate_reports_reassess_across_two_steps(cli: Any) -> None:
    r = cli("migrate", EXAMPLES / "members" / "yumi-kobayashi.yaml", "--to", "2021-autumn", "--lang", "en")
    assert r.exit_code == 0, r
    # the meaning changed in summer; the mark is found when migrating 2019 -> autumn in one go
    assert "re-assess: health-check-operations → health-checkup (meaning or scope changed" in r.stderr
    # same behaviour, but level 4 went from individual to organisation scope and was reworded
    assert "re-assess: inquiry-handling → support-experience (level scope changed" in r.stderr
    # adoption-support 3 keeps its level-3 meaning: carried without a flag
    assert "→ adoption-management (" not in r.stderr


@pytest.mark.lang("ja")
def test_migrate_reassess_in_japanese(cli: Any) -> None:
    r = cli("migrate", EXAMPLES / "members" / "sho-nakamura.yaml", "--to", "2021-autumn")
    assert r.exit_code == 0, r
    assert "要再評価: upsell-cross-sell → stakeholder-alignment" in r.stderr


def test_team_notes_ratings_to_reassess(cli: Any) -> None:
    r = cli("team", EXAMPLES / "members", "--lang", "en")
    assert r.exit_code == 0, r
    notice = next(line for line in r.stderr.splitlines() if "re-assess" in line)
    assert "yumi-kobayashi: " in notice
    assert "health-checkup" in notice
    assert "sho-nakamura: " in notice
    assert "stakeholder-alignment" in notice


def _tiny(tmp: Path, v2_skill: dict[str, Any], levels_v2: list[dict[str, Any]] | None = None) -> Store:
    root = tmp / "fw" / "tiny"
    root.mkdir(parents=True)
    (root / "v1.yaml").write_text(dump(fw_data("v1", {"a": {}, "b": {}}, levels=5)), encoding="utf-8")
    v2 = fw_data("v2", {"a": {}, **v2_skill}, supersedes="v1", levels=5)
    if levels_v2 is not None:
        v2["levels"] = levels_v2
    (root / "v2.yaml").write_text(dump(v2), encoding="utf-8")
    v3 = fw_data("v3", {"a": {}, **{k: {} for k in v2_skill}}, supersedes="v2", levels=5)
    if levels_v2 is not None:
        v3["levels"] = levels_v2
    (root / "v3.yaml").write_text(dump(v3), encoding="utf-8")
    return Store([tmp / "fw"])


def _member(levels: dict[str, int]) -> Any:
    from csmatrix.models.member import Member

    return Member.model_validate(
        {
            "schema": "csmatrix/member@1",
            "name": "T",
            "framework": "tiny@v1",
            "assessments": [{"date": "2024-01-01", "by": "self", "levels": levels}],
        }
    )


def test_a_mark_in_the_middle_of_the_chain_is_reported(tmp_path: Path) -> None:
    store = _tiny(tmp_path, {"bb": {"replaces": ["b"], "reassess": ["b"]}})
    v1, v3 = store.framework("tiny@v1").unwrap(), store.framework("tiny@v3").unwrap()
    result = migrate(_member({"a": 2, "b": 3}), lineage(v1, v3, store.chain))
    assert [(r.skill, r.olds, r.reason, r.levels) for r in result.reassess] == [
        ("bb", ("b",), "meaning", (3,))
    ]
    # the rating is still carried, only flagged
    assert result.assessments[0]["levels"] == {"a": 2, "bb": 3}


def test_unmarked_rename_is_carried_silently(tmp_path: Path) -> None:
    store = _tiny(tmp_path, {"bb": {"replaces": ["b"]}})
    v1, v3 = store.framework("tiny@v1").unwrap(), store.framework("tiny@v3").unwrap()
    assert migrate(_member({"b": 3}), lineage(v1, v3, store.chain)).reassess == []


def test_scope_change_flags_only_reworded_levels(tmp_path: Path) -> None:
    levels = [
        {"level": n, "name": f"L{n}", "scope": "individual" if n < 4 else "organization"} for n in range(1, 6)
    ]
    store = _tiny(tmp_path, {"b": {}}, levels_v2=levels)
    v1, v2 = store.framework("tiny@v1").unwrap(), store.framework("tiny@v2").unwrap()
    # fw_data writes the same descriptors in every version: same words, no re-assess
    assert migrate(_member({"a": 4, "b": 5}), lineage(v1, v2, store.chain)).reassess == []
    reworded = fw_data("v2", {"a": {}, "b": {}}, supersedes="v1", levels=5)
    reworded["levels"] = levels
    reworded["categories"][0]["skills"][0]["levels"][4] = {
        "ja": "チームで回している。",
        "en": "Runs it for the team.",
    }
    (tmp_path / "fw" / "tiny" / "v2.yaml").write_text(dump(reworded), encoding="utf-8")
    store = Store([tmp_path / "fw"])
    v1, v2 = store.framework("tiny@v1").unwrap(), store.framework("tiny@v2").unwrap()
    result = migrate(_member({"a": 4, "b": 3}), lineage(v1, v2, store.chain))
    assert [(r.skill, r.reason, r.levels) for r in result.reassess] == [("a", "scope", (4,))]
