"""The real app, started as the quick start starts it: ``samverkan-desktop --demo``."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

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


def test_demo_starts_on_its_own_library(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "--demo"],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
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
