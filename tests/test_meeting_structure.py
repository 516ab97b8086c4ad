"""Meeting mode's structure: no import cycle among its modules, counting imports inside
functions and under TYPE_CHECKING, and no module reaching into another object's private
members (the features take the ``MeetingSession``, never the window's insides)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = "samverkan_desktop.ui.meeting"
FOLDER = Path(__file__).resolve().parents[1] / "samverkan_desktop" / "ui" / "meeting"


def modules() -> dict[str, ast.Module]:
    return {f"{PACKAGE}.{path.stem}": ast.parse(path.read_text(encoding="utf-8"))
            for path in sorted(FOLDER.glob("*.py")) if path.stem != "__init__"}


def imports(tree: ast.Module, known: set[str]) -> set[str]:
    """Every module of ``known`` that ``tree`` imports, wherever the import statement is."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in known)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module in known:
                found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names
                         if f"{node.module}.{alias.name}" in known)
    return found


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (or a module importing itself)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1 or node in graph[node]:
                found.append(sorted(component))

    for node in graph:
        if node not in index:
            visit(node)
    return found


def test_no_import_cycle_in_meeting_mode() -> None:
    trees = modules()
    graph = {name: imports(tree, set(trees)) for name, tree in trees.items()}
    assert graph[f"{PACKAGE}.window"], "the window imports the other modules: the graph was read"
    assert cycles(graph) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    tree = ast.parse("def f():\n    from samverkan_desktop.ui.meeting import window\n")
    assert imports(tree, {f"{PACKAGE}.window"}) == {f"{PACKAGE}.window"}


def test_no_module_reaches_into_another_objects_private_members() -> None:
    reaching = []
    for name, tree in modules().items():
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and node.attr.startswith("_") and not node.attr.startswith("__")
                    and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))):
                reaching.append(f"{name}:{node.lineno}: .{node.attr}")
    assert reaching == []
