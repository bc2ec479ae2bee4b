"""``versions.semver``: which bump each kind of change deserves, and the reason's words."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from csmatrix.versions.compare import diff_frameworks
from csmatrix.versions.semver import BUMPS, SHOWN, classify, reason
from csmatrix.words import WORDS
from test_diff import fw_data, model

ROLE = [{"id": "member", "name": "Member", "targets": {"skills": {"alpha": 2}}}]


def bump_and_codes(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, list[str]]:
    d = diff_frameworks(model(old), model(new))
    return d.bump, [r.code for r in d.reasons]


def test_every_code_names_a_known_bump_and_has_words_in_both_languages() -> None:
    for code, bump in BUMPS.items():
        assert bump in ("major", "minor", "patch"), code
        ja, en = WORDS[f"reason.{code}"]
        assert "{items}" in ja, code
        assert "{items}" in en, code


def test_a_reason_lists_a_few_items_then_counts_the_rest() -> None:
    items = [f"s{i}" for i in range(SHOWN + 2)]
    r = reason("skill-removed", items, [{"skill": i} for i in items])
    assert r.bump == BUMPS["skill-removed"]
    assert r.args == {"items": items, "fields": [{"skill": i} for i in items]}
    assert r.text["en"].endswith(f"{', '.join(items[:SHOWN])} and 2 more")
    assert r.text["ja"].endswith(f"{'、'.join(items[:SHOWN])} ほか2件")
    assert (
        "more" not in reason("skill-removed", items[:SHOWN], [{"skill": i} for i in items[:SHOWN]]).text["en"]
    )


def test_identical_frameworks_need_no_bump() -> None:
    data = fw_data(roles=ROLE)
    assert bump_and_codes(data, copy.deepcopy(data)) == ("none", [])


def test_a_raised_target_is_major_and_a_lowered_one_minor() -> None:
    raised = [{"id": "member", "name": "Member", "targets": {"skills": {"alpha": 3}}}]
    lowered = [{"id": "member", "name": "Member", "targets": {"skills": {"alpha": 1}}}]
    assert bump_and_codes(fw_data(roles=ROLE), fw_data(roles=raised)) == ("major", ["target-raised"])
    assert bump_and_codes(fw_data(roles=ROLE), fw_data(roles=lowered)) == ("minor", ["target-lowered"])


def test_a_descriptor_at_or_below_the_target_is_major_above_it_minor() -> None:
    old = fw_data(roles=ROLE)
    at = copy.deepcopy(old)
    at["categories"][0]["skills"][0]["levels"][2] = {"ja": "新しい記述", "en": "new text"}
    above = copy.deepcopy(old)
    above["categories"][0]["skills"][0]["levels"][3] = {"ja": "新しい記述", "en": "new text"}
    assert bump_and_codes(old, at) == ("major", ["descriptor-at-target"])
    assert bump_and_codes(old, above) == ("minor", ["descriptor-above-target"])


def test_a_new_untargeted_skill_is_minor_a_removed_one_too() -> None:
    one = fw_data(roles=ROLE)
    two = fw_data(skills={"alpha": {}, "beta": {}}, roles=ROLE)
    assert bump_and_codes(one, two) == ("minor", ["skill-added"])
    assert bump_and_codes(two, one) == ("minor", ["skill-removed"])


def test_a_skill_newly_required_by_a_role_is_major() -> None:
    everyone = [{"id": "member", "name": "Member", "targets": {"default": 2}}]
    d = diff_frameworks(
        model(fw_data(roles=everyone)), model(fw_data(skills={"alpha": {}, "beta": {}}, roles=everyone))
    )
    assert d.bump == "major"
    assert "skill-added" not in [r.code for r in d.reasons]  # a targeted new skill is not "just added"


def test_wording_alone_is_a_patch() -> None:
    old = fw_data(roles=ROLE)
    new = copy.deepcopy(old)
    new["categories"][0]["skills"][0]["name"] = {"ja": "別の名前", "en": "Another name"}
    assert bump_and_codes(old, new) == ("patch", ["wording"])


@pytest.mark.parametrize(
    ("before", "after", "code"),
    [
        (["examination"], ["examination", "interview"], "method-looser"),
        (["examination", "interview"], ["examination"], "method-stricter"),
        ([], ["examination"], "method-stricter"),
    ],
)
def test_requires_method_stricter_is_major_looser_minor(
    before: list[str], after: list[str], code: str
) -> None:
    def with_methods(methods: list[str]) -> dict[str, Any]:
        role: dict[str, Any] = {"id": "member", "name": "Member", "targets": {"skills": {"alpha": 2}}}
        if methods:
            role["requires_method"] = methods
        return fw_data(roles=[role])

    d = diff_frameworks(model(with_methods(before)), model(with_methods(after)))
    assert [r.code for r in d.reasons] == [code]
    assert d.bump == BUMPS[code]


def test_classify_is_what_the_diff_reports() -> None:
    d = diff_frameworks(
        model(fw_data(roles=ROLE)), model(fw_data(skills={"alpha": {}, "beta": {}}, roles=ROLE))
    )
    assert classify(d) == d.reasons
