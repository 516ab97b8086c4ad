"""The SIGTERM wake-up pipe: used where it helps (POSIX), skipped on Windows, and never in
the way of starting the app when the pipe cannot be made (no descriptors left)."""

from __future__ import annotations

import errno
import os
import signal
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from samverkan_desktop.ui import terminate


@pytest.fixture
def restored_signals() -> Iterator[list[QObject]]:
    """The handlers as they were afterwards; owners given to it live until then."""
    handlers = {number: signal.getsignal(number) for number in terminate.SIGNALS}
    owners: list[QObject] = []
    yield owners
    signal.set_wakeup_fd(-1)
    for number, handler in handlers.items():
        signal.signal(number, handler)


def blocked(*_args: object, **_kwargs: object) -> tuple[int, int]:
    """What ``os.pipe`` raises when the process has no descriptors left."""
    raise OSError(errno.EMFILE, "Too many open files")


def test_no_pipe_does_not_stop_the_start(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                                         restored_signals: list[QObject]) -> None:
    monkeypatch.setattr(os, "pipe", blocked)
    owner = QObject()
    terminate.close_on_terminate(owner, lambda: None)  # no exception: the app goes on starting
    assert owner.findChildren(terminate._Terminator) == []


def test_skipped_on_windows(qapp: QApplication, monkeypatch: pytest.MonkeyPatch,
                            restored_signals: list[QObject]) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    made: list[object] = []
    monkeypatch.setattr(os, "pipe", lambda *a: made.append(a) or blocked())
    before = {number: signal.getsignal(number) for number in terminate.SIGNALS}
    terminate.close_on_terminate(QObject(), lambda: None)
    assert made == []
    assert {number: signal.getsignal(number) for number in terminate.SIGNALS} == before


def test_sigterm_closes_through_the_event_loop_on_posix(qapp: QApplication,
                                                         restored_signals: list[QObject]) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    closed: list[bool] = []
    owner = QObject()
    restored_signals.append(owner)
    loop = QEventLoop()
    terminate.close_on_terminate(owner, lambda: (closed.append(True), loop.quit()))
    QTimer.singleShot(0, lambda: signal.raise_signal(signal.SIGTERM))
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
    assert closed == [True]

