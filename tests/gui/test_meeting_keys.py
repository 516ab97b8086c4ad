"""Every key the F1 overview of meeting mode shows does what it says.

The overview, the window's shortcuts, the editor's own keys and the context menu all come
from one declaration (``ui.meeting.keys``). This test reads the keys off the F1 dialog,
then presses each of them, alternatives included (the laptop keys for F3 and F11), as a
real key press on the widget where it works, and checks its effect. A key added to the
declaration without a check here fails the test.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import tagging as T
from samverkan_desktop.services.actions import list_actions
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.key_overview import KeyOverview
from samverkan_desktop.ui.meeting.keys import CONTEXT_MENU, KINDS, PARTIES, MeetingAction, declarations, key_text
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.tagging import palette as P
from tests.gui.conftest import show_meeting, type_text

SESSION = "session-2025-11-06-hemtjanst-norra"  # open actions from earlier sessions, an action entry
REPO = Path(__file__).resolve().parents[2]


def session_id(library: Library, uid: str) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        return int(raw.execute("SELECT id FROM session WHERE uid = ?", (uid,)).fetchone()[0])


def press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    """The declared key ``keys`` ("Ctrl+Shift+N") pressed on ``widget``, shortcuts first."""
    combination = QKeySequence(keys)[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def on_modal(kind: type[QDialog], seen: list[str], act: Callable[[QDialog], None] = QDialog.reject) -> None:
    """Note and act on the next modal dialog of ``kind`` as soon as it opens."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, run)
            return
        seen.append(type(dialog).__name__)
        act(dialog)

    QTimer.singleShot(0, run)


@pytest.fixture
def meeting(qtbot: QtBot, ctx: EditContext, demo_project: int) -> Iterator[MeetingWindow]:
    P._recent.clear()
    window = show_meeting(qtbot, ctx, session_id(ctx.library, SESSION))
    yield window
    window.session.writer.close(5)


