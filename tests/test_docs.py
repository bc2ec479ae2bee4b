"""The documentation as tests: shown outputs are real, links resolve, the reference is current.

Every command output shown in README.md, CHANGELOG.md and docs/**.md sits in a fenced
block right after a marker line::

    <!-- csmatrix: assess examples/members/aoi-sato.yaml --lang en -->
    ```console
    $ csmatrix assess examples/members/aoi-sato.yaml --lang en
    …the output…
    ```

The test runs the command (80 columns, no colour, ``CSMATRIX_LANG`` unset, from a
copy of the repository's frameworks, examples, schemas and docs/examples) and compares the block
with ``$ csmatrix ARGS`` followed by what a terminal shows (stdout and stderr as they
were written).  A marker ending in ``| head -N`` keeps the first N lines of stdout.
``CSMATRIX_UPDATE_DOCS=1 pytest tests/test_docs.py`` rewrites the blocks instead.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from csmatrix.cli import app

REPO = Path(__file__).resolve().parent.parent
UPDATE = os.environ.get("CSMATRIX_UPDATE_DOCS") == "1"
MARKER = re.compile(
    r"^<!-- csmatrix: (?P<args>.+?) -->\n```(?P<lang>[a-z]*)\n(?P<body>.*?)^```$", re.M | re.S
)
# An excerpt: every line of the block is a line of the command's output.
EXCERPT = re.compile(r"^<!-- csmatrix excerpt: (?P<args>.+?) -->\n```[a-z]*\n(?P<body>.*?)^```$", re.M | re.S)
HEAD = re.compile(r"\s*\|\s*head -(?P<n>\d+)$")
GREP = re.compile(r"\s*\|\s*grep -F (?P<text>\S+)$")


def doc_files() -> list[Path]:
    files = [REPO / "README.md", REPO / "CHANGELOG.md"]
    files += sorted((REPO / "docs").rglob("*.md"))
    return [f for f in files if f.is_file()]


def shown_docs() -> list[Path]:
    return [f for f in doc_files() if "<!-- csmatrix: " in f.read_text("utf-8")]


@dataclass
class Shown:
    args: list[str]
    head: int | None
    body: str
    grep: str | None = None


def parse(text: str) -> list[Shown]:
    found = []
    for match in MARKER.finditer(text):
        spec = match.group("args")
        head = HEAD.search(spec)
        if head:
            spec = spec[: head.start()]
        grep = GREP.search(spec)
        if grep:
            spec = spec[: grep.start()]
        found.append(
            Shown(
                shlex.split(spec),
                int(head.group("n")) if head else None,
                match.group("body"),
                grep.group("text") if grep else None,
            )
        )
    return found


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's data files, copied, so that commands that write stay away from the clone."""
    root = tmp_path_factory.mktemp("docs")
    for name in ("frameworks", "examples", "schemas", "docs/examples"):
        shutil.copytree(REPO / name, root / name)
    return root


_RUNS: dict[tuple[str, ...], Any] = {}


