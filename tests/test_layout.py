"""The one-way dependency rule, read from the imports so it cannot drift.

    cli -> commands -> render -> features -> files / models -> errors

* The core (every package but ``commands``, ``render`` and ``cli``) imports
  neither typer, click nor rich, and nothing from ``render``, ``commands`` or
  ``cli``: it returns results, the layers above turn them into words.
* ``render`` never imports ``commands`` or ``cli``.
* No import cycles between modules, counting imports inside functions (a
  cycle hidden by a late import is still a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "csmatrix"
UI_LIBRARIES = ("typer", "click", "rich")
UPPER = ("csmatrix.render", "csmatrix.commands", "csmatrix.cli")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, anywhere in the file (TYPE_CHECKING blocks excluded)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    type_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            type_only.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found: set[str] = set()
    name = _module_name(path) if path.is_relative_to(SRC) else path.stem
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            # ``from csmatrix.files import lookup`` imports the module csmatrix.files.lookup
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {
        name: {target for target in _imports(path) if target in modules and target != name}
        for name, path in modules.items()
    } | {f"{name}!external": _imports(path) for name, path in modules.items()}


def _is_core(module: str) -> bool:
    return not module.startswith(UPPER) and module not in ("csmatrix.__main__",)


def test_the_core_knows_nothing_of_the_terminal_or_the_renderers() -> None:
    graph = _graph()
    wrong = []
    for key, targets in graph.items():
        if not key.endswith("!external"):
            continue
        module = key.removesuffix("!external")
        if not _is_core(module) or module == "csmatrix":
            continue
        for target in sorted(targets):
            if target.split(".")[0] in UI_LIBRARIES or target.startswith(UPPER):
                wrong.append(f"{module} imports {target}")
    assert wrong == []


def test_renderers_never_reach_up_to_commands() -> None:
    graph = _graph()
    wrong = [
        f"{module} imports {target}"
        for module, targets in graph.items()
        if module.startswith("csmatrix.render") and not module.endswith("!external")
        for target in sorted(targets)
        if target.startswith(("csmatrix.commands", "csmatrix.cli"))
    ]
    assert wrong == []


def test_no_import_cycles() -> None:
    graph = {k: v for k, v in _graph().items() if not k.endswith("!external")}
    # A package's __init__ importing nothing of its own keeps packages out of cycles.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert cycles == []


def test_the_rule_reader_sees_late_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\ndef f():\n    from rich.table import Table\nif TYPE_CHECKING:\n    import typer\n",
        encoding="utf-8",
    )
    found = _imports(sample)
    assert "rich.table" in found
    assert "os" in found
    assert "typer" not in found
