"""One app per library: a second start is refused before it touches the database, and
a lock left by a killed app does not lock the secretary out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.gui.test_app_start import wait_for_log


def start(data: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "--demo"],
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def count(log: Path, text: str) -> int:
    return log.read_text(encoding="utf-8").count(text) if log.exists() else 0


def test_a_second_start_is_refused_and_a_crashed_lock_is_recovered(tmp_path: Path) -> None:
    data = tmp_path / "data"
    log = data / "logs" / "samverkan.log"
    first = start(data)
    try:
        wait_for_log(log, "main window shown", first)
        second = start(data)
        try:
            wait_for_log(log, "library already open", second)
            time.sleep(0.5)
            assert count(log, "main window shown") == 1  # the second never opened the library
        finally:
            second.kill()
            _out, err = second.communicate(timeout=30)
        assert "redan öppet" in err.decode("utf-8") or "already open" in err.decode("utf-8")
    finally:
        first.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        first.wait(30)
    assert (data / "library.lock").exists()
    third = start(data)
    try:
        deadline = time.monotonic() + 60
        while count(log, "main window shown") < 2:
            assert time.monotonic() < deadline, "the app did not start after a crash"
            assert third.poll() is None, third.communicate()
            time.sleep(0.1)
    finally:
        third.send_signal(signal.SIGTERM)
        third.communicate(timeout=30)
