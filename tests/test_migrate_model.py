"""``migrate`` in two steps: the result as a ``Member`` model, then the text written.

``migrate_file`` loads, checks and migrates (no text); ``Migration.migrated``
is the member on the new version; ``migrated_text`` writes it out, and
``plan`` is the two together, as the command uses it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import EXAMPLES, FRAMEWORKS
from csmatrix.errors import CsmatrixError
from csmatrix.files.store import Store
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import current_levels
from csmatrix.versions.migrate import migrate_file, migrated_text, plan

YUMI = EXAMPLES / "members" / "yumi-kobayashi.yaml"


def test_migrate_file_returns_the_member_on_the_new_version() -> None:
    result = migrate_file(Store([FRAMEWORKS]), YUMI, "2021-autumn")
    member = result.migrated("yumi-kobayashi")
    assert isinstance(member, Member)
    assert member.framework == "icare-cs@2021-autumn"
    assert member.id == "yumi-kobayashi"
    # every carried level is a skill of the new version; every dropped rating is kept
    assert set(current_levels(member)) <= set(result.dst.skills)
    assert len(member.dropped) == len(result.member.dropped) + len(result.drops)


def test_the_model_and_the_written_file_agree(tmp_path: Path) -> None:
    store = Store([FRAMEWORKS])
    result = migrate_file(store, YUMI, "icare-cs@2021-autumn")
    text, lines = migrated_text(result, YUMI, "en")
    assert lines
    out = tmp_path / "yumi.yaml"
    out.write_text(text, encoding="utf-8")
    written = Store([FRAMEWORKS]).member(out)[0].unwrap()
    assert current_levels(written) == current_levels(result.migrated("yumi-kobayashi"))
    assert (text, lines) == plan(Store([FRAMEWORKS]), YUMI, "2021-autumn", "en")


def test_a_target_of_another_family_is_refused_before_any_text() -> None:
    with pytest.raises(CsmatrixError, match="belongs to 'client-work'"):
        migrate_file(Store([FRAMEWORKS]), YUMI, "client-work@2025")
