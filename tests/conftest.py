"""Shared test set-up: Qt runs offscreen, no test touches the user's real data folder, and
tests that share something outside their own temporary folder run one after another.

Python's bytecode is cached outside the checkout (``BYTECODE``). ``uv run pytest`` runs the
tests on every core (pytest-xdist, ``-n auto`` in pyproject.toml).
Tests that use the one CUPS queue run on one worker in turn (the queue and its output
folder are the machine's), and so do the crash tests (each drives the real app through
its own Xvfb with real keystrokes and kills it on a deadline: two at once on two cores
would only test the machine's load).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

# Compiled bytecode, outside the checkout, for this process and every app or CLI process a test
# starts: these machines set PYTHONDONTWRITEBYTECODE, and then each of the suite's hundreds of
# subprocesses compiled SQLAlchemy and the app from source again (a second or two each). The
# files are checked against their sources' times, as always; an installed app runs this way.
BYTECODE = Path(tempfile.gettempdir()) / f"samverkan-test-bytecode-{getattr(os, 'getuid', lambda: 0)()}"
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
sys.dont_write_bytecode = False
sys.pycache_prefix = str(BYTECODE)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-test-default-")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "resources" / "demo-project.json"


@pytest.fixture
def demo_document() -> dict[str, Any]:
    """The app's own demo project (ships in resources/)."""
    data: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def example_document() -> dict[str, Any]:
    """The shared interchange example; skipped where ../shared is absent."""
    path = SHARED / "interchange" / "example-project.json"
    if not path.exists():
        pytest.skip("../shared/interchange is not beside the checkout")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


#: the slow end-to-end tests (real app and CLI processes, benchmarks, the hostile-input examples):
#: marked ``slow``, so that ``uv run pytest -m "not slow"`` is a quick run while working
SLOW = ("tests/benchmarks/", "tests/cli/", "tests/crash/", "tests/fuzz/test_hostile_input.py::test_hostile_project",
        "tests/gui/test_app_start.py", "tests/gui/test_single_instance.py", "tests/packaging/test_selftest.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if item.nodeid.startswith(SLOW):
            item.add_marker(pytest.mark.slow)
        if "cups_queue" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("cups"))
        elif item.nodeid.startswith("tests/crash/"):
            item.add_marker(pytest.mark.xdist_group("crash"))
