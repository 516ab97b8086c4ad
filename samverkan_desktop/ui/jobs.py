"""The one way the UI runs long work: off the GUI thread, with progress, Cancel where it is
safe, errors in the user's language, and the result handed back on the GUI thread.

Modelled on Anki's ``CollectionOp`` (and Picard's ``FakeThreadPool`` for tests). A *job* is
``job(progress) -> result``: it calls ``progress(done, total)`` now and then
(``samverkan_desktop.progress``); once the user pressed Cancel that call raises
``Cancelled``, so the job stops at its next step and nothing is shown. Services take the
same callback, so a job is usually one service call::

    run_job(window, self.tr("Importing…"),
            lambda progress: import_document(library, document, progress=progress),
            self._imported, language=ctx.language, exclusive=True)

Back on the GUI thread the result goes to ``on_done``. A ``ServiceError`` becomes its own
message in the user's language, a ``JobFailed`` carries a message the UI wrote, anything
else a general message (the traceback goes to the log file): never a traceback in the
user's face. ``on_failed`` (optional) runs after the message, to put the views right.

Two choices per job:

- ``cancellable=False``: no Cancel button, Esc does nothing. For work that must run to its
  end once begun (erasing a person, restoring a backup); such a job never sees ``Cancelled``.
- ``exclusive=True``: the job writes the library (an import, a restore, an erasure). Until
  it ends the user's input to every window is held back (the editors are blocked, nothing
  waits on the job's write lock) and no window can be closed; the progress dialog is
  application-modal. ``exclusive_running()`` says whether such a job runs. Its result is
  never dropped: Cancel pressed after its last step comes too late, and what it wrote
  is shown; ``notices().library_written`` tells the windows that it is stored.

While any job runs, Python's cyclic garbage collector is paused: its full passes over
the large heaps an import builds (a parsed 50,000-entry file is millions of objects)
hold the interpreter, and so the window, for up to a second each. Almost nothing there
forms cycles; reference counting frees it, and collection resumes once the result is
handed over. And the job's thread hands the interpreter over ten times as often, so that
the window, which needs it for every event it handles in Python, waits less for it
(``benchmarks/bench_stalls.py``, docs/performance.md).

A job shorter than ``SHOW_AFTER_MS`` shows no dialog at all. The thread is a ``Runner``:
``ThreadRunner`` in the app; tests may pass ``SyncRunner``, which runs the job at once on
the calling thread.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time
from collections.abc import Callable
from typing import Any, ClassVar, Generic, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QProgressDialog, QWidget

from samverkan_desktop.progress import Cancelled, Progress
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui.dialogs import show_error

__all__ = ["Cancelled", "Job", "JobFailed", "Progress", "Runner", "SyncRunner", "Task", "ThreadRunner",
           "exclusive_running", "failure_text", "notices", "run_job"]

log = logging.getLogger(__name__)

T = TypeVar("T")
Job = Callable[[Progress], T]

SHOW_AFTER_MS = 400  # a job shorter than this shows no progress dialog at all
#: how often a running job's thread hands the interpreter over while any job runs (Python's
#: default is 5 ms). Every event the window handles in Python (the held input's filter, a
#: progress update, showing the dialog) waits for the interpreter that long; dozens of
#: them in a row stopped the window for 100 to 230 ms (docs/performance.md)
JOB_SWITCH_INTERVAL_S = 0.0005
PROGRESS_INTERVAL_S = 0.05  # the dialog is updated at most this often, however often the job reports


class Runner(Protocol):
    def start(self, work: Callable[[], None]) -> None:
        """Run ``work`` (which never raises) somewhere; may return before it is done."""


class ThreadRunner:
    """Each job on a thread of its own: long jobs are few, and each runs alone."""

    def start(self, work: Callable[[], None]) -> None:
        threading.Thread(target=work, name="samverkan-job", daemon=True).start()


class SyncRunner:
    """Runs the job at once on the calling thread: for tests that need no waiting."""

    def start(self, work: Callable[[], None]) -> None:
        work()


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
        "Jobs", "Something unexpected went wrong and the work was stopped. Your data is not affected; "
        "the details are in the log file.")


_HELD_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop, QEvent.Type.InputMethod,
    QEvent.Type.TouchBegin, QEvent.Type.TabletPress, QEvent.Type.Close,
})


class _InputHold(QObject):
    """An application event filter that holds back the user's input while exclusive jobs run.

    Only the jobs' own progress dialogs take input; close requests to every other window
    are refused.
    """

    def __init__(self) -> None:
        super().__init__()
        self.tasks: list[Task[Any]] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _HELD_INPUT:
            return False
        if any(task.owns(watched) for task in self.tasks):
            return False
        if not isinstance(watched, QWidget) and event.type() != QEvent.Type.Shortcut:
            return False  # the window system's layer: the widget it is meant for decides
        event.ignore()  # a refused close must read as refused, not as done
        return True


class _NoCancel(QObject):
    """The event filter of a non-cancellable job's dialog: Esc and its close button do nothing."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            event.ignore()
            return True
        return event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape  # type: ignore[attr-defined]


