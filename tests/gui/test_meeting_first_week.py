"""Meeting mode as a secretary's first week found it (issue 18), replayed with real keys:
Ctrl+T before any tag exists, tagging adjusted minutes, locked minutes that say so, the
topic separators in the list of entries and the header at the last topic."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import tagging as T
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.entries_model import TopicRole
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.tagging import palette as P
from tests.gui.conftest import show_meeting, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def session_of(library: Library, where: str) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute(f"SELECT id FROM session WHERE {where} ORDER BY date LIMIT 1").fetchone()[0])


def on_palette(act: Callable[[P.TagPalette], None], seen: list[P.TagPalette]) -> None:
    def run() -> None:
        palette = QApplication.activeModalWidget()
        if not isinstance(palette, P.TagPalette):
            QTimer.singleShot(20, run)
            return
        seen.append(palette)
        try:
            act(palette)
        finally:
            if palette.isVisible():  # a failed step must not leave the test waiting on a modal palette
                palette.reject()

    QTimer.singleShot(0, run)


def open_meeting(qtbot: QtBot, ctx: EditContext, session_id: int) -> MeetingWindow:
    window: MeetingWindow = show_meeting(qtbot, ctx, session_id)
    return window


@pytest.fixture(autouse=True)
def no_recent_tags() -> Iterator[None]:
    P._recent.clear()
    yield
    P._recent.clear()


@pytest.fixture
def untagged(ctx: EditContext) -> int:
    """A new project with one party and a held session, and no tags at all."""
    project = ctx.editor.create("project", None, {"title": "Samverkan 2027", "status": "draft"})
    ctx.editor.create("party", project.id, {"name": "Kommunal", "side": "union"})
    return ctx.editor.create("session", project.id, {"title": "CSG 1/27", "status": "held"}).id


def test_ctrl_t_before_any_tag_creates_a_theme_in_the_meeting_window(
        qtbot: QtBot, ctx: EditContext, untagged: int, tmp_path: Path) -> None:
    main = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))  # behind meeting mode
    qtbot.addWidget(main)
    main.show()
    meeting = open_meeting(qtbot, ctx, untagged)
    project_id = meeting.session.data.project_id
    type_text(meeting.editor, "Skyddsombuden vill vara med tidigare i förändringsarbetet.")
    qtbot.keyClick(meeting.editor, Qt.Key.Key_Return)
    seen: list[P.TagPalette] = []

    def create(palette: P.TagPalette) -> None:
        assert palette.empty_note.isVisible() and palette.headings_shown() == []
        type_text(palette.filter_edit, "Arbetsmiljö")
        assert palette.list.currentItem().text() == "+  Create theme “Arbetsmiljö”"
        qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)

    on_palette(create, seen)
    with qtbot.assertNotEmitted(ctx.failed):
        qtbot.keyClick(meeting.editor, Qt.Key.Key_T, CTRL)
    assert seen, "the palette opened over the meeting window"
    tags = T.tags_of_project(ctx.library, project_id)
    assert [(t.name, t.kind) for t in tags] == [("Arbetsmiljö", "theme")]
    entry = load_meeting(ctx.library, untagged).entries[-1]
    assert [v.tag_name for v in T.taggings_of_entry(ctx.library, entry.id)] == ["Arbetsmiljö"]
    assert main.save_label.text() != "Not saved"  # nothing failed, so the main window says nothing

    meeting.activateWindow()
    qtbot.waitUntil(meeting.isActiveWindow, timeout=2000)
    qtbot.keyClick(meeting.editor, Qt.Key.Key_Z, CTRL)  # one step: the theme and its tagging
    assert T.tags_of_project(ctx.library, project_id) == []
    assert T.taggings_of_entry(ctx.library, entry.id) == []
    assert meeting.statusBar().currentMessage() == "Undone: Tag with the new theme “Arbetsmiljö”"
    qtbot.keyClick(meeting.editor, Qt.Key.Key_Y, CTRL)
    assert [v.tag_name for v in T.taggings_of_entry(ctx.library, entry.id)] == ["Arbetsmiljö"]

    # a refusal is told in the meeting window, where the user is, and not behind it
    main.statusBar().clearMessage()
    meeting.entries.setFocus()
    meeting.entries.setCurrentIndex(meeting.session.model.index(meeting.session.model.rowCount() - 1))
    on_palette(lambda palette: qtbot.keyClick(palette.filter_edit, "1"), seen)
    qtbot.keyClick(meeting.entries, Qt.Key.Key_T, CTRL)
    assert meeting.statusBar().currentMessage() == "Anteckningen har redan den markeringen."
    assert main.statusBar().currentMessage() == "" and main.save_label.text() != "Not saved"
    meeting.close()


def test_adjusted_minutes_stay_locked_and_say_so_but_can_be_tagged(qtbot: QtBot, ctx: EditContext,
                                                                   demo_project: int) -> None:
    session_id = session_of(ctx.library, "status = 'adjusted'")
    meeting = open_meeting(qtbot, ctx, session_id)
    before = [e.text for e in load_meeting(ctx.library, session_id).entries]
    # locked looks locked, and says how to reopen
    assert meeting.session.locked() and meeting.editor.isReadOnly()
    assert meeting.lock_bar.isVisible() and meeting.lock_bar.reopen_button.isVisible()
    assert "Ctrl+J" in meeting.lock_bar.banner.text() and "Tagging still works" in meeting.lock_bar.banner.text()
    assert not meeting.parties_legend.isVisible() and not meeting.kinds_legend.isVisible()
    # a key that would type says it is locked instead of doing nothing
    meeting.editor.setFocus()
    qtbot.keyClick(meeting.editor, "a")
    message = meeting.statusBar().currentMessage()
    assert "adjusted and locked" in message and "reopen them with Ctrl+J or the button above" in message
    meeting.statusBar().clearMessage()
    meeting.entries.setFocus()
    meeting.entries.setCurrentIndex(meeting.session.model.index(3))
    for key, modifiers in ((Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_1, ALT),
                           (Qt.Key.Key_Up, ALT), (Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(meeting.entries, key, modifiers)
        assert "adjusted and locked" in meeting.statusBar().currentMessage(), key
        meeting.statusBar().clearMessage()
    assert [e.text for e in load_meeting(ctx.library, session_id).entries] == before
    # ... but its entries can be tagged, and the tagging undone, without reopening
    entry = meeting.session.model.entries[3]
    count = len(T.taggings_of_entry(ctx.library, entry.id))
    seen: list[P.TagPalette] = []
    on_palette(lambda palette: (type_text(palette.filter_edit, "tillit"),
                                qtbot.keyClick(palette.filter_edit, Qt.Key.Key_Return)), seen)
    qtbot.keyClick(meeting.entries, Qt.Key.Key_T, CTRL)
    views = T.taggings_of_entry(ctx.library, entry.id)
    assert len(views) == count + 1 and views[-1].tag_name == "Tillitsbaserad styrning"
    assert "Tillitsbaserad styrning" in meeting.session.model.data(meeting.session.model.index(3),
                                                                   Qt.ItemDataRole.UserRole + 7)
    meeting.activateWindow()  # back from the palette
    qtbot.waitUntil(meeting.isActiveWindow, timeout=2000)
    qtbot.keyClick(meeting.entries, Qt.Key.Key_Z, CTRL)
    assert len(T.taggings_of_entry(ctx.library, entry.id)) == count
    assert ctx.editor.get("session", session_id)["status"] == "adjusted"
    meeting.close()


def test_the_list_shows_where_the_topic_changes(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    session_id = session_of(ctx.library, "uid = 'session-2025-10-02-fsg-utb'")
    meeting = open_meeting(qtbot, ctx, session_id)
    model = meeting.session.model
    headings = [model.index(row).data(TopicRole) for row in range(model.rowCount())]
    questions = {q.id: q for q in meeting.session.data.topics}
    first = questions[model.entries[0].question_id]  # type: ignore[index]
    assert headings[0] == f"Question {first.number}  {first.title}"
    assert headings[1] == headings[2] == ""  # the same question continues
    assert headings[3].startswith("Question 2  ")
    assert headings[-1] == "Other notes"  # the last entry is under no question
    assert sum(1 for h in headings if h) == 7  # questions 1, 2, 3, 4, 5, 3 again, none
    # the separator takes room of its own above its entry
    option = QStyleOptionViewItem()
    option.rect = meeting.entries.visualRect(model.index(0))
    with_heading = meeting.delegate.sizeHint(option, model.index(0)).height()
    model.set_topics((), "")  # no headings known: the same entry without a separator
    assert meeting.delegate.sizeHint(option, model.index(0)).height() < with_heading
    meeting.close()


def test_the_header_does_not_offer_a_next_topic_at_the_last(qtbot: QtBot, ctx: EditContext,
                                                            demo_project: int) -> None:
    meeting = open_meeting(qtbot, ctx, session_of(ctx.library, "status = 'adjusted'"))
    topics = len(meeting.session.data.topics)
    meeting.editor.setFocus()
    assert "Ctrl+PgDown: next" in meeting.header.guidance.text()
    for _ in range(topics):
        qtbot.keyClick(meeting.editor, Qt.Key.Key_PageDown, CTRL)
    assert meeting.session.topic_index == topics - 1
    guidance = meeting.header.guidance.text()
    assert f"{topics} of {topics} · the last one" in guidance and "next" not in guidance
    qtbot.keyClick(meeting.editor, Qt.Key.Key_PageUp, CTRL)
    assert "Ctrl+PgDown: next" in meeting.header.guidance.text()
    meeting.close()


def test_minutes_reopened_in_the_session_editor_open_in_meeting_mode_too(qtbot: QtBot, ctx: EditContext,
                                                                         demo_project: int) -> None:
    from samverkan_desktop.ui.editors.session import SessionEditor
    from tests.gui.conftest import answer_next_dialog

    session_id = session_of(ctx.library, "status = 'adjusted'")
    meeting = open_meeting(qtbot, ctx, session_id)
    editor = SessionEditor(ctx, demo_project, session_id)
    qtbot.addWidget(editor)
    assert meeting.session.locked() and meeting.lock_bar.isVisible()
    answer_next_dialog(accept=True)
    editor.reopen_button.click()
    assert not meeting.session.locked() and not meeting.editor.isReadOnly() and not meeting.lock_bar.isVisible()
    meeting.close()
