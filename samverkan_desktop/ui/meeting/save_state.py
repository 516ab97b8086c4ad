"""What meeting mode says about saving: a feature that takes the ``MeetingSession``.

The label in the status bar says "Saving…" while the writer has something to store, "Saved
14:02:11" once all of it is on disk, and "Not saved yet" while the disk refuses; then the red
bar (``DiskFaultBar``, which also follows the edit context's failures) says why, above the
editor where the secretary looks, until saving works again. ``SaveState.disk_bar`` hands the
bar to the window, which places it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from samverkan_desktop.ui.disk_status import DiskFaultBar, saved_text
from samverkan_desktop.ui.meeting.session import MeetingSession

# how long the status bar says that saving works again
BACK_MESSAGE_MS = 5000


class SaveState(QObject):
    """The save-state label (the window's, in its status bar) and the disk-fault bar."""

    def __init__(self, session: MeetingSession, label: QLabel) -> None:
        super().__init__(session)
        self.session, self.label = session, label
        self.disk_bar = DiskFaultBar()
        self.disk_bar.follow(session.ctx)
        label.setText(self.tr("Everything is saved"))
        session.writer_status.connect(self._writer_status)
        session.saved.connect(self._saved)

    def pending(self) -> None:
        """Something was handed to the writer: it is being saved (or waits for the disk)."""
        if self.session.writer.pending():
            self.label.setText(self.tr("Not saved yet") if self.disk_bar.failing else self.tr("Saving…"))

    def _saved(self) -> None:
        if not self.session.writer.pending():
            self.label.setText(saved_text(datetime.now()))

    def _writer_status(self, ok: bool, message: str) -> None:
        """The writer cannot save (the red bar says why and stays) or can again."""
        self.disk_bar.report("writer", ok, message)
        if ok:
            self.session.message.emit(message, BACK_MESSAGE_MS)
        else:
            self.label.setText(self.tr("Not saved yet"))
