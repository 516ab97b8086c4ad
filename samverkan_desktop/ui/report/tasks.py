"""Run work off the GUI thread, with a progress dialog and Cancel, and call back on the GUI thread.

The UI's one helper for long work (report builds, printing; later large imports). A *job*
is ``job(progress) -> result``: it calls ``progress(done, total)`` now and then, and once
the user has pressed Cancel that call raises ``BuildCancelled``, so the job stops at its
next step and nothing is shown. Back on the GUI thread the result goes to ``on_done``;
a ``ServiceError`` becomes its own message in the user's language, anything else a
general message (the traceback goes to the log file): never a traceback in the user's face.

The thread is a ``Runner``: ``ThreadRunner`` in the app; tests may pass ``SyncRunner``,
which runs the job at once on the calling thread (the pattern of Picard's FakeThreadPool).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from samverkan_desktop.report.options import BuildCancelled, Progress
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui.dialogs import show_error

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[Progress], T]

#: a build shorter than this shows no progress dialog at all
SHOW_AFTER_MS = 400
#: the dialog is updated at most this often, however often the job reports
PROGRESS_INTERVAL_S = 0.05


class Runner(Protocol):
    def start(self, work: Callable[[], None]) -> None:
        """Run ``work`` (which never raises) somewhere; may return before it is done."""


class ThreadRunner:
    """Each job on a thread of its own: report builds and print jobs are few and long."""

    def start(self, work: Callable[[], None]) -> None:
        threading.Thread(target=work, name="samverkan-job", daemon=True).start()


class SyncRunner:
    """Runs the job at once on the calling thread: for tests that need no waiting."""

    def start(self, work: Callable[[], None]) -> None:
        work()


class _Bridge(QObject):
    """Lives on the GUI thread; the worker's signals reach its slots there (queued)."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task = task
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.cancelled.connect(self._on_cancelled)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.task.show_progress(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        self.task.end("done", result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        self.task.end("failed", error)

    @Slot()
    def _on_cancelled(self) -> None:
        self.task.end("cancelled", None)


class Task(Generic[T]):
    """One running job: its progress dialog, its cancel flag and its outcome.

    ``state`` is "running", then "done", "failed" or "cancelled"; ``finished`` callbacks
    (tests, follow-up work) run after ``on_done`` in every case.
    """

    _alive: ClassVar[set[Task[Any]]] = set()  # a task lives until it ends, even if nobody holds it

    def __init__(self, parent: QWidget | None, label: str, on_done: Callable[[T], None], language: str) -> None:
        self.parent = parent
        self.on_done = on_done
        self.language = language
        self.state = "running"
        self.error: BaseException | None = None
        self.finished: list[Callable[[Task[T]], None]] = []
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self.bridge = _Bridge(self)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Tasks", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Samverkan Desktop"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.dialog.setValue(0)  # starts the minimum-duration timer
        Task._alive.add(self)

    # -- called on the worker thread ---------------------------------------------
    def progress(self, done: int, total: int) -> None:
        """The job's progress callback: raises BuildCancelled once Cancel was pressed."""
        if self._cancel.is_set():
            raise BuildCancelled()
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.bridge.progressed.emit(done, total)

    def run(self, job: Job[T]) -> None:
        try:
            result = job(self.progress)
        except BuildCancelled:
            self.bridge.cancelled.emit()
        except BaseException as exc:  # every failure reaches the user as a message
            self.bridge.failed.emit(exc)
        else:
            self.bridge.finished.emit(result)

    # -- called on the GUI thread ------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(QCoreApplication.translate("Tasks", "Cancelling…"))

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def show_progress(self, done: int, total: int) -> None:
        if self.state != "running" or self._cancel.is_set():
            return
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def end(self, state: str, payload: object) -> None:
        if self.state != "running":
            return
        if state == "done" and self._cancel.is_set():
            state = "cancelled"  # the user no longer wants it, even if it got done
        self.state = state
        Task._alive.discard(self)
        if shiboken6.isValid(self.dialog):  # gone with its parent if the window was closed
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        parent = self.parent if self.parent is not None and shiboken6.isValid(self.parent) else None
        try:
            if state == "done":
                self.on_done(payload)  # type: ignore[arg-type]
            elif state == "failed":
                assert isinstance(payload, BaseException)
                self.error = payload
                show_error(parent, failure_text(payload, self.language))
        finally:
            for callback in self.finished:
                callback(self)


class JobFailed(Exception):
    """A failure a UI job explains itself; ``message`` is already in the user's language."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def failure_text(error: BaseException, language: str) -> str:
    """What the user reads about a failed job; unexpected failures are logged in full."""
    if isinstance(error, ServiceError):
        log.warning("job failed: %s", error)
        return error.text(language)
    if isinstance(error, JobFailed):
        log.warning("job failed: %s", error)
        return error.message
    log.error("job failed unexpectedly", exc_info=(type(error), error, error.__traceback__))
    return QCoreApplication.translate(
        "Tasks", "Something unexpected went wrong and the work was stopped. Your data is not affected; "
        "the details are in the log file.")


def run_job(parent: QWidget | None, label: str, job: Job[T], on_done: Callable[[T], None], *,
            language: str = "sv", runner: Runner | None = None) -> Task[T]:
    """Run ``job`` in the background with a progress dialog saying ``label``; see the module docstring."""
    task: Task[T] = Task(parent, label, on_done, language)
    (runner or ThreadRunner()).start(lambda: task.run(job))
    return task
