"""The command line: parse arguments, call the core, pick a renderer, exit.

Every command lives in its own module ``csmatrix.commands.<module>`` with a
``register(app)``; ``COMMANDS`` below names the module and the one-line help
of each.  Only the invoked command's module is imported and only its click
object built (building all of them costs more than a small command's whole
work); ``csmatrix --help`` lists every command from the table alone.
``main`` is the console script: it is the last line of defence that turns
anything unexpected into one line and exit code 3.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer
import typer.core
import typer.main

from csmatrix import __version__
from csmatrix.commands import click as _click  # the click typer runs on

Command = Any  # a click command (typer ships its own click, whose module is private)

COMMANDS: dict[str, tuple[str, str]] = {
    # name: (module in csmatrix.commands, one-line help: the first paragraph of its docstring)
    "validate": ("validate", "Check files: YAML, schema, references; members against their framework."),
    "show": ("show", "Show a framework as a matrix: skills × level descriptors, by axis and category."),
    "list": ("listing", "List the frameworks found on the lookup path, with versions and lineage."),
    "schema": ("schema", "Print the JSON Schema of a file kind (for editors: yaml-language-server)."),
    "assess": ("assess", "Score a member against their role's targets and show the gap report."),
    "diff": (
        "diff",
        "Show what changed between two framework versions, and the version bump it deserves.",
    ),
    "migrate": ("migrate", "Rewrite a member's assessments onto another version of their framework."),
    "textconv": ("textconv", "Print a framework as sorted one-fact-per-line text, for git diff."),
    "review": ("review", "Review every framework file changed between two git revisions."),
    "check-bump": (
        "check_bump",
        "Refuse a staged framework change whose version is not bumped as the change deserves.",
    ),
    "sheet": ("sheet", "An onboarding skill sheet: every skill, every level, the role's targets."),
    "init": ("init", "Start a new file, ready to fill in (init member)."),
    "import": ("import_sheet", "Read a filled skill sheet back into a member file."),
    "team": (
        "team",
        "The team matrix: who is strong where, single points of failure, mentors, readiness.",
    ),
    "activities": (
        "activities",
        "Map a team's CS activities: 3 zones × 9 blocks, the O:H:G ratio, walls and moves.",
    ),
    "lint": (
        "lint",
        "Warn about a framework's text: overlapping skills, levels that do not build up, templates.",
    ),
    "calibrate": (
        "calibrate",
        "Per assessor: ratings, mean level, gap to self-ratings, discrepancies, leniency vs peers.",
    ),
    "rotate": ("rotate", "A rotation plan against 属人化: who learns which skill from whom."),
    "site": ("site", "Build a static site to roll frameworks out: open DIR/index.html in any browser."),
}


class Argument(typer.core.TyperArgument):
    """An argument shown by its name: ``MEMBER`` in help, not a type (``<path>``), and in the
    usage line as click writes it (``MEMBER``, ``[REF]``, ``PATH...``), not typer's ``{MEMBER}``."""

    def display_type_rich(self, ctx: Any) -> str | None:
        return None

    def get_usage_pieces(self, ctx: Any) -> list[str]:
        name = self.metavar or (self.name or "").upper()
        if not self.required:
            name = f"[{name}]"
        return [name + ("..." if self.nargs != 1 else "")]


class Context(_click.Context):
    """A context whose help and usage are in the reader's language, wrapped by terminal cells.

    The help words are looked up only when help or a usage error is shown, not on every run.
    """

    def make_formatter(self) -> Any:
        from csmatrix.commands.help_format import HelpFormatter

        return HelpFormatter(width=self.terminal_width, max_width=self.max_content_width)

    def get_help(self) -> str:
        from csmatrix.commands.help_format import localise
        from csmatrix.words import current_lang

        localise(self.command, current_lang())
        return super().get_help()


def _plain_arguments(cmd: Command) -> Command:
    cmd.context_class = Context
    for param in cmd.params:
        if type(param) is typer.core.TyperArgument:
            param.__class__ = Argument
    for sub in getattr(cmd, "commands", {}).values():
        _plain_arguments(sub)
    return cmd


def command(name: str) -> Command:
    """The click object of one command: its module imported, only it built."""
    module = importlib.import_module(f"csmatrix.commands.{COMMANDS[name][0]}")
    one = typer.Typer(rich_markup_mode=None)
    module.register(one)
    return _plain_arguments(typer.main.get_group(one).commands[name])


