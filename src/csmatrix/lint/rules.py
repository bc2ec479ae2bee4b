"""The quality of a framework's text: located warnings, never errors.

Each rule below reads the validated ``Framework`` with its ``Doc`` (for the
line and column the person wrote) and returns ``Finding``s.  Thresholds live
in ``LintOptions``; the CLI exposes them as options.

How texts are compared (``similarity``)
    Japanese text is cut at punctuation into runs; each run gives its
    character bigrams and trigrams.  Before that, words of a small built-in
    CS thesaurus (``CONCEPTS``: アップセル/商談/拡大 are one activity, つまずき/
    手間 one trouble, 兆候/変化/悪化 one signal, …) are replaced by one token
    per concept, and each concept present also counts as a feature of its own
    with ``CONCEPT_WEIGHT``.  Features are weighted by rarity across all the
    framework's descriptors (tf-idf: a gram in every descriptor, such as
    できる, weighs nothing) and two texts are compared by cosine (0 to 1).
    English, used only when a text has no Japanese, is compared the same way
    over lower-cased words and word bigrams without common function words.
    Two texts that only share one word are never called the same: an overlap
    also needs at least two separate shared phrases (``shared_phrases``).

Rules (``rule`` in the JSON):

``overlap``
    Descriptors of two different skills at the same level or adjacent levels
    with similarity ≥ ``similarity`` (default 0.20).
``no-build-up``
    A level whose text is nearly the level below (similarity ≥
    ``repeat_similarity``, default 0.60), or a step that shares nothing with
    the level below (≤ ``jump_similarity``, default 0.02) while the skill's
    other steps do build on each other (their mean ≥ ``jump_others``, 0.12).
``template``
    One phrase (≥ ``template_chars`` characters, 4, with at least one kanji,
    katakana or Latin letter) written in the descriptors of at least
    ``template_skills`` skills (3) and ``template_share`` of the skills (15 %)
    at one level.
``mixed-mood``
    Within one skill and one scope of the scale (individual levels, then
    organisation levels), some descriptors end in a potential form (〜できる,
    〜られる, 〜せる: "can do") and others in 〜ている (does habitually): the
    evidence a rater asks for changes from level to level.
``missing-language``
    In a framework that writes both ja and en, a text that has only one.
``one-language-change``
    Compared with the version this one supersedes (same skill id, or the one
    id it ``replaces``): a name, summary or descriptor whose ja changed while
    its en did not, or the other way round.
``joined``
    A descriptor joining behaviours with an explicit connector: 〜し、 after a
    kanji verb stem (分析し、共有し、), また, かつ, および, ならびに, さらに, where
    the parts on both sides have their own object (〜を): 「原因を分析し、対策を
    共有している」 is two behaviours, 「定期的に確認し、報告できる」 is one.  In
    English text (used only without ja), "and" followed by a third-person verb
    ("and reports").
    More than ``max_joins`` (0) such joins warn.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import combinations, pairwise
from typing import Any

from csmatrix.errors import Problem
from csmatrix.files.yamlio import Doc, Loc
from csmatrix.models.common import LangMap
from csmatrix.models.framework import Framework, Skill
from csmatrix.words import Msg, say

RULES = (
    "overlap",
    "no-build-up",
    "template",
    "mixed-mood",
    "missing-language",
    "one-language-change",
    "joined",
)

# Words that name the same CS activity; each line is one concept.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "expand": ("アップセル", "クロスセル", "上位プラン", "追加提案", "追加で", "商談", "拡大"),
    "friction": ("つまずき", "つまずく", "つまず", "障壁", "いら立ち", "手間"),
    "find": ("見つけ", "洗い出し", "気づき", "気づく"),
    "signal": ("兆候", "兆し", "悪化", "低下", "減少", "変化"),
    "improve": ("底上げ", "作り替え", "改善", "見直し"),
    "alone": ("自分で", "一人で"),
}
CONCEPT_WEIGHT = 4.0

_PUNCT = re.compile(r"[\s、。,.・「」『』()()〜~:;:;!?!?/]+")
_HIRAGANA = re.compile(r"^[\u3040-\u309f]+$")
_CONCEPT_CHAR = {name: chr(0xE000 + index) for index, name in enumerate(CONCEPTS)}
_CONCEPT_WORDS = sorted(
    ((word, name) for name, words in CONCEPTS.items() for word in words), key=lambda pair: -len(pair[0])
)
_EN_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "from",
        "as",
        "at",
        "their",
        "its",
        "it",
        "is",
        "are",
        "be",
        "that",
        "this",
        "so",
        "each",
        "who",
        "what",
        "which",
        "they",
        "them",
        "can",
        "own",
        "into",
        "when",
        "where",
        "how",
    ]
)
_POTENTIAL = re.compile(r"(できる|られる|[えけせてねへめれげぜでべぺ]る)$")
_PROGRESSIVE = re.compile(r"(ている|でいる|ています|でいます)$")
_JA_JOINS = re.compile(r"[\u4e00-\u9fff]し、|、また|また、|、かつ|かつ、|および|ならびに|、さらに")
_EN_JOIN = re.compile(r"\band (?:then )?([a-z]+s) (?:the|a|an|it|them|their|its|on|to|with|what|how|why)\b")


@dataclass(frozen=True)
class LintOptions:
    similarity: float = 0.20
    repeat_similarity: float = 0.60
    jump_similarity: float = 0.02
    jump_others: float = 0.12
    template_chars: int = 4
    template_skills: int = 3
    template_share: float = 0.15
    shared_phrases: int = 2
    max_joins: int = 0
    lang: str = "en"  # unused: a message is worded in the reader's language when it is shown


@dataclass(frozen=True)
class Finding:
    rule: str
    problem: Problem

    def __post_init__(self) -> None:
        if self.problem.severity != "warning":
            object.__setattr__(self, "problem", replace(self.problem, severity="warning"))

    def as_dict(self) -> dict[str, Any]:
        p = self.problem
        return {"path": p.path, "line": p.line, "col": p.col, "rule": self.rule, "message": say(p.message)}

    def format(self) -> str:
        return f"{self.problem.format()} [{self.rule}]"


@dataclass
class LintReport:
    findings: list[Finding] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # files that could not be linted
    files: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "warnings": [f.as_dict() for f in self.findings],
            "errors": [p.as_dict() for p in self.problems],
        }


# --- words a person reads: ``lintrule.*`` in csmatrix.words, worded when shown ----------


def _located(doc: Doc, loc: Loc, message: Msg) -> Problem:
    """A warning at what the person wrote at ``loc``."""
    from csmatrix.files.yamlio import dotted

    line, col = doc.mark(loc)
    return Problem(doc.path, line, col, message, dotted(loc))


def _field_name(field_name: str) -> Msg:
    """``name``, ``summary`` or ``level 3``: the part of a skill a message names."""
    if field_name.startswith("level "):
        return Msg("lintrule.level_field", level=field_name.split()[1])
    return Msg("field.summary" if field_name == "summary" else "field.name")


# --- text features ---------------------------------------------------------------


def _normalise(text: str) -> tuple[str, set[str]]:
    found: set[str] = set()
    for word, name in _CONCEPT_WORDS:
        if word in text:
            found.add(name)
            text = text.replace(word, _CONCEPT_CHAR[name])
    return text, found


def ja_features(text: str) -> Counter[str]:
    normalised, concepts = _normalise(text)
    out: Counter[str] = Counter()
    for chunk in _PUNCT.split(normalised):
        for n in (2, 3):
            for i in range(len(chunk) - n + 1):
                out[chunk[i : i + n]] += 1
    for name in concepts:
        out["#" + name] += 1
    return out


def _en_words(text: str) -> list[str]:
    words = [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'-]*", text)]
    return [w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in _EN_STOP]


def en_features(text: str) -> Counter[str]:
    words = _en_words(text)
    return Counter(words + [f"{a} {b}" for a, b in pairwise(words)])


def _features(text: LangMap) -> tuple[str, Counter[str]]:
    if text.ja:
        return "ja", ja_features(text.ja)
    return "en", en_features(text.en or "")


class Space:
    """tf-idf weights over a set of texts (the descriptors of one framework)."""

    def __init__(self, texts: Iterable[Counter[str]]) -> None:
        texts = list(texts)
        self.count = max(len(texts), 1)
        self.df: Counter[str] = Counter(g for t in texts for g in t)

    def vector(self, features: Counter[str]) -> dict[str, float]:
        out: dict[str, float] = {}
        for gram in features:
            weight = math.log((self.count + 1) / (self.df.get(gram, 0) + 1))
            out[gram] = weight * (CONCEPT_WEIGHT if gram.startswith("#") else 1.0)
        return out


def cosine(a: dict[str, float], b: dict[str, float]) -> float:
    dot = sum(w * b[g] for g, w in a.items() if g in b)
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb) if na and nb else 0.0


def shared_phrases(a: str, b: str) -> list[str]:
    """Separate runs of ``a`` made of bigrams that ``b`` also has (content only)."""
    na, concepts_a = _normalise(a)
    nb, _ = _normalise(b)
    grams_b = {nb[i : i + 2] for i in range(len(nb) - 1)}
    covered = [False] * len(na)
    for i in range(len(na) - 1):
        gram = na[i : i + 2]
        if gram in grams_b and not _PUNCT.search(gram) and not _HIRAGANA.match(gram):
            covered[i] = covered[i + 1] = True
    runs: list[str] = []
    current = ""
    for char, flag in zip(na, covered, strict=True):
        if flag:
            current += char
        elif current:
            runs.append(current)
            current = ""
    if current:
        runs.append(current)
    # a concept shared under different words is a shared phrase too
    _, concepts_b = _normalise(b)
    marks = {_CONCEPT_CHAR[c] for c in concepts_a & concepts_b}
    extra = [c for c in marks if not any(c in run for run in runs)]
    return runs + extra


def _units(phrase: str) -> int:
    """A shared run spanning words (kana inside it) counts as two phrases."""
    core = re.sub(r"^[\u3040-\u309f]+|[\u3040-\u309f]+$", "", phrase)
    return 2 if re.search(r"[\u3040-\u309f]", core) else 1


# --- the framework as located texts ----------------------------------------------


@dataclass(frozen=True)
class Descriptor:
    skill: str
    level: int
    text: LangMap
    loc: Loc
    order: int


def descriptors(fw: Framework, doc: Doc) -> list[Descriptor]:
    out: list[Descriptor] = []
    for ci, category in enumerate(fw.categories):
        for si, skill in enumerate(category.skills):
            base: Loc = ("categories", ci, "skills", si, "levels")
            for level in sorted(skill.levels):
                key = _written_key(doc, base, level)
                out.append(Descriptor(skill.id, level, skill.levels[level], (*base, key), len(out)))
    return out


def _written_key(doc: Doc, base: Loc, level: int) -> str | int:
    for candidate in (str(level), level):
        if (*base, candidate) in doc.marks:
            return candidate
    value = doc.value
    try:
        for part in base:
            value = value[part]
        for key in value:
            if str(key).strip().lstrip("0") == str(level):
                return str(key)
    except (KeyError, IndexError, TypeError):
        pass
    return str(level)


def _at(doc: Doc, loc: Loc, lang: str | None = None) -> Loc:
    """The language's own text when written as a map, else the value."""
    if lang is not None and (*loc, lang) in doc.marks:
        return (*loc, lang)
    return loc


