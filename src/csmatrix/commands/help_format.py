"""``--help`` and click's own messages in the reader's language, wrapped by display width.

Help texts are written in English in the command modules (the docstring and
each option's ``help=``); ``help_words.HELP`` gives each its Japanese, keyed by
the English text as gettext keys by its msgid.  ``localise`` swaps them in when
help is shown to a Japanese reader (``cli.Context.get_help``: not on every
run); ``tests/test_help_words.py`` walks every command and fails on a help
text without its Japanese.

click wraps help with ``textwrap``, which counts characters, not terminal
cells, and breaks only at spaces: Japanese help would run past the edge and
break anywhere.  ``HelpFormatter`` wraps with ``render.wrap`` (cells and kinsoku).

click and typer write some words themselves: headings, the ``--help``
option's text and the ``[default: …]`` tail of an option's help are
translated where ``HelpFormatter`` writes them (``help_words.CLICK``); usage
errors (``Missing argument``, ``No such option``) are matched and said again
from the catalogue by ``click_message`` and ``show_error``.  A paragraph that
is a command line (an example) is shown as written in both languages.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from typing import Any

from csmatrix.commands import click
from csmatrix.words import current_lang

__all__ = [
    "HelpFormatter",
    "click_message",
    "help_texts",
    "key",
    "localise",
    "show_error",
    "translate",
]

_SPACES = re.compile(r"\s+")


def key(text: str) -> str:
    """A help text as the catalogue keys it: whitespace runs made one space."""
    return _SPACES.sub(" ", text).strip()


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def _looked_up(paragraph: str) -> str | None:
    """The catalogue key of one paragraph; ``None`` when it is shown as written.

    A ``\b`` block (click's "do not rewrap") and a command line (an example:
    ``csmatrix …``) read the same in every language.  An ``Example: csmatrix …``
    paragraph is looked up by its label alone.
    """
    if paragraph.startswith("\b"):
        return None
    plain = key(paragraph)
    lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
    if all(line.startswith("csmatrix ") for line in lines) and not plain.endswith("."):
        return None
    if plain.startswith(("Example: ", "Examples: ")):
        return plain.partition(" ")[0]
    return plain


def translate(text: str | None, lang: str) -> str | None:
    """A help text (one paragraph or a docstring of several) in ``lang``."""
    if not text or lang != "ja":
        return text
    from csmatrix.commands.help_words import HELP

    out = []
    for paragraph in _paragraphs(text):
        looked_up = _looked_up(paragraph)
        if looked_up is None:
            out.append(paragraph)
            continue
        plain = key(paragraph)
        rest = plain[len(looked_up) :]  # the command after an "Example:" label
        out.append(HELP.get(looked_up, looked_up) + rest)
    return "\n\n".join(out)


def localise(cmd: Any, lang: str) -> Any:
    """``cmd``'s help and its parameters' help in ``lang`` (English as written)."""
    if lang == "ja":
        cmd.help = translate(cmd.help, lang)
        cmd.short_help = translate(cmd.short_help, lang)
        if cmd.help and not cmd.short_help:
            # a group lists its commands by click's shortening of the first paragraph, which
            # counts words between spaces (a Japanese sentence is one): the paragraph, whole
            cmd.short_help = _paragraphs(cmd.help)[0]
        for param in cmd.params:
            if getattr(param, "help", None):
                param.help = translate(param.help, lang)
    for sub in getattr(cmd, "commands", {}).values():
        localise(sub, lang)
    return cmd


def help_texts(cmd: Any, nested: bool = True) -> Iterable[str]:
    """Every help text of ``cmd`` and its parameters (``nested``: its sub-commands' too), as keyed."""
    for text in (cmd.help, cmd.short_help):
        if text:
            for paragraph in _paragraphs(text):
                looked_up = _looked_up(paragraph)
                if looked_up is not None:
                    yield looked_up
    for param in cmd.params:
        if getattr(param, "help", None):
            yield key(param.help)
    if nested:
        for sub in getattr(cmd, "commands", {}).values():
            yield from help_texts(sub)


class HelpFormatter(click.HelpFormatter):
    """click's help layout in the reader's language, wrapped by terminal cells with kinsoku (``render.wrap``).

    click writes some words itself (``Usage:``, ``Options``, ``[default: …]``,
    the ``--help`` option's text): they are translated here, where they are written.
    """

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """click's usage line, its width counted in cells (``使い方:`` is 7 cells, not 4 characters)."""
        from rich.cells import cell_len

        from csmatrix.words import word

        if prefix is None:
            prefix = word("click.usage", current_lang()) + " "
        usage_prefix = f"{prefix:>{self.current_indent}}{prog} "
        text_width = self.width - self.current_indent
        if not args:
            self.write(usage_prefix.rstrip(" ") + "\n")
            return
        if text_width >= cell_len(usage_prefix) + 20:  # the arguments fit beside the prefix
            first, indent = usage_prefix, " " * cell_len(usage_prefix)
        else:
            self.write(usage_prefix + "\n")
            first = indent = " " * (max(self.current_indent, cell_len(prefix)) + 4)
        lines = _lines(key(args), text_width - len(indent)) or [""]
        self.write(f"{first}{lines[0]}\n")
        for line in lines[1:]:
            self.write(f"{indent}{line}\n")

    def write_heading(self, heading: str) -> None:
        super().write_heading(_click_word(heading))

    def _wrap(self, text: str, width: int, tail: bool = False) -> list[str]:
        """``text``'s paragraphs in lines of ``width`` cells (``tail``: click's ``[default: …]`` apart)."""
        from rich.cells import cell_len

        width = max(width, 10)
        lines: list[str] = []
        for n, paragraph in enumerate(_paragraphs(text)):
            if n:
                lines.append("")
            if paragraph.startswith("\b"):
                lines += paragraph[1:].strip("\n").splitlines()
                continue
            plain = key(paragraph)
            found = _TAIL.search(plain) if tail else None
            if not found:
                lines += _lines(plain, width)
                continue
            body, extra = plain[: found.start()], found["tail"]
            wrapped = _lines(body, width) if body else []
            if wrapped and cell_len(wrapped[-1]) + 1 + cell_len(extra) <= width:
                wrapped[-1] += " " + extra
            else:
                wrapped += _at_spaces(extra, width)
            lines += wrapped
        return lines

    def write_text(self, text: str) -> None:
        indent = " " * self.current_indent
        for line in self._wrap(text, self.width - self.current_indent):
            self.write(f"{indent}{line}\n" if line else "\n")

    def write_dl(self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        from rich.cells import cell_len

        rows = [(first, _click_word(second)) for first, second in rows]
        # a narrow terminal keeps at least 3/5 of the line for the help (at 80 columns: click's 30)
        col_max = min(col_max, (self.width - self.current_indent) * 2 // 5)
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
            lines = self._wrap(second, self.width - first_col - self.current_indent - 2, tail=True)
            pad = " " * (first_col + self.current_indent)
            self.write(f"{lines[0]}\n" if lines else "\n")
            for line in lines[1:]:
                self.write(f"{pad}{line}\n" if line else "\n")


_TAIL = re.compile(r"\s(?P<tail>\[[^\[\]]*\])$")
"""What click adds after an option's help: ``[env var: …; default: …; required]``, ``[x>=1]``."""


def _at_spaces(text: str, width: int) -> list[str]:
    """``text`` broken at its spaces only (``[環境変数: CSMATRIX_LANG; 既定値: ja]`` keeps 既定値 whole)."""
    from rich.cells import cell_len

    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += " " + word
        else:
            lines += _lines(word, width)
    return lines


def _lines(text: str, width: int) -> list[str]:
    """One paragraph as lines of at most ``width`` cells, broken where ``render.wrap`` breaks.

    ``render.wrap`` keeps ``(`` with the word after it and ``)`` with the one
    before, but not ASCII square brackets, which only click's tails and the
    usage line bring: beside a Japanese character (``[必須]``, ``[環境変数: …``)
    they are broken as parentheses (the same width), so that no line ends
    with ``[`` nor starts with ``]``.
    """
    from csmatrix.render.wrap import divide_line, wide

    probe = list(text)
    for i, char in enumerate(text):
        if char == "[" and i + 1 < len(text) and wide(text[i + 1]):
            probe[i] = "("
        elif char == "]" and i and wide(text[i - 1]):
            probe[i] = ")"
    cuts = [0, *divide_line("".join(probe), max(width, 1)), len(text)]
    return [text[a:b].rstrip() for a, b in itertools.pairwise(cuts)]


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


_CLICK_SAYS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), key)
    for p, key in (
        (r"No such option: (?P<name>\S+)\s+Did you mean (?P<match>.+)\?$", "click.no_option_but"),
        (r"No such option: (?P<name>\S+)\s*\(Possible options: (?P<match>.+)\)$", "click.no_option_but"),
        (r"No such option: (?P<name>\S+)$", "click.no_option"),
        (r"Missing argument (?P<name>.+)\.$", "click.missing_argument"),
        (r"Missing option (?P<name>.+)\.$", "click.missing_option"),
        (r"Missing parameter (?P<name>.+)\.$", "click.missing_option"),
        (r"Got unexpected extra argument(?:s|\(s\))? \((?P<args>.+)\)$", "click.extra_arguments"),
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
    """A usage error as click shows it (usage, how to get help, the error), in the reader's language.

    Through ``eprint`` like every other message: a file name a shell glob put on the
    command line shows its control characters, it does not send them.
    """
    from csmatrix.commands.common import eprint
    from csmatrix.words import Msg

    ctx = getattr(error, "ctx", None)
    if isinstance(error, click.exceptions.UsageError) and ctx is not None:
        eprint(ctx.get_usage())
        if ctx.command.get_help_option(ctx) is not None:
            command = f"'{ctx.command_path} {ctx.help_option_names[0]}'"
            eprint(Msg("click.try_help", command=command))
        eprint("")
    eprint(Msg("click.error", message=click_message(error.format_message())))