def lang_from_args(args: list[str]) -> str | None:
    """``--lang X``, ``--lang=X``, ``-l X`` or ``-lX`` anywhere before ``--``.

    Read before click parses, so ``--help`` and usage errors (which click
    reports before any option's callback runs) follow ``--lang`` too.
    """
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg in ("--lang", "-l") and i + 1 < len(args):
            return args[i + 1]
        if arg.startswith("--lang="):
            return arg.partition("=")[2]
        if arg.startswith("-l") and not arg.startswith("--") and len(arg) > 2:
            return arg[2:]
    return None


class LazyGroup(typer.core.TyperGroup):
    """The root group: commands come from ``COMMANDS`` and are built when invoked."""

    listing = False
    context_class = Context

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        """Before click parses: the reader's language (``--lang`` anywhere, else the default)."""
        from csmatrix.words import set_lang

        set_lang(lang_from_args(args))
        return super().make_context(info_name, args, parent, **extra)

    def main(self, *args: Any, standalone_mode: bool = True, **kwargs: Any) -> Any:
        """click's main, with its usage errors shown in the reader's language."""
        kwargs["standalone_mode"] = False
        if not standalone_mode:
            return super().main(*args, **kwargs)
        try:
            code = super().main(*args, **kwargs)
        except _click.exceptions.ClickException as error:
            from csmatrix.commands.help_format import show_error

            if type(error).__name__ == "NoArgsIsHelpError":  # `csmatrix`, `csmatrix init`: the help alone
                error.show()
            else:
                show_error(error)
            sys.exit(error.exit_code)
        except typer.Abort:  # typer's own (its click copy has no exceptions.Abort)
            from csmatrix.commands.common import eprint
            from csmatrix.words import Msg

            eprint(Msg("common.interrupted"))
            sys.exit(1)
        sys.exit(code if isinstance(code, int) else 0)

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Command | None:
        if cmd_name not in COMMANDS:
            return None
        from csmatrix.words import current_lang

        if self.listing:  # the root --help: the table's line is all it shows
            from csmatrix.commands.help_format import translate

            short = translate(COMMANDS[cmd_name][1], current_lang())
            return typer.core.TyperCommand(cmd_name, help=short, short_help=short)
        if cmd_name not in self.commands:
            self.commands[cmd_name] = command(cmd_name)
        return self.commands[cmd_name]

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """A mistyped command name: did you mean one of the table's (none is built yet)."""
        name = args[0] if args else ""
        if name and name not in COMMANDS and not name.startswith("-") and not ctx.resilient_parsing:
            from difflib import get_close_matches

            from csmatrix.words import Msg

            matches = get_close_matches(name, list(COMMANDS))
            message = Msg("cli.no_command", name=repr(name))
            if matches:
                message = Msg("cli.no_command_but", name=repr(name), matches=[repr(m) for m in matches])
            ctx.fail(str(message))
        return super().resolve_command(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False


app = typer.Typer(
    name="csmatrix",
    cls=LazyGroup,
    help=(
        "Versioned YAML skill frameworks for Customer Success teams: validate them, "
        "score a member against their role (assess), compare versions (diff, migrate), "
        "hand out skill sheets (sheet, init, import), see the team (team) and map "
        "CS activities (activities)."
    ),
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"csmatrix {__version__}")
        raise typer.Exit()


def _root_lang(value: str | None) -> str | None:
    """``csmatrix --lang en COMMAND``: the language was read before parsing (``lang_from_args``)."""
    from csmatrix.words import LANGS, Msg

    if value is not None and value not in LANGS:
        raise typer.BadParameter(str(Msg("cli.bad_lang", value=value)))
    return value


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    lang: str | None = typer.Option(
        None,
        "--lang",
        "-l",
        metavar="ja|en",
        callback=_root_lang,
        help="Language of what you read: ja or en.",
    ),
) -> None:
    """csmatrix: where do my CS skills stand, and where should I aim next?"""


def main() -> None:
    """Console script entry point."""
    from csmatrix.commands.common import internal_error, start_up

    start_up()  # until the command reads its data (commands.common.started)
    try:
        app(prog_name="csmatrix")
    except SystemExit:
        raise
    except KeyboardInterrupt:
        from csmatrix.commands.common import eprint
        from csmatrix.words import Msg

        eprint(Msg("common.interrupted"))
        sys.exit(130)
    except Exception as exc:  # noqa: BLE001 - never a traceback
        internal_error(exc)
        sys.exit(3)