def _quote(text: LangMap, limit: int = 24) -> str:
    value = text.ja or text.en or ""
    return value if len(value) <= limit else value[: limit - 1] + "…"


# --- rules -------------------------------------------------------------------------


def lint_framework(
    fw: Framework, doc: Doc, older: Framework | None = None, options: LintOptions | None = None
) -> list[Finding]:
    options = options or LintOptions()
    items = descriptors(fw, doc)
    findings: list[Finding] = []
    findings += _overlaps(items, doc, options)
    findings += _build_up(items, doc, options)
    findings += _templates(fw, items, doc, options)
    findings += _moods(fw, items, doc)
    findings += _missing_language(fw, doc)
    if older is not None:
        findings += _one_language_changes(fw, older, doc)
    findings += _joins(items, doc, options)
    return sorted(findings, key=lambda f: (f.problem.line, f.problem.col, f.rule))


def _vectors(items: list[Descriptor]) -> list[tuple[str, dict[str, float]]]:
    feats = [_features(d.text) for d in items]
    spaces = {lang: Space(f for lg, f in feats if lg == lang) for lang in ("ja", "en")}
    return [(lang, spaces[lang].vector(f)) for lang, f in feats]


def _text(d: Descriptor, lang: str) -> str:
    return (d.text.ja if lang == "ja" else d.text.en) or ""


