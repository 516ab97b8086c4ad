"""Backups while the app runs: one at start, one at a clean close, and one every few
minutes while something changes (never while the library is idle).

The periodic backup runs on a thread of its own, so typing in meeting mode never waits
for it; the backup API copies a consistent snapshot while the writer goes on. Its
result comes back to the GUI thread through a queued signal. A backup that fails
(it did not pass its verification, the disk is full) is logged and told in the
status bar; the next one is tried at the next tick.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups

log = logging.getLogger(__name__)
INTERVAL_MS = 5 * 60 * 1000


class BackupKeeper(QObject):
    #: a backup was written: its file name
    done = Signal(str)
    #: a backup failed: the message for the user
    failed = Signal(str)
    _finished = Signal(str, str)  # (file name, error message), from the backup thread

    def __init__(self, paths: DataPaths, language: str = "sv", interval_ms: int = INTERVAL_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths, self.language = paths, language
        self._last = backups.fingerprint(paths)
        self._thread: threading.Thread | None = None
        self._finished.connect(self._report)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def backup_now(self, reason: str) -> bool:
        """A backup on this thread (start, close); False when it failed (already told)."""
        self.wait()
        fingerprint = backups.fingerprint(self.paths)
        try:
            backup = backups.make_backup(self.paths, reason)
        except backups.BackupError as exc:
            self._report("", exc.text(self.language))
            return False
        self._last = fingerprint
        self._report(backup.path.name, "")
        return True

    def tick(self) -> None:
        """Start a periodic backup when the library changed since the last one."""
        if self._thread is not None and self._thread.is_alive():
            return
        fingerprint = backups.fingerprint(self.paths)
        if fingerprint == self._last:
            return
        self._last = fingerprint
        self._thread = threading.Thread(target=self._run, name="periodic-backup", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            backup = backups.make_backup(self.paths, backups.PERIODIC)
        except backups.BackupError as exc:
            self._finished.emit("", exc.text(self.language))
        except Exception as exc:  # a thread must not die silently
            log.exception("periodic backup failed")
            self._finished.emit("", str(exc))
        else:
            self._finished.emit(backup.path.name, "")

    def _report(self, name: str, error: str) -> None:
        if error:
            self._last = ()  # try again at the next tick
            self.failed.emit(error)
        else:
            self.done.emit(name)

    def wait(self, timeout: float = 30.0) -> None:
        """Let a periodic backup in flight finish."""
        if self._thread is not None:
            self._thread.join(timeout)

    def stop(self) -> None:
        self.timer.stop()
        self.wait()
