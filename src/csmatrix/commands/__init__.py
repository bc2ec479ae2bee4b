"""One module per command, named after it (``import`` is ``import_sheet``,
``list`` is ``listing``, ``check-bump`` is ``check_bump``); each has ``register(app)``
and a row in ``csmatrix.cli.COMMANDS``.

Shared by all: ``options`` (``--lang``, ``--frameworks``, ``--output``/``--force``,
``--format``), ``formats`` (each command's format enum mapped to its renderers, one
dispatch) and ``common`` (error handling, stderr, the store).  Modules import only
typer and the standard library at the top, so that ``csmatrix --help`` stays fast;
the core and renderers are imported inside the command functions.

``click`` here is the click typer runs on (``cli`` and ``help_format`` subclass and
catch its classes): typer 0.24 and later carry their own copy, older typers use click itself.
"""

try:
    from typer import _click as click
except ImportError:  # pragma: no cover - the lower bound
    import click  # type: ignore[no-redef]

__all__ = ["click"]