def _overlaps(items: list[Descriptor], doc: Doc, options: LintOptions) -> list[Finding]:
    vectors = _vectors(items)
    out: list[Finding] = []
    for (i, a), (j, b) in combinations(enumerate(items), 2):
        if a.skill == b.skill or abs(a.level - b.level) > 1:
            continue
        (lang_a, va), (lang_b, vb) = vectors[i], vectors[j]
        if lang_a != lang_b:
            continue
        score = cosine(va, vb)
        if score < options.similarity:
            continue
        if lang_a == "ja":
            units = sum(_units(p) for p in shared_phrases(_text(a, lang_a), _text(b, lang_a)))
            if units < options.shared_phrases:
                continue
        line = doc.mark(_at(doc, a.loc, lang_a))[0]
        message = Msg(
            "lintrule.overlap",
            b=b.skill,
            bl=b.level,
            a=a.skill,
            al=a.level,
            line=line,
            score=f"{score:.2f}",
            limit=f"{options.similarity:.2f}",
        )
        out.append(Finding("overlap", _located(doc, _at(doc, b.loc, lang_a), message)))
    return out


def _build_up(items: list[Descriptor], doc: Doc, options: LintOptions) -> list[Finding]:
    # plain (unweighted) features: a level is compared with its own skill's, where
    # what the two share is exactly what matters, however common elsewhere
    vectors = [(lang, dict.fromkeys(feats, 1.0)) for lang, feats in (_features(d.text) for d in items)]
    by_skill: dict[str, list[int]] = {}
    for index, d in enumerate(items):
        by_skill.setdefault(d.skill, []).append(index)
    out: list[Finding] = []
    for indexes in by_skill.values():
        steps: list[tuple[int, int, float]] = []
        for lower, upper in pairwise(indexes):
            (la, va), (lb, vb) = vectors[lower], vectors[upper]
            steps.append((lower, upper, cosine(va, vb) if la == lb else 0.0))
        for position, (lower, upper, score) in enumerate(steps):
            d, below = items[upper], items[lower]
            if score >= options.repeat_similarity:
                message = Msg(
                    "lintrule.repeat",
                    skill=d.skill,
                    level=d.level,
                    below=below.level,
                    score=f"{score:.2f}",
                    limit=f"{options.repeat_similarity:.2f}",
                )
                out.append(Finding("no-build-up", _located(doc, _at(doc, d.loc, "ja"), message)))
                continue
            others = [s for k, (_, _, s) in enumerate(steps) if k != position]
            if (
                len(others) >= 2
                and score <= options.jump_similarity
                and sum(others) / len(others) >= options.jump_others
            ):
                message = Msg(
                    "lintrule.jump",
                    skill=d.skill,
                    level=d.level,
                    below=below.level,
                    score=f"{score:.2f}",
                    mean=f"{sum(others) / len(others):.2f}",
                )
                out.append(Finding("no-build-up", _located(doc, _at(doc, d.loc, "ja"), message)))
    return out


