"""A polite request to stop (SIGTERM, Ctrl+C) closes the app as its close button does.

Python's default for SIGTERM ends the process at once: no close-time backup, and the next
start takes the run for a crash (a full integrity check). Qt's event loop runs in C, so a
Python signal handler would wait for the next Python code; ``signal.set_wakeup_fd`` writes
to a socket that a QSocketNotifier watches, which lets the handler run at once.

Not on Windows: nothing sends a windowed app SIGTERM or Ctrl+C there (log-off and shutdown
come through the session manager, ``ui.shutdown``), and Python's socket pair is a loopback
TCP connection there, which a firewall or endpoint protection may block. Wherever the
socket pair cannot be made the app starts all the same, without the wake-up.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
import sys
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class _Terminator(QObject):
    """Holds the socket pair for as long as its parent lives (the wakeup fd must stay open)."""

    def __init__(self, parent: QObject, close: Callable[[], object],
                 pair: tuple[socket.socket, socket.socket]) -> None:
        super().__init__(parent)
        self.close = close
        self.reader, self.writer = pair
        for end in (self.reader, self.writer):
            end.setblocking(False)
        self.notifier = QSocketNotifier(self.reader.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self.drain)

    def drain(self) -> None:
        with contextlib.suppress(OSError):
            self.reader.recv(64)  # Python ran the signal handler before this slot

    def stop(self, signum: int, _frame: object) -> None:
        log.info("asked to stop (%s): closing as the close button does", signal.Signals(signum).name)
        QTimer.singleShot(0, self.close)


def close_on_terminate(owner: QObject, close: Callable[[], object]) -> None:
    """Run ``close`` on the event loop when the process is asked to stop (call on the main
    thread); skipped on Windows, and where no wake-up socket can be made."""
    if sys.platform == "win32":
        return
    try:
        terminator = _Terminator(owner, close, socket.socketpair())
        signal.set_wakeup_fd(terminator.writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError) as exc:
        log.warning("no wake-up socket for SIGTERM (%s): the app starts without it", exc)
        return
    for number in SIGNALS:
        signal.signal(number, terminator.stop)
