"""Arkiv > Skicka ut dialogtillfällen… and Skicka tillbaka…: the files that travel.

Sending out writes the project frame, the chosen sessions and only their people with
the starting point that a merge needs later; sending back is an ordinary export of a
project received that way. Both write off the GUI thread through the job runner.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services import library_service
from samverkan_desktop.services.library_service import SessionSummary
from samverkan_desktop.services.uids import slug
from samverkan_desktop.ui.jobs import run_job
from samverkan_desktop.ui.session_labels import label_of, session_statuses

if TYPE_CHECKING:
    from samverkan_desktop.ui.workspace import Workspace

UidRole = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
STATUS_MS = 20000



class SendOutDialog(QDialog):
    """Choose the sessions and who they go to; ``sessions()`` and ``recipient()`` once accepted."""

    def __init__(self, sessions: list[SessionSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sendOutDialog")
        self.setWindowTitle(self.tr("Send out sessions"))
        self.resize(640, 460)
        intro = QLabel(self.tr(
            "Choose the sessions that another secretary will record. The file holds the project's frame "
            "(commission, political mandates, question guide, tags and parties), the sessions you choose and "
            "only their people: nobody else's name travels. The secretary imports it, records and sends a "
            "copy back, which you take in with “Receive…”."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("sendOutSessions")
        self.list.setAccessibleName(self.tr("Sessions to send out"))
        statuses = session_statuses()
        for session in sessions:
            text = (self.tr("%1 · %2 · %3 entries · %4").replace("%1", session.date.isoformat())
                    .replace("%2", session.title).replace("%3", str(session.entries))
                    .replace("%4", label_of(statuses, session.status)))
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(UidRole, session.uid)
            self.list.addItem(item)
        self.recipient_edit = QLineEdit()
        self.recipient_edit.setObjectName("sendOutRecipient")
        self.recipient_edit.setPlaceholderText(self.tr("e.g. FSG Barn och utbildning – Karin Ek"))
        self.recipient_edit.setMaxLength(200)
        form = QFormLayout()
        form.addRow(self.tr("&Sent to:"), self.recipient_edit)
        self.buttons = QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.tr("Send out…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("sendOutButton")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Sessions:")))
        layout.addWidget(self.list, 1)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.list.itemChanged.connect(lambda *_: self._update())
        self.recipient_edit.textChanged.connect(lambda *_: self._update())
        self._update()

    def sessions(self) -> list[str]:
        items = [self.list.item(i) for i in range(self.list.count())]
        return [str(i.data(UidRole)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def recipient(self) -> str:
        return " ".join(self.recipient_edit.text().split())

    def _update(self) -> None:
        self.send_button.setEnabled(bool(self.sessions()) and bool(self.recipient()))


def _project(window: Workspace) -> tuple[int, str] | None:
    shown = window.current_project()
    if shown is None:
        window.show_status(translate("SendOut", "Open a project first."), STATUS_MS)
    return shown


def _save_name(window: Workspace, title: str, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(window.window(), title, str(Path.home() / suggested),
                                          translate("SendOut", "Project archive (*.samverkan)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".samverkan" else path.with_name(path.name + ".samverkan")


def send_out_with_dialog(window: Workspace) -> None:
    """The menu command: choose sessions and recipient, choose the file, write it off the GUI thread."""
    from samverkan_desktop.services.merge.sendout import SentOut, send_out

    found = _project(window)
    if found is None:
        return
    project_id, uid = found
    dialog = SendOutDialog(library_service.sessions_of_project(window.ctx.library, project_id), window.window())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    sessions, recipient = dialog.sessions(), dialog.recipient()
    path = _save_name(window, dialog.windowTitle(), f"{slug(recipient) or 'utskick'}.samverkan")
    if path is None:
        return
    window.flush_editors()

    def done(result: SentOut) -> None:
        QMessageBox.information(window.window(), dialog.windowTitle(), QCoreApplication.translate("SendOut",
            "%1 sessions were written to %2. Send the file to %3 (e-mail, USB stick or a shared folder); "
            "the copy that comes back is taken in with File > Receive….")
            .replace("%1", str(result.sessions)).replace("%2", str(result.path))
            .replace("%3", recipient))

    run_job(window.window(), translate("SendOut", "Writing the file to send out…"),
            lambda progress: send_out(window.ctx.library, uid, sessions, recipient, path), done,
            language=window.ctx.language, cancellable=False, exclusive=True)


def send_back_with_dialog(window: Workspace) -> None:
    """Skicka tillbaka…: an ordinary archive of a project that was received from a send-out."""
    from samverkan_desktop.services.archive import write_archive
    from samverkan_desktop.services.merge.service import received_from

    found = _project(window)
    if found is None:
        return
    _project_id, uid = found
    origin = received_from(window.ctx.library, uid)
    title = translate("SendOut", "Send back")
    if origin is None:
        QMessageBox.information(window.window(), title, QCoreApplication.translate("SendOut",
            "This project was not received from a send-out, so there is nothing to send back. To move the "
            "project, use File > Export project file."))
        return
    path = _save_name(window, title, f"{slug(origin) or uid}-tillbaka.samverkan")
    if path is None:
        return
    window.flush_editors()

    def done(written: Path) -> None:
        text = translate("SendOut", "Wrote %1; send it back to the one who sent the sessions out.")
        window.show_status(text.replace("%1", str(written)), STATUS_MS)

    run_job(window.window(), translate("SendOut", "Writing the copy to send back…"),
            lambda progress: write_archive(window.ctx.library, uid, path), done, language=window.ctx.language)
