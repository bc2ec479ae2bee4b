"""The command line: parse arguments, call the core, pick a renderer, exit.

Every command lives in ``csmatrix.commands.<group>`` and registers itself
here.  ``main`` is the console script: it is the last line of defence that
turns anything unexpected into one line and exit code 3.
"""

from __future__ import annotations

import sys

import typer

from csmatrix import __version__
from csmatrix.commands import (
    activities,
    assess,
    calibrate,
    frameworks,
    lint,
    review,
    rotate,
    sheets,
    team,
    validate,
    versions,
)
from csmatrix.commands import site as site_command

app = typer.Typer(
    name="csmatrix",
    help=(
        "Versioned YAML skill frameworks for Customer Success teams: validate them, "
        "score a member against their role (assess), compare versions (diff, migrate), "
        "hand out skill sheets (sheet, init, import), see the team (team) and map "
        "CS activities (activities)."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"csmatrix {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """csmatrix: where do my CS skills stand, and where should I aim next?"""


for _module in (validate, frameworks, assess, versions, review, sheets, team, activities, lint, calibrate):
    _module.register(app)
rotate.register(app)  # a team's rotation plan (#15)
site_command.register(app)


def main() -> None:
    """Console script entry point."""
    from csmatrix.commands.common import internal_error

    try:
        app(prog_name="csmatrix")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        print("csmatrix: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - never a traceback
        internal_error(exc)
        sys.exit(3)
