"""No import cycles in samverkan_desktop: the import graph is computed from the source and
every strongly connected component must be a single module.

Every import counts, wherever it is written: at the top, inside a function (a "lazy"
import still ties the two modules together) and under ``TYPE_CHECKING``. A cycle means
a newcomer cannot change one module without understanding the other; break it with a
Protocol (as ``ui/workspace.py`` and ``undo.CommandContext`` do) rather than a lazy import.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = "samverkan_desktop"

#: Cycles known and owned elsewhere, each named exactly, with its issue. None now: the last one
#: (ui/meeting's window and its feature modules, issue 17) is gone since meeting mode became a
#: controller and a view.
ALLOWED: set[frozenset[str]] = set()


def modules(root: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for path in (root / PACKAGE).rglob("*.py"):
        if "migrations/versions" in path.as_posix():
            continue  # Alembic loads the scripts by path; they are not imported
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def import_graph(root: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports, from every import statement in it."""
    known = modules(root)
    graph: dict[str, set[str]] = {name: set() for name in known}
    for name, path in known.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                    base = ".".join([*parent, base] if base else parent)
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
            for target in targets:
                while target and target not in known:  # a name inside a module: the module
                    target = target.rpartition(".")[0]
                if target and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[frozenset[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(frozenset(component))
    return found


def test_the_package_has_no_import_cycle() -> None:
    unexpected = [sorted(c) for c in cycles(import_graph(REPO)) if c not in ALLOWED]
    assert unexpected == [], f"import cycles: {unexpected}"


def test_the_check_finds_a_cycle_through_a_function_and_type_checking(tmp_path: Path) -> None:
    package = tmp_path / PACKAGE
    (package / "ui").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "ui" / "__init__.py").write_text("")
    (package / "ui" / "window.py").write_text("def open():\n    from samverkan_desktop.ui import helper\n")
    (package / "ui" / "helper.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .window import Window\n")
    (package / "ui" / "alone.py").write_text("from samverkan_desktop.ui.window import open\n")
    assert cycles(import_graph(tmp_path)) == [
        frozenset({"samverkan_desktop.ui.window", "samverkan_desktop.ui.helper"})]
