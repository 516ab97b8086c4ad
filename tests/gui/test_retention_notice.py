"""The retention reminder in the main window's status bar, and its setting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
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
    Editor(ctx.library).set("project", demo_project, status="final")
    ctx.emit_changed("project", demo_project)  # as an editor announces a change: the note follows at once
    qtbot.waitUntil(notice.isVisible, timeout=3000)
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
