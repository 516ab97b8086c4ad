"""Arkiv > Återställ från säkerhetskopia: the list of backups, restoring one into the running
app (no view keeps the replaced content), and undoing the restore."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.restore_dialog import RestoreDialog, restore_into
from tests.gui.conftest import answer_next_dialog, type_text


def make_window(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def choose_backup(reason: str, seen: list[list[str]]) -> None:
    """Pick the newest backup with this reason in the restore dialog as soon as it opens, and
    confirm; ``seen`` gets the dialog's rows."""

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RestoreDialog):
            QTimer.singleShot(20, pick)
            return
        rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
        seen.append([" | ".join(row.text(c) for c in range(3)) for row in rows])
        dialog.table.setCurrentItem(next(row for row in rows if row.text(1) == backups.reason_text(reason)("sv")))
        answer_next_dialog(accept=True)  # the confirmation that follows
        dialog.restore_button.click()

    QTimer.singleShot(0, pick)


def title_shown(window: MainWindow) -> str:
    return str(window.stack.currentWidget().title.text())


def test_restore_shows_the_older_content_and_can_be_undone(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                           tmp_path: Path, demo_document: dict[str, Any]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    original = demo_document["project"]["title"]
    assert title_shown(window) == original
    backups.make_backup(window.paths, backups.START)
    editor = window.stack.currentWidget()
    editor.title.selectAll()
    type_text(editor.title, "Ny titel på dialogen")
    editor.title.editingFinished.emit()
    qtbot.waitUntil(lambda: ctx.editor.get("project", demo_project)["title"] == "Ny titel på dialogen")
    meeting = window.open_meeting(next(iter(_session_ids(window, demo_project))))

    seen: list[list[str]] = []
    choose_backup(backups.START, seen)
    assert window.actions_by_id[ActionId.RESTORE_BACKUP].isEnabled()
    restoring = window.restore_backup()
    assert restoring is not None
    qtbot.waitUntil(lambda: restoring.state != "running", timeout=10000)
    assert restoring.state == "done"
    assert len(seen[0]) == 1 and "1 projects" in seen[0][0] and "vid start" in seen[0][0]
    assert not meeting.isVisible() and window.meetings == {}  # meeting mode was closed first
    assert title_shown(window) == original  # a fresh editor on the restored content
    assert window.stack.currentWidget() is not editor
    assert not ctx.undo_stack.canUndo()  # no undo step into the replaced content
    assert "before the restore" in window.statusBar().currentMessage()

    choose_backup(backups.BEFORE_RESTORE, seen)
    undoing = window.restore_backup()
    assert undoing is not None
    qtbot.waitUntil(lambda: undoing.state != "running", timeout=10000)
    assert title_shown(window) == "Ny titel på dialogen"
    assert [row.split(" | ")[1] for row in seen[1]] == ["före återställning", "vid start"]


def test_the_list_is_newest_first_with_the_content_of_each(qtbot: QtBot, ctx: EditContext, tmp_path: Path,
                                                           demo_document: dict[str, Any]) -> None:
    from samverkan_desktop.services.interchange.importer import import_document

    paths = DataPaths(tmp_path / "data")
    backups.make_backup(paths, backups.START)
    import_document(ctx.library, demo_document)
    backups.make_backup(paths, backups.PERIODIC)
    dialog = RestoreDialog(backups.list_backups(paths), "en")
    qtbot.addWidget(dialog)
    rows = [dialog.table.topLevelItem(i) for i in range(dialog.table.topLevelItemCount())]
    assert [row.text(1) for row in rows] == ["while working", "at start"]
    assert rows[0].text(2).startswith("1 projects") and rows[1].text(2) == "0 projects, 0 sessions, 0 entries"
    assert dialog.chosen() == backups.list_backups(paths)[0].path
    assert dialog.restore_button.isEnabled()
    empty = RestoreDialog([], "en")
    qtbot.addWidget(empty)
    assert not empty.restore_button.isEnabled() and empty.chosen() is None


def _session_ids(window: MainWindow, project_id: int) -> list[int]:
    from samverkan_desktop.services import library_service

    uid = window.ctx.editor.get("project", project_id).uid
    return [s.id for s in library_service.list_sessions(window.ctx.library, uid)]


def test_an_unreadable_backup_is_listed_as_such_and_restoring_it_changes_nothing(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, demo_document: dict[str, Any]) -> None:
    from samverkan_desktop.storage.backup import timestamped_name

    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    broken = window.paths.backups / timestamped_name(backups.PERIODIC)
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 8176)
    dialog = RestoreDialog(backups.list_backups(window.paths), "en")
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row is not None and row.text(2) == "cannot be read"
    messages: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not yet, or the job's progress dialog
            QTimer.singleShot(20, read_and_close)
            return
        messages.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
    task = restore_into(window, broken, "nyss")
    assert task is not None
    qtbot.waitUntil(lambda: task.state != "running" and bool(messages), timeout=10000)
    assert task.state == "failed"
    assert "kan inte återställas" in messages[0]
    assert title_shown(window) == demo_document["project"]["title"]
    assert not any(b.reason == backups.BEFORE_RESTORE for b in backups.list_backups(window.paths))
