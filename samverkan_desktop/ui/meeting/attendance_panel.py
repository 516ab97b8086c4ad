"""Attendance beside meeting mode's minutes: a feature that takes the ``MeetingSession``.

The attendance key (``MeetingAction.ATTENDANCE``) shows the session's attendance in a dock at
the right of the window (``editors.attendance.AttendanceTab``, the session editor's own tab),
with the focus in it; the same key hides it and gives the focus back to the entry being typed.
The tab is built the first time it is asked for, not when meeting mode opens.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from samverkan_desktop.ui.meeting.session import MeetingSession


class AttendancePanel(QObject):
    def __init__(self, session: MeetingSession, window: QMainWindow, editor: QWidget) -> None:
        super().__init__(session)
        self.session = session
        # the window the dock is put in, and where the focus goes back when it is hidden
        self.window, self.editor = window, editor
        self.dock: QDockWidget | None = None

    def toggle(self) -> None:
        if self.dock is None:
            from samverkan_desktop.ui.editors.attendance import AttendanceTab

            session = self.session
            self.dock = QDockWidget(self.tr("Attendance"), self.window)
            self.dock.setObjectName("attendanceDock")
            self.dock.setWidget(AttendanceTab(session.ctx, session.data.project_id, session.session_id))
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.show()
            self.dock.widget().setFocus()
            return
        visible = not self.dock.isVisible()
        self.dock.setVisible(visible)
        (self.dock.widget() if visible else self.editor).setFocus()