def run_shown(shown: Shown, where: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(where)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("CSMATRIX_LANG", "CSMATRIX_PATH", "FORCE_COLOR"):
        monkeypatch.delenv(name, raising=False)
    key = tuple(shown.args)
    if key not in _RUNS:  # the same command shown twice (README and a guide) runs once
        result = CliRunner().invoke(app, shown.args, catch_exceptions=False, prog_name="csmatrix")
        assert result.exit_code in (0, 1), f"csmatrix {shlex.join(shown.args)} exited {result.exit_code}"
        _RUNS[key] = result
    result = _RUNS[key]
    command = "$ csmatrix " + shlex.join(shown.args)
    if shown.grep is not None:
        kept = [line for line in result.stdout.splitlines() if shown.grep in line]
        command += f" | grep -F {shown.grep}"
        result_text = "".join(line + "\n" for line in kept)
    elif shown.head is not None:
        kept = result.stdout.splitlines()[: shown.head]
        command += f" | head -{shown.head}"
        result_text = "".join(line + "\n" for line in kept)
    else:
        result_text = result.output
    # Trailing spaces (rich pads table cells) are not shown: editors strip them.
    return command + "\n" + "".join(line.rstrip() + "\n" for line in result_text.splitlines())


@pytest.mark.parametrize("doc", shown_docs(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_shown_output_is_what_the_command_prints(doc: Path, sandbox: Path, monkeypatch) -> None:
    text = doc.read_text("utf-8")
    blocks = parse(text)
    assert blocks, doc
    if UPDATE:

        def replace(match: re.Match[str]) -> str:
            (shown,) = parse(match.group(0))
            body = run_shown(shown, sandbox, monkeypatch)
            return f"<!-- csmatrix: {match.group('args')} -->\n```{match.group('lang')}\n{body}```"

        doc.write_text(MARKER.sub(replace, text), encoding="utf-8", newline="\n")
        return
    wrong = []
    for shown in blocks:
        expected = run_shown(shown, sandbox, monkeypatch)
        if shown.body != expected:
            wrong.append(f"csmatrix {shlex.join(shown.args)}:\n--- shown\n{shown.body}--- real\n{expected}")
    assert not wrong, (
        f"{doc.relative_to(REPO)}: {len(wrong)} shown output(s) differ "
        "(CSMATRIX_UPDATE_DOCS=1 pytest tests/test_docs.py rewrites them)\n" + "\n".join(wrong)
    )


@pytest.mark.parametrize(
    "doc",
    [f for f in doc_files() if "<!-- csmatrix excerpt: " in f.read_text("utf-8")],
    ids=lambda p: str(p.relative_to(REPO)),
)
def test_every_excerpt_is_part_of_the_real_output(doc: Path, sandbox: Path, monkeypatch) -> None:
    found = list(EXCERPT.finditer(doc.read_text("utf-8")))
    assert found
    for match in found:
        real = run_shown(Shown(shlex.split(match.group("args")), None, ""), sandbox, monkeypatch)
        lines = set(real.splitlines())
        missing = [line for line in match.group("body").splitlines() if line.rstrip() not in lines]
        assert not missing, f"{doc.relative_to(REPO)}: csmatrix {match.group('args')} never prints {missing}"


def test_markers_are_found_and_parsed() -> None:
    text = "a\n<!-- csmatrix: team examples/members --lang en | head -5 -->\n```console\n$ x\n```\nb\n"
    (shown,) = parse(text)
    assert shown.args == ["team", "examples/members", "--lang", "en"]
    assert shown.head == 5
    assert shown.body == "$ x\n"
    (shown,) = parse("<!-- csmatrix: textconv f.yaml | grep -F onboarding -->\n```\n```\n")
    assert (shown.args, shown.grep, shown.head) == (["textconv", "f.yaml"], "onboarding", None)
    # A marker not followed at once by a fenced block is not a shown output.
    assert parse("<!-- csmatrix: list -->\ntext\n```\nx\n```\n") == []


def test_the_readme_and_the_guides_show_real_outputs() -> None:
    shown = {str(p.relative_to(REPO)) for p in shown_docs()}
    assert "README.md" in shown
    assert any(s.startswith("docs/ja/") for s in shown)
    assert any(s.startswith("docs/en/") for s in shown)


# --- links -------------------------------------------------------------------

LINK = re.compile(r"(?<!!)\[[^\]]*\]\(([^)\s]+)\)|!\[[^\]]*\]\(([^)\s]+)\)")
FENCE = re.compile(r"^```.*?^```", re.M | re.S)


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    text = re.sub(r"`|\*\*|\*", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = FENCE.sub("", path.read_text("utf-8"))
    found: set[str] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            base = slug(line.lstrip("#"))
            name, n = base, 1
            while name in found:
                name, n = f"{base}-{n}", n + 1
            found.add(name)
    return found


def links(path: Path) -> list[str]:
    text = FENCE.sub("", path.read_text("utf-8"))
    text = re.sub(r"`[^`\n]*`", "", text)
    return [a or b for a, b in LINK.findall(text)]


@pytest.mark.parametrize("doc", doc_files(), ids=lambda p: str(p.relative_to(REPO)))
def test_every_relative_link_resolves(doc: Path) -> None:
    broken = []
    for target in links(doc):
        if re.match(r"^[a-z]+:", target):
            continue  # http:, https:, mailto:
        file_part, _, anchor = target.partition("#")
        dest = (doc.parent / file_part).resolve() if file_part else doc
        if not dest.exists():
            broken.append(f"{target}: no such file")
            continue
        if anchor and dest.suffix == ".md" and anchor not in anchors(dest):
            broken.append(f"{target}: no heading #{anchor}")
    assert not broken, f"{doc.relative_to(REPO)}: " + "; ".join(broken)


def test_slug_follows_github() -> None:
    assert slug("How the code is laid out") == "how-the-code-is-laid-out"
    assert slug("`csmatrix team` — the team skill matrix") == "csmatrix-team--the-team-skill-matrix"
    assert slug("1on1 でスキルシートを使う") == "1on1-でスキルシートを使う"


def test_a_broken_link_is_found(tmp_path: Path) -> None:
    page = tmp_path / "a.md"
    page.write_text("# Top\n[ok](#top) [bad](b.md) `[not](code.md)`\n```\n[no](x.md)\n```\n", "utf-8")
    assert links(page) == ["#top", "b.md"]
    assert anchors(page) == {"top"}


# --- the guides, the README, the reference -----------------------------------


def test_the_japanese_and_english_guides_have_the_same_pages() -> None:
    ja = sorted(p.name for p in (REPO / "docs" / "ja").glob("*.md"))
    en = sorted(p.name for p in (REPO / "docs" / "en").glob("*.md"))
    assert ja == en
    assert len(ja) >= 7


def test_the_readme_is_read_in_five_minutes() -> None:
    lines = (REPO / "README.md").read_text("utf-8").splitlines()
    assert len(lines) <= 285, len(lines)


def test_the_command_reference_is_what_the_help_says() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("CSMATRIX_PATH", "FORCE_COLOR")}
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_reference.py"), "--check"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr


def test_the_reference_has_a_page_for_every_command() -> None:
    from typer.main import get_command

    group = get_command(app)
    names = set(getattr(group, "commands", {}))
    pages = {p.stem for p in (REPO / "docs" / "reference").glob("*.md")}
    for name in names:
        assert name in pages or any(p.startswith(name + "-") for p in pages), name


def _generator():
    import importlib.util

    spec = importlib.util.spec_from_file_location("gen_reference", REPO / "scripts" / "gen_reference.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_lists_json_keys_and_formats() -> None:
    gen = _generator()
    lines: list[str] = []
    doc = {
        "framework": "x@1",
        "skills": [{"id": "a", "next": None}, {"id": "b", "next": 2}],
        "levels": {"a-b": 1},
    }
    gen._keys(doc, "", lines, 0)
    assert lines == [
        "- `framework` (text)",
        "- `skills[]` (list)",
        "- `skills[].id` (text)",
        "- `skills[].next` (number)",  # the first item's null does not hide the type
        "- `levels` (object)",  # keyed by data (ids), so its keys are not listed
    ]
    assert gen._formats("  -f, --format <table|json|md>  what") == [
        "## Formats",
        "",
        "`table`, `json`, `md`",
        "",
    ]
    assert gen._formats("no format option") == []


def test_the_generator_keeps_the_notes_below_the_generated_part(tmp_path: Path) -> None:
    gen = _generator()
    page = tmp_path / "x.md"
    page.write_text(f"old generated text\n{gen.END}\n## Notes\nkept\n", "utf-8")
    assert gen._kept(page) == "## Notes\nkept\n"
    assert gen._kept(tmp_path / "absent.md") == ""


def test_the_guides_example_framework_and_member_are_valid(cli) -> None:
    examples = REPO / "docs" / "examples"
    r = cli("validate", examples / "frameworks", examples / "members" / "hana-ito.yaml")
    assert r.exit_code == 0, r
    # The files the guides show errors for keep exactly those errors.
    r = cli("validate", examples / "members" / "typo.yaml")
    assert r.exit_code == 1, r
    assert [line.split(": error: ")[0].rsplit(":", 2)[1:] for line in r.stderr.splitlines()[:3]] == [
        ["4", "7"],
        ["9", "19"],
        ["10", "7"],
    ]
