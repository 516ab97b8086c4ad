"""A polite request to stop (SIGTERM, Ctrl+C) closes the app as its close button does.

Python's default for SIGTERM ends the process at once: no close-time backup, and the next
start takes the run for a crash (a full integrity check). Qt's event loop runs in C, so a
Python signal handler would wait for the next Python code; ``signal.set_wakeup_fd`` writes
to a pipe that a QSocketNotifier watches, which lets the handler run at once. A pipe, not a
socket pair: POSIX takes any descriptor, and the ``socket`` module (with ``selectors``)
would cost the start about 2 ms before its window shows.

Not on Windows: nothing sends a windowed app SIGTERM or Ctrl+C there (log-off and shutdown
come through the session manager, ``ui.shutdown``), and its wake-up descriptor would have
to be a socket, a loopback TCP connection there, which a firewall or endpoint protection
may block. Wherever the pipe cannot be made the app starts all the same, without the
wake-up.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import signal
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class _Terminator(QObject):
    """Holds the pipe for as long as its parent lives (the wakeup fd must stay open)."""

    def __init__(self, parent: QObject, close: Callable[[], object], pipe: tuple[int, int]) -> None:
        super().__init__(parent)
        self.close = close
        self.reader, self.writer = io.FileIO(pipe[0], "r"), io.FileIO(pipe[1], "w")
        for end in pipe:
            os.set_blocking(end, False)
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.drain)

    def drain(self) -> None:
        with contextlib.suppress(OSError):
            self.reader.read(64)  # Python ran the signal handler before this slot

    def stop(self, signum: int, _frame: object) -> None:
        log.info("asked to stop (%s): closing as the close button does", signal.Signals(signum).name)
        QTimer.singleShot(0, self.close)


def close_on_terminate(owner: QObject, close: Callable[[], object]) -> None:
    """Run ``close`` on the event loop when the process is asked to stop (call on the main
    thread); skipped on Windows, and where no wake-up pipe can be made."""
    if sys.platform == "win32":
        return
    try:
        terminator = _Terminator(owner, close, os.pipe())
        signal.set_wakeup_fd(terminator.writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError) as exc:
        log.warning("no wake-up pipe for SIGTERM (%s): the app starts without it", exc)
        return
    for number in SIGNALS:
        signal.signal(number, terminator.stop)