def _templates(fw: Framework, items: list[Descriptor], doc: Doc, options: LintOptions) -> list[Finding]:
    out: list[Finding] = []
    n = options.template_chars
    by_level: dict[int, list[Descriptor]] = {}
    for d in items:
        if d.text.ja:
            by_level.setdefault(d.level, []).append(d)
    for level, group in sorted(by_level.items()):
        need = max(options.template_skills, math.ceil(options.template_share * len(group)))
        texts = {d.skill: d.text.ja or "" for d in group}
        df: Counter[str] = Counter()
        for text in texts.values():
            df.update(
                {
                    chunk[i : i + n]
                    for chunk in _PUNCT.split(text)
                    for i in range(len(chunk) - n + 1)
                    if not _HIRAGANA.match(chunk[i : i + n])
                }
            )
        frequent = sorted((g for g, c in df.items() if c >= need), key=lambda g: (-df[g], g))
        phrases: list[tuple[str, list[str]]] = []
        used: set[str] = set()
        for gram in frequent:
            if gram in used:
                continue
            holders = [s for s, t in texts.items() if gram in t]
            phrase = gram
            # grow the phrase while every holder still has it
            while True:
                grown = _grow(phrase, holders, texts)
                if grown is None:
                    break
                phrase = grown
            used.update(phrase[i : i + n] for i in range(len(phrase) - n + 1))
            if any(phrase in p or p in phrase for p, h in phrases if set(h) == set(holders)):
                continue
            phrases.append((phrase, holders))
        for phrase, holders in phrases:
            if _word_and_particle(phrase) or all(texts[s].rstrip("。. ").endswith(phrase) for s in holders):
                continue  # a noun with its particle, or a sentence ending (see mixed-mood)
            first = next(d for d in group if d.skill == holders[0])
            message = Msg(
                "lintrule.template", level=level, phrase=phrase, n=len(holders), of=len(group), skills=holders
            )
            out.append(Finding("template", _located(doc, _at(doc, first.loc, "ja"), message)))
    return out


