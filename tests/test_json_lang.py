"""JSON keys are English; JSON texts follow --lang (SPEC), for every command that computes something.

For each command, the human texts at the paths below are Japanese under
``--lang ja`` and not under ``--lang en`` (people's own names and notes are
what they wrote, so they are not among the paths).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES

JAPANESE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
MEMBERS = str(EXAMPLES / "members")

COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "diff": (
        ["diff", "icare-cs@2021-summer", "icare-cs@2021-autumn", "--members", MEMBERS],
        ["bump.reasons[].text", "names.skills.*", "names.roles.*", "names.categories.*"],
    ),
    "show": (
        ["show", "icare-cs@2021-autumn"],
        [
            "title",
            "levels[].name",
            "axes[].categories[].name",
            "axes[].categories[].skills[].name",
            "axes[].categories[].skills[].levels.*",
            "roles[].name",
        ],
    ),
    "assess": (
        ["assess", str(EXAMPLES / "members" / "sho-nakamura.yaml")],
        ["role_name", "levels[].name", "skills[].name", "skills[].next", "categories[].name", "axes[].name"],
    ),
    "team": (
        ["team", MEMBERS],
        ["title", "coverage_level_name", "skills[].name", "members[].role_name", "categories[].name"],
    ),
    "activities": (
        ["activities", str(EXAMPLES / "activities.yaml")],
        [
            "activities[].block_name",
            "grid[].name",
            "walls[].name",
            "walls[].move",
            "journey[].name",
            "band_label",
        ],
    ),
}


def at(doc: Any, path: str) -> list[str]:
    """Every string at ``path`` (``a.b[].c``; ``*`` is every value of a mapping)."""
    values = [doc]
    for part in path.split("."):
        nxt: list[Any] = []
        for value in values:
            key, many = (part[:-2], True) if part.endswith("[]") else (part, False)
            if key == "*":
                nxt += list(value.values())
                continue
            if not isinstance(value, dict) or value.get(key) is None:
                continue
            nxt += value[key] if many else [value[key]]
        values = nxt
    return [v for v in values if isinstance(v, str)]


def _json(cli: Any, args: list[str], lang: str) -> Any:
    r = cli(*args, "-f", "json", "--lang", lang)
    assert r.exit_code == 0, r
    return json.loads(r.stdout)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_json_texts_follow_lang(cli: Any, name: str) -> None:
    args, paths = COMMANDS[name]
    ja, en = _json(cli, args, "ja"), _json(cli, args, "en")
    assert set(ja) == set(en)  # the keys do not follow the language
    for path in paths:
        ja_texts, en_texts = at(ja, path), at(en, path)
        assert ja_texts, (name, path)
        assert len(ja_texts) == len(en_texts), (name, path)
        assert [t for t in ja_texts if not JAPANESE.search(t)] == [], (name, path)
        assert [t for t in en_texts if JAPANESE.search(t)] == [], (name, path)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_review_json_texts_follow_lang(cli: Any, tmp_path: Path, lang: str) -> None:
    from test_review import RAISED, framework, make_repo, write

    repo = make_repo(tmp_path)
    write(repo, "frameworks/tiny/1.0.0.yaml", framework("1.0.0", RAISED))
    view = _json(cli, ["review", "HEAD", "--members", "members"], lang)
    (entry,) = view["frameworks"]
    (reason,) = entry["diff"]["bump"]["reasons"]
    assert (
        reason["text"]
        == {
            "ja": "目標が上がった (1): Memberのalphaの名前 2→3",
            "en": "targets raised (1): Member: alpha name 2→3",
        }[lang]
    )
    assert entry["diff"]["names"]["skills"]["alpha"] == {"ja": "alphaの名前", "en": "alpha name"}[lang]
