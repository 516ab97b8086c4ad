"""Never lose a word: the real app in meeting mode, real keystrokes through an X server,
SIGKILL about a second after the last key, a restart, and every character is there.

The app runs under Xvfb with a Swedish keyboard layout; xdotool sends the keys (one
keysym per character, so å, ä, ö, Å, Ä, Ö and – arrive as a keyboard sends them).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import DEMO

pytestmark = pytest.mark.slow
TOOLS = ("Xvfb", "xdotool", "setxkbmap")
PUNCTUATION = {" ": "space", ",": "comma", ".": "period", ":": "colon", "-": "minus", "!": "exclam",
               "?": "question", "–": "endash", "\n": "shift+Return"}


def keysyms(text: str) -> list[str]:
    """The xdotool key names that type ``text`` on a Swedish keyboard."""
    names = []
    for char in text:
        if char in PUNCTUATION:
            names.append(PUNCTUATION[char])
        elif char.isascii() and char.isalnum():
            names.append(char)
        elif char.isupper():
            names.append(f"shift+U{ord(char.lower()):04X}")
        else:
            names.append(f"U{ord(char):04X}")
    return names


@pytest.fixture
def display() -> Iterator[str]:
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian: xvfb, xdotool, x11-xkb-utils); .ci/run installs them")
    number = 90 + os.getpid() % 500
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    name = f":{number}"
    deadline = time.monotonic() + 10
    while subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": name},
                         capture_output=True, check=False).returncode != 0:
        if time.monotonic() > deadline:
            server.kill()
            pytest.fail("Xvfb did not start")
        time.sleep(0.1)
    subprocess.run(["setxkbmap", "se"], env={**os.environ, "DISPLAY": name}, check=True)
    yield name
    server.terminate()
    server.wait(10)


def start_meeting(data: Path, display: str, project: str, session: str) -> subprocess.Popen[bytes]:
    log = data / "logs" / "samverkan.log"
    shown_before = log.read_text(encoding="utf-8").count("meeting mode shown") if log.exists() else 0
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data),
                                "--project", project, "--meeting", session],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(encoding="utf-8").count("meeting mode shown") > shown_before:
            break
        if process.poll() is not None:
            raise AssertionError(f"the app exited with {process.returncode}")
        time.sleep(0.1)
    else:
        process.kill()
        raise AssertionError("meeting mode never showed")
    time.sleep(0.5)
    return process


def xdo(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, check=True, timeout=120)
    return result.stdout


def type_keys(display: str, text: str) -> None:
    # the window title is translated: "Mötesläge – …" in Swedish (the default), "Meeting mode – …" in English
    window = xdo(display, "search", "--name", "^(M.+tesl.+ge|Meeting mode) ").split()[0]
    xdo(display, "windowfocus", "--sync", window)
    xdo(display, "key", "--delay", "25", *keysyms(text))


def stored(data: Path) -> tuple[list[str], list[str]]:
    with sqlite3.connect(data / "library.sqlite3") as raw:
        entries = [row[0] for row in raw.execute("SELECT text FROM entry ORDER BY session_id, sort_order")]
        drafts = [row[0] for row in raw.execute("SELECT text FROM entry_draft")]
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    return entries, drafts


def test_sigkill_a_second_after_the_last_key_loses_nothing(tmp_path: Path, display: str) -> None:
    data = tmp_path / "data"
    imported = subprocess.run([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "import",
                               str(DEMO)], capture_output=True, text=True, check=True)
    project = imported.stdout.strip().splitlines()[-1]
    sessions = subprocess.run([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), "sessions",
                               project], capture_output=True, text=True, check=True).stdout.splitlines()
    session = sessions[1].split("\t")[0]

    committed = "Första inlägget: ÅÄÖ åäö – skyddsombuden ska vara med tidigt."
    typing = "Andra inlägget, inte sparat med Enter: Öresund, Älvdalen och Åre."
    app = start_meeting(data, display, project, session)
    type_keys(display, committed)
    xdo(display, "key", "Return")
    type_keys(display, typing)
    time.sleep(1.0)
    app.send_signal(signal.SIGKILL)
    app.wait(10)

    entries, drafts = stored(data)
    assert committed in entries
    assert drafts == [typing]

    again = start_meeting(data, display, project, session)  # the restart finds and keeps it all
    type_keys(display, " Slut.")
    time.sleep(1.0)
    again.send_signal(signal.SIGKILL)
    again.wait(10)
    entries, drafts = stored(data)
    assert committed in entries
    assert drafts == [typing + " Slut."]