_PARTICLES = frozenset({"", "の", "で", "に", "と", "を", "が", "は", "も", "へ", "や"})


def _word_and_particle(phrase: str) -> bool:
    """「チームの」「お客様の」: one noun and its particles, not a template."""
    match = re.fullmatch(r"([\u3040-\u309f]*)([^\u3040-\u309f]+)([\u3040-\u309f]*)", phrase)
    return match is not None and match.group(1) in {"", "お", "ご"} and match.group(3) in _PARTICLES


def _grow(phrase: str, holders: list[str], texts: dict[str, str]) -> str | None:
    first = texts[holders[0]]
    start = first.find(phrase)
    for candidate in (
        first[start - 1 : start + len(phrase)] if start > 0 else "",
        first[start : start + len(phrase) + 1],
    ):
        if (
            len(candidate) > len(phrase)
            and not _PUNCT.search(candidate)
            and all(candidate in texts[s] for s in holders)
        ):
            return candidate
    return None


def mood(text: str) -> str | None:
    """'can' (potential form), 'does' (〜ている) or None for a Japanese ending."""
    end = text.strip().rstrip("。.").strip()
    if _PROGRESSIVE.search(end):
        return "does"
    if _POTENTIAL.search(end):
        return "can"
    return None


_MOOD_WORDS = {"can": Msg("lintrule.can"), "does": Msg("lintrule.does")}


def _moods(fw: Framework, items: list[Descriptor], doc: Doc) -> list[Finding]:
    out: list[Finding] = []
    groups: dict[tuple[str, str], list[tuple[Descriptor, str]]] = {}
    for d in items:
        kind = mood(d.text.ja) if d.text.ja else None
        scale = fw.scale.get(d.level)
        if kind is None or scale is None:
            continue
        groups.setdefault((d.skill, scale.scope), []).append((d, kind))
    for (skill, scope), members in groups.items():
        kinds = Counter(kind for _, kind in members)
        if len(kinds) < 2:
            continue
        majority = "can" if kinds["can"] >= kinds["does"] else "does"
        for d, kind in members:
            if kind != majority:
                levels = [str(m.level) for m, k in members if k == majority]
                message = Msg(
                    "lintrule.mood",
                    skill=skill,
                    level=d.level,
                    kind=_MOOD_WORDS[kind],
                    scope=Msg("scope.organization" if scope == "organization" else "scope.individual"),
                    levels=levels,
                    majority=_MOOD_WORDS[majority],
                )
                out.append(Finding("mixed-mood", _located(doc, _at(doc, d.loc, "ja"), message)))
    return out


def _texts(fw: Framework) -> Iterator[tuple[Loc, LangMap]]:
    yield ("title",), fw.title
    if fw.description is not None:
        yield ("description",), fw.description
    for li, scale in enumerate(fw.levels):
        yield ("levels", li, "name"), scale.name
    for ai, axis in enumerate(fw.axes):
        yield ("axes", ai, "name"), axis.name
    for ci, category in enumerate(fw.categories):
        yield ("categories", ci, "name"), category.name
        for si, skill in enumerate(category.skills):
            base: Loc = ("categories", ci, "skills", si)
            yield (*base, "name"), skill.name
            if skill.summary is not None:
                yield (*base, "summary"), skill.summary
    for ri, role in enumerate(fw.roles):
        yield ("roles", ri, "name"), role.name


def _missing_language(fw: Framework, doc: Doc) -> list[Finding]:
    texts = list(_texts(fw))
    texts += [(d.loc, d.text) for d in descriptors(fw, doc)]
    if not any(t.ja and t.en for _, t in texts):
        return []
    out: list[Finding] = []
    for loc, text in texts:
        if text.ja and text.en:
            continue
        has, lacks = ("ja", "en") if text.ja else ("en", "ja")
        where = ".".join(str(p) for p in loc)
        message = Msg("lintrule.missing", where=where, has=has, lacks=lacks)
        out.append(Finding("missing-language", _located(doc, loc, message)))
    return out


def _skill_texts(fw: Framework) -> dict[str, dict[str, LangMap]]:
    out: dict[str, dict[str, LangMap]] = {}
    for placed in fw.placed:
        skill = placed.skill
        entry = {"name": skill.name}
        if skill.summary is not None:
            entry["summary"] = skill.summary
        for level, text in skill.levels.items():
            entry[f"level {level}"] = text
        out[skill.id] = entry
    return out