def checks(qtbot: QtBot, w: MeetingWindow) -> dict[MeetingAction, Callable[[str], None]]:
    """For each declared action, a check that pressing ``keys`` does what the overview says."""
    s = w.session
    library = s.ctx.library
    parties = [p.id for p in s.data.parties]

    def stored() -> list[str]:
        s.writer.flush(5)
        return [e.text for e in load_meeting(library, s.session_id).entries]

    def front() -> None:
        w.activateWindow()  # after a dialog closed
        qtbot.waitUntil(w.isActiveWindow, timeout=2000)

    def in_editor() -> None:
        front()
        w.editor.setFocus()
        qtbot.waitUntil(w.editor.hasFocus, timeout=2000)

    def on_entry(row: int) -> None:
        front()
        w.entries.setFocus()
        qtbot.waitUntil(w.entries.hasFocus, timeout=2000)
        w.entries.setCurrentIndex(s.model.index(row))

    def commit(keys: str) -> None:
        in_editor()
        before = stored()
        type_text(w.editor, "Ett inlägg om schemaläggningen.")
        press(qtbot, w.editor, keys)
        assert stored() == [*before, "Ett inlägg om schemaläggningen."] and w.editor.toPlainText() == ""

    def new_line(keys: str) -> None:
        in_editor()
        type_text(w.editor, "Rad ett")
        press(qtbot, w.editor, keys)
        assert w.editor.toPlainText() == "Rad ett\n"
        w.editor.clear()

    def party(number: int) -> Callable[[str], None]:
        def check(keys: str) -> None:
            in_editor()
            s.choose_party(None)
            press(qtbot, w.editor, keys)
            assert s.party_id == (parties[number - 1] if number <= len(parties) else None)
        return check

    def no_party(keys: str) -> None:
        in_editor()
        s.choose_party(parties[0])
        press(qtbot, w.editor, keys)
        assert s.party_id is None

    def kind(name: str) -> Callable[[str], None]:
        def check(keys: str) -> None:
            in_editor()
            s.choose_kind("note" if name != "note" else "statement")
            press(qtbot, w.editor, keys)
            assert s.kind == name
        return check

    def topic(step: int) -> Callable[[str], None]:
        def check(keys: str) -> None:
            in_editor()
            s.topic_index = 1
            press(qtbot, w.editor, keys)
            assert s.topic_index == 1 + step
        return check

    def to_list(keys: str) -> None:
        in_editor()
        press(qtbot, w.editor, keys)
        assert w.entries.hasFocus() and w.entries.currentIndex().row() == s.model.rowCount() - 1

    def edit(keys: str) -> None:
        on_entry(0)
        press(qtbot, w.entries, keys)
        editor = QApplication.focusWidget()
        assert editor is not None and editor.objectName() == "entryInPlaceEditor"
        press(qtbot, editor, "Esc")  # cancels: nothing changes
        assert stored()[0] == s.model.entries[0].text

    def delete(keys: str) -> None:
        before = stored()
        on_entry(0)
        press(qtbot, w.entries, keys)
        assert stored() == before[1:]
        s.undo()
        assert stored() == before

    def move(step: int) -> Callable[[str], None]:
        def check(keys: str) -> None:
            before = stored()
            on_entry(1)
            press(qtbot, w.entries, keys)
            after = stored()
            assert after[1 + step] == before[1] and w.entries.currentIndex().row() == 1 + step
            s.undo()
            assert stored() == before
        return check

    def tag(keys: str) -> None:
        on_entry(2)
        entry = s.model.entries[2]
        before = len(T.taggings_of_entry(library, entry.id))
        done: list[str] = []
        on_modal(P.TagPalette, done, lambda palette: palette.apply(P.Choice(tag_id=T.tags_of_project(
            library, s.data.project_id)[0].id)))
        press(qtbot, w.entries, keys)
        assert done and len(T.taggings_of_entry(library, entry.id)) == before + 1
        s.undo()

    def quote(keys: str) -> None:
        from samverkan_desktop.ui.report_writing.quote_dialog import QuoteDialog

        seen: list[str] = []
        on_modal(QuoteDialog, seen)
        on_entry(0)
        press(qtbot, w.entries, keys)
        assert seen == ["QuoteDialog"]

    def create_action(keys: str) -> None:
        row = next(n for n, e in enumerate(s.model.entries) if e.kind == "action")
        before = len(list_actions(library, s.data.project_id))
        on_entry(row)
        press(qtbot, w.entries, keys)
        assert len(list_actions(library, s.data.project_id)) == before + 1
        s.undo()

    def back(keys: str) -> None:
        on_entry(0)
        press(qtbot, w.entries, keys)
        assert w.editor.hasFocus()

    def hide_panel(keys: str) -> None:
        panel = w.action_items.panel()
        assert panel is not None and panel.isVisible()
        in_editor()
        press(qtbot, w.editor, keys)
        assert not panel.isVisible()

    def undo(keys: str) -> None:
        before = stored()
        on_entry(0)
        press(qtbot, w.entries, "Del")
        in_editor()
        press(qtbot, w.editor, keys)  # the editor has no typing to undo: meeting mode's undo
        assert stored() == before

    def redo(keys: str) -> None:
        before = stored()
        on_entry(0)
        press(qtbot, w.entries, "Del")
        s.undo()
        in_editor()
        press(qtbot, w.editor, keys)
        assert stored() == before[1:]
        s.undo()

    def attendance(keys: str) -> None:
        in_editor()
        shown = w.attendance.dock is not None and w.attendance.dock.isVisible()
        press(qtbot, w.editor, keys)
        assert w.attendance.dock is not None and w.attendance.dock.isVisible() != shown
        w.editor.setFocus()
        press(qtbot, w.editor, keys)
        assert w.attendance.dock.isVisible() == shown

    def adjust(keys: str) -> None:
        from samverkan_desktop.ui.meeting.adjust_dialog import AdjustDialog

        seen: list[str] = []
        on_modal(AdjustDialog, seen)
        in_editor()
        press(qtbot, w.editor, keys)
        assert seen == ["AdjustDialog"] and not s.locked()  # cancelled: still open minutes

    def full_screen(keys: str) -> None:
        in_editor()
        press(qtbot, w.editor, keys)
        qtbot.waitUntil(w.isFullScreen, timeout=2000)
        press(qtbot, w.editor, keys)
        qtbot.waitUntil(lambda: not w.isFullScreen(), timeout=2000)

    def help_(keys: str) -> None:
        seen: list[str] = []
        on_modal(KeyOverview, seen)
        in_editor()
        press(qtbot, w.editor, keys)
        assert seen == ["KeyOverview"]

    def close(keys: str) -> None:
        in_editor()
        press(qtbot, w.editor, keys)
        qtbot.waitUntil(lambda: not w.isVisible(), timeout=3000)

    return {
        MeetingAction.COMMIT: commit,
        MeetingAction.NEW_LINE: new_line,
        **{action: party(n) for n, action in enumerate(PARTIES, start=1)},
        MeetingAction.NO_PARTY: no_party,
        **{action: kind(name) for action, name in KINDS.items()},
        MeetingAction.NEXT_TOPIC: topic(+1),
        MeetingAction.PREVIOUS_TOPIC: topic(-1),
        MeetingAction.TO_LIST: to_list,
        MeetingAction.EDIT_ENTRY: edit,
        MeetingAction.DELETE_ENTRY: delete,
        MeetingAction.MOVE_UP: move(-1),
        MeetingAction.MOVE_DOWN: move(+1),
        MeetingAction.TAG: tag,
        MeetingAction.QUOTE: quote,
        MeetingAction.CREATE_ACTION: create_action,
        MeetingAction.BACK_TO_EDITOR: back,
        MeetingAction.UNDO: undo,
        MeetingAction.REDO: redo,
        MeetingAction.ATTENDANCE: attendance,
        MeetingAction.ADJUST: adjust,
        MeetingAction.FULL_SCREEN: full_screen,
        MeetingAction.HELP: help_,
        MeetingAction.HIDE_OPEN_ACTIONS: hide_panel,
        MeetingAction.CLOSE: close,
    }


