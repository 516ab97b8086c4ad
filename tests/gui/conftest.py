"""Fixtures for widget tests: a real on-disk library with the demo project, an edit
context, and helpers that type text the way a keyboard does (non-ASCII included)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def demo_project(library: Library, demo_document: dict[str, Any]) -> int:
    """Imports the demo project; returns its internal id."""
    return import_document(library, demo_document).project_id


@pytest.fixture
def ctx(qapp: QApplication, library: Library) -> EditContext:
    return EditContext(library, "sv")


def type_text(widget: QWidget, text: str) -> None:
    """Send one key press/release per character with its text set (å, ä, ö, – work)."""
    widget.setFocus()
    for char in text:
        if char == "\n":
            key, typed = Qt.Key.Key_Return, "\r"
        else:
            key, typed = Qt.Key.Key_unknown, char
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed))
    QCoreApplication.processEvents()


def answer_next_dialog(button_text: str | None = None, accept: bool = True) -> None:
    """Click a button of the next modal message box as soon as it opens."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            role = box.buttonRole(button)
            wanted = (button_text is not None and button.text().replace("&", "") == button_text) or (
                button_text is None and (role == QMessageBox.ButtonRole.YesRole) == accept
                and role in (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.NoRole))
            if wanted:
                button.click()
                return
        box.reject()

    QTimer.singleShot(0, click)


@pytest.fixture
def messages(qapp: QApplication) -> Iterator[list[str]]:
    """Every message box that opens during the test is read, recorded here and closed."""
    seen: list[str] = []

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            seen.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(20)
    yield seen
    timer.stop()


@pytest.fixture
def typer() -> Callable[[QWidget, str], None]:
    return type_text


def show_meeting(qtbot: Any, ctx: EditContext, session_id: int) -> Any:
    """Meeting mode on ``session_id``, shown and the active window (its keys are window
    shortcuts, which work only in the active window)."""
    from samverkan_desktop.ui.meeting.window import MeetingWindow

    window = MeetingWindow(ctx, session_id)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window
