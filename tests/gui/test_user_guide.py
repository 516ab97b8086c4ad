"""Hjälp > Användarguide (issue 18, item 7): the Swedish guide shipped with the app opens
offline in a window of its own, F1 in the main window opens it at the chapter of the
screen in front, every picture of it is found, and About stays in the Help menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.assets import user_guide_file
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.user_guide import CHAPTERS, START_CHAPTER, UserGuideWindow
from tests.conftest import REPO
from tests.gui.conftest import type_text


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    return window


def test_the_guide_is_the_one_in_docs_with_every_chapter_and_picture(qtbot: QtBot) -> None:
    assert user_guide_file() == REPO / "docs" / "anvandarguide.md"
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    assert guide.load() and not guide.problem.isVisibleTo(guide)  # no picture is missing
    for chapter in {START_CHAPTER, *CHAPTERS.values()}:
        assert guide.chapter(chapter) is not None, chapter
    names = [guide.contents.topLevelItem(i).text(0) for i in range(guide.contents.topLevelItemCount())]
    assert names[0] == "1. Komma igång" and "5. Rapport och protokoll" in names
    assert guide.browser.document().toPlainText().count("Alt+Nedpil") >= 1  # the text itself, in Swedish
    assert not guide.browser.openLinks() and not guide.browser.openExternalLinks()


@pytest.mark.parametrize(("node", "chapter"), [
    (None, "Komma igång"),
    (Section.MANDATES, "Politiska uppdrag"),
    (Section.SESSIONS, "Dialogtillfällen"),
    (Section.ASSESSMENT, "Bedömning per uppdrag"),
    (Section.ACTIONS, "Åtgärder"),
    (Section.REPORT, "Rapport och protokoll"),
])
def test_f1_opens_the_guide_at_the_chapter_of_the_screen_in_front(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, node: Section | None,
        chapter: str) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    if node is not None:
        window.select_node(Node(node, demo_project))
        place = window.navigator
    else:
        window.show_welcome()
        place = window.welcome
    place.setFocus()
    qtbot.waitUntil(lambda: place.hasFocus() or place.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)
    guide = window.user_guide
    assert guide is not None
    qtbot.waitUntil(guide.isVisible)
    qtbot.waitUntil(lambda: guide.current_chapter() == chapter)
    assert guide.browser.verticalScrollBar().value() > 0  # scrolled down to it (the guide opens with an intro)
    assert guide.contents.currentItem().text(0).endswith(chapter)
    guide.close()


def test_the_help_menu_has_the_guide_and_about(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    actions = [a for a in help_menu.actions() if not a.isSeparator()]
    assert actions == [window.actions_by_id[ActionId.USER_GUIDE], window.actions_by_id[ActionId.ABOUT]]
    assert window.actions_by_id[ActionId.USER_GUIDE].shortcut().toString() == "F1"
    assert window.actions_by_id[ActionId.ABOUT].shortcut().toString() == "Ctrl+F1"


def test_find_in_the_guide_and_close_it_with_esc(qtbot: QtBot) -> None:
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitActive(guide)
    guide.browser.setFocus()
    qtbot.waitUntil(guide.browser.hasFocus)
    qtbot.keyClick(guide.browser, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(guide.find_field.hasFocus)
    type_text(QApplication.focusWidget(), "Säkerhetskopior")
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)
    assert guide.browser.textCursor().selectedText().lower() == "säkerhetskopior"
    first = guide.browser.textCursor().position()
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Return)
    assert guide.browser.textCursor().position() != first  # the next one
    qtbot.keyClick(guide.find_field, Qt.Key.Key_Escape)
    assert not guide.isVisible()


def test_a_missing_guide_is_said_in_the_window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from samverkan_desktop.ui import user_guide

    monkeypatch.setattr(user_guide, "user_guide_file", lambda: None)
    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    assert not guide.load()
    assert guide.problem.isVisibleTo(guide) and "not installed" in guide.problem.text()
    assert not guide.show_chapter(START_CHAPTER)


def test_a_link_to_another_heading_of_the_guide_goes_there(qtbot: QtBot) -> None:
    """"(se Välja citat)" in the guide is a link: clicking it scrolls to that heading; a web
    address is not opened (the app is offline)."""
    from PySide6.QtCore import QPoint, QUrl

    guide = UserGuideWindow()
    qtbot.addWidget(guide)
    guide.show()
    qtbot.waitExposed(guide)
    assert guide.show_chapter("Komma igång")
    document = guide.browser.document()
    link = document.find("Välja citat")  # the link's text, in the chapter about the evidence
    assert link.charFormat().isAnchor() and link.charFormat().anchorHref() == "#välja-citat"
    guide._scroll_to(link.position())
    rect = guide.browser.cursorRect(link)
    qtbot.mouseClick(guide.browser.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.center().x() - 20,
                                                                                         rect.center().y()))
    qtbot.waitUntil(lambda: guide.current_chapter() == "Välja citat")
    assert not guide.follow(QUrl("https://example.org/#välja-citat"))
    assert not guide.follow(QUrl("#ingen-sadan-rubrik"))
