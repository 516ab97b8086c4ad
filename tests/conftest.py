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


#: tests that need what only Linux/POSIX has, skipped on Windows (installer/ci/windows.yml runs
#: the suite there) with the reason; a node id prefix: a folder, a file or one test
_SIGNALS = ("stops the real app with SIGTERM/SIGKILL, which a windowed app on Windows never gets "
            "(log-off and shutdown: tests/gui/test_shutdown.py)")
POSIX_ONLY: dict[str, str] = {
    "tests/crash/": "kills the real app with SIGKILL and types into it with xdotool under Xvfb (X11)",
    "tests/gui/report/test_report_cups.py": "prints onto a CUPS queue (cupsd, lpadmin, lpstat)",
    "tests/packaging/test_check_libraries.py": "checks the ELF libraries of a Linux bundle (ldd)",
    "tests/gui/test_app_start.py": _SIGNALS,
    "tests/gui/test_single_instance.py": _SIGNALS,
    "tests/gui/test_welcome.py::test_the_app_starts_on_the_welcome_page_when_the_last_project_is_gone": _SIGNALS,
    "tests/gui/test_location_notice.py::test_the_app_warns_at_start_for_a_library_in_dropbox": _SIGNALS,
    "tests/gui/test_startup_integrity.py::test_the_real_app_backs_up_at_start_and_checks_fully_after_a_crash":
        _SIGNALS,
    "tests/cli/test_folder_names.py::test_the_app_starts_and_closes_cleanly_in_the_folder": _SIGNALS,
    "tests/gui/test_terminate.py::test_sigterm_closes_through_the_event_loop_on_posix": _SIGNALS,
}


#: the slow end-to-end tests (real app and CLI processes, benchmarks, the hostile-input examples):
#: marked ``slow``, so that ``uv run pytest -m "not slow"`` is a quick run while working
SLOW = ("tests/benchmarks/", "tests/cli/", "tests/crash/", "tests/fuzz/test_hostile_input.py::test_hostile_project",
        "tests/gui/test_app_start.py", "tests/gui/test_single_instance.py", "tests/packaging/test_selftest.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        node = item.nodeid.replace("\\", "/")
        if node.startswith(SLOW):
            item.add_marker(pytest.mark.slow)
        if "cups_queue" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("cups"))
        elif node.startswith("tests/crash/"):
            item.add_marker(pytest.mark.xdist_group("crash"))
        if sys.platform == "win32":
            reason = next((why for prefix, why in POSIX_ONLY.items() if node.startswith(prefix)), None)
            if reason is not None:
                item.add_marker(pytest.mark.skip(reason=f"POSIX only: {reason}"))
