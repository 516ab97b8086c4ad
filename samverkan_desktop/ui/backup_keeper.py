"""Backups while the app runs: one at start, one at a clean close, and one every few
minutes while something changes (never while the library is idle).

The backups at start and while working run on a thread of their own, so neither the
window nor typing in meeting mode waits for them; the backup API copies a consistent
snapshot while the writer goes on. The result comes back to the GUI thread through a
queued signal. A backup that fails (it did not pass its verification, the disk is
full) is logged and told in the status bar; the next one is tried at the next tick."""

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
        """The backup at start, on the backup thread (the window shows without waiting), then
        the periodic ones."""
        self._spawn(backups.START)
        self.timer.start()

    def backup_now(self, reason: str) -> bool:
        """A backup on this thread (at close); False when it failed (already told)."""
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
        self._spawn(backups.PERIODIC)

    def _spawn(self, reason: str) -> None:
        self.wait()
        self._last = backups.fingerprint(self.paths)
        self._thread = threading.Thread(target=self._run, args=(reason,), name="backup", daemon=True)
        self._thread.start()

    def _run(self, reason: str) -> None:
        try:
            backup = backups.make_backup(self.paths, reason)
        except backups.BackupError as exc:
            self._finished.emit("", exc.text(self.language))
        except Exception as exc:  # a thread must not die silently
            log.exception("backup (%s) failed", reason)
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

    def stop(self, timeout: float = 30.0) -> None:
        self.timer.stop()
        self.wait(timeout)
