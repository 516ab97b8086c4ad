"""The Project menu's commands on the selection (ui/project_commands.py): each action runs its
command, and says in the status bar what to choose first when nothing fitting is selected,
opening nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import project_commands
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import SELECTION_COMMANDS, MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.i18n.test_translations import swedish  # noqa: F401 - fixture

NEEDS_A_SESSION = (ActionId.MEETING_MODE, ActionId.PREVIEW_NOTICE, ActionId.PREVIEW_MINUTES)


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_selection_command_has_its_action() -> None:
    assert set(project_commands.COMMANDS) == set(SELECTION_COMMANDS)


@pytest.mark.parametrize("action_id", SELECTION_COMMANDS)
def test_without_a_project_each_command_says_so(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                tmp_path: Path, action_id: ActionId) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_welcome()
    window.actions_by_id[action_id].trigger()
    expected = "Open a project first." if action_id in (ActionId.IMPORT_RESPONSES, ActionId.PREVIOUS_ROUND) \
        else "No project is open. Create one (Ctrl+Shift+N) or open one on the start page."
    assert window.statusBar().currentMessage() == expected
    assert QApplication.activeModalWidget() is None and not window.meetings


@pytest.mark.parametrize("action_id", NEEDS_A_SESSION)
def test_on_a_project_without_a_session_chosen_each_session_command_says_so(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, action_id: ActionId) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    assert window.select_node(Node(Section.MANDATES, demo_project))
    window.actions_by_id[action_id].trigger()
    assert window.statusBar().currentMessage() == "Choose a session in the navigator first."
    assert QApplication.activeModalWidget() is None and not window.meetings


def test_the_hints_are_swedish(swedish: None, qtbot: QtBot, ctx: EditContext, demo_project: int,  # noqa: F811
                               tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.show_welcome()
    window.actions_by_id[ActionId.PREVIEW_REPORT].trigger()
    assert window.statusBar().currentMessage() == \
        "Inget projekt är öppet. Skapa ett (Ctrl+Skift+N) eller öppna ett på startsidan."
    window.actions_by_id[ActionId.PREVIOUS_ROUND].trigger()
    assert window.statusBar().currentMessage() == "Öppna ett projekt först."
