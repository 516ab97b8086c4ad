"""The retention reminder in the main window's status bar, and its setting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.settings_dialog import SettingsDialog


def test_a_final_old_project_shows_the_reminder_until_the_setting_says_otherwise(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    assert settings.get(S.RETENTION_MONTHS) == 24
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), settings)
    qtbot.addWidget(window)
    window.show()
    window.retention.today = lambda: dt.date(2028, 1, 1)  # two years after the demo's last date
    notice = window.retention.label

    window.select_node(Node(Section.DETAILS, demo_project))
    assert notice.isHidden()  # the demo is a draft
    details = window.stack.currentWidget()
    assert isinstance(details, ProjectDetailsEditor)
    assert details.status.currentData() == "draft"
    details.status.setCurrentIndex(details.status.findData("final"))  # the user marks the project final
    qtbot.waitUntil(lambda: Editor(ctx.library).get("project", demo_project)["status"] == "final", timeout=3000)
    qtbot.waitUntil(notice.isVisible, timeout=3000)  # the note follows at once
    window.select_node(Node(Section.MANDATES, demo_project))
    assert notice.isVisible() and "24" in notice.text()
    assert "archive" in notice.toolTip() and "Settings" in notice.toolTip()

    dialog = SettingsDialog(settings, window)
    assert dialog.retention.value() == 24
    dialog.retention.setValue(36)
    dialog.accept()
    assert settings.get(S.RETENTION_MONTHS) == 36
    window.retention.update(demo_project)
    assert notice.isHidden()  # 36 months have not passed

    settings.set(S.RETENTION_MONTHS, 0)
    window.retention.today = lambda: dt.date(2099, 1, 1)
    window.select_node(Node(Section.DETAILS, demo_project))
    assert notice.isHidden()  # 0: never
    assert SettingsDialog(settings, window).retention.text() == "never"


def test_the_project_status_is_set_in_the_details_and_undone_like_any_field(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.retention.today = lambda: dt.date(2028, 1, 1)
    window.select_node(Node(Section.DETAILS, demo_project))
    details = window.stack.currentWidget()
    assert isinstance(details, ProjectDetailsEditor)
    assert [details.status.itemData(i) for i in range(details.status.count())] == ["draft", "final"]
    assert "retention" in details.status.toolTip()

    details.status.setCurrentIndex(details.status.findData("final"))
    qtbot.waitUntil(window.retention.label.isVisible, timeout=3000)
    ctx.undo_stack.undo()
    assert Editor(ctx.library).get("project", demo_project)["status"] == "draft"
    assert details.status.currentData() == "draft"
    qtbot.waitUntil(window.retention.label.isHidden, timeout=3000)

    Editor(ctx.library).set("project", demo_project, status="final")  # e.g. an imported final project
    reopened = ProjectDetailsEditor(ctx, demo_project)
    qtbot.addWidget(reopened)
    assert reopened.status.currentData() == "final"
