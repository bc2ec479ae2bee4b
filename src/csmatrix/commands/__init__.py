"""One module per command, named after it (``import`` is ``import_sheet``,
``list`` is ``listing``, ``check-bump`` is ``check_bump``); each has ``register(app)``
and a row in ``csmatrix.cli.COMMANDS``.

Shared by all: ``options`` (``--lang``, ``--frameworks``, ``--output``/``--force``,
``--format``), ``formats`` (each command's format enum mapped to its renderers, one
dispatch) and ``common`` (error handling, stderr, the store).  Modules import only
typer and the standard library at the top, so that ``csmatrix --help`` stays fast;
the core and renderers are imported inside the command functions.
"""
