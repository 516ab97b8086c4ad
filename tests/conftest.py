"""Shared test set-up: Qt runs offscreen, and no test touches the user's real data folder."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest

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


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if sys.platform != "win32":
        return
    for item in items:
        node = item.nodeid.replace("\\", "/")
        reason = next((why for prefix, why in POSIX_ONLY.items() if node.startswith(prefix)), None)
        if reason is not None:
            item.add_marker(pytest.mark.skip(reason=f"POSIX only: {reason}"))
