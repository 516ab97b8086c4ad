"""The save labels of the main window and meeting mode say the same Swedish words, from one
place (``disk_status.saved_text``): "Sparat 14:02:11" once what was typed is on disk."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from tests.gui.conftest import show_meeting, type_text
from tests.i18n.test_translations import swedish  # noqa: F401 - fixture

SAVED = re.compile(r"Sparat \d\d:\d\d:\d\d")


def test_both_windows_say_sparat_with_the_time(
        swedish: None, qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:  # noqa: F811
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    row = ctx.editor.get(RecordKind.PROJECT, demo_project)
    with qtbot.waitSignal(ctx.saved):
        ctx.set_field(row, "title", "Dialograpport – omtag", "Titel")
    assert SAVED.fullmatch(window.save_label.text()), window.save_label.text()

    with sqlite3.connect(ctx.library.path) as raw:  # type: ignore[arg-type]
        session = int(raw.execute("SELECT id FROM session WHERE status = 'held' ORDER BY date LIMIT 1").fetchone()[0])
    meeting = show_meeting(qtbot, ctx, session)
    type_text(meeting.editor, "Skyddsombuden vill vara med tidigare – även på APT")
    qtbot.keyClick(meeting.editor, Qt.Key.Key_Return)
    label = meeting.save_state.label
    qtbot.waitUntil(lambda: SAVED.fullmatch(label.text()) is not None, timeout=5000)
    meeting.close()
