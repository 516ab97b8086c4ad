"""Meeting mode: typing, Enter and Shift+Enter, sticky party and kind by key, the draft on
disk within a second, editing earlier entries with undo, and adjusted (locked) minutes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import adjustment
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.meeting.keys import MeetingAction
from samverkan_desktop.ui.meeting.window import MeetingWindow
from tests.gui.conftest import answer_next_dialog, show_meeting, type_text


def held_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1").fetchone()[0])


def draft_on_disk(library: Library, session_id: int) -> str | None:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        row = raw.execute("SELECT text FROM entry_draft WHERE session_id = ?", (session_id,)).fetchone()
    return None if row is None else str(row[0])


def key(widget: object, code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, ""))  # type: ignore[arg-type]


def press(qtbot: QtBot, widget: QWidget, code: Qt.Key,
          modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key press as the keyboard makes it: shortcuts first, then the widget."""
    qtbot.keyClick(widget, code, modifiers)


CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


@pytest.fixture
def meeting(qtbot: QtBot, ctx: EditContext, demo_project: int) -> Iterator[MeetingWindow]:
    window = show_meeting(qtbot, ctx, held_session(ctx.library))
    yield window
    window.session.writer.close(5)


def test_cursor_starts_in_the_entry_editor(meeting: MeetingWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: meeting.editor.hasFocus(), timeout=2000)


