"""`csmatrix site`: a static site to roll frameworks out (pages, links, privacy, escaping, size)."""

from __future__ import annotations

import base64
import hashlib
import re
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import EXAMPLES, FRAMEWORKS, Run

CliFn = Callable[..., Run]


class Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.style = ""
        self.script = ""
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in = tag if tag in ("style", "script") else None

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "style":
            self.style += data
        elif self._in == "script":
            self.script += data
        else:
            self.text.append(data)


def parse(path: Path) -> Collect:
    doc = Collect()
    doc.feed(path.read_text(encoding="utf-8"))
    return doc


def build(cli: CliFn, out: Path, *args: object) -> Run:
    result = cli("site", *args, "-o", out)
    assert result.exit_code == 0, result
    return result


def pages(out: Path) -> list[Path]:
    return sorted(out.rglob("*.html"))


@pytest.mark.lang("ja")
def test_default_publishes_every_framework_on_the_lookup_path(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build(cli, out)
    assert "index.html" in result.stderr
    for family, version in [
        ("icare-cs", "2019"),
        ("icare-cs", "2021-summer"),
        ("icare-cs", "2021-autumn"),
        ("client-work", "2025"),
    ]:
        for name in ("index.html", "career.html", "changes.html"):
            assert (out / family / version / name).is_file()
    assert not (out / "members").exists()  # never members by default
    index = "".join(parse(out / "index.html").text)
    assert "iCARE CSスキルマップ(2021年秋版)" in index
    assert "icare-cs/2021-autumn/index.html" in (out / "index.html").read_text(encoding="utf-8")


def test_paths_folders_and_references(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-summer", FRAMEWORKS / "client-work", FRAMEWORKS / "icare-cs" / "2019.yaml")
    families = sorted(p.name for p in out.iterdir() if p.is_dir())
    assert families == ["client-work", "icare-cs"]
    assert sorted(p.name for p in (out / "icare-cs").iterdir()) == ["2019", "2021-summer"]


def test_every_link_resolves_and_nothing_is_fetched(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "--members", EXAMPLES / "members", "--private")
    for page in pages(out):
        doc = parse(page)
        raw = page.read_text(encoding="utf-8")
        assert not re.search(r"(src|href|action)=\"(https?:)?//", raw), page
        assert "@import" not in raw
        assert "url(" not in doc.style
        for tag, attrs in doc.tags:
            assert tag not in ("link", "iframe", "img", "object", "embed"), (page, tag)
            href = attrs.get("href")
            if tag == "a" and href and not href.startswith("#"):
                target = urlsplit(href)
                assert not target.scheme, (page, href)
                assert not target.netloc, (page, href)
                assert (page.parent / target.path).resolve().is_file(), (page, href)


def _sha(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def test_strict_csp_allows_only_the_pages_own_style_and_script(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-autumn")
    page = out / "icare-cs" / "2021-autumn" / "index.html"
    doc = parse(page)
    csp = next(
        a["content"] for t, a in doc.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert csp is not None
    assert csp.startswith("default-src 'none';")
    assert f"style-src '{_sha(doc.style)}'" in csp
    assert f"script-src '{_sha(doc.script)}'" in csp
    assert "unsafe" not in csp
    career = parse(out / "icare-cs" / "2021-autumn" / "career.html")
    assert career.script == ""
    csp = next(
        a["content"]
        for t, a in career.tags
        if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"
    )
    assert "script-src 'none'" in (csp or "")


@pytest.mark.lang("ja")
def test_framework_page_is_readable_without_scripts(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-autumn")
    doc = parse(out / "icare-cs" / "2021-autumn" / "index.html")
    rows = [a for t, a in doc.tags if t == "tr" and a.get("data-skill")]
    assert len(rows) == 22  # every skill is in the HTML as written
    assert all("hidden" not in a for a in rows)
    search = next(a for t, a in doc.tags if a.get("id") == "search")
    assert "hidden" in search  # the filter box appears only when the script runs
    text = "".join(doc.text)
    assert "ヘルススコアの項目と見方を理解し" in text  # a level-1 descriptor
    assert ("html", {"lang": "ja"}) in doc.tags
    raw = (out / "icare-cs" / "2021-autumn" / "index.html").read_text(encoding="utf-8")
    assert "@media (max-width: 40rem)" in raw
    assert "@media print" in raw
    assert "Noto Sans CJK JP" in raw  # a Japanese font first, then fallbacks


@pytest.mark.lang("ja")
def test_career_path_is_a_ladder_with_what_rises(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-autumn")
    doc = parse(out / "icare-cs" / "2021-autumn" / "career.html")
    steps = [a["id"] for t, a in doc.tags if t == "li" and (a.get("id") or "").startswith("role-")]
    assert steps[0] == "role-oh-specialist" or steps[0] == "role-lead"
    assert steps[-1] == "role-new-member"  # the first step at the bottom
    text = "".join(doc.text)
    assert "から上がるスキル" in text
    assert "最初の段。" in text


@pytest.mark.lang("ja")
def test_changes_page_in_peoples_words(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-autumn", "icare-cs@2019")
    raw = (out / "icare-cs" / "2021-autumn" / "changes.html").read_text(encoding="utf-8")
    text = "".join(parse(out / "icare-cs" / "2021-autumn" / "changes.html").text)
    assert "icare-cs@2021-summer からの変更" in text  # the version it supersedes, even unpublished
    assert "推奨するバージョンの上げ方" in text
    assert "メジャー" in text
    assert "目標が上がった" in text  # the bump reasons semver writes
    assert "<code>onboarding-support</code> → ライフサイクル管理" in raw  # a renamed skill
    assert "<del>" in raw
    assert "<ins>" in raw
    assert "レベル1" in text
    first = "".join(parse(out / "icare-cs" / "2019" / "changes.html").text)
    assert "最初の版です" in first


def test_english(cli: CliFn, tmp_path: Path, write: Callable[..., Path]) -> None:
    fw = write("fw/only-ja.yaml", _framework("onlyja", "v1", skills=3))
    out = tmp_path / "site"
    build(cli, out, fw, "icare-cs@2021-autumn", "--lang", "en")
    raw = (out / "icare-cs" / "2021-autumn" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en">' in raw
    assert "Filter skills" in raw
    assert "iCARE CS skill map (autumn 2021)" in raw
    only = (out / "onlyja" / "v1" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="ja">スキル 0</span>' in only  # no English text: the Japanese says it is Japanese


def test_members_refused_without_private(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = cli("site", "-o", out, "--members", EXAMPLES / "members")
    assert result.exit_code == 2, result
    assert "--private" in result.stderr
    assert "people's assessments" in result.stderr
    assert not out.exists()


@pytest.mark.lang("ja")
def test_member_pages_with_private(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build(cli, out, "icare-cs@2021-autumn", "--members", EXAMPLES / "members", "--private")
    assert "メンバーのページ6" in result.stderr
    member = parse(out / "members" / "aoi-sato.html")
    assert ("meta", {"name": "robots", "content": "noindex, nofollow"}) in member.tags
    series = [a.get("data-series") for t, a in member.tags if t == "g" and a.get("data-series")]
    assert series == ["current", "target", "self", "assessor"]
    assert "非公開" in "".join(member.text)
    team = parse(out / "members" / "index.html")
    assert any(t == "svg" and "heatmap" in (a.get("class") or "") for t, a in team.tags)
    assert [a.get("class") for t, a in team.tags if t == "table"] == ["chart-data"]
    index = parse(out / "index.html")
    assert ("meta", {"name": "robots", "content": "noindex, nofollow"}) in index.tags
    # the framework pages themselves carry nothing about members
    assert "佐藤" not in (out / "icare-cs" / "2021-autumn" / "index.html").read_text(encoding="utf-8")


def test_members_of_several_families_get_a_heatmap_each(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = build(cli, out, "--members", EXAMPLES, "--private")  # activities.yaml there is skipped
    assert "21 member pages" in result.stderr
    team = parse(out / "members" / "index.html")
    heatmaps = [a for t, a in team.tags if t == "svg" and "heatmap" in (a.get("class") or "")]
    assert len(heatmaps) == 4
    text = "".join(team.text)
    for ref in ("client-work@2025", "csm-career-path@2025", "icare-cs@2021-autumn", "jobtitle-ladder@2025"):
        assert ref in text
    assert (out / "members" / "naoki-hirano.html").is_file()


def test_existing_site_needs_force_and_other_files_are_kept(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    build(cli, out, "icare-cs@2021-autumn")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    index = out / "index.html"
    index.write_text("old", encoding="utf-8")
    result = cli("site", "icare-cs@2021-autumn", "client-work@2025", "-o", out)
    assert result.exit_code == 1, result
    assert f"{index} already exists" in result.stderr
    assert "--force" in result.stderr
    assert index.read_text(encoding="utf-8") == "old"
    assert not (out / "client-work").exists()  # nothing at all was written
    build(cli, out, "icare-cs@2021-autumn", "client-work@2025", "--force")
    assert index.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (out / "client-work" / "2025" / "index.html").is_file()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_output_that_is_a_file(cli: CliFn, tmp_path: Path) -> None:
    out = tmp_path / "site"
    out.write_text("x", encoding="utf-8")
    result = cli("site", "icare-cs@2021-autumn", "-o", out)
    assert result.exit_code == 1, result
    assert f"{out} exists and is not a folder" in result.stderr


def test_invalid_framework_stops_the_build(cli: CliFn, tmp_path: Path, write: Callable[..., Path]) -> None:
    bad = write("bad.yaml", _framework("bad", "v1", skills=1).replace("levels: {1: l1", "levels: {9: l1"))
    out = tmp_path / "site"
    result = cli("site", bad, "-o", out)
    assert result.exit_code == 1, result
    assert re.search(rf"{re.escape(str(bad))}:\d+:\d+: error: ", result.stderr), result
    assert not out.exists()


HOSTILE = "<script>alert(1)</script>\"&'<img src=x onerror=alert(2)>"


def test_hostile_names_are_escaped_and_paths_stay_inside(
    cli: CliFn, tmp_path: Path, write: Callable[..., Path]
) -> None:
    fw = write(
        "fw/h.yaml",
        "schema: csmatrix/framework@1\nid: hostile\nversion: '../../../escape/<x>'\nreleased: 2021-01-01\n"
        f"title: {_q(HOSTILE)}\ndescription: {_q(HOSTILE)}\n"
        f"levels: [{{level: 1, name: {_q(HOSTILE)}}}, {{level: 2, name: b}}]\n"
        f"axes: [{{id: x, name: {_q(HOSTILE)}}}]\n"
        f"categories:\n  - {{id: c, axis: x, name: {_q(HOSTILE)}, skills: [{{id: s, name: {_q(HOSTILE)}, "
        f"summary: {_q(HOSTILE)}, levels: {{1: {_q(HOSTILE)}, 2: b}}}}]}}\n"
        f"roles: [{{id: r, name: {_q(HOSTILE)}, description: {_q(HOSTILE)}, targets: {{default: 2}}}}]\n",
    )
    member = write(
        "members/m.yaml",
        f"schema: csmatrix/member@1\nid: m\nname: {_q(HOSTILE)}\nframework: {fw}\nrole: r\n"
        f"assessments: [{{date: 2021-02-01, by: {_q(HOSTILE)}, levels: {{s: 1}}}}]\n",
    )
    assert member.is_file()
    out = tmp_path / "out" / "site"
    build(cli, out, fw, "--members", member.parent, "--private")
    written = pages(out)
    assert all(out in p.resolve().parents for p in written)
    assert not (tmp_path / "escape").exists()
    for page in written:
        raw = page.read_text(encoding="utf-8")
        assert "<script>alert" not in raw, page
        assert "<img" not in raw, page
        doc = parse(page)
        if page.name != "index.html" or page.parent == out:
            assert HOSTILE in "".join(doc.text) or page.parent.name == "members", page


def test_300_skills_build_fast_and_pages_stay_small(
    cli: CliFn, tmp_path: Path, write: Callable[..., Path]
) -> None:
    old = write("big/v1.yaml", _framework("big", "v1", skills=300))
    new = write("big/v2.yaml", _framework("big", "v2", skills=300, supersedes="v1", changed=40))
    out = tmp_path / "site"
    started = time.perf_counter()
    build(cli, out, old, new)
    elapsed = time.perf_counter() - started
    assert elapsed < 20, elapsed  # about 1 s on a laptop; generous for a loaded CI machine
    page = out / "big" / "v2" / "index.html"
    assert len([a for t, a in parse(page).tags if t == "tr" and a.get("data-skill")]) == 300
    assert page.stat().st_size < 600_000  # about 1.3 kB a skill: five descriptors and the markup
    changes = out / "big" / "v2" / "changes.html"
    assert changes.stat().st_size < 600_000
    assert "スキル 7" in "".join(parse(changes).text)
    assert sum(p.stat().st_size for p in pages(out)) < 3_000_000


def test_help_has_an_example_that_runs(cli: CliFn, tmp_path: Path) -> None:
    result = cli("site", "--help")
    assert result.exit_code == 0
    example = re.search(r"Example: (csmatrix site [^\n]+)", result.stdout)
    assert example is not None, result
    args = example.group(1).split()[1:]
    assert args[-2:] == ["-o", "site"]
    built = cli(*args)
    assert built.exit_code == 0, built
    assert (tmp_path / "site" / "index.html").is_file()


# --- helpers --------------------------------------------------------------------------


def _q(text: str) -> str:
    """A YAML double-quoted scalar."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _framework(
    ident: str, version: str, *, skills: int, supersedes: str | None = None, changed: int = 0
) -> str:
    lines = [
        "schema: csmatrix/framework@1",
        f"id: {ident}",
        f"version: {version}",
        "released: 2021-01-01" if supersedes is None else "released: 2022-01-01",
        *([f"supersedes: {supersedes}"] if supersedes else []),
        "title: 生成したフレームワーク",
        "levels: [{level: 1, name: 見習い}, {level: 2, name: 担当者}, {level: 3, name: 一人前},"
        " {level: 4, name: 牽引}, {level: 5, name: 変革}]",
        "axes: [{id: a, name: 軸}]",
        "categories:",
    ]
    for c in range(0, skills, 30):
        lines.append(f"  - id: c{c}\n    axis: a\n    name: カテゴリ{c}\n    skills:")
        for s in range(c, min(c + 30, skills)):
            extra = "(改訂)" if s < changed else ""
            lines.append(
                f"      - id: s{s}\n        name: {{ja: スキル {s}}}\n        levels: {{"
                + ", ".join(
                    f"{lv}: l{lv} スキル{s}について、レベル{lv}の行動を日頃から実践している{extra}"
                    for lv in range(1, 6)
                )
                + "}"
            )
    lines.append("roles:")
    lines.append("  - {id: junior, name: ジュニア, targets: {default: 2}}")
    lines.append("  - {id: senior, name: シニア, targets: {default: 3}}")
    return "\n".join(lines) + "\n"


@pytest.fixture(autouse=True)
def _no_lookup_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CSMATRIX_PATH", raising=False)
