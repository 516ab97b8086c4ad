"""The start page: shown when no project is open (first start, last project gone or
deleted, Arkiv > Startsida), not when one is; its buttons and its project list work
from the keyboard; the real app starts on it with an empty library."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.demo_project import ensure_demo_project
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.locale_format import date_text
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.welcome import ordered_projects
from tests.gui.conftest import answer_next_dialog
from tests.gui.test_app_start import wait_for_log


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_an_empty_library_starts_on_the_welcome_page(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    welcome = window.welcome
    assert window.stack.currentWidget() is welcome
    assert welcome.new_button.isVisible() and welcome.demo_button.isVisible()
    assert welcome.empty.isVisible() and not welcome.recent.isVisible()
    qtbot.waitUntil(welcome.new_button.hasFocus)  # the first thing to do; Tab goes on to the demo
    qtbot.keyClick(welcome.new_button, Qt.Key.Key_Tab)
    assert welcome.demo_button.hasFocus()


def test_demo_button_imports_and_opens_the_example(qtbot: QtBot, ctx: EditContext, library: Library,
                                                   tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.welcome.demo_button.setFocus()
    qtbot.keyClick(window.welcome.demo_button, Qt.Key.Key_Return)  # Enter presses the focused button
    projects = library_service.list_projects(library)
    assert len(projects) == 1
    assert isinstance(window.stack.currentWidget(), ProjectDetailsEditor)
    assert window.current_project_id() == projects[0].id
    # a second press opens the same project instead of importing it again
    window.show_welcome()
    window.welcome.demo_button.click()
    assert len(library_service.list_projects(library)) == 1


def test_opened_project_hides_it_and_start_page_brings_it_back(qtbot: QtBot, ctx: EditContext, library: Library,
                                                               tmp_path: Path) -> None:
    uid = ensure_demo_project(library)
    window = make_window(qtbot, ctx, tmp_path)
    assert window.open_project(uid)
    assert window.stack.currentWidget() is not window.welcome
    window.actions_by_id[ActionId.START_PAGE].trigger()
    assert window.stack.currentWidget() is window.welcome
    assert window.current_node() is None
    assert window.welcome.project_uids() == [uid]
    title, details = window.welcome.recent.item(0).text().split("\n")
    assert title.startswith("Dialog")  # title, then organisation and the day it changed (imported today)
    assert details == f"Ekdala kommun  ·  changed {date_text(dt.date.today())}"
    # the list: the latest project is current and has the focus; Enter opens it
    qtbot.waitUntil(window.welcome.recent.hasFocus)
    qtbot.keyClick(window.welcome.recent, Qt.Key.Key_Return)
    assert isinstance(window.stack.currentWidget(), ProjectDetailsEditor)


def test_a_click_in_the_list_opens_the_project(qtbot: QtBot, ctx: EditContext, library: Library,
                                               tmp_path: Path) -> None:
    uid = ensure_demo_project(library)
    window = make_window(qtbot, ctx, tmp_path)
    recent = window.welcome.recent
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_project_id() == library_service.project_id_for(library, uid)


def test_deleting_the_open_project_returns_to_the_welcome_page(qtbot: QtBot, ctx: EditContext, library: Library,
                                                               tmp_path: Path) -> None:
    uid = ensure_demo_project(library)
    window = make_window(qtbot, ctx, tmp_path)
    window.open_project(uid)
    answer_next_dialog(accept=True)
    window.delete_project()
    assert library_service.list_projects(library) == []
    assert window.stack.currentWidget() is window.welcome
    assert window.welcome.empty.isVisible()


def test_recent_projects_come_first() -> None:
    from samverkan_desktop.services.library_service import ProjectSummary

    now = dt.datetime(2026, 11, 27, 9, 0)
    projects = [ProjectSummary(i, f"p{i}", f"Projekt {i}", None, None, 0, now) for i in (1, 2, 3)]
    assert [p.uid for p in ordered_projects(projects, ["p3", "gone", "p2", "p3"])] == ["p3", "p2", "p1"]


def test_the_app_starts_on_the_welcome_page_when_the_last_project_is_gone(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    settings = S.Settings(data / "settings.ini")
    settings.set(S.LAST_PROJECT, "project-gone")
    settings.sync()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "samverkan_desktop", "--data-dir", str(data)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        wait_for_log(data / "logs" / "samverkan.log", "main window shown", process)
    finally:
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=30)
    assert b"Traceback" not in err
    assert "main window shown (None)" in (data / "logs" / "samverkan.log").read_text(encoding="utf-8")
