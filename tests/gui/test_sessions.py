"""Dialogtillfällen: the sessions table model (no widgets), and the overview editor:
create and open, delete with confirmation (both answers), undo and redo."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.library_service import SessionSummary
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors import sessions as sessions_module
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.editors.sessions import SessionsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models import session_table as T
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.gui.conftest import answer_next_dialog, type_text


def summary(session_id: int, title: str, day: int, start: str | None = None, end: str | None = None,
            status: str | None = "planned", entries: int = 0) -> SessionSummary:
    return SessionSummary(session_id, f"s-{session_id}", title, dt.date(2025, 9, day), "focus_group", status,
                          entries, start, end, None)


# -- the model, without widgets ------------------------------------------------------------
def test_table_model_shows_each_column(qapp: object) -> None:
    model = T.SessionTableModel()
    model.set_sessions([summary(1, "Fokusgrupp – skyddsombud", 3, "13:00", "15:30", "held", 12),
                        summary(2, "Återkoppling", 9, None, None, None)])
    assert (model.rowCount(), model.columnCount()) == (2, 7)
    assert model.rowCount(model.index(0, 0)) == 0
    row = [model.index(0, c).data() for c in range(7)]
    assert row == ["2025-09-03", "13:00–15:30", "Focus group", "Fokusgrupp – skyddsombud", "Held", "12", ""]
    assert [model.index(1, c).data() for c in (T.TIME, T.STATUS, T.ENTRIES)] == ["", "", "0"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    assert headers == ["Date", "Time", "Kind", "Title", "Status", "Entries", "Recorded by"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.index(1, T.TITLE).data(T.SessionRole).id == 2
    assert model.index(0, T.TITLE).data(Qt.ItemDataRole.ToolTipRole) == "Fokusgrupp – skyddsombud"
    assert model.index(0, T.DATE).data(Qt.ItemDataRole.ToolTipRole) is None
    assert model.index(0, T.ENTRIES).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    assert model.data(QModelIndex()) is None
    assert (model.row_of(2), model.row_of(99)) == (1, -1)


def test_time_span() -> None:
    assert T.time_span("13:00", "16:00") == "13:00–16:00"
    assert T.time_span("13:00", None) == "13:00"
    assert T.time_span(None, "16:00") == "–16:00"
    assert T.time_span(None, None) == ""


def test_model_resets_when_given_new_sessions(qapp: object, qtbot: QtBot) -> None:
    model = T.SessionTableModel()
    with qtbot.waitSignal(model.modelReset):
        model.set_sessions([summary(1, "A", 1)])
    assert model.rowCount() == 1


# -- the editor -------------------------------------------------------------------------------
def test_lists_the_demo_sessions_in_date_order(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = SessionsEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    dates = [s.date for s in editor.model.sessions]
    assert len(dates) == 4 and dates == sorted(dates)
    assert editor.model.index(0, T.STATUS).data() == "Adjusted"
    assert int(editor.model.index(0, T.ENTRIES).data()) > 0
    assert editor.current_session() == editor.model.sessions[0]
    assert not editor.empty.isVisibleTo(editor)


def test_new_session_is_created_opened_and_undoable(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                     tmp_path: Path) -> None:
    editor = SessionsEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.session_created) as opened:
        editor.new_button.click()
    new_id = opened.args[0]
    assert editor.current_session() is not None and editor.current_session().id == new_id
    assert len(editor.model.sessions) == 5
    again = open_library(DataPaths(tmp_path / "data"))
    try:
        row = Editor(again).get("session", new_id)
        assert (row["title"], row["status"], row["date"]) == ("New session", "planned", dt.date.today())
    finally:
        again.close()
    ctx.undo_stack.undo()
    assert len(editor.model.sessions) == 4
    with pytest.raises(NotFound):
        Editor(ctx.library).get("session", new_id)
    ctx.undo_stack.redo()
    assert editor.model.row_of(new_id) >= 0


def test_enter_opens_the_selected_session(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = SessionsEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.show()
    editor.table.setCurrentIndex(editor.model.index(2, T.TITLE))
    editor.table.setFocus()
    with qtbot.waitSignal(editor.open_session) as opened:
        qtbot.keyClick(editor.table, Qt.Key.Key_Return)
    assert opened.args == [editor.model.sessions[2].id]


def test_delete_asks_says_how_many_entries_and_undo_restores_them(
        qtbot: QtBot, ctx: EditContext, demo_project: int, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = SessionsEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    target = editor.model.sessions[1]
    editor.table.setCurrentIndex(editor.model.index(1, 0))
    questions: list[str] = []

    def no(_parent: object, _title: str, text: str, _yes: str) -> bool:
        questions.append(text)
        return False
    monkeypatch.setattr(sessions_module, "confirm", no)
    editor.delete_button.click()
    assert str(target.entries) in questions[0] and target.title in questions[0]
    assert "entry" in questions[0]
    assert editor.model.row_of(target.id) == 1
    monkeypatch.undo()

    answer_next_dialog(accept=False)  # the real dialog, answered No
    editor.delete_current()
    assert Editor(ctx.library).get("session", target.id)["title"] == target.title

    answer_next_dialog("Delete session")
    editor.delete_current()
    assert editor.model.row_of(target.id) == -1
    with pytest.raises(NotFound):
        Editor(ctx.library).get("session", target.id)

    ctx.undo_stack.undo()
    restored = editor.model.sessions[editor.model.row_of(target.id)]
    assert restored.entries == target.entries
    ctx.undo_stack.redo()
    assert editor.model.row_of(target.id) == -1


def test_an_empty_project_shows_a_hint(qtbot: QtBot, ctx: EditContext) -> None:
    project = ctx.editor.create("project", None, {"title": "Tomt"})
    editor = SessionsEditor(ctx, project.id)
    qtbot.addWidget(editor)
    assert editor.empty.isVisibleTo(editor)
    assert not editor.delete_button.isEnabled() and not editor.open_button.isEnabled()
    editor.delete_current()  # nothing selected: nothing happens
    editor.new_session()
    assert not editor.empty.isVisibleTo(editor) and editor.delete_button.isEnabled()


def test_main_window_opens_a_session_from_the_overview(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                         tmp_path: Path) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.select_node(Node(Section.SESSIONS, demo_project))
    overview = window.stack.currentWidget()
    assert isinstance(overview, SessionsEditor)
    overview.new_session()
    node = window.current_node()
    assert node is not None and node.section is Section.SESSION
    assert node.session_id == overview.current_session().id
    overview._open(0)
    assert window.current_node() == Node(Section.SESSION, demo_project, overview.model.sessions[0].id)


@pytest.mark.parametrize("how", ["ctrl+n", "button"])
def test_a_session_planned_from_the_list_is_ready_for_its_title(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                                 tmp_path: Path, how: str) -> None:
    """Ctrl+N in the sessions list (or its button) opens the new session with the title selected,
    as the toolbar's "New session" does: what is typed replaces "New session"."""
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    window.select_node(Node(Section.SESSIONS, demo_project))
    overview = window.stack.currentWidget()
    assert isinstance(overview, SessionsEditor)
    overview.table.setFocus()
    qtbot.waitUntil(overview.table.hasFocus)
    if how == "ctrl+n":
        qtbot.keyClick(overview.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    else:
        overview.new_button.click()
    editor = window.stack.currentWidget()
    assert isinstance(editor, SessionEditor)
    title = editor.details.title
    qtbot.waitUntil(title.hasFocus, timeout=2000)
    assert title.selectedText() == title.text() == "New session"
    type_text(QApplication.focusWidget(), "FSG Socialförvaltningen, möte 2")
    editor.details.binder.flush()
    assert ctx.editor.get("session", editor.session_id)["title"] == "FSG Socialförvaltningen, möte 2"
