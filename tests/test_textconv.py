"""`csmatrix textconv`: one fact per line, stable, never failing inside git."""

from __future__ import annotations

from typing import Any

from conftest import FRAMEWORKS
from test_diff import dump, fw_data


def test_facts_of_a_tiny_framework(cli: Any, write: Any) -> None:
    data = fw_data(roles=[{"id": "member", "name": "Member", "targets": {"default": 2}}])
    data["categories"][0]["skills"][0].update({"tags": ["x"], "source": "a book", "replaces": ["old"]})
    write("f.yaml", dump(data))
    r = cli("textconv", "f.yaml")
    assert r.exit_code == 0, r
    assert r.stdout == (
        "framework tiny\n"
        "framework version v1\n"
        "framework released 2024-01-01\n"
        "framework title ja: 小さな枠組み\n"
        "framework title en: Tiny\n"
        "level 1 name ja: 段階1\nlevel 1 name en: Step 1\nlevel 1 scope individual\n"
        "level 2 name ja: 段階2\nlevel 2 name en: Step 2\nlevel 2 scope individual\n"
        "level 3 name ja: 段階3\nlevel 3 name en: Step 3\nlevel 3 scope individual\n"
        "axes order: main\n"
        "axis main name ja: Main\naxis main name en: Main\n"
        "categories order: core\n"
        "category core axis main\n"
        "category core name ja: core\ncategory core name en: core\n"
        "category core skills: alpha\n"
        "skill alpha category core\n"
        "skill alpha name ja: alphaの名前\nskill alpha name en: alpha name\n"
        "skill alpha level 1 ja: alphaのレベル1の記述\nskill alpha level 1 en: alpha level 1 text\n"
        "skill alpha level 2 ja: alphaのレベル2の記述\nskill alpha level 2 en: alpha level 2 text\n"
        "skill alpha level 3 ja: alphaのレベル3の記述\nskill alpha level 3 en: alpha level 3 text\n"
        "skill alpha replaces old\n"
        "skill alpha tag x\n"
        "skill alpha source: a book\n"
        "roles order: member\n"
        "role member name ja: Member\nrole member name en: Member\n"
        "role member target default 2\n"
        "role member needs alpha 2\n"
    )


def test_order_of_skills_only_changes_the_order_fact(cli: Any, write: Any) -> None:
    write("a.yaml", dump(fw_data(skills={"alpha": {}, "beta": {}})))
    write("b.yaml", dump(fw_data(skills={"beta": {}, "alpha": {}})))
    a = cli("textconv", "a.yaml").stdout.splitlines()
    b = cli("textconv", "b.yaml").stdout.splitlines()
    assert [x for x in a if x not in b] == ["category core skills: alpha beta"]


def test_shipped_framework_is_stable(cli: Any) -> None:
    path = FRAMEWORKS / "icare-cs" / "2021-autumn.yaml"
    first = cli("textconv", path)
    assert first.exit_code == 0, first
    assert first.stdout == cli("textconv", path).stdout
    assert "skill experience-management level 3 ja: " in first.stdout
    assert "role lead needs risk-escalation 5\n" in first.stdout


def test_invalid_files_are_printed_raw_with_exit_0(cli: Any, write: Any) -> None:
    for name, content in [
        ("broken.yaml", "schema: [unclosed\n"),
        ("member.yaml", "schema: csmatrix/member@1\nname: x\nframework: a@b\n"),
        ("badfw.yaml", "schema: csmatrix/framework@1\nid: x\n"),
        ("sjis.yaml", "名前: テスト\n".encode("cp932")),
    ]:
        path = write(name, content)
        r = cli("textconv", name)
        assert r.exit_code == 0, (name, r)
        raw = path.read_bytes()
        assert r.stdout.encode("utf-8", "surrogateescape") == raw or r.stdout == raw.decode(
            "utf-8", "replace"
        ), name


def test_missing_file_is_an_error(cli: Any) -> None:
    r = cli("textconv", "nope.yaml")
    assert r.exit_code == 1, r
    assert "nope.yaml:0:0: error: no such file" in r.stderr
