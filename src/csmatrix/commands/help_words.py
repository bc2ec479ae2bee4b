# ruff: noqa: E501  (a catalogue of texts: a line is as long as its text)
"""The Japanese of every ``--help`` text and of click's own words.

``HELP`` is keyed by the English help text as written in the command modules
(whitespace runs made one space: ``help_format.key``); a docstring is looked up
paragraph by paragraph, and an ``Example: …`` paragraph by its label alone
(the command itself is the same in both languages).  ``CLICK`` is keyed by
click's and typer's gettext message ids.
"""

from __future__ import annotations

HELP: dict[str, str] = {
    "Example:": "例:",
    "Examples:": "例:",
    # --- the root and shared options ---
    "Language of what you read: ja or en.": "表示する言語: ja(日本語)または en(英語)。",
    "Look for family@version frameworks here first (repeatable; also CSMATRIX_PATH).": "family@version のフレームワークをまずここから探す(複数指定可。CSMATRIX_PATH でも指定可)。",
    "Write here instead of stdout.": "標準出力ではなくこのファイルに書き出す。",
    "Replace OUT if it exists.": "OUT が既にあれば置き換える。",
    "Show this message and exit.": "このヘルプを表示して終了する。",
    "Print the version and exit.": "バージョンを表示して終了する。",
    # --- commands (one block per command) ---
}

CLICK: dict[str, str] = {
    # the words click and typer write into help themselves (headings, the tail of an option's help)
    "Options": "オプション",
    "Arguments": "引数",
    "Commands": "コマンド",
    "env var": "環境変数",
    "default": "既定値",
    "required": "必須",
    "Show this message and exit.": "このヘルプを表示して終了する。",
}
