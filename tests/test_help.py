"""--help that reads clean (#13): names not types, an example on every command that
copies and runs, nothing wrapped mid-command at 80 columns, shell completion."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, FRAMEWORKS
from csmatrix.cli import COMMANDS, command


def _leaves() -> list[tuple[str, ...]]:
    leaves: list[tuple[str, ...]] = []
    for name in COMMANDS:
        built = command(name)
        subs = getattr(built, "commands", None)
        leaves += [(name, sub) for sub in subs] if subs else [(name,)]
    return leaves


LEAVES = _leaves()
IDS = [" ".join(leaf) for leaf in LEAVES]


def examples(help_text: str) -> list[str]:
    """The command lines after 'Example:' / 'Examples ...:', one per line."""
    after = re.split(r"^\s*Examples?\b[^:\n]*:", help_text, maxsplit=1, flags=re.M)
    if len(after) < 2:
        return []
    return [line.strip() for line in after[1].splitlines() if line.strip().startswith("csmatrix ")]


@pytest.mark.parametrize("leaf", LEAVES, ids=IDS)
def test_help_shows_names_not_types(cli: Any, leaf: tuple[str, ...]) -> None:
    r = cli(*leaf, "--help", columns=80)
    assert r.exit_code == 0, r
    for placeholder in ("<str>", "<path>", "<bool>", "<int", "<float", "list[", "<list"):
        assert placeholder not in r.stdout, (placeholder, r.stdout)
    usage = r.stdout.split("\n\n", 1)[0]
    arguments = re.findall(r"[{\[]([^{}\[\]]+)[}\]]", usage.split("[OPTIONS]", 1)[-1])
    for argument in arguments:
        assert argument == argument.upper(), usage


def _docstring(leaf: tuple[str, ...]) -> str:
    built = command(leaf[0])
    for sub in leaf[1:]:
        built = built.commands[sub]
    return str(built.help)


@pytest.mark.parametrize("leaf", LEAVES, ids=IDS)
def test_every_command_has_an_example_that_fits_80_columns(cli: Any, leaf: tuple[str, ...]) -> None:
    from rich.cells import cell_len

    written = examples(_docstring(leaf))
    assert written, f"{' '.join(leaf)} has no example"
    assert written[-1].startswith(f"csmatrix {' '.join(leaf)} "), written
    r = cli(*leaf, "--help", columns=80)
    shown = [line.strip() for line in r.stdout.splitlines()]
    for example in written:
        assert any(line.endswith(example) for line in shown), f"wrapped at 80 columns: {example}"
        line = next(line for line in r.stdout.splitlines() if line.endswith(example))
        assert cell_len(line) <= 80, line


@pytest.fixture(scope="module")
def checkout(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository's root as the examples expect it (a git checkout).

    The examples run here, not in the source tree, so the ones that write a file
    leave nothing behind.
    """
    root = tmp_path_factory.mktemp("root")
    shutil.copytree(FRAMEWORKS, root / "frameworks")
    shutil.copytree(EXAMPLES, root / "examples")
    for args in (
        ["init", "-q"],
        ["config", "user.email", "t@example.com"],
        ["config", "user.name", "t"],
        ["add", "."],
        ["commit", "-q", "-m", "start"],
    ):
        subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)
    return root


@pytest.mark.parametrize("leaf", LEAVES, ids=IDS)
def test_every_example_runs(
    cli: Any, checkout: Path, monkeypatch: pytest.MonkeyPatch, leaf: tuple[str, ...]
) -> None:
    monkeypatch.chdir(checkout)
    help_text = cli(*leaf, "--help", columns=80).stdout
    for example in examples(help_text):
        argv = shlex.split(example)[1:]
        for index, arg in enumerate(argv):
            if arg in ("-o", "--output"):
                (checkout / argv[index + 1]).unlink(missing_ok=True)
        r = cli(*argv)
        assert r.exit_code == 0, (example, str(r))


def test_shell_completion_is_available(cli: Any) -> None:
    root = cli("--help", columns=100)
    assert "--install-completion" in root.stdout
    assert "--show-completion" in root.stdout
    r = cli("--show-completion", "bash")
    assert r.exit_code == 0, r
    assert "_CSMATRIX_COMPLETE" in r.stdout


def test_show_family_alone_lists_its_versions(cli: Any) -> None:
    r = cli("show", "icare-cs")
    assert r.exit_code == 1, r
    assert "not found" not in r.stderr
    assert "2021-summer, 2021-autumn" in r.stderr
    assert "csmatrix show icare-cs@2021-autumn" in r.stderr


def test_lang_comes_from_the_environment(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    member = str(EXAMPLES / "members" / "aoi-sato.yaml")
    monkeypatch.setenv("CSMATRIX_LANG", "en")
    english = cli("assess", member, "-f", "json")
    monkeypatch.delenv("CSMATRIX_LANG")
    japanese = cli("assess", member, "-f", "json")
    assert english.exit_code == japanese.exit_code == 0
    assert english.stdout != japanese.stdout
    assert cli("assess", member, "-f", "json", "--lang", "ja").stdout == japanese.stdout


def test_an_unknown_language_in_the_environment_is_a_usage_error(
    cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CSMATRIX_LANG", "fr")
    r = cli("assess", str(EXAMPLES / "members" / "aoi-sato.yaml"))
    assert r.exit_code == 2, r
    assert "CSMATRIX_LANG" in r.stderr