_hold = _InputHold()


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    assert app is not None, "a job needs the application object"
    return app


class _Notices(QObject):
    #: a job that writes the library ended done: what it wrote is stored (the save label says so)
    library_written = Signal()


_notices: _Notices | None = None


def notices() -> _Notices:
    """The runner's application-wide signals (created with the first use, on the GUI thread)."""
    global _notices
    if _notices is None or not shiboken6.isValid(_notices):
        _notices = _Notices(_application())
    return _notices


def exclusive_running() -> bool:
    """Whether a job that writes the library runs now (the user's input is held back)."""
    return bool(_hold.tasks)


class _CollectorPause:
    """From the first job's start until the last one has ended (GUI thread only): the cyclic
    collector off (if it was off before, it stays off), and the interpreter handing itself
    over every ``JOB_SWITCH_INTERVAL_S`` instead of every 5 ms."""

    def __init__(self) -> None:
        self.jobs = 0
        self.was_on = False
        self.interval = sys.getswitchinterval()

    def pause(self) -> None:
        if self.jobs == 0:
            self.was_on = gc.isenabled()
            gc.disable()
            self.interval = sys.getswitchinterval()
            sys.setswitchinterval(min(self.interval, JOB_SWITCH_INTERVAL_S))
        self.jobs += 1

    def resume(self) -> None:
        """From a zero timer: a safe point of the event loop."""
        self.jobs -= 1
        if self.jobs == 0:
            sys.setswitchinterval(self.interval)
            if self.was_on:
                gc.enable()
                # what piled up during the pause is collected here, at once, not by the next
                # allocation, which may come inside a Qt destructor (a collection that frees a
                # Qt object there deadlocks); the job's large result is already let go
                gc.collect(0)


_collector = _CollectorPause()


class _Bridge(QObject):
    """Lives on the GUI thread; the worker's signals reach its slots there (queued). Deleted
    (``deleteLater``) when its task ends."""

    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, task: Task[Any]) -> None:
        super().__init__()
        self.task: Task[Any] | None = task
        self.progressed.connect(self._on_progress)
        self.finished.connect(self._on_finished)
        self.failed.connect(self._on_failed)
        self.cancelled.connect(self._on_cancelled)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.task is not None:
            self.task.show_progress(done, total)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if self.task is not None:
            self.task.end("done", result)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        if self.task is not None:
            self.task.end("failed", error)

    @Slot()
    def _on_cancelled(self) -> None:
        if self.task is not None:
            self.task.end("cancelled", None)


