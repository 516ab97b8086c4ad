"""Arkiv > Återställ från säkerhetskopia: the backups, newest first, with when and why each
was made and what it holds; restoring one replaces the library's content.

What is there now is backed up first (reason "before restore"), so a restore is
undone by restoring that backup. The restore runs while the app holds the library's
lock: meeting mode is closed first (its writer stops), then the content is copied in
through the backup API as an exclusive job that cannot be cancelled (``ui/jobs.py``),
and every view built from the old content is dropped and built again (``Workspace``).
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services import backups
from samverkan_desktop.ui.dialogs import confirm, show_error
from samverkan_desktop.ui.jobs import Runner, Task, run_job
from samverkan_desktop.ui.workspace import Workspace

if TYPE_CHECKING:
    from samverkan_desktop.storage.backup import BackupFile

log = logging.getLogger(__name__)
PathRole = Qt.ItemDataRole.UserRole + 1


def when_text(made_at: dt.datetime) -> str:
    """A backup's time the way the user reads dates: "fredag 27 november 2026 kl. 14:05"."""
    return QLocale().toString(QDateTime(made_at), QCoreApplication.translate(
        "RestoreDialog", "dddd d MMMM yyyy, HH:mm:ss"))


def contents_text(contents: backups.Contents | None) -> str:
    if contents is None:
        return QCoreApplication.translate("RestoreDialog", "cannot be read")
    return (QCoreApplication.translate("RestoreDialog", "%1 projects, %2 sessions, %3 entries")
            .replace("%1", str(contents.projects)).replace("%2", str(contents.sessions))
            .replace("%3", str(contents.entries)))


class RestoreDialog(QDialog):
    """Choose a backup; ``chosen()`` is its path once accepted."""

    def __init__(self, found: list[backups.BackupInfo], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose the backup to go back to. What the library holds now is backed up first, so you can undo "
            "the restore by restoring that backup (made “before restore”)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setObjectName("backupList")
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Contents")])
        self.table.setAccessibleName(self.tr("Backups"))
        for backup in found:
            item = QTreeWidgetItem([when_text(backup.made_at), backups.reason_text(backup.reason)(language),
                                    contents_text(backup.contents)])
            item.setData(0, PathRole, str(backup.path))
            self.table.addTopLevelItem(item)
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        if not found:
            empty = QLabel(self.tr("There are no backups yet. One is made at every start and close."))
            empty.setWordWrap(True)
            layout.addWidget(empty)
        self.buttons = QDialogButtonBox()
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.buttons)
        self.restore_button.setEnabled(bool(found))
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.table.setFocus()

    def chosen(self) -> Path | None:
        item = self.table.currentItem()
        return Path(item.data(0, PathRole)) if item is not None else None


def restore_with_dialog(workspace: Workspace, runner: Runner | None = None) -> Task[BackupFile] | None:
    """The menu command: choose, confirm, restore, rebuild the views. None when the user
    changed their mind; otherwise the restore job."""
    window = workspace.window()
    dialog = RestoreDialog(backups.list_backups(workspace.paths), workspace.ctx.language, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    item = dialog.table.currentItem()
    if item is None:
        return None
    if not confirm(window, dialog.windowTitle(), QCoreApplication.translate(
            "RestoreDialog", "Replace everything in the library with the backup from %1? What the library "
                             "holds now is backed up first, so you can undo this.").replace("%1", item.text(0)),
            QCoreApplication.translate("RestoreDialog", "Restore")):
        return None
    return restore_into(workspace, Path(item.data(0, PathRole)), item.text(0), runner)


def restore_into(workspace: Workspace, path: Path, when: str,
                 runner: Runner | None = None) -> Task[BackupFile] | None:
    """Restore the backup at ``path`` into the running app's library, in the background.
    None when meeting mode could not be closed (nothing was changed)."""
    ctx = workspace.ctx
    if not workspace.close_meetings():  # its writer could not save: restoring now would lose text
        show_error(workspace.window(), QCoreApplication.translate(
            "RestoreDialog", "Meeting mode could not save everything yet, so nothing was restored."))
        return None
    workspace.flush_editors()

    def restored(undo: BackupFile) -> None:
        workspace.reload()
        workspace.show_status(QCoreApplication.translate(
            "RestoreDialog", "Restored the backup from %1. To undo, restore the backup made before the restore (%2).")
            .replace("%1", when).replace("%2", when_text(undo.made_at)), 20000)

    return run_job(workspace.window(), QCoreApplication.translate("RestoreDialog", "Restoring the backup…"),
                   lambda progress: backups.restore(ctx.library, workspace.paths, path, progress), restored,
                   language=ctx.language, runner=runner, cancellable=False, exclusive=True,
                   on_failed=lambda _exc: workspace.reload())