def test_every_key_in_the_f1_overview_does_what_it_says(qtbot: QtBot, meeting: MeetingWindow) -> None:
    shown: list[str] = []
    on_modal(KeyOverview, shown, lambda dialog: (shown.append(dialog.table.text()), dialog.reject()))
    press(qtbot, meeting.editor, "F1")
    assert len(shown) == 2
    overview = shown[1]
    declared = declarations()
    table = checks(qtbot, meeting)
    assert {key.action for key in declared} == set(table), "a declared key without a check here"
    last = [key for key in declared if key.action is MeetingAction.CLOSE]  # closing ends the test
    for key in [k for k in declared if k.action is not MeetingAction.CLOSE] + last:
        for keys in key.keys:
            if key.group is None:  # a group shows as "Alt+1 … Alt+9"
                assert key_text(keys).replace("&", "&amp;") in overview, f"{keys} is not in the F1 overview"
            assert key.label in overview.replace("&#x27;", "'")
            table[key.action](keys)


def test_laptop_keys_have_alternatives_without_fn(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                  tmp_path: Path) -> None:
    """F3, F11 (meeting mode) and F5 (start meeting mode) need Fn on many laptops: each has a
    second key, declared with the rest and shown in F1, the tooltips and the README."""
    function_keys = {key.action: key.keys for key in declarations() if key.keys[0] in ("F3", "F11")}
    assert set(function_keys) == {MeetingAction.ATTENDANCE, MeetingAction.FULL_SCREEN}
    assert all(len(keys) == 2 and not keys[1].startswith("F") for keys in function_keys.values())
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    meeting = window.actions_by_id[ActionId.MEETING_MODE]
    assert [k.toString() for k in meeting.shortcuts()] == ["F5", "Ctrl+M"]
    assert "F5 / Ctrl+M" in meeting.toolTip()
    held = session_id(ctx.library, SESSION)
    window.select_node(Node(Section.SESSION, demo_project, held))
    window.navigator.setFocus()
    press(qtbot, window.navigator, "Ctrl+M")
    qtbot.waitUntil(lambda: held in window.meetings, timeout=3000)
    window.meetings[held].close()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    guide = (REPO / "docs" / "anvandarguide.md").read_text(encoding="utf-8")
    for keys in ("Ctrl+M", *(k for pair in function_keys.values() for k in pair)):
        assert keys in readme, f"{keys} is missing from the README's key table"
        assert keys.replace("Shift", "Skift") in guide, f"{keys} is missing from the user guide's key table"


def test_the_context_menu_is_made_of_the_declared_actions(meeting: MeetingWindow) -> None:
    shown = [a for a in meeting.context_menu(0).actions() if not a.isSeparator()]
    by_action = {k.action: k for k in declarations()}
    menu_keys = [by_action[a] for a in CONTEXT_MENU if a is not None and a is not MeetingAction.CREATE_ACTION]
    assert [a.text() for a in shown] == [k.menu for k in menu_keys]  # the first entry is no action entry
    for action, declared in zip(shown, menu_keys, strict=True):
        assert action.shortcut().toString() == QKeySequence(declared.keys[0]).toString()


def test_a_right_click_on_an_earlier_entry_selects_it_and_opens_its_menu(meeting: MeetingWindow,
                                                                           qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMenu

    entries = meeting.entries
    meeting.editor.setFocus()
    rect = entries.visualRect(entries.model().index(1, 0))
    assert rect.isValid()
    seen: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()

    timer = QTimer()
    timer.timeout.connect(read_menu)
    timer.start(20)
    entries.customContextMenuRequested.emit(rect.center())  # what Qt sends on a right click there
    timer.stop()
    assert seen and seen[0] == [a.text() for a in meeting.context_menu(1).actions() if not a.isSeparator()]
    assert entries.currentIndex().row() == 1 and entries.selected_row() == 1  # the menu's actions act on it
