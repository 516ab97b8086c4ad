"""Action items: the table model (sort, only open), add/edit/delete with undo in the
actions editor, making one from an action entry in meeting mode, and the panel of open
actions from earlier sessions when meeting mode opens a later session."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.services.actions import list_actions
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.actions_list import ActionsEditor
from samverkan_desktop.ui.meeting.keys import MeetingAction
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.actions_table import DUE, OWNER, STATUS, TEXT, ActionsTableModel
from tests.gui.conftest import answer_next_dialog, show_meeting, type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def texts(model: ActionsTableModel, column: int = TEXT) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def session_ids(library: Library, project: int) -> dict[str, int]:
    return {row.uid or "": row.id for row in Editor(library).children("session", project)}


def test_table_model_sorts_and_filters(qapp: object, library: Library, demo_project: int) -> None:
    model = ActionsTableModel()
    actions = list_actions(library, demo_project)
    model.set_actions(actions)
    assert model.rowCount() == 5 and model.columnCount() == 6
    assert model.rowCount(model.index(0, 0)) == 0
    assert model.headerData(OWNER, Qt.Orientation.Horizontal) == "Owner"
    assert texts(model, OWNER)[0] == "HR-chefen" and texts(model, DUE)[0] == "2025-12-15"
    assert set(texts(model, STATUS)) == {"Open", "Done"}
    model.sort(DUE, Qt.SortOrder.AscendingOrder)
    dues = texts(model, DUE)
    assert dues == sorted(dues)
    model.sort(DUE, Qt.SortOrder.DescendingOrder)
    assert texts(model, DUE) == sorted(dues, reverse=True)
    model.set_only_open(True)
    assert model.rowCount() == 4 and "Done" not in texts(model, STATUS)
    model.set_only_open(False)
    assert model.rowCount() == 5
    assert model.data(QModelIndex()) is None


def make_editor(qtbot: QtBot, ctx: EditContext, project: int) -> ActionsEditor:
    editor = ActionsEditor(ctx, project)
    qtbot.addWidget(editor)
    editor.resize(1000, 700)
    editor.show()
    return editor


def test_add_edit_delete_undo(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make_editor(qtbot, ctx, demo_project)
    assert editor.model.rowCount() == 5
    editor.add()
    assert editor.model.rowCount() == 6
    action_id = editor.current_id()
    assert action_id is not None and editor.window().focusWidget() is editor.text
    editor.text.clear()
    type_text(editor.text, "Återkoppla till skyddsombuden före årsskiftet – via APT")
    type_text(editor.owner, "Förvaltningschefen")
    type_text(editor.due.line, "2026-03-31")
    editor.due.commit_typed()
    editor.status.setCurrentIndex(editor.status.findData("done"))
    editor.session.setCurrentIndex(2)
    editor.improvement.setCurrentIndex(1)
    editor.binder.flush()
    row = ctx.editor.get("action", action_id)
    assert row["text"] == "Återkoppla till skyddsombuden före årsskiftet – via APT"
    assert row["owner"] == "Förvaltningschefen" and row["due"] == dt.date(2026, 3, 31)
    assert row["status"] == "done" and row["session_id"] is not None and row["improvement_id"] is not None
    shown = editor.model.row_of(action_id)
    assert editor.model.data(editor.model.index(shown, OWNER)) == "Förvaltningschefen"

    editor.due.clear_date()
    assert ctx.editor.get("action", action_id)["due"] is None
    ctx.undo_stack.undo()
    assert ctx.editor.get("action", action_id)["due"] == dt.date(2026, 3, 31)

    editor.only_open.setChecked(True)
    assert editor.model.row_of(action_id) == -1 and editor.model.rowCount() == 4
    editor.only_open.setChecked(False)
    editor.select(action_id)

    answer_next_dialog(accept=False)
    editor.delete_current()
    assert editor.model.row_of(action_id) >= 0
    answer_next_dialog(accept=True)
    editor.delete_current()
    assert editor.model.row_of(action_id) == -1
    assert [a.id for a in list_actions(ctx.library, demo_project)].count(action_id) == 0
    ctx.undo_stack.undo()
    assert editor.model.row_of(action_id) >= 0
    assert ctx.editor.get("action", action_id)["owner"] == "Förvaltningschefen"
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert editor.model.rowCount() == 5
    ctx.undo_stack.redo()
    assert editor.model.rowCount() == 6


def meeting_on(qtbot: QtBot, ctx: EditContext, session_id: int) -> MeetingWindow:
    window: MeetingWindow = show_meeting(qtbot, ctx, session_id)
    return window


def test_action_entry_becomes_an_action_in_meeting_mode(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    window = meeting_on(qtbot, ctx, session_ids(ctx.library, demo_project)["session-2025-10-02-fsg-utb"])
    try:
        row = next(n for n, e in enumerate(window.session.model.entries) if e.kind == "action")
        before = len(list_actions(ctx.library, demo_project))
        window.entries.setFocus()
        window.entries.setCurrentIndex(window.session.model.index(0))
        qtbot.keyClick(window.entries, Qt.Key.Key_A, CTRL_SHIFT)  # a statement: told, nothing made
        assert len(list_actions(ctx.library, demo_project)) == before
        assert "Only an entry of kind action" in window.statusBar().currentMessage()
        window.entries.setCurrentIndex(window.session.model.index(row))
        qtbot.keyClick(window.entries, Qt.Key.Key_A, CTRL_SHIFT)
        made = list_actions(ctx.library, demo_project)
        assert len(made) == before + 1
        assert made[-1].text == window.session.model.entries[row].text
        assert made[-1].session_id == window.session.session_id and made[-1].is_open
        qtbot.keyClick(window.entries, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # meeting mode's undo
        assert len(list_actions(ctx.library, demo_project)) == before
        assert "Undone: Create action" in window.statusBar().currentMessage()
        item = window.actions_by_id[MeetingAction.CREATE_ACTION]
        assert item not in window.context_menu(0).actions()  # offered only for entries of kind action
        assert item in window.context_menu(row).actions()
        item.trigger()
        assert len(list_actions(ctx.library, demo_project)) == before + 1
    finally:
        window.close()


def test_open_actions_panel_on_a_later_session(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    sessions = session_ids(ctx.library, demo_project)
    first = meeting_on(qtbot, ctx, sessions["session-2025-09-18-csg"])
    try:
        assert first.action_items.panel() is None  # nothing before the first session
    finally:
        first.close()
    window = meeting_on(qtbot, ctx, sessions["session-2025-11-06-hemtjanst-norra"])
    try:
        panel = window.action_items.panel()
        assert panel is not None and panel.isVisible()
        assert [a.uid for a in panel.open_actions] == ["action-01", "action-03", "action-04"]
        assert "HR-chefen" in panel.list.text() and "2025-12-15" in panel.list.text()
        qtbot.waitUntil(window.editor.hasFocus, timeout=2000)
        qtbot.keyClick(window.editor, Qt.Key.Key_Escape)  # Esc in the entry editor
        assert not panel.isVisible() and window.editor.hasFocus()
    finally:
        window.close()
    again = meeting_on(qtbot, ctx, sessions["session-2025-11-06-hemtjanst-norra"])
    try:
        panel = again.action_items.panel()
        assert panel is not None
        panel.hide_button.click()
        assert not panel.isVisible()
    finally:
        again.close()