def _one_language_changes(fw: Framework, older: Framework, doc: Doc) -> list[Finding]:
    old = _skill_texts(older)
    out: list[Finding] = []
    for ci, category in enumerate(fw.categories):
        for si, skill in enumerate(category.skills):
            previous_id = skill.id if skill.id in old else None
            if previous_id is None and len(skill.replaces) == 1 and skill.replaces[0] in old:
                previous_id = skill.replaces[0]
            if previous_id is None:
                continue
            before = old[previous_id]
            base: Loc = ("categories", ci, "skills", si)
            for field_name, now in _skill_texts_one(skill).items():
                then = before.get(field_name)
                if then is None or not (now.ja and now.en and then.ja and then.en):
                    continue
                ja_changed, en_changed = now.ja != then.ja, now.en != then.en
                if ja_changed == en_changed:
                    continue
                changed, same = ("ja", "en") if ja_changed else ("en", "ja")
                loc = _field_loc(doc, base, field_name, changed)
                message = Msg(
                    "lintrule.one_language",
                    skill=skill.id,
                    field=_field_name(field_name),
                    changed=changed,
                    version=older.version,
                    same=same,
                )
                out.append(Finding("one-language-change", _located(doc, loc, message)))
    return out


def _skill_texts_one(skill: Skill) -> dict[str, LangMap]:
    entry: dict[str, LangMap] = {"name": skill.name}
    if skill.summary is not None:
        entry["summary"] = skill.summary
    for level, text in skill.levels.items():
        entry[f"level {level}"] = text
    return entry


def _field_loc(doc: Doc, base: Loc, field_name: str, lang: str) -> Loc:
    if field_name.startswith("level "):
        level = int(field_name.split()[1])
        loc: Loc = (*base, "levels", _written_key(doc, (*base, "levels"), level))
    else:
        loc = (*base, field_name)
    return _at(doc, loc, lang)


def joins(text: LangMap) -> int:
    """How many explicit connectors join behaviours in one descriptor."""
    if text.ja:
        # two behaviours: each side of the connector has its own object (〜を)
        parts = _JA_JOINS.split(text.ja)
        return max(0, sum(1 for part in parts if "を" in part) - 1)
    return len(_EN_JOIN.findall(text.en or ""))


def _joins(items: list[Descriptor], doc: Doc, options: LintOptions) -> list[Finding]:
    out: list[Finding] = []
    for d in items:
        count = joins(d.text)
        if count > options.max_joins:
            message = Msg("lintrule.joined", skill=d.skill, level=d.level, n=count + 1, quote=_quote(d.text))
            out.append(
                Finding("joined", _located(doc, _at(doc, d.loc, "ja" if d.text.ja else "en"), message))
            )
    return out


# --- files -------------------------------------------------------------------------


def lint_paths(
    store: Any, targets: list[str], options: LintOptions | None = None, ignore: Iterable[str] = ()
) -> LintReport:
    """Lint every framework named (paths, folders walked, or family@version refs).

    Files found while walking a folder that are not frameworks are skipped;
    a file named on the command line must be one.  A framework that does not
    validate is reported as its problems (lint reads only valid frameworks).
    """
    from pathlib import Path

    from csmatrix.files.store import kind_of, yaml_files
    from csmatrix.files.yamlio import read_doc

    report = LintReport()
    skip = set(ignore)
    for target in targets:
        path = Path(target)
        if path.is_dir():
            files, missing = yaml_files([path])
            report.problems += missing
            named = False
        elif path.exists():
            files, named = [path], True
        else:
            loaded = store.framework(target)
            report.files += 1
            _lint_loaded(store, loaded, None, options, skip, report)
            continue
        for file in files:
            doc = read_doc(file)
            if doc.ok and not named and kind_of(doc) != "framework":
                continue
            loaded = store.framework_file(file, doc)
            report.files += 1
            _lint_loaded(store, loaded, file, options, skip, report)
    report.findings = [f for f in report.findings if f.rule not in skip]
    return report


def _lint_loaded(
    store: Any, loaded: Any, path: Any, options: LintOptions | None, skip: set[str], report: LintReport
) -> None:
    if loaded.model is None or not loaded.ok:
        report.problems += loaded.problems or [Problem(loaded.path, 0, 0, Msg("lintrule.not_framework"))]
        return
    older = None
    if "one-language-change" not in skip:
        found = store.superseded(loaded.model, path)
        older = found.model if found is not None else None
    report.findings += lint_framework(loaded.model, loaded.doc, older, options)
