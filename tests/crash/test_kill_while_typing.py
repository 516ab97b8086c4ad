"""Never lose a word: the real app in meeting mode, real keystrokes through an X server,
SIGKILL about a second after the last key, a restart, and every character is there.

The app runs under Xvfb with a Swedish keyboard layout; xdotool sends the keys (one
keysym per character, so å, ä, ö, Å, Ä, Ö and – arrive as a keyboard sends them).
"""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from tests.conftest import DEMO
from tests.crash.helpers import prepare_meeting, read_session, start_meeting, type_keys, xdo

pytestmark = pytest.mark.slow


def test_sigkill_a_second_after_the_last_key_loses_nothing(tmp_path: Path, display: str) -> None:
    meeting = prepare_meeting(tmp_path / "data", DEMO)
    data, project, session = meeting.data, meeting.project, meeting.session

    committed = "Första inlägget: ÅÄÖ åäö – skyddsombuden ska vara med tidigt."
    typing = "Andra inlägget, inte sparat med Enter: Öresund, Älvdalen och Åre."
    app = start_meeting(data, display, project, session)
    type_keys(display, committed)
    xdo(display, "key", "Return")
    type_keys(display, typing)
    time.sleep(1.0)
    app.send_signal(signal.SIGKILL)
    app.wait(10)

    stored = read_session(data, session)
    assert stored.integrity == "ok"
    assert stored.entries[-1] == committed
    assert stored.draft == typing

    again = start_meeting(data, display, project, session)  # the restart finds and keeps it all
    type_keys(display, " Slut.")
    time.sleep(1.0)
    again.send_signal(signal.SIGKILL)
    again.wait(10)
    stored = read_session(data, session)
    assert stored.integrity == "ok"
    assert stored.entries[-1] == committed
    assert stored.draft == typing + " Slut."
