"""The command line as a whole: help, exit codes, start-up cost, no tracebacks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from csmatrix.cli import COMMANDS as TABLE
from csmatrix.cli import command

GROUPS = sorted(name for name in TABLE if hasattr(command(name), "commands"))
COMMANDS = sorted(name for name in TABLE if name not in GROUPS)


def test_every_command_has_help(cli) -> None:
    assert {"validate", "show", "list", "schema"} <= set(COMMANDS)
    for name in COMMANDS + GROUPS:
        result = cli(name, "--help", columns=100)
        assert result.exit_code == 0, result
        assert "Usage:" in result.stdout
        assert len(result.stdout.splitlines()) > 4, f"{name} --help teaches nothing"


def test_root_help_lists_every_command(cli) -> None:
    result = cli("--help", columns=120)
    assert result.exit_code == 0, result
    for name in COMMANDS + GROUPS:
        assert name in result.stdout


def test_root_help_lines_are_each_commands_first_paragraph(cli) -> None:
    """The root --help reads its lines from a table (no command is built): it must not drift."""
    for name, (_, line) in TABLE.items():
        built = command(name)
        first = (built.help or "").split("\n\n")[0].replace("\n", " ").strip()
        assert first == line, name


@pytest.mark.lang("ja")
def test_root_help_builds_no_command(cli) -> None:
    code = (
        "import sys\nfrom csmatrix.cli import app\nsys.argv=['csmatrix','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
    )
    modules = _modules_after(code)
    assert not {m for m in modules if m.startswith("csmatrix.commands.")} - {
        "csmatrix.commands.common",
        "csmatrix.commands.help_format",  # help is shown: its words and formatter
        "csmatrix.commands.help_words",
    }


@pytest.mark.lang("ja")
def test_only_the_invoked_command_is_imported() -> None:
    code = (
        "import sys\nfrom csmatrix.cli import app\n"
        "sys.argv=['csmatrix','schema','member']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
    )
    modules = _modules_after(code)
    commands = {m for m in modules if m.startswith("csmatrix.commands.")}
    assert commands <= {
        "csmatrix.commands.schema",
        "csmatrix.commands.common",
        "csmatrix.commands.formats",
        "csmatrix.commands.options",
    }, commands
    assert "csmatrix.commands.schema" in commands


def test_garbage_collection_is_back_on_once_the_data_is_read() -> None:
    """The console script collects no garbage while modules load, then collects as usual."""
    from conftest import EXAMPLES

    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('GC', gc.isenabled(), gc.get_freeze_count() > 0, file=sys.stderr))\n"
        "from csmatrix.cli import main\n"
        f"sys.argv = ['csmatrix', 'assess', {str(EXAMPLES / 'members' / 'aoi-sato.yaml')!r}]\n"
        "main()\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    assert run.stderr.strip().endswith("GC True True"), run.stderr


def test_a_mistyped_command_gets_a_suggestion(cli) -> None:
    r = cli("asses", "x")
    assert r.exit_code == 2, r
    assert "No such command 'asses'. Did you mean 'assess'?" in r.stderr


def test_version(cli) -> None:
    from csmatrix import __version__

    result = cli("--version")
    assert result.exit_code == 0, result
    assert result.stdout.strip() == f"csmatrix {__version__}"


def test_an_internal_error_is_one_line_and_exit_3(cli, monkeypatch: pytest.MonkeyPatch) -> None:
    import csmatrix.rules.validate

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(csmatrix.rules.validate, "validate_paths", boom)
    result = cli("validate", ".")
    assert result.exit_code == 3, result
    assert result.stderr.count("\n") == 1
    assert "internal error (RuntimeError: kaboom)" in result.stderr
    assert "report it" in result.stderr
    assert "Traceback" not in result.stderr


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", code + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(out.split())


def test_importing_the_cli_is_light() -> None:
    modules = _modules_after("import csmatrix.cli")
    assert "openpyxl" not in modules
    assert "csmatrix.models.framework" not in modules
    assert "pydantic" not in modules


def test_help_builds_no_models() -> None:
    code = (
        "import sys\nfrom csmatrix.cli import app\nsys.argv=['csmatrix','--help']\n"
        "try:\n    app()\nexcept SystemExit:\n    pass\n"
    )
    modules = _modules_after(code)
    assert "csmatrix.models.framework" not in modules
    assert "openpyxl" not in modules


def test_readme_starts_with_the_two_commands_and_documents_every_command() -> None:
    from conftest import REPO

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_block = readme.split("```sh\n", 1)[1].split("```", 1)[0].splitlines()
    assert first_block[0].startswith("pip install . && csmatrix assess examples/members/")
    assert first_block[1] == "pip install -e '.[test]' && pytest"
    member = first_block[0].split()[-1]
    assert (REPO / member).is_file()
    for name in COMMANDS + GROUPS:
        assert f"csmatrix {name}" in readme, f"README never mentions 'csmatrix {name}'"


def test_ci_runs_the_readme_test_command() -> None:
    from conftest import REPO

    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in script


def test_written_files_get_the_usual_permissions(tmp_path) -> None:
    import os
    import stat

    from csmatrix.files.writing import write_file

    umask = os.umask(0o022)
    try:
        fresh = tmp_path / "new.yaml"
        write_file(fresh, "a: 1\n")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        shared = tmp_path / "shared.yaml"
        shared.write_text("old\n")
        shared.chmod(0o664)
        write_file(shared, "new\n", force=True)
        assert stat.S_IMODE(shared.stat().st_mode) == 0o664
        assert shared.read_text() == "new\n"
    finally:
        os.umask(umask)
