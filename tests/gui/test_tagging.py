"""Tagging in the UI: the quick palette (filtering with Swedish letters, Enter, number keys for
recent tags), span tagging, memo and removal with undo in the review view, the review tab of
the session editor, and live tagging and span-keeping text edits in meeting mode."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import tagging as T
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.session import SessionEditor
from samverkan_desktop.ui.meeting.entries_model import TagNamesRole
from samverkan_desktop.ui.meeting.keys import MeetingAction
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.tagging import palette as P
from samverkan_desktop.ui.tagging.review_view import ReviewView
from tests.gui.conftest import type_text


def held_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1").fetchone()[0])


def key(widget: object, code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        text: str = "") -> None:
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, text))  # type: ignore[arg-type]


def on_palette(action: Callable[[P.TagPalette], None]) -> None:
    """Act on the next tag palette as soon as it opens (it is modal)."""

    def run() -> None:
        palette = QApplication.activeModalWidget()
        if not isinstance(palette, P.TagPalette):
            QTimer.singleShot(20, run)
            return
        action(palette)

    QTimer.singleShot(0, run)


def choose_by_typing(text: str) -> Callable[[P.TagPalette], None]:
    def act(palette: P.TagPalette) -> None:
        type_text(palette.filter_edit, text)
        key(palette.filter_edit, Qt.Key.Key_Return)

    return act


@pytest.fixture(autouse=True)
def no_recent_tags() -> Iterator[None]:
    P._recent.clear()
    yield
    P._recent.clear()


def tag_named(library: Library, project_id: int, name: str) -> T.TagView:
    return next(t for t in T.tags_of_project(library, project_id) if t.name == name)


def test_palette_filters_with_swedish_letters_and_enter_applies(qtbot: QtBot, ctx: EditContext,
                                                                demo_project: int) -> None:
    tags = T.tags_of_project(ctx.library, demo_project)
    palette = P.TagPalette(tags, [], "target")
    qtbot.addWidget(palette)
    assert len(palette.visible_names()) == len(tags)
    type_text(palette.filter_edit, "ÅTER")
    assert palette.visible_names() == ["Återkoppling från CSG och FSG till arbetsplatserna"]
    palette.filter_edit.clear()
    type_text(palette.filter_edit, "träff")
    assert palette.visible_names() == ["Arbetsplatsträffar (APT)", "Arbetsplatsträffar som ger inflytande"]
    key(palette.filter_edit, Qt.Key.Key_Down)
    key(palette.filter_edit, Qt.Key.Key_Return)
    assert palette.chosen == tag_named(ctx.library, demo_project, "Arbetsplatsträffar som ger inflytande").id
    assert palette.result() == P.TagPalette.DialogCode.Accepted


def test_number_keys_apply_a_recent_tag(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tags = T.tags_of_project(ctx.library, demo_project)
    for tag in (tags[3], tags[5], tags[1]):
        P.remember_tag(demo_project, tag.id)
    assert P.recent_tags(demo_project) == [tags[1].id, tags[5].id, tags[3].id]
    palette = P.TagPalette(tags, P.recent_tags(demo_project), "target")
    qtbot.addWidget(palette)
    key(palette.filter_edit, Qt.Key.Key_2, text="2")
    assert palette.chosen == tags[5].id


def test_palette_groups_the_tags_under_headings_and_skips_them(qtbot: QtBot, ctx: EditContext,
                                                               demo_project: int) -> None:
    tags = T.tags_of_project(ctx.library, demo_project)
    palette = P.TagPalette(tags, [], "target")
    qtbot.addWidget(palette)
    assert palette.headings_shown() == ["Themes", "What works (strengths)", "Improvement areas"]
    rows = [palette.list.item(r).text().strip() for r in range(palette.list.count())]
    themes = [t.name for t in tags if t.kind == "theme"]
    strengths = [t.name for t in tags if t.kind == "strength"]
    assert rows[:len(themes) + 2] == ["Themes", *themes, "What works (strengths)"]
    assert rows[len(themes) + 2:len(themes) + 2 + len(strengths)] == strengths
    assert palette.list.item(1).text() == "    Dialog och inflytande"  # a top tag under its heading
    assert palette.list.item(2).text() == "        Information i tid"  # its child, one step in
    # Down from the last theme goes over the heading to the first strength
    palette.list.setCurrentRow(len(themes))
    key(palette.filter_edit, Qt.Key.Key_Down)
    assert palette.list.currentItem().text().strip() == strengths[0]
    # filtered: only the groups with a match keep their heading
    type_text(palette.filter_edit, "arbetsplats")
    assert palette.headings_shown() == ["Themes", "Improvement areas"]
    assert palette.list.currentItem().text().strip() == "Arbetsplatsträffar (APT)"  # the heading is skipped
    key(palette.filter_edit, Qt.Key.Key_Down)
    key(palette.filter_edit, Qt.Key.Key_Return)
    assert palette.chosen == tag_named(ctx.library, demo_project, "Arbetsplatsträffar som ger inflytande").id


def test_palette_offers_a_new_theme_for_what_was_typed(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    palette = P.TagPalette(T.tags_of_project(ctx.library, demo_project), [], "target")
    qtbot.addWidget(palette)
    type_text(palette.filter_edit, "Arbetsmiljö")  # an existing tag's name: nothing to create
    assert [palette.list.item(r).data(P.ROLE_KIND) for r in range(palette.list.count())].count(P.CREATE) == 0
    palette.filter_edit.clear()
    type_text(palette.filter_edit, "Arbetsmiljö i förskolan")
    assert palette.visible_names() == []
    assert palette.list.currentItem().text() == "+  Create theme “Arbetsmiljö i förskolan”"
    key(palette.filter_edit, Qt.Key.Key_Return)
    assert palette.choice == P.Choice(new_theme="Arbetsmiljö i förskolan")


@pytest.fixture
def review(qtbot: QtBot, ctx: EditContext, demo_project: int) -> ReviewView:
    view = ReviewView(ctx, demo_project, held_session(ctx.library))
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    return view


def select_words(view: ReviewView, words: str) -> tuple[int, int]:
    text = view.text.toPlainText()
    start = text.index(words)
    cursor = view.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(words), QTextCursor.MoveMode.KeepAnchor)
    view.text.setTextCursor(cursor)
    return start, start + len(words)


def test_review_span_tagging_memo_removal_and_undo(review: ReviewView, ctx: EditContext, demo_project: int,
                                                   qtbot: QtBot) -> None:
    entry = review.model.entries[0]
    before = len(T.taggings_of_entry(ctx.library, entry.id))
    words = " ".join(entry.text.split()[1:3])
    span = select_words(review, words)
    on_palette(choose_by_typing("miljö"))
    review.tag()
    views = T.taggings_of_entry(ctx.library, entry.id)
    assert len(views) == before + 1
    new = next(v for v in views if v.tag_name == "Arbetsmiljö" and v.start is not None)
    assert (new.start, new.end) == span and entry.text[new.start:new.end] == words  # type: ignore[misc]
    assert review.current_tagging() is not None and review.current_tagging().id == new.id  # type: ignore[union-attr]
    assert review.model.highlights[entry.id]

    type_text(review.memo, "Gäller även skyddsombuden")
    review.binder.flush()
    assert ctx.editor.get("tagging", new.id)["memo"] == "Gäller även skyddsombuden"

    review.tagging_list.setFocus()
    review.remove_selected()
    assert all(v.id != new.id for v in T.taggings_of_entry(ctx.library, entry.id))
    ctx.undo_stack.undo()
    restored = ctx.editor.get("tagging", new.id)
    assert (restored["start"], restored["end"], restored["memo"]) == (*span, "Gäller även skyddsombuden")
    ctx.undo_stack.undo()  # the memo
    ctx.undo_stack.undo()  # the tagging itself
    assert len(T.taggings_of_entry(ctx.library, entry.id)) == before
    ctx.undo_stack.redo()
    assert any(v.id == new.id for v in T.taggings_of_entry(ctx.library, entry.id))


def test_whole_entry_tagging_and_duplicate_refused(review: ReviewView, ctx: EditContext, qtbot: QtBot) -> None:
    entry = review.model.entries[1]
    assert review.show_entry(entry.id) and review.text.toPlainText() == entry.text
    on_palette(choose_by_typing("årsplan"))
    review.tag()
    assert any(v.tag_name == "Årsplan för CSG" and v.start is None for v in T.taggings_of_entry(ctx.library,
                                                                                               entry.id))
    with qtbot.waitSignal(ctx.failed):
        on_palette(choose_by_typing("årsplan"))
        review.tag()


def adjusted_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE status = 'adjusted' LIMIT 1").fetchone()[0])


def test_an_adjusted_session_can_still_be_tagged_and_memoed(qtbot: QtBot, ctx: EditContext,
                                                            demo_project: int) -> None:
    """Adjusting locks the minutes, not their analysis: Ctrl+T, the memo and removing work."""
    session_id = adjusted_session(ctx.library)
    editor = SessionEditor(ctx, demo_project, session_id)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow, timeout=2000)
    assert editor.read_only  # the minutes are locked ...
    editor.tabs.setCurrentWidget(editor.review)
    review = editor.review
    entry = review.model.entries[5]
    review.show_entry(entry.id)
    assert review.tag_button.isEnabled()  # ... their tagging is not
    before = len(T.taggings_of_entry(ctx.library, entry.id))
    review.text.setFocus()
    on_palette(choose_by_typing("tillit"))
    qtbot.keyClick(review.text, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    views = T.taggings_of_entry(ctx.library, entry.id)
    assert len(views) == before + 1 and views[-1].tag_name == "Tillitsbaserad styrning"
    assert review.current_tagging() is not None and not review.memo.isReadOnly()
    type_text(review.memo, "Sägs av flera parter")
    review.binder.flush()
    assert ctx.editor.get("tagging", views[-1].id)["memo"] == "Sägs av flera parter"
    review.tagging_list.setFocus()
    assert review.remove_button.isEnabled()
    assert ctx.editor.get("session", session_id)["status"] == "adjusted"  # and the lock stays


def test_session_editor_has_the_review_tab_and_shows_an_entry(qtbot: QtBot, ctx: EditContext,
                                                              demo_project: int) -> None:
    session_id = held_session(ctx.library)
    editor = SessionEditor(ctx, demo_project, session_id)
    qtbot.addWidget(editor)
    assert editor.tabs.count() == 4
    last = load_meeting(ctx.library, session_id).entries[-1]
    assert editor.show_entry(last.id)
    assert editor.tabs.currentWidget() is editor.review
    assert editor.review.current_entry() == last
    assert editor.review.text.toPlainText() == last.text


@pytest.fixture
def meeting(qtbot: QtBot, ctx: EditContext, demo_project: int) -> Iterator[MeetingWindow]:
    window = MeetingWindow(ctx, held_session(ctx.library))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.session.writer.close(5)


def test_ctrl_t_tags_the_entry_just_committed(meeting: MeetingWindow, ctx: EditContext, qtbot: QtBot) -> None:
    type_text(meeting.editor, "Vi vill ha en årsplan för CSG.")
    key(meeting.editor, Qt.Key.Key_Return)
    on_palette(choose_by_typing("årsplan"))
    meeting.actions_by_id[MeetingAction.TAG].trigger()
    entry = load_meeting(ctx.library, meeting.session.session_id).entries[-1]
    assert entry.text == "Vi vill ha en årsplan för CSG."
    assert [v.tag_name for v in T.taggings_of_entry(ctx.library, entry.id)] == ["Årsplan för CSG"]
    model = meeting.session.model
    assert "Årsplan för CSG" in model.data(model.index(model.rowCount() - 1), TagNamesRole)


def test_editing_an_entry_keeps_its_span_on_the_same_words(meeting: MeetingWindow, ctx: EditContext,
                                                           demo_project: int) -> None:
    entry = meeting.session.model.entries[0]
    words = entry.text.split()[-2]
    start = entry.text.rindex(words)
    tag = tag_named(ctx.library, demo_project, "Tidig dialog")
    tagging_id = T.tag_entry(ctx.library, entry.id, tag.id, start, start + len(words))
    old_anchors = T.anchors_of_entry(ctx.library, entry.id)

    new_text = "Inledning från ordföranden: " + entry.text + " Tillägg i efterhand."
    meeting.entry_edited(0, new_text)
    row = ctx.editor.get("tagging", tagging_id)
    assert ctx.editor.get("entry", entry.id)["text"] == new_text
    assert new_text[row["start"]:row["end"]] == words
    assert meeting.session.model.entries[0].text == new_text

    meeting.session.undo()
    assert T.anchors_of_entry(ctx.library, entry.id) == old_anchors
    meeting.session.redo()
    assert new_text[ctx.editor.get("tagging", tagging_id)["start"]:][:len(words)] == words


def test_lost_anchor_is_told_and_undo_restores(meeting: MeetingWindow, ctx: EditContext, demo_project: int) -> None:
    entry = meeting.session.model.entries[0]
    words = entry.text.split()[0]
    tag = tag_named(ctx.library, demo_project, "Tidig dialog")
    tagging_id = T.tag_entry(ctx.library, entry.id, tag.id, 0, len(words))
    old_anchors = T.anchors_of_entry(ctx.library, entry.id)
    meeting.entry_edited(0, "Ändrat: " + entry.text[len(words):])
    row = ctx.editor.get("tagging", tagging_id)
    assert (row["start"], row["end"]) == (None, None) and words in row["memo"]
    assert "Tidig dialog" in meeting.statusBar().currentMessage()
    meeting.session.undo()
    assert T.anchors_of_entry(ctx.library, entry.id) == old_anchors


def test_ctrl_t_on_a_selected_earlier_entry_with_a_recent_tag(meeting: MeetingWindow, ctx: EditContext,
                                                              demo_project: int, qtbot: QtBot) -> None:
    tag = tag_named(ctx.library, demo_project, "Arbetsmiljö")
    P.remember_tag(demo_project, tag.id)
    meeting.entries.setFocus()
    qtbot.waitUntil(meeting.entries.hasFocus, timeout=2000)
    meeting.entries.setCurrentIndex(meeting.session.model.index(1))
    entry = meeting.session.model.entries[1]
    before = len(T.taggings_of_entry(ctx.library, entry.id))
    on_palette(lambda palette: key(palette.filter_edit, Qt.Key.Key_1, text="1"))
    meeting.actions_by_id[MeetingAction.TAG].trigger()
    views = T.taggings_of_entry(ctx.library, entry.id)
    assert len(views) == before + 1 and views[-1].tag_id == tag.id and views[-1].start is None
    meeting.session.undo()
    assert len(T.taggings_of_entry(ctx.library, entry.id)) == before
