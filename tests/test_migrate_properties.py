"""Property: migrate then assess never invents a level (STYLE.md #12)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FRAMEWORKS
from csmatrix.files.store import Store
from csmatrix.models.member import Member
from csmatrix.scoring.gaps import score
from csmatrix.versions.lineage import lineage
from csmatrix.versions.migrate import migrate

STORE = Store()
OLD = STORE.framework_file(FRAMEWORKS / "icare-cs" / "2019.yaml").unwrap()
NEW = STORE.framework_file(FRAMEWORKS / "icare-cs" / "2021-autumn.yaml").unwrap()
LINEAGE = lineage(OLD, NEW, lambda fw: STORE.chain(fw, FRAMEWORKS / "icare-cs" / f"{fw.version}.yaml"))

assessments = st.lists(
    st.fixed_dictionaries(
        {
            "date": st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2021, 12, 31)),
            "by": st.sampled_from(["self", "山本 玲子"]),
            "levels": st.dictionaries(
                st.sampled_from(sorted(OLD.skills)), st.integers(1, OLD.top), min_size=1
            ),
        }
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=150, deadline=None)
@given(assessments)
def test_migrate_then_assess_never_invents_a_level(raw: list[dict[str, object]]) -> None:
    member = Member.model_validate(
        {"schema": "csmatrix/member@1", "name": "x", "framework": OLD.ref, "assessments": raw}
    )
    result = migrate(member, LINEAGE)
    for before, after in zip(
        [a for a in member.assessments if any(LINEAGE.successors(s) for s in a.levels)],
        result.assessments,
        strict=True,
    ):
        assert after["date"] == before.date
        assert after["by"] == before.by
        for skill, level in after["levels"].items():
            carried = [before.levels[s] for s in LINEAGE.sources[skill] if s in before.levels]
            assert level == min(carried), (skill, carried)
    migrated = Member.model_validate(
        {"schema": "csmatrix/member@1", "name": "x", "framework": NEW.ref, "assessments": result.assessments}
    )
    report = score(migrated, NEW, "member")
    seen = {level for a in member.assessments for level in a.levels.values()}
    for skill in report.skills:
        assert skill.current == 0 or skill.current in seen
        if not LINEAGE.sources.get(skill.id):
            assert skill.current == 0, f"{skill.id} has no predecessor but got a level"
    dropped = {d.skill for d in result.drops}
    assert dropped <= set(OLD.skills)
    assert all(not LINEAGE.successors(skill) for skill in dropped)
