"""Adjusted minutes in meeting mode: the bar that says they are locked, and Ctrl+J.

``LockBar`` is shown while the minutes are locked: what that means (tagging still works) and
a button that reopens them. Ctrl+J (``adjust_or_reopen_minutes``) adjusts open minutes in
``AdjustDialog``, which locks them, or reopens locked ones (``ui.reopen_minutes``, shared with
the session editor); the session reloads on the change and the window shows the new state.
The bar is built with the window's frame, before the minutes are open (app.py's
``--meeting``), so this module imports nothing of the database layer until Ctrl+J.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from samverkan_desktop.ui.meeting.keys import MeetingAction, key_of, key_text

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.session import MeetingSession

# on the bar only: a style sheet on the whole window would slow every paint of the list
LOCKED_STYLE = "QFrame#lockedMeetingBar { background: #fff3cd; border-bottom: 1px solid #e0c36a; }"


class LockBar(QFrame):
    """Above the entries while the minutes are locked; its button reopens them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockedMeetingBar")
        self.setStyleSheet(LOCKED_STYLE)
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.reopen_button = QPushButton(self.tr("&Reopen the minutes…"))
        self.reopen_button.setObjectName("reopenMinutes")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 12, 0)
        row.addWidget(self.banner, 1)
        row.addWidget(self.reopen_button)
        self.hide()

    def show_lock(self, locked: bool) -> None:
        self.banner.setText(self.tr(
            "These minutes are adjusted and locked: nothing in them can be changed. Tagging still works. "
            "To change them, reopen them here (%1); they must then be adjusted again.").replace(
            "%1", key_text(key_of(MeetingAction.ADJUST).keys[0])))
        self.setVisible(locked)


def adjust_or_reopen_minutes(session: MeetingSession, parent: QWidget) -> None:
    """Ctrl+J, once what is typed is handed to the writer: locked minutes are reopened (after
    asking), open ones adjusted in the dialog opened over ``parent``."""
    from samverkan_desktop.services.minutes import load_meeting
    from samverkan_desktop.ui.meeting.adjust_dialog import AdjustDialog
    from samverkan_desktop.ui.reopen_minutes import reopen_minutes

    session.writer.flush(5.0)
    if session.locked():
        reopen_minutes(parent, session.ctx, session.session_id)  # the session reloads on the change
        return
    dialog = AdjustDialog(load_meeting(session.ctx.library, session.session_id), parent)
    if dialog.exec() == AdjustDialog.DialogCode.Accepted:
        session.adjust(dialog.adjusters(), dialog.adjusted_on())
