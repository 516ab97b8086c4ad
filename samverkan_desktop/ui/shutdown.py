"""The end of a run: log-off and shutdown through the session manager, and ``finish``.

Qt 6 on Windows emits ``commitDataRequest`` at WM_QUERYENDSESSION and closes no window
(there is no fallback session management any more). When the session then really ends it
emits ``aboutToQuit`` at WM_ENDSESSION, and Windows ends the process a few seconds later
(about 5 s), whether or not ``exec()`` has returned. So:

- ``commitDataRequest`` → ``SessionGuard.commit_data``: every editor's pending text and
  every meeting window's draft is written (bounded by ``FLUSH_BUDGET_S``), text waiting
  behind a red disk-fault bar is retried, the settings are saved. Text that still cannot
  be saved stops the log-off: the user is asked when the session manager allows it,
  otherwise the shutdown is cancelled (Windows then lists the app as preventing it).
- ``aboutToQuit`` (and the end of ``exec()``) → ``finish_run``: the library is closed, the
  run is marked clean and the lock released *first*, then the close backup runs, time-boxed
  (``SESSION_END_BACKUP_S`` when the session ends), so that Windows ending the process
  mid-backup leaves a sound library that the next start does not take for a crash.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, startup
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.backup_keeper import BackupKeeper
from samverkan_desktop.ui.dialogs import confirm

if TYPE_CHECKING:
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.meeting.window import MeetingWindow

log = logging.getLogger(__name__)

# the whole of the writing at a log-off: Windows waits about 5 s for all applications
FLUSH_BUDGET_S = 2.0
# the close backup: when the session ends (Windows' budget), and at an ordinary close
SESSION_END_BACKUP_S, CLOSE_BACKUP_S = 2.5, 60.0


class SessionManager(Protocol):
    """What ``commit_data`` asks of Qt's ``QSessionManager``."""

    def allowsInteraction(self) -> bool: ...
    def cancel(self) -> None: ...
    def release(self) -> None: ...


class Lock(Protocol):
    def unlock(self) -> None: ...


def flush_meeting(meeting: MeetingWindow, timeout: float) -> bool:
    """Write a meeting window's draft and wait for its writer; True when all of it is on disk.
    (The one place that knows the meeting window's flushing API.)"""
    return meeting.flush(max(0.0, timeout))


def save_everything(window: MainWindow, budget: float = FLUSH_BUDGET_S) -> bool:
    """Write what is typed anywhere, within ``budget`` seconds; True when nothing is left unsaved."""
    from samverkan_desktop.ui.meeting.window import MeetingWindow

    deadline = time.monotonic() + budget
    window.flush_editors()
    saved = True
    for meeting in list(window.meetings.values()):
        if isinstance(meeting, MeetingWindow):
            saved = flush_meeting(meeting, deadline - time.monotonic()) and saved
    saved = window.ctx.retry_unsaved() and saved
    window.save_window_settings()
    return saved


class SessionGuard(QObject):
    """Answers the session manager for the main window; ``ending`` while a log-off goes on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ending = False

    def install(self, app: QApplication) -> None:
        # Qt: connect with a direct connection; the manager is valid only inside the slot
        app.commitDataRequest.connect(self.commit_data, Qt.ConnectionType.DirectConnection)

    def commit_data(self, manager: SessionManager) -> None:
        self.ending = True
        if save_everything(self.window):
            log.info("session ends: everything is saved")
            return
        if manager.allowsInteraction():
            leave = confirm(
                self.window, QCoreApplication.translate("Shutdown", "Not everything is saved"),
                QCoreApplication.translate(
                    "Shutdown", "Windows is logging off or shutting down, but some of what you typed cannot "
                                "be saved right now (see the red bar). If you go on, it is lost. Log off anyway?"),
                QCoreApplication.translate("Shutdown", "Log off anyway"))
            manager.release()
            if leave:
                log.warning("session ends with unsaved text: the user chose to go on")
                return
        log.warning("session end cancelled: some text cannot be saved yet")
        manager.cancel()
        self.ending = False


def finish_run(keeper: BackupKeeper, paths: DataPaths, library: Library, lock: Lock,
               time_box: float = CLOSE_BACKUP_S) -> bool:
    """The end of a run: close the library, mark the run clean, release the lock, then the
    close backup within ``time_box`` seconds; True when the backup was written in time."""
    keeper.stop(timeout=time_box)
    library.close()
    startup.mark_closed(paths)
    lock.unlock()
    return run_time_boxed(lambda: backups.make_backup(paths, backups.CLOSE), time_box, "the close backup")


def install(app: QApplication, window: MainWindow, keeper: BackupKeeper, paths: DataPaths, library: Library,
            lock: Lock) -> Callable[[], None]:
    """Answer the session manager, and return ``finish``, connected to ``aboutToQuit`` (Windows
    ends the process soon after it at a log-off, before ``exec()`` returns); call it again
    after ``exec()``: it runs once."""
    guard = SessionGuard(window)
    guard.install(app)
    finished: list[bool] = []

    def finish() -> None:
        if not finished:
            finished.append(True)
            finish_run(keeper, paths, library, lock, SESSION_END_BACKUP_S if guard.ending else CLOSE_BACKUP_S)

    app.aboutToQuit.connect(finish)
    return finish


def run_time_boxed(work: Callable[[], object], time_box: float, what: str) -> bool:
    """Run ``work`` on a thread and wait at most ``time_box`` seconds; True when it finished
    without an error (a failure or an overrun is logged; an unfinished backup leaves only a
    ``.partial`` file, which the next rotation removes)."""
    outcome: list[bool] = []

    def run() -> None:
        try:
            work()
            outcome.append(True)
        except backups.BackupError as exc:
            log.error("%s failed: %s", what, exc)
        except Exception:  # a thread must not die silently
            log.exception("%s failed", what)

    thread = threading.Thread(target=run, name="finish", daemon=True)
    thread.start()
    thread.join(time_box)
    if thread.is_alive():
        log.warning("%s did not finish within %.1f s; the next start makes one", what, time_box)
    return bool(outcome)
