"""The start and the end of a run as far as the library's safety goes: the integrity
check before anything is written, the dialog for a damaged library, and the backups
at start and while working (the close backup: ``shutdown.finish_run``).

A damaged library is never opened for writing (no migration runs on it): it is copied
aside, and the user chooses between restoring the newest backup that passes a full
check and quitting. Without any good backup the choice is an empty library (the
damaged one stays in its copy) or quitting.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups, startup
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.backup_keeper import BackupKeeper

log = logging.getLogger(__name__)
STATUS_MS = 15000


def open_library_checked(paths: DataPaths, opener: Callable[[DataPaths], Library | None],
                         language: str = "sv", parent: QWidget | None = None) -> Library | None:
    """Check the library, let the user recover a damaged one, then open it with ``opener``.
    None: the app must quit (the user chose to, or the library cannot be opened)."""
    check = startup.check_at_start(paths)
    problem = check.unreadable
    if problem is not None:  # the disk, not the library: say so, change nothing
        QMessageBox.warning(parent, "Samverkan Desktop", problem.text(language))
        return None
    if check.damaged and not recover_damaged(paths, check, language, parent):
        return None
    library = opener(paths)
    if library is not None:
        startup.mark_running(paths)
    return library


def recover_damaged(paths: DataPaths, check: startup.StartCheck, language: str,
                    parent: QWidget | None = None) -> bool:
    """Tell the user the library is damaged and act on the choice; True: open the library now."""
    from samverkan_desktop.ui.restore_dialog import contents_text, when_text  # only for a damaged library

    log.error("the library %s is damaged: %s", paths.database, check.report.detail)
    try:
        copy = backups.copy_aside_damaged(paths)
        copied = QCoreApplication.translate(
            "StartupChecks", "A copy of it, exactly as it is, has been saved as %1.").replace("%1", str(copy))
    except OSError as exc:
        log.error("the damaged library could not be copied aside: %s", exc)
        copy = None
        copied = QCoreApplication.translate(
            "StartupChecks", "It could not be copied aside (%1), so it is left exactly as it is.").replace(
            "%1", exc.strerror or str(exc))
    good = backups.newest_good_backup(paths)
    heading = QCoreApplication.translate("StartupChecks", "The library is damaged")
    box = QMessageBox(QMessageBox.Icon.Critical, "Samverkan Desktop", f"<b>{html.escape(heading)}</b>", parent=parent)
    box.setObjectName("damagedLibraryDialog")
    box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
    intro = QCoreApplication.translate(
        "StartupChecks", "The library in %1 did not pass its integrity check. It is not opened, so that "
                         "nothing more is written to it.").replace("%1", str(paths.root))
    act = None
    if copy is None:  # without a copy of the damaged file nothing may replace it
        offer = ""
    elif good is not None:
        offer = QCoreApplication.translate(
            "StartupChecks", "The newest good backup is from %1 (%2). Restore it? What was written after "
                             "that time is not in the backup.").replace("%1", when_text(good.made_at)).replace(
            "%2", contents_text(good.contents))
        act = box.addButton(QCoreApplication.translate("StartupChecks", "Restore the backup"),
                            QMessageBox.ButtonRole.AcceptRole)
    else:
        offer = QCoreApplication.translate(
            "StartupChecks", "There is no good backup to restore. You can start with an empty library (the "
                             "damaged one stays in its copy) or quit and ask for help with the copy.")
        act = box.addButton(QCoreApplication.translate("StartupChecks", "Start with an empty library"),
                            QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(QCoreApplication.translate("StartupChecks", "Quit"),
                                QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(act if good is not None and act is not None else quit_button)
    box.setInformativeText("\n\n".join(text for text in (intro, copied, offer) if text))
    box.setDetailedText(check.report.detail)
    box.exec()
    if act is None or box.clickedButton() is not act:
        log.info("the user chose to quit on a damaged library")
        return False
    try:
        if good is not None:
            backups.replace_damaged(paths, good.path)
        else:
            backups.start_empty(paths)
    except backups.BackupError as exc:
        QMessageBox.critical(parent, "Samverkan Desktop", exc.text(language))
        return False
    return True


def start_backups(window: QMainWindow, paths: DataPaths, language: str) -> BackupKeeper:
    """The backup at start (after the check) and the periodic ones; failures go to the status bar."""
    keeper = BackupKeeper(paths, language, parent=window)
    keeper.failed.connect(lambda message: window.statusBar().showMessage(message, STATUS_MS))
    keeper.start()
    return keeper
