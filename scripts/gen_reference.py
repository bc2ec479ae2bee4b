"""Write docs/reference/<command>.md from the CLI's own help, so the two cannot disagree.

    python scripts/gen_reference.py          # rewrite docs/reference/
    python scripts/gen_reference.py --check  # exit 1 and name the pages that differ

Each page has a generated part (the command's ``--help`` verbatim, its formats,
the JSON keys of a real run on the shipped examples, the exit codes) and, below
the line ``<!-- end of generated part -->``, notes written by hand that the
generator keeps as they are.  To change the generated part, change the help
(or the command) and run this script; ``tests/test_docs.py`` runs ``--check``.

The help is taken in English, without rich's boxes (``TYPER_USE_RICH=0``), at
100 columns, from the repository root (the examples' paths are relative).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "docs" / "reference"
END = "<!-- end of generated part -->"

# A fixed environment, set before typer (which reads TYPER_USE_RICH on import) loads.
ENV = {
    "TYPER_USE_RICH": "0",
    "NO_COLOR": "1",
    "COLUMNS": "100",
    "CSMATRIX_LANG": "en",
    "TERM": "dumb",
}

# One real run per command that has --format json; its keys are listed on the page.
JSON_RUNS: dict[str, list[str]] = {
    "validate": ["validate", "frameworks", "examples", "--format", "json"],
    "show": ["show", "icare-cs@2021-autumn", "--format", "json", "--lang", "en"],
    "list": ["list", "--format", "json"],
    "assess": ["assess", "examples/members/aoi-sato.yaml", "--format", "json", "--lang", "en"],
    "diff": [
        "diff",
        "icare-cs@2021-summer",
        "icare-cs@2021-autumn",
        "--members",
        "examples/members",
        "--format",
        "json",
        "--lang",
        "en",
    ],
    "team": ["team", "examples/members", "--format", "json", "--lang", "en"],
    "activities": ["activities", "examples/activities.yaml", "--format", "json", "--lang", "en"],
    "lint": ["lint", "frameworks/icare-cs/2021-autumn.yaml", "--format", "json", "--lang", "en"],
    "calibrate": ["calibrate", "examples/members", "--format", "json", "--lang", "en"],
}

EXIT_CODES = """\
| code | meaning |
|---|---|
| 0 | done (for checks: nothing found) |
| 1 | bad input or a check found problems: each problem as `path:line:col: error: …`, then \
a summary line; file-system trouble (missing, unreadable, special file) with the path; \
a refused overwrite |
| 2 | command-line usage error (unknown option or value, missing argument) |
| 3 | an internal error, in one line that asks for a bug report (never a traceback) |
"""


def _setenv() -> None:
    os.environ.update(ENV)
    os.environ.pop("CSMATRIX_PATH", None)


def _run(args: list[str]) -> tuple[int, str]:
    from typer.testing import CliRunner

    from csmatrix.cli import app

    result = CliRunner().invoke(app, args, catch_exceptions=False, prog_name="csmatrix")
    return result.exit_code, result.stdout


def _commands(prefix: list[str]) -> list[list[str]]:
    """Every command under PREFIX, read off the ``Commands:`` section of its help."""
    code, text = _run([*prefix, "--help"])
    if code != 0:
        raise SystemExit(f"csmatrix {' '.join(prefix)} --help exited {code}")
    names: list[str] = []
    in_commands = False
    for line in text.splitlines():
        # click's plain "Commands:" section, or rich's "─ Commands ─" panel (a typer that
        # ignores TYPER_USE_RICH).
        if line.strip() == "Commands:" or "─ Commands ─" in line:
            in_commands = True
            continue
        if in_commands:
            match = re.match(r"^(?:  |│ )([a-z][a-z0-9-]*)(\s|$)", line)
            if match:
                names.append(match.group(1))
            elif line and not line.startswith((" ", "│")):
                in_commands = False
    found: list[list[str]] = []
    for name in names:
        sub = _run([*prefix, name, "--help"])[1]
        if "\nCommands:" in sub:
            found.extend(_commands([*prefix, name]))
        else:
            found.append([*prefix, name])
    return found


def _shape(value: Any) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "list"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "number"
    if value is None:
        return "null"
    return "text"


def _keys(doc: Any, path: str, lines: list[str], depth: int) -> None:
    """List the keys of DOC: objects' keys, and the keys of a list's objects (``[]``)."""
    items: dict[str, Any] = {}
    if isinstance(doc, dict):
        items = doc
    elif isinstance(doc, list):
        for item in doc:
            if isinstance(item, dict):
                for key, value in item.items():
                    if items.get(key) in (None, [], {}):
                        items[key] = value
    if not items:
        return
    for key, value in items.items():
        name = f"{path}.{key}" if path else key
        if isinstance(value, list):
            name += "[]"
        lines.append(f"- `{name}` ({_shape(value)})")
        if depth < 2 and isinstance(value, (dict, list)) and not _is_table(value):
            _keys(value, name, lines, depth + 1)


def _is_table(value: Any) -> bool:
    """A mapping keyed by data (skill ids, member ids…), not by field names."""
    return isinstance(value, dict) and any("-" in key or "@" in key for key in value)


def _json_section(command: str) -> list[str]:
    args = JSON_RUNS.get(command)
    if args is None:
        return []
    code, out = _run(args)
    shown = "csmatrix " + " ".join(args)
    try:
        doc = json.loads(out)
    except ValueError:
        return ["## JSON keys", "", f"`{shown}` did not print JSON (exit {code}).", ""]
    lines = ["## JSON keys", "", f"From a real run of `{shown}` (exit {code}):", ""]
    _keys(doc, "", lines, 0)
    return [*lines, ""]


def _formats(help_text: str) -> list[str]:
    match = re.search(r"--format <([a-z|]+)>", help_text)
    if not match:
        return []
    formats = match.group(1).split("|")
    return ["## Formats", "", ", ".join(f"`{f}`" for f in formats), ""]


def page(command: list[str], kept: str) -> str:
    name = " ".join(command)
    code, help_text = _run([*command, "--help"])
    lines = [
        f"# `csmatrix {name}`",
        "",
        "<!-- Generated by scripts/gen_reference.py from `csmatrix "
        f"{name} --help`; edit the help, then run the script. -->",
        "",
        "```text",
        help_text.rstrip("\n"),
        "```",
        "",
        *_formats(help_text),
        *_json_section(command[0] if len(command) == 1 else name),
        "## Exit codes",
        "",
        EXIT_CODES.rstrip("\n"),
        "",
        END,
    ]
    if code != 0:
        lines.insert(2, f"(`--help` exited {code})")
    return "\n".join(lines) + "\n" + kept


def _kept(path: Path) -> str:
    if not path.is_file():
        return ""
    text = path.read_text(encoding="utf-8")
    return text.split(END + "\n", 1)[1] if END + "\n" in text else ""


def pages() -> dict[Path, str]:
    commands = _commands([])
    result: dict[Path, str] = {}
    for command in commands:
        path = OUT / ("-".join(command) + ".md")
        result[path] = page(command, _kept(path))
    index = ["# Command reference", "", "One page per command, generated from its `--help`.", ""]
    index += [f"- [`csmatrix {' '.join(c)}`]({'-'.join(c)}.md)" for c in commands]
    result[OUT / "README.md"] = "\n".join(index) + "\n"
    return result


def main(argv: list[str]) -> int:
    _setenv()
    os.chdir(REPO)
    check = "--check" in argv
    wanted = pages()
    stale = [p for p in sorted(OUT.glob("*.md")) if p not in wanted]
    differ = [p for p, text in wanted.items() if not p.is_file() or p.read_text("utf-8") != text]
    if check:
        for path in differ + stale:
            print(f"{path.relative_to(REPO)}: out of date", file=sys.stderr)
        if differ or stale:
            print("run: python scripts/gen_reference.py", file=sys.stderr)
            return 1
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    for path in differ:
        path.write_text(wanted[path], encoding="utf-8", newline="\n")
        print(f"wrote {path.relative_to(REPO)}")
    for path in stale:
        path.unlink()
        print(f"removed {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
