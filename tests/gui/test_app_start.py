"""The real app, started as the quick start starts it: ``samverkan-desktop --demo``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, startup
from samverkan_desktop.storage.backup import list_backup_files
from tests.cli.test_cli import run
from tests.conftest import DEMO


def wait_for_log(log: Path, text: str, process: subprocess.Popen[bytes], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8", errors="replace"):
            return
        if process.poll() is not None:
            raise AssertionError(f"the app exited early with {process.returncode}")
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {log}")


def start_demo(data: Path) -> subprocess.Popen[bytes]:
    """``samverkan-desktop --data-dir DATA --demo``, as the quick start runs it (offscreen)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "--demo"],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_demo_starts_on_its_own_library(tmp_path: Path) -> None:
    data = tmp_path / "data"
    process = start_demo(data)
    try:
        wait_for_log(data / "logs" / "samverkan.log", "main window shown", process)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert b"Traceback" not in err
    listed = run("list", data_dir=data)
    assert listed.returncode == 0
    demo = json.loads(DEMO.read_text(encoding="utf-8"))["project"]
    assert listed.stdout.splitlines() == [f"{demo['id']}\t{demo['title']}"]
    log = (data / "logs" / "samverkan.log").read_text(encoding="utf-8")
    assert "Node(section=<Section.DETAILS" in log  # opened on the demo project's commission


def _ended_cleanly(data: Path) -> bool:
    """The close-time backup is made and the run is not taken for a crash at the next start."""
    reasons = [b.reason for b in list_backup_files(DataPaths(data).backups)]
    return backups.CLOSE in reasons and not startup.marker(DataPaths(data)).exists()


def test_a_request_to_stop_closes_the_app_as_its_close_button_does(tmp_path: Path) -> None:
    # SIGTERM ended the process at once: no close-time backup, and a full integrity check next time
    data = tmp_path / "data"
    process = start_demo(data)
    try:
        wait_for_log(data / "logs" / "samverkan.log", "main window ready", process)
        assert not _ended_cleanly(data)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert _ended_cleanly(data)
    assert "asked to stop (SIGTERM)" in (data / "logs" / "samverkan.log").read_text(encoding="utf-8")


# Windows ends the process soon after aboutToQuit when the user logs off or shuts down:
# exec() never returns. The script quits the way Qt does then and ends the process at once.
_SESSION_END = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
from samverkan_desktop.__main__ import main

app = QApplication(sys.argv[:1])

def end_session():
    if not any(isinstance(w, QMainWindow) and w.isVisible() and getattr(w, "attached", True)
               for w in app.topLevelWidgets()):
        QTimer.singleShot(100, end_session)  # the app is not running yet (its library not open)
        return
    app.aboutToQuit.connect(lambda: os._exit(0))  # after the app's own handlers
    app.closeAllWindows()
    app.quit()

QTimer.singleShot(100, end_session)
main(sys.argv[1:])
os._exit(3)  # exec() returned: not what happens at a Windows log-off
"""


def test_logging_off_windows_with_the_app_open_still_closes_it_cleanly(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _SESSION_END, "--data-dir", str(data), "--demo"], env=env,
                          capture_output=True, timeout=120, cwd=Path(__file__).parents[2])
    assert done.returncode == 0, done.stderr
    assert _ended_cleanly(data)
