"""``--help`` and click's own messages in the reader's language, wrapped by display width.

Help texts are written in English in the command modules (the docstring and
each option's ``help=``); ``help_words.HELP`` gives each its Japanese, keyed by
the English text as gettext keys by its msgid.  ``localise`` swaps them in when
a command is built for a Japanese reader; ``tests/test_help_words.py`` walks
every command and fails on a help text without its Japanese.

click wraps help with ``textwrap``, which counts characters, not terminal
cells, and breaks only at spaces: Japanese help would run past the edge and
break anywhere.  ``HelpFormatter`` wraps with ``render.wrap`` (cells and kinsoku).

click and typer say their own words (``Usage:``, ``Missing argument``,
``No such option``) through ``gettext``; ``install_click_words`` points those
modules' ``_``/``ngettext`` at ``help_words.CLICK`` for a Japanese reader.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import Any

from csmatrix.words import current_lang

try:  # typer >= 0.24 carries its own copy of click; before, it used click itself
    from typer import _click as click
except ImportError:  # pragma: no cover - the lower bound
    import click  # type: ignore[no-redef]

_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """A help text as the catalogue keys it: whitespace runs made one space."""
    return _SPACES.sub(" ", text).strip()


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def translate(text: str | None, lang: str) -> str | None:
    """A help text (one paragraph or a docstring of several) in ``lang``."""
    if not text or lang != "ja":
        return text
    from csmatrix.commands.help_words import HELP

    out = []
    for paragraph in _paragraphs(text):
        if paragraph.startswith("\b"):
            out.append(paragraph)
            continue
        plain = key(paragraph)
        example = plain.startswith("Example: ") or plain.startswith("Examples: ")
        if example:
            label, _, rest = plain.partition(": ")
            out.append(f"{HELP[label + ':']} {rest}")
        else:
            out.append(HELP.get(plain, plain))
    return "\n\n".join(out)


def localise(cmd: Any, lang: str) -> Any:
    """``cmd``'s help and its parameters' help in ``lang`` (English as written)."""
    if lang == "ja":
        cmd.help = translate(cmd.help, lang)
        cmd.short_help = translate(cmd.short_help, lang)
        for param in cmd.params:
            if getattr(param, "help", None):
                param.help = translate(param.help, lang)
    for sub in getattr(cmd, "commands", {}).values():
        localise(sub, lang)
    return cmd


def help_texts(cmd: Any) -> Iterable[str]:
    """Every help text of ``cmd`` and its parameters, as ``translate`` looks them up."""
    for text in (cmd.help, cmd.short_help):
        if text:
            for paragraph in _paragraphs(text):
                plain = key(paragraph)
                if plain.startswith(("Example: ", "Examples: ")):
                    yield plain.partition(" ")[0]
                elif not paragraph.startswith("\b"):
                    yield plain
    for param in cmd.params:
        if getattr(param, "help", None):
            yield key(param.help)
    for sub in getattr(cmd, "commands", {}).values():
        yield from help_texts(sub)


class HelpFormatter(click.HelpFormatter):
    """click's help layout in the reader's language, wrapped by terminal cells with kinsoku (``render.wrap``).

    click writes some words itself (``Usage:``, ``Options``, ``[default: …]``,
    the ``--help`` option's text): they are translated here, where they are written.
    """

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        from csmatrix.words import word

        if prefix is None:
            prefix = word("click.usage", current_lang()) + " "
        super().write_usage(prog, args, prefix)

    def write_heading(self, heading: str) -> None:
        super().write_heading(_click_word(heading))

    def _wrap(self, text: str, width: int) -> list[str]:
        from csmatrix.render.wrap import wrap

        lines: list[str] = []
        for n, paragraph in enumerate(_paragraphs(text)):
            if n:
                lines.append("")
            if paragraph.startswith("\b"):
                lines += paragraph[1:].strip("\n").splitlines()
            else:
                lines += wrap(key(paragraph), max(width, 10))
        return lines

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for line in self._wrap(text, self.width - self.current_indent):
            self.write(f"{indent}{line}\n" if line else "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        from rich.cells import cell_len

        rows = [(first, _click_word(second)) for first, second in rows]
        first_col = min(max((cell_len(r[0]) for r in rows), default=0), col_max) + col_spacing
        indent = " " * self.current_indent
        for first, second in rows:
            self.write(f"{indent}{first}")
            if not second:
                self.write("\n")
                continue
            if cell_len(first) <= first_col - col_spacing:
                self.write(" " * (first_col - cell_len(first)))
            else:
                self.write("\n" + " " * (first_col + self.current_indent))
            lines = self._wrap(second, max(self.width - first_col - self.current_indent - 2, 10))
            pad = " " * (first_col + self.current_indent)
            self.write(f"{lines[0]}\n" if lines else "\n")
            for line in lines[1:]:
                self.write(f"{pad}{line}\n" if line else "\n")


_EXTRA = re.compile(r"\s*\[(?P<extra>(?:env var|default|required)[^\[\]]*)\]$")


def _click_word(text: str) -> str:
    """A heading, a help text or a ``[default: …; required]`` tail click wrote, in the reader's language."""
    lang = current_lang()
    if lang != "ja" or not text:
        return text
    from csmatrix.commands.help_words import CLICK, HELP

    extra = _EXTRA.search(text)
    tail = ""
    if extra:
        text = text[: extra.start()]
        parts = []
        for part in extra["extra"].split("; "):
            label, sep, value = part.partition(": ")
            parts.append(f"{CLICK.get(label, label)}{sep}{value}")
        tail = f" [{'; '.join(parts)}]"
    return CLICK.get(text, HELP.get(key(text), text)) + tail


_INVALID = r"Invalid value for (?P<name>.+?): "
_CLICK_SAYS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), key)
    for p, key in (
        (r"No such option: (?P<name>\S+)\s+Did you mean (?P<match>.+)\?$", "click.no_option_but"),
        (r"No such option: (?P<name>\S+)\s*\(Possible options: (?P<match>.+)\)$", "click.no_option_but"),
        (r"No such option: (?P<name>\S+)$", "click.no_option"),
        (r"Missing argument (?P<name>.+)\.$", "click.missing_argument"),
        (r"Missing option (?P<name>.+)\.$", "click.missing_option"),
        (r"Missing parameter (?P<name>.+)\.$", "click.missing_option"),
        (r"Got unexpected extra arguments? \((?P<args>.+)\)$", "click.extra_arguments"),
        (r"Option (?P<name>\S+) requires an argument\.$", "click.needs_value"),
        (r"Option (?P<name>\S+) requires (?P<n>\d+) arguments\.$", "click.needs_values"),
        (r"Option (?P<name>\S+) does not take a value\.$", "click.no_value"),
        (
            r"Invalid value for (?P<name>.+?): (?P<value>'.*') is not one of (?P<choices>.+)\.$",
            "click.not_a_choice",
        ),
        (
            r"Invalid value for (?P<name>.+?): (?P<value>'.*') is not (?P<choices>'.+')\.$",
            "click.not_a_choice",
        ),
        (r"Invalid value for (?P<name>.+?): (?P<value>'.*') is not a valid integer\.$", "click.not_integer"),
        (
            r"Invalid value for (?P<name>.+?): (?P<value>.+) is not in the range (?P<range>.+)\.$",
            "click.out_of_range",
        ),
        (r"Invalid value for (?P<name>.+?): (?P<message>.+)$", "click.invalid_value"),
    )
]


def click_message(text: str) -> str:
    """A message click or typer wrote (in English), in the reader's language."""
    from csmatrix.words import Msg

    text = text.replace("Value error, ", "")  # typer's choice check leaks pydantic's prefix
    for pattern, message in _CLICK_SAYS:
        found = pattern.match(text)
        if found:
            return str(Msg(message, **found.groupdict()))
    return text


def show_error(error: Any) -> None:
    """A usage error as click shows it (usage, how to get help, the error), in the reader's language."""
    import sys

    from csmatrix.words import Msg

    ctx = getattr(error, "ctx", None)
    if isinstance(error, click.exceptions.UsageError) and ctx is not None:
        print(ctx.get_usage(), file=sys.stderr)
        if ctx.command.get_help_option(ctx) is not None:
            command = f"'{ctx.command_path} {ctx.help_option_names[0]}'"
            print(Msg("click.try_help", command=command), file=sys.stderr)
        print(file=sys.stderr)
    print(Msg("click.error", message=click_message(error.format_message())), file=sys.stderr)