class Task(Generic[T]):
    """One running job: its progress dialog, its cancel flag and its outcome.

    ``state`` is "running", then "done", "failed" or "cancelled"; ``finished`` callbacks
    (tests, follow-up work) run after ``on_done`` / ``on_failed`` in every case.
    """

    _alive: ClassVar[set[Task[Any]]] = set()  # a task lives until it ends, even if nobody holds it

    def __init__(self, parent: QWidget | None, label: str, on_done: Callable[[T], None], language: str, *,
                 cancellable: bool = True, exclusive: bool = False,
                 on_failed: Callable[[BaseException], None] | None = None) -> None:
        self.parent = parent
        self.on_done = on_done
        self.on_failed = on_failed
        self.language = language
        self.cancellable = cancellable
        self.exclusive = exclusive
        self.state = "running"
        self.error: BaseException | None = None
        self.finished: list[Callable[[Task[T]], None]] = []
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self.bridge = _Bridge(self)
        self.dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
        self.dialog.setObjectName("jobProgress")
        self.dialog.setWindowTitle(QCoreApplication.translate("Jobs", "Samverkan Desktop"))
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal if exclusive
                                      else Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if cancellable:
            self.dialog.canceled.connect(self.cancel)
        else:
            self.dialog.setCancelButton(None)  # no button
            self._steady = _NoCancel(self.dialog)
            self.dialog.installEventFilter(self._steady)
        Task._alive.add(self)
        _collector.pause()
        if exclusive:
            if not _hold.tasks:
                _application().installEventFilter(_hold)
                QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            _hold.tasks.append(self)
        self.dialog.setValue(0)  # starts the minimum-duration timer

    def owns(self, receiver: QObject) -> bool:
        """Whether ``receiver`` is this job's dialog or in it (its input goes through)."""
        if not shiboken6.isValid(self.dialog) or not isinstance(receiver, QWidget):
            return False
        return receiver is self.dialog or self.dialog.isAncestorOf(receiver)

    # -- called on the worker thread ---------------------------------------------
    def progress(self, done: int, total: int) -> None:
        """The job's progress callback: raises Cancelled once Cancel was pressed."""
        if self._cancel.is_set():
            raise Cancelled()
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.bridge.progressed.emit(done, total)

    def run(self, job: Job[T]) -> None:
        try:
            result = job(self.progress)
        except Cancelled:
            self.bridge.cancelled.emit()
        except BaseException as exc:  # every failure reaches the user as a message
            self.bridge.failed.emit(exc)
        else:
            self.bridge.finished.emit(result)

    # -- called on the GUI thread ------------------------------------------------
    def cancel(self) -> None:
        if not self.cancellable:
            return
        self._cancel.set()
        if shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(QCoreApplication.translate("Jobs", "Cancelling…"))

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def show_progress(self, done: int, total: int) -> None:
        if self.state != "running" or self._cancel.is_set():
            return
        if total > 0 and shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def end(self, state: str, payload: object) -> None:
        if self.state != "running":
            return
        if state == "done" and self._cancel.is_set() and not self.exclusive:
            state = "cancelled"  # the user no longer wants it, even if it got done
        # (an exclusive job that got done despite a late Cancel has changed the library: shown as done)
        self.state = state
        Task._alive.discard(self)
        self._release_input()
        if shiboken6.isValid(self.dialog):  # gone with its parent if the window was closed
            if self.cancellable:
                self.dialog.canceled.disconnect(self.cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        parent = self.parent if self.parent is not None and shiboken6.isValid(self.parent) else None
        try:
            if state == "done":
                if self.exclusive:
                    notices().library_written.emit()
                self.on_done(payload)  # type: ignore[arg-type]
            elif state == "failed":
                assert isinstance(payload, BaseException)
                self.error = payload
                show_error(parent, failure_text(payload, self.language))
                if self.on_failed is not None:
                    self.on_failed(payload)
        finally:
            try:
                for callback in self.finished:
                    callback(self)
            finally:
                # the task and its bridge held each other: left to the collector, the bridge's Qt
                # object would be destroyed in the middle of whatever allocation triggered it, even
                # inside another object's destructor, where Qt deadlocks on its connection lock
                self.bridge.task = None
                self.bridge.deleteLater()
                # once the result is let go, not before: a full pass over it is what the pause avoids
                QTimer.singleShot(0, _collector.resume)

    def _release_input(self) -> None:
        if self in _hold.tasks:
            _hold.tasks.remove(self)
            if not _hold.tasks:
                _application().removeEventFilter(_hold)
                QGuiApplication.restoreOverrideCursor()


def run_job(parent: QWidget | None, label: str, job: Job[T], on_done: Callable[[T], None], *,
            language: str = "sv", runner: Runner | None = None, cancellable: bool = True,
            exclusive: bool = False, on_failed: Callable[[BaseException], None] | None = None) -> Task[T]:
    """Run ``job`` in the background with a progress dialog saying ``label``; see the module docstring."""
    task: Task[T] = Task(parent, label, on_done, language, cancellable=cancellable, exclusive=exclusive,
                         on_failed=on_failed)
    (runner or ThreadRunner()).start(lambda: task.run(job))
    return task
