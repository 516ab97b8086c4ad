"""The job runner (ui/jobs.py): results arrive on the GUI thread, Cancel stops a job, failures
become messages, and an exclusive job holds back the user's input until it ends."""

from __future__ import annotations

import gc
import logging
import sys
import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QMainWindow, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from samverkan_desktop.progress import Progress
from samverkan_desktop.services.errors import LocalText, StorageFailed
from samverkan_desktop.ui.jobs import (
    JOB_SWITCH_INTERVAL_S,
    JobFailed,
    SyncRunner,
    ThreadRunner,
    exclusive_running,
    notices,
    run_job,
)


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot, messages: list[str]) -> None:
    worker_threads: list[str] = []
    results: list[tuple[bytes, bool]] = []

    def job(progress: Progress) -> bytes:
        worker_threads.append(threading.current_thread().name)
        for step in range(5):
            progress(step, 5)
        return b"%PDF-ok"

    def on_done(pdf: bytes) -> None:
        results.append((pdf, threading.current_thread() is threading.main_thread()))

    task = run_job(None, "Bygger…", job, on_done, runner=ThreadRunner())
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert task.state == "done"
    assert results == [(b"%PDF-ok", True)]
    assert worker_threads == ["samverkan-job"]
    assert messages == []


def test_cancel_stops_the_job_and_shows_nothing(qtbot: QtBot, messages: list[str]) -> None:
    reached: list[int] = []
    done: list[bytes] = []

    def slow_job(progress: Progress) -> bytes:
        for step in range(400):
            progress(step, 400)
            reached.append(step)
            time.sleep(0.01)
        return b"never shown"

    task = run_job(None, "Bygger rapporten…", slow_job, done.append, runner=ThreadRunner())
    dialog = task.dialog
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)  # shown once the job outlasts SHOW_AFTER_MS
    qtbot.waitUntil(lambda: dialog.value() > 0, timeout=3000)
    assert dialog.maximum() == 400
    assert dialog.labelText() == "Bygger rapporten…"
    button = dialog.findChild(QPushButton)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert task.state == "cancelled"
    assert done == []
    stopped_at = len(reached)
    assert stopped_at < 400, "the job ran to its end despite Cancel"
    time.sleep(0.1)
    assert len(reached) == stopped_at, "the job went on after Cancel"
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert messages == []


def test_a_job_finished_after_cancel_is_dropped(qtbot: QtBot, messages: list[str]) -> None:
    done: list[bytes] = []
    release = threading.Event()

    def deaf_job(progress: Progress) -> bytes:
        release.wait(5)  # never asks for progress, so it cannot be stopped early
        return b"too late"

    task = run_job(None, "Bygger…", deaf_job, done.append, runner=ThreadRunner())
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert task.state == "cancelled"
    assert done == []
    assert messages == []


def test_a_service_error_shows_its_swedish_text(qtbot: QtBot, messages: list[str]) -> None:
    def failing(progress: Progress) -> bytes:
        progress(1, 3)
        raise StorageFailed(LocalText("Projektet finns inte längre.", "The project no longer exists."))

    done: list[bytes] = []
    task = run_job(None, "Bygger…", failing, done.append, runner=ThreadRunner())
    qtbot.waitUntil(lambda: task.state != "running" and bool(messages), timeout=5000)
    assert task.state == "failed"
    assert messages == ["Projektet finns inte längre."]
    assert done == []


def test_an_unexpected_error_is_a_plain_message_and_logged(qtbot: QtBot, messages: list[str],
                                                           caplog: pytest.LogCaptureFixture) -> None:
    def broken(progress: Progress) -> bytes:
        raise ZeroDivisionError("internal detail")

    with caplog.at_level(logging.ERROR):
        task = run_job(None, "Bygger…", broken, lambda pdf: None, runner=ThreadRunner())
        qtbot.waitUntil(lambda: task.state != "running" and bool(messages), timeout=5000)
    expected = QCoreApplication.translate(
        "Jobs", "Something unexpected went wrong and the work was stopped. Your data is not affected; "
        "the details are in the log file.")
    assert messages == [expected]
    assert "internal detail" not in messages[0] and "Traceback" not in messages[0]
    record = next(r for r in caplog.records if r.name.endswith("jobs"))
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_a_ui_failure_carries_its_own_message(qtbot: QtBot, messages: list[str]) -> None:
    def refused(progress: Progress) -> int:
        raise JobFailed("Skrivaren kunde inte startas.")

    run_job(None, "Skriver ut…", refused, lambda n: None, runner=SyncRunner())
    qtbot.waitUntil(lambda: bool(messages), timeout=3000)
    assert messages == ["Skrivaren kunde inte startas."]


def test_the_synchronous_runner_finishes_before_returning(qtbot: QtBot) -> None:
    results: list[int] = []
    task = run_job(None, "Räknar…", lambda progress: 42, results.append, runner=SyncRunner())
    assert task.state == "done"
    assert results == [42]


def _key(widget: QLineEdit, key: Qt.Key, text: str = "") -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