def test_enter_commits_shift_enter_breaks_and_party_sticks(meeting: MeetingWindow, qtbot: QtBot) -> None:
    library, session_id = meeting.ctx.library, meeting.session.session_id
    before = len(load_meeting(library, session_id).entries)
    meeting.actions_by_id[MeetingAction.PARTY_2].trigger()  # Alt+2
    meeting.actions_by_id[MeetingAction.KIND_DECISION].trigger()  # Ctrl+2: decision
    type_text(meeting.editor, "Skyddsombuden ska vara med – från början.")
    key(meeting.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(meeting.editor, "Åtgärd: ÄO återkommer.")
    key(meeting.editor, Qt.Key.Key_Return)
    assert meeting.editor.toPlainText() == ""
    type_text(meeting.editor, "Nästa talare, samma part")
    key(meeting.editor, Qt.Key.Key_Return)
    assert meeting.session.writer.flush(10)
    entries = load_meeting(library, session_id).entries
    assert len(entries) == before + 2
    first, second = entries[-2], entries[-1]
    kommunal = load_meeting(library, session_id).parties[1].id
    assert first.text == "Skyddsombuden ska vara med – från början.\nÅtgärd: ÄO återkommer."
    assert (first.party_id, first.kind) == (kommunal, "decision")
    assert (second.party_id, second.kind) == (kommunal, "decision")  # sticky until changed
    assert first.recorded_at and first.recorded_at[10] == "T"
    qtbot.waitUntil(lambda: all(e.id for e in meeting.session.model.entries), timeout=2000)  # none left pending


def test_the_uncommitted_text_is_on_disk_within_a_second(meeting: MeetingWindow, qtbot: QtBot) -> None:
    type_text(meeting.editor, "Vi måste få underlagen tidigare, säger Vårdförbundet")
    qtbot.waitUntil(lambda: draft_on_disk(meeting.ctx.library, meeting.session.session_id)
                    == "Vi måste få underlagen tidigare, säger Vårdförbundet", timeout=1000)


def test_a_reopened_meeting_continues_the_draft(qtbot: QtBot, meeting: MeetingWindow) -> None:
    meeting.actions_by_id[MeetingAction.PARTY_3].trigger()
    type_text(meeting.editor, "Halvfärdig mening om APT")
    meeting.close()
    again = MeetingWindow(meeting.ctx, meeting.session.session_id)
    qtbot.addWidget(again)
    try:
        assert again.editor.toPlainText() == "Halvfärdig mening om APT"
        assert again.session.party_id == again.session.data.parties[2].id
    finally:
        again.session.writer.close(5)


def test_earlier_entries_edit_delete_move_reattribute_with_undo(meeting: MeetingWindow, qtbot: QtBot) -> None:
    """Every change to an earlier entry is made by keys and is an undo step of meeting mode."""
    ctx, session_id = meeting.ctx, meeting.session.session_id
    shared_steps = ctx.undo_stack.count()
    original = [e.text for e in load_meeting(ctx.library, session_id).entries]
    last = len(original) - 1
    press(qtbot, meeting.editor, Qt.Key.Key_Up)  # empty editor: up goes to the list
    assert meeting.entries.hasFocus() and meeting.entries.currentIndex().row() == last

    press(qtbot, meeting.entries, Qt.Key.Key_F2)  # edit in place
    in_place = QApplication.focusWidget()
    assert in_place is not None and in_place.objectName() == "entryInPlaceEditor"
    in_place.selectAll()
    type_text(in_place, "Rättad text – med “citat” & <tecken>")
    press(qtbot, in_place, Qt.Key.Key_Return)
    assert load_meeting(ctx.library, session_id).entries[-1].text == "Rättad text – med “citat” & <tecken>"
    assert meeting.session.model.entries[-1].text == "Rättad text – med “citat” & <tecken>"
    meeting.entries.setFocus()
    press(qtbot, meeting.entries, Qt.Key.Key_Z, CTRL)
    assert load_meeting(ctx.library, session_id).entries[-1].text == original[-1]
    assert meeting.statusBar().currentMessage() == "Undone: Edit entry"

    press(qtbot, meeting.entries, Qt.Key.Key_Up, ALT)  # move the last entry up
    assert [e.text for e in load_meeting(ctx.library, session_id).entries][last - 1] == original[-1]
    assert meeting.entries.currentIndex().row() == last - 1  # the selection follows it
    press(qtbot, meeting.entries, Qt.Key.Key_Z, CTRL)
    assert [e.text for e in load_meeting(ctx.library, session_id).entries] == original

    meeting.entries.setCurrentIndex(meeting.session.model.index(0))
    press(qtbot, meeting.entries, Qt.Key.Key_1, ALT)  # Alt+1 on a selected entry re-attributes it
    employer = meeting.session.data.parties[0].id
    assert load_meeting(ctx.library, session_id).entries[0].party_id == employer
    assert meeting.session.party_id is None  # the sticky speaker did not change

    meeting.entries.setCurrentIndex(meeting.session.model.index(0))
    press(qtbot, meeting.entries, Qt.Key.Key_Delete)
    assert len(load_meeting(ctx.library, session_id).entries) == len(original) - 1
    press(qtbot, meeting.entries, Qt.Key.Key_Z, CTRL)
    assert [e.text for e in load_meeting(ctx.library, session_id).entries] == original
    assert meeting.statusBar().currentMessage() == "Undone: Delete entry"
    press(qtbot, meeting.entries, Qt.Key.Key_Z, CTRL)  # the re-attribution
    press(qtbot, meeting.entries, Qt.Key.Key_Y, CTRL)
    assert load_meeting(ctx.library, session_id).entries[0].party_id == employer
    assert meeting.statusBar().currentMessage() == "Redone: Change party"
    assert ctx.undo_stack.count() == shared_steps  # none of it went on the main window's history
    press(qtbot, meeting.entries, Qt.Key.Key_Escape)
    assert meeting.editor.hasFocus()


def test_adjusting_locks_and_reopening_is_recorded(meeting: MeetingWindow, qtbot: QtBot,
                                                   demo_project: int) -> None:
    ctx, session_id = meeting.ctx, meeting.session.session_id
    data = load_meeting(ctx.library, session_id)
    adjusters = [p.id for p in data.people if p.present][:2]
    adjustment.adjust(ctx.library, session_id, adjusters, data.date)
    meeting.reload()
    assert meeting.session.data.read_only and meeting.editor.isReadOnly() and not meeting.lock_bar.banner.isHidden()
    type_text(meeting.editor, "får inte gå in")
    key(meeting.editor, Qt.Key.Key_Return)
    assert len(load_meeting(ctx.library, session_id).entries) == len(data.entries)

    answer_next_dialog(accept=True)
    meeting.adjust_or_reopen()
    assert not meeting.session.data.read_only and not meeting.editor.isReadOnly()
    uid = ctx.editor.get("project", demo_project).uid
    exported = next(s for s in export_document(ctx.library, str(uid))["sessions"] if s["id"] == data.session_uid)
    assert exported["status"] == "held"
    assert exported["adjusted"]["content_hash"].startswith("sha256:")
    assert len(exported["adjusted"]["reopened"]) == 1


def test_the_newest_entry_stays_in_view_after_enter(meeting: MeetingWindow, qtbot: QtBot) -> None:
    meeting.resize(900, 500)
    for number in range(8):
        type_text(meeting.editor, f"Inlägg nummer {number} om arbetsmiljö och samverkan i förvaltningen.")
        key(meeting.editor, Qt.Key.Key_Return)
    bar = meeting.entries.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum(), timeout=3000)
    last = meeting.session.model.index(meeting.session.model.rowCount() - 1)
    qtbot.waitUntil(lambda: meeting.entries.viewport().rect().intersects(meeting.entries.visualRect(last)),
                    timeout=3000)
