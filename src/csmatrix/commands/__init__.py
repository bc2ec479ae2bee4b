"""One module per command group; each has ``register(app)``.

Modules import only typer and the standard library at the top, so that
``csmatrix --help`` stays fast; the core and renderers are imported inside
the command functions.
"""