def test_an_exclusive_job_holds_back_input_and_closing_until_it_ends(qtbot: QtBot, messages: list[str]) -> None:
    window = QMainWindow()
    field = QLineEdit()
    window.setCentralWidget(field)
    qtbot.addWidget(window)
    window.show()
    release = threading.Event()
    task = run_job(window, "Importerar…", lambda progress: release.wait(5), lambda ok: None,
                   runner=ThreadRunner(), exclusive=True)
    assert exclusive_running()
    assert task.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert QGuiApplication.overrideCursor() is not None
    _key(field, Qt.Key.Key_A, "a")  # held back at once, before the dialog shows
    assert field.text() == ""
    assert not window.close(), "the window closed while the library was being written"
    assert window.isVisible()
    qtbot.waitUntil(task.dialog.isVisible, timeout=3000)
    _key(field, Qt.Key.Key_B, "b")
    assert field.text() == ""
    release.set()
    qtbot.waitUntil(lambda: task.state == "done", timeout=5000)
    assert not exclusive_running()
    assert QGuiApplication.overrideCursor() is None
    _key(field, Qt.Key.Key_C, "c")
    assert field.text() == "c"
    event = QCloseEvent()
    QCoreApplication.sendEvent(window, event)
    assert event.isAccepted()
    assert messages == []


def test_a_job_that_must_finish_has_no_cancel(qtbot: QtBot, messages: list[str]) -> None:
    release = threading.Event()
    results: list[str] = []

    def steady(progress: Progress) -> str:
        for step in range(3):
            progress(step, 3)
        release.wait(5)
        progress(3, 3)
        return "raderat"

    task = run_job(None, "Raderar…", steady, results.append, runner=ThreadRunner(), cancellable=False)
    dialog = task.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    assert dialog.findChild(QPushButton) is None
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(dialog, QKeyEvent(kind, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier))
    dialog.close()
    task.cancel()
    assert dialog.isVisible() and not task.cancel_requested
    release.set()
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert task.state == "done"
    assert results == ["raderat"]
    assert messages == []


def test_on_failed_follows_the_message(qtbot: QtBot, messages: list[str]) -> None:
    seen: list[tuple[str, list[str]]] = []

    def failing(progress: Progress) -> int:
        raise StorageFailed(LocalText("Disken är full.", "The disk is full."))

    task = run_job(None, "Importerar…", failing, lambda n: None, runner=SyncRunner(), exclusive=True,
                   on_failed=lambda exc: seen.append((type(exc).__name__, list(messages))))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert task.state == "failed"
    assert seen == [("StorageFailed", ["Disken är full."])]
    assert not exclusive_running()


def test_the_collector_rests_while_jobs_run(qtbot: QtBot, messages: list[str]) -> None:
    """A full collection over a job's large heap would freeze the window: paused from the first
    job's start to the last one's end, then on again; meanwhile the job's thread hands the
    interpreter over every half millisecond instead of every 5 ms (bench_stalls.py)."""
    assert gc.isenabled()
    release = threading.Event()
    during: list[bool] = []

    def job(progress: Progress) -> int:
        release.wait(5)
        during.append(gc.isenabled())
        return 1

    interval = sys.getswitchinterval()
    first = run_job(None, "Importerar…", job, lambda n: None, runner=ThreadRunner())
    second = run_job(None, "Bygger…", lambda progress: 2, lambda n: None, runner=ThreadRunner())
    qtbot.waitUntil(lambda: second.state == "done", timeout=5000)
    qtbot.wait(20)
    assert not gc.isenabled(), "on again while a job still runs"
    assert sys.getswitchinterval() == JOB_SWITCH_INTERVAL_S < interval  # the window waits less for Python
    release.set()
    qtbot.waitUntil(lambda: first.state == "done", timeout=5000)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
    assert during == [False]
    assert sys.getswitchinterval() == interval


def test_a_job_that_wrote_the_library_is_announced_before_its_result(qtbot: QtBot, messages: list[str]) -> None:
    """The main window's save label listens: an import or a merge is stored as an edit is."""
    heard: list[str] = []

    def written() -> None:
        heard.append("written")

    notices().library_written.connect(written)
    run_job(None, "Räknar…", lambda progress: 1, lambda n: heard.append("result"), runner=SyncRunner())
    assert heard == ["result"]  # reading only: nothing was written
    run_job(None, "Importerar…", lambda progress: 1, lambda n: heard.append("result"), runner=SyncRunner(),
            exclusive=True)
    assert heard == ["result", "written", "result"]

    def failing(progress: Progress) -> int:
        raise StorageFailed(LocalText("Disken är full.", "The disk is full."))

    run_job(None, "Importerar…", failing, lambda n: heard.append("result"), runner=SyncRunner(), exclusive=True)
    notices().library_written.disconnect(written)
    assert heard == ["result", "written", "result"] and messages == ["Disken är full."]


def test_an_ended_task_goes_without_the_collector(qtbot: QtBot, messages: list[str]) -> None:
    """A task and its Qt bridge hold no cycle once it ends: freed by reference counting at a
    safe point of the event loop, never by a collection that could come inside a Qt destructor
    (where freeing a Qt object deadlocks on Qt's connection lock)."""
    import weakref

    was_on = gc.isenabled()
    gc.disable()
    try:
        task = run_job(None, "Bygger…", lambda progress: 1, lambda n: None, runner=SyncRunner())
        assert task.state == "done"
        gone = weakref.ref(task)
        del task
        qtbot.wait(20)  # the bridge's deferred delete
        assert gone() is None
    finally:
        if was_on:
            gc.enable()
