"""The house rules, enforced by the test command: ruff, mypy (strict on the non-UI
layers) and the import-linter contracts that keep Qt out of domain, storage,
services, report and the CLI."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def tool(name: str) -> str:
    path = BIN / name
    if path.exists():
        return str(path)
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed in the test environment")
    return found


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)


def test_ruff() -> None:
    result = run(tool("ruff"), "check", "samverkan_desktop", "tests", "benchmarks", "docs", "installer", "resources")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy() -> None:
    result = run(tool("mypy"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_contracts() -> None:
    result = run(tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_has_a_docstring() -> None:
    import ast

    missing = []
    for path in (REPO / "samverkan_desktop").rglob("*.py"):
        if "migrations/versions" in path.as_posix():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        if (path.name != "__init__.py" or tree.body) and ast.get_docstring(tree) is None:
            missing.append(str(path.relative_to(REPO)))
    assert missing == []
