"""``--meeting`` shows meeting mode before its minutes are open (ui/meeting/early_input.py):
what is typed then, with real key events, is saved once they are open, in order and with
the choices made meanwhile; when it cannot be saved (locked minutes, no such session, a
library that cannot be opened) it is on the clipboard and the user is told."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samverkan_desktop import app as app_module
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import adjustment
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.window import MeetingWindow
from tests.gui.conftest import type_text
from tests.gui.test_startup_integrity import damaged_data_folder

ALT, CTRL = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def held_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1").fetchone()[0])


def draft_on_disk(library: Library, session_id: int) -> str | None:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        row = raw.execute("SELECT text FROM entry_draft WHERE session_id = ?", (session_id,)).fetchone()
    return None if row is None else str(row[0])


@pytest.fixture
def early(qtbot: QtBot) -> Iterator[MeetingWindow]:
    """Meeting mode as ``--meeting`` shows it: no minutes yet, active, the cursor in the editor."""
    window = MeetingWindow()
    qtbot.addWidget(window)
    window.present()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    yield window
    if window.attached:
        window.session.writer.close(5)


@pytest.fixture
def main_window(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    return window


def uids(ctx: EditContext, project_id: int, session_id: int) -> tuple[str, str]:
    return str(ctx.editor.get("project", project_id).uid), load_meeting(ctx.library, session_id).session_uid


def read_boxes(seen: list[str], skip: str = "") -> QTimer:
    """Read and close every message box that opens (but the one named ``skip``)."""

    def close_boxes() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible() and not (skip and box.objectName() == skip):
            seen.append(box.text())
            box.done(0)

    timer = QTimer()
    timer.timeout.connect(close_boxes)
    timer.start(20)
    return timer


def test_typing_before_the_minutes_open_is_saved_in_order_with_its_choices(
        qtbot: QtBot, early: MeetingWindow, ctx: EditContext, demo_project: int, main_window: MainWindow) -> None:
    session_id = held_session(ctx.library)
    before = load_meeting(ctx.library, session_id)
    qtbot.keyClick(early.editor, Qt.Key.Key_2, ALT)  # the second party
    qtbot.keyClick(early.editor, Qt.Key.Key_2, CTRL)  # a decision
    type_text(early.editor, "Första inlägget – före protokollet: åäö & <tecken> 😀\n")
    assert early.editor.toPlainText() == ""  # Enter took it, as when the minutes are open
    qtbot.keyClick(early.editor, Qt.Key.Key_1, ALT)  # the first party for the next one
    type_text(early.editor, "Andra, halvvägs skrivet – ö")

    app_module._open_meeting(main_window, ctx.library, *uids(ctx, demo_project, session_id), "sv", early)

    assert early.attached and main_window.meetings[session_id] is early
    assert early.editor.toPlainText() == "Andra, halvvägs skrivet – ö"  # still being typed
    qtbot.waitUntil(lambda: draft_on_disk(ctx.library, session_id) == "Andra, halvvägs skrivet – ö", timeout=1000)
    assert early.session.writer.flush(10)
    entries = load_meeting(ctx.library, session_id).entries
    assert len(entries) == len(before.entries) + 1
    first = entries[-1]
    assert first.text == "Första inlägget – före protokollet: åäö & <tecken> 😀"
    assert (first.party_id, first.kind) == (before.parties[1].id, "decision")
    assert first.recorded_at and first.recorded_at[10] == "T"
    assert early.session.party_id == before.parties[0].id  # the later choice holds for what is typed

    type_text(early.editor, " – klart\n")  # and it goes on as meeting mode always does
    assert early.session.writer.flush(10)
    last = load_meeting(ctx.library, session_id).entries[-1]
    assert last.text == "Andra, halvvägs skrivet – ö – klart"
    assert last.party_id == before.parties[0].id


def test_the_stored_draft_comes_first_and_nothing_is_lost(
        qtbot: QtBot, early: MeetingWindow, ctx: EditContext, demo_project: int) -> None:
    session_id = held_session(ctx.library)
    earlier = MeetingWindow(ctx, session_id)  # the last run left a draft
    qtbot.addWidget(earlier)
    type_text(earlier.editor, "Påbörjat förra gången,")
    earlier.close()
    assert draft_on_disk(ctx.library, session_id) == "Påbörjat förra gången,"
    count = len(load_meeting(ctx.library, session_id).entries)

    type_text(early.editor, " fortsatt nu\n")
    type_text(early.editor, "Nästa")
    early.attach(ctx, session_id)

    assert early.session.writer.flush(10)
    entries = load_meeting(ctx.library, session_id).entries
    assert len(entries) == count + 1
    assert entries[-1].text == "Påbörjat förra gången, fortsatt nu"
    assert early.editor.toPlainText() == "Nästa"
    qtbot.waitUntil(lambda: draft_on_disk(ctx.library, session_id) == "Nästa", timeout=1000)


def test_typing_for_locked_minutes_goes_to_the_clipboard(
        qtbot: QtBot, early: MeetingWindow, ctx: EditContext, demo_project: int) -> None:
    session_id = held_session(ctx.library)
    data = load_meeting(ctx.library, session_id)
    adjustment.adjust(ctx.library, session_id, [p.id for p in data.people if p.present][:2], data.date)
    QApplication.clipboard().clear()
    type_text(early.editor, "Får inte försvinna – ö\n")
    type_text(early.editor, "och inte detta heller")
    seen: list[str] = []
    timer = read_boxes(seen)
    try:
        early.attach(ctx, session_id)
    finally:
        timer.stop()
    assert QApplication.clipboard().text() == "Får inte försvinna – ö\n\noch inte detta heller"
    assert (len(seen) == 1 and "clipboard" in seen[0]) or "urklipp" in seen[0]
    assert len(load_meeting(ctx.library, session_id).entries) == len(data.entries)  # locked: nothing added
    assert early.editor.isReadOnly() and early.editor.toPlainText() == ""


def test_a_session_that_is_not_there_leaves_the_typing_on_the_clipboard(
        qtbot: QtBot, early: MeetingWindow, ctx: EditContext, demo_project: int, main_window: MainWindow) -> None:
    project_uid, _session_uid = uids(ctx, demo_project, held_session(ctx.library))
    QApplication.clipboard().clear()
    type_text(early.editor, "Viktigt – sagt innan protokollet var öppet\n")
    type_text(early.editor, "och mer")
    seen: list[str] = []
    timer = read_boxes(seen)
    try:
        app_module._open_meeting(main_window, ctx.library, project_uid, "finns-inte", "sv", early)
    finally:
        timer.stop()
    assert QApplication.clipboard().text() == "Viktigt – sagt innan protokollet var öppet\n\noch mer"
    assert len(seen) == 1 and "Dialogtillfället \"finns-inte\" finns inte" in seen[0]
    assert not early.isVisible() and not main_window.meetings


def test_a_library_that_cannot_be_opened_leaves_the_typing_on_the_clipboard(
        qtbot: QtBot, early: MeetingWindow, tmp_path: Path, demo_document: dict[str, Any]) -> None:
    paths = damaged_data_folder(tmp_path, demo_document)
    QApplication.clipboard().clear()
    type_text(early.editor, "Skrivet medan biblioteket öppnades – å\n")
    type_text(early.editor, "sista raden")

    def quit_on_damage() -> None:  # the user chooses Quit in the damaged-library dialog
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "damagedLibraryDialog":
            next(b for b in box.buttons() if b.text().replace("&", "") == "Quit").click()

    quitter = QTimer()
    quitter.timeout.connect(quit_on_damage)
    quitter.start(20)
    seen: list[str] = []
    timer = read_boxes(seen, skip="damagedLibraryDialog")
    try:
        assert app_module._checked_library(paths, "sv", early) is None  # the app then ends with 2
    finally:
        timer.stop()
        quitter.stop()
    assert QApplication.clipboard().text() == "Skrivet medan biblioteket öppnades – å\n\nsista raden"
    assert len(seen) == 1 and ("clipboard" in seen[0] or "urklipp" in seen[0])
    assert not early.isVisible()


def test_closing_before_the_minutes_open_keeps_the_window_while_there_is_typing(
        qtbot: QtBot, early: MeetingWindow) -> None:
    type_text(early.editor, "osparat")
    early.close()
    assert early.isVisible()  # it is saved once the minutes are open; closing again then works
    assert "osparat" in early.unsaved_text()


def test_written_answers_asked_for_with_meeting_leave_the_typing_on_the_clipboard(
        qtbot: QtBot, early: MeetingWindow, ctx: EditContext, demo_project: int, main_window: MainWindow) -> None:
    from tests.services.test_written_answers_no_meeting import session_uid, written_session

    written = written_session(ctx.library, demo_project)
    project_uid = str(ctx.editor.get("project", demo_project).uid)
    QApplication.clipboard().clear()
    type_text(early.editor, "Sagt – men det här är inget möte\n")
    seen: list[str] = []
    timer = read_boxes(seen)
    try:
        app_module._open_meeting(main_window, ctx.library, project_uid, session_uid(ctx.library, written), "sv",
                                 early)
    finally:
        timer.stop()
    assert QApplication.clipboard().text() == "Sagt – men det här är inget möte"
    assert len(seen) == 1 and "inget möte" in seen[0]
    assert not early.isVisible() and not main_window.meetings
