"""The global search window: opened with Ctrl+F / Ctrl+Shift+F, results as you type (also
Swedish letters), snippets escaped and bolded, Enter and double click jump to the entry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.search.search_dialog import MARKS, SearchDialog, snippet_html
from tests.gui.conftest import type_text


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def test_snippet_html_escapes_user_text_then_bolds() -> None:
    text = f"<img src=x> & {MARKS[0]}möte{MARKS[1]} <b>"
    assert snippet_html(text) == "&lt;img src=x&gt; &amp; <b>möte</b> &lt;b&gt;"


def test_the_action_has_both_shortcuts(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    shortcuts = window.actions_by_id[ActionId.SEARCH].shortcuts()
    assert QKeySequence("Ctrl+Shift+F") in shortcuts and QKeySequence("Ctrl+F") in shortcuts


def test_typing_shows_hits_and_enter_jumps_to_the_entry(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                        tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window.search_dialog
    assert isinstance(dialog, SearchDialog) and dialog.isVisible()
    assert dialog.project_id == demo_project
    type_text(dialog.field, "öppnade mötet")
    qtbot.waitUntil(lambda: dialog.results.count() > 0, timeout=2000)
    first = dialog.hits[0]
    assert first.kind == "entry" and first.entry_uid == "entry-001"
    assert "<b>öppnade mötet</b>" in snippet_html(first.snippet) or "<b>öppnade</b>" in snippet_html(first.snippet)
    assert "hit" in dialog.status.text() or "träff" in dialog.status.text()

    jumped: list[int] = []
    original = window.show_entry
    window.show_entry = lambda entry_id: (jumped.append(entry_id), original(entry_id))[1]  # type: ignore[method-assign]
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert jumped == [first.entry_id]
    current = window.current_node()
    assert current is not None and current.section is Section.SESSION and current.session_id == first.session_id


def test_results_follow_edits_and_double_click_jumps(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                     tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    dialog = window.show_search()
    type_text(dialog.field, "ÄLGPASS")
    qtbot.waitUntil(lambda: not dialog.timer.isActive(), timeout=2000)
    assert dialog.results.count() == 0 and dialog.status.text()
    entry = Editor(ctx.library).children("entry", _first_session(ctx, demo_project))[0]
    ctx.set_field(entry, "text", "Jakten: älgpassen fördelades.", "Edit entry")
    dialog.field.setText("älgpass")
    dialog.run_search()
    assert [h.entry_id for h in dialog.hits] == [entry.id]
    jumped: list[int] = []
    dialog.hit_activated.connect(lambda hit: jumped.append(hit.entry_id))
    item = dialog.results.item(0)
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.results.visualItemRect(item).center())
    assert jumped == []  # a single click only selects
    qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton,
                      pos=dialog.results.visualItemRect(item).center())
    assert jumped == [entry.id]


def test_hostile_text_and_no_project(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.open_for(None)
    assert dialog.results.count() == 0 and dialog.status.text()
    dialog.open_for(demo_project)
    for query in ['")', "AND OR NOT", "'; DROP TABLE entry; --", "*"]:
        dialog.field.setText(query)
        dialog.run_search()
    dialog.field.setText("samverkan")
    dialog.run_search()
    assert dialog.results.count() > 0


def _first_session(ctx: EditContext, project_id: int) -> int:
    return Editor(ctx.library).children("session", project_id)[0].id
