"""Driving the real app through an X server: Xvfb with a Swedish keyboard, xdotool keys,
meeting mode started by the command line, and the database read back with plain sqlite3.

Shared by the crash tests and the crash soak (``tests/crash/soak.py``), so that both
type and kill the app the same way.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("Xvfb", "xdotool", "setxkbmap")
PUNCTUATION = {" ": "space", ",": "comma", ".": "period", ":": "colon", "-": "minus", "!": "exclam",
               "?": "question", "–": "endash", "\n": "shift+Return"}
# the window title is translated: "Mötesläge – …" in Swedish (the default), "Meeting mode – …" in English
MEETING_TITLE = "^(M.+tesl.+ge|Meeting mode) "


class ToolsMissing(RuntimeError):
    """Xvfb, xdotool or setxkbmap is not installed."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def keysym(char: str) -> str:
    """The xdotool key name that types ``char`` on a Swedish keyboard."""
    if char in PUNCTUATION:
        return PUNCTUATION[char]
    if char.isascii() and char.isalnum():
        return char
    if char.isupper():
        return f"shift+U{ord(char.lower()):04X}"
    return f"U{ord(char):04X}"


def keysyms(text: str) -> list[str]:
    """The xdotool key names that type ``text`` on a Swedish keyboard."""
    return [keysym(char) for char in text]


@contextmanager
def xvfb_display() -> Iterator[str]:
    """A private Xvfb server with the Swedish layout; yields its display name."""
    missing = missing_tools()
    if missing:
        raise ToolsMissing(f"needs {', '.join(missing)} (Debian: xvfb, xdotool, x11-xkb-utils); "
                           ".ci/run installs them")
    # Xvfb picks a free display itself and writes its number to a pipe (-displayfd): choosing
    # one by hand races with tests running in parallel, and a second server on a taken
    # number dies while the checks below talk to the first one.
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24",
                               "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    try:
        with os.fdopen(read_end, "rb") as numbers:
            number = numbers.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        name = f":{int(number)}"
        deadline = time.monotonic() + 10
        while subprocess.run(["xdotool", "getdisplaygeometry"], env={**os.environ, "DISPLAY": name},
                             capture_output=True, check=False).returncode != 0:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.1)
        subprocess.run(["setxkbmap", "se"], env={**os.environ, "DISPLAY": name}, check=True)
        yield name
    finally:
        server.terminate()
        server.wait(10)


def cli(data: Path, *args: str) -> str:
    """Run a CLI command of the app on ``data``; its stdout."""
    return subprocess.run([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data), *args],
                          capture_output=True, text=True, check=True).stdout


@dataclass(frozen=True)
class Meeting:
    """A data folder with an imported project and the ids of the session typed into."""

    data: Path
    project: str
    session: str


def prepare_meeting(data: Path, project_file: Path) -> Meeting:
    """Import ``project_file`` into ``data``; the meeting is the project's second session."""
    project = cli(data, "import", str(project_file)).strip().splitlines()[-1]
    session = cli(data, "sessions", project).splitlines()[1].split("\t")[0]
    return Meeting(data, project, session)


def start_meeting(data: Path, display: str, project: str, session: str,
                  timeout: float = 60.0) -> subprocess.Popen[bytes]:
    """Start the real app straight into meeting mode; return once the window is shown."""
    log = data / "logs" / "samverkan.log"
    shown_before = log.read_text(encoding="utf-8").count("meeting mode shown") if log.exists() else 0
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    process = subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data),
                                "--project", project, "--meeting", session],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and log.read_text(encoding="utf-8").count("meeting mode shown") > shown_before:
            break
        if process.poll() is not None:
            raise AssertionError(f"the app exited with {process.returncode}")
        time.sleep(0.1)
    else:
        process.kill()
        process.wait(10)
        raise AssertionError("meeting mode never showed")
    time.sleep(0.5)
    return process


def xdo(display: str, *args: str) -> str:
    result = subprocess.run(["xdotool", *args], env={**os.environ, "DISPLAY": display},
                            capture_output=True, text=True, check=True, timeout=120)
    return result.stdout


def focus_meeting(display: str) -> None:
    """Give the meeting-mode window the keyboard focus."""
    window = xdo(display, "search", "--name", MEETING_TITLE).split()[0]
    xdo(display, "windowfocus", "--sync", window)


def type_keys(display: str, text: str) -> None:
    """Type ``text`` into meeting mode, 25 ms between keys."""
    focus_meeting(display)
    xdo(display, "key", "--delay", "25", *keysyms(text))


@dataclass(frozen=True)
class Stored:
    """What the database holds for one session, read with plain sqlite3."""

    integrity: str
    entries: list[str]
    draft: str | None


def read_session(data: Path, session_uid: str) -> Stored:
    """The entries (in order) and the draft of a session, and the integrity check."""
    # read-only: no checkpoint on close, so the app's next start recovers the WAL itself
    with sqlite3.connect(f"file:{data / 'library.sqlite3'}?mode=ro", uri=True) as raw:
        integrity = "; ".join(str(row[0]) for row in raw.execute("PRAGMA integrity_check"))
        (session_id,) = raw.execute("SELECT id FROM session WHERE uid = ?", (session_uid,)).fetchone()
        entries = [row[0] for row in raw.execute(
            "SELECT text FROM entry WHERE session_id = ? ORDER BY sort_order", (session_id,))]
        draft = raw.execute("SELECT text FROM entry_draft WHERE session_id = ?", (session_id,)).fetchone()
    raw.close()
    return Stored(integrity, entries, None if draft is None else str(draft[0]))
