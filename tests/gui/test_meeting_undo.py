"""Undo in meeting mode acts on what the user sees (issue 18, item 1).

Committing, editing, moving, re-attributing and deleting entries are undo steps of the
meeting window, driven here by real key presses; Ctrl+Z in meeting mode never changes a
screen behind it (the session editor's minute note, the protocol number), and the status
bar says what was undone."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def held_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1").fetchone()[0])


def texts(library: Library, session_id: int) -> list[str]:
    return [e.text for e in load_meeting(library, session_id).entries]


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press on the widget that has the keyboard focus (shortcuts included)."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


@pytest.fixture
def main_window(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> Iterator[MainWindow]:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for meeting in list(window.meetings.values()):
        meeting.close()


def test_ctrl_z_after_enter_undoes_the_entry_not_the_minute_note_behind(
        qtbot: QtBot, main_window: MainWindow, ctx: EditContext, demo_project: int) -> None:
    session_id = held_session(ctx.library)
    main_window.select_node(Node(Section.SESSION, demo_project, session_id))
    editor = main_window.stack.currentWidget()
    assert isinstance(editor, SessionEditor)
    # the protocol number and a protokollsanteckning, typed in the session editor
    editor.tabs.setCurrentWidget(editor.details)
    type_text(editor.details.protocol_number, "7/25")
    editor.tabs.setCurrentWidget(editor.agenda)
    editor.agenda.agenda.fill_standard_agenda()
    editor.agenda.agenda.list.setCurrentIndex(editor.agenda.agenda.model.index(3))
    notes = editor.agenda.notes
    notes.add_button.click()
    type_text(notes.text, "Vision vill ha en protokollsanteckning om bemanningen.")
    note_id = notes.current_row().id

    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow, timeout=2000)
    notes.text.setFocus()
    press(qtbot, Qt.Key.Key_F5)  # meeting mode, cursor in the entry editor
    meeting = main_window.meetings[session_id]
    assert isinstance(meeting, MeetingWindow)
    qtbot.waitUntil(lambda: meeting.isActiveWindow() and meeting.editor.hasFocus(), timeout=3000)
    before = texts(ctx.library, session_id)
    type_text(meeting.editor, "Kommunal: schemat ändras först efter samverkan.")
    press(qtbot, Qt.Key.Key_Return)
    assert meeting.session.writer.flush(5)
    assert texts(ctx.library, session_id) == [*before, "Kommunal: schemat ändras först efter samverkan."]

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert meeting.session.writer.flush(5)
    # the entry is taken back into the editor, as if Enter had not been pressed ...
    assert texts(ctx.library, session_id) == before
    assert meeting.editor.toPlainText() == "Kommunal: schemat ändras först efter samverkan."
    assert "Save entry" in meeting.statusBar().currentMessage()
    # ... and nothing behind the meeting window changed
    assert ctx.editor.get("minute_note", note_id)["text"] == "Vision vill ha en protokollsanteckning om bemanningen."
    assert ctx.editor.get("session", session_id)["protocol_number"] == "7/25"

    # nothing left to undo in meeting mode: the window says so and still changes nothing behind it
    meeting.editor.clear()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert "Nothing to undo" in meeting.statusBar().currentMessage()
    assert ctx.editor.get("minute_note", note_id)["text"] == "Vision vill ha en protokollsanteckning om bemanningen."
    assert ctx.editor.get("session", session_id)["protocol_number"] == "7/25"
