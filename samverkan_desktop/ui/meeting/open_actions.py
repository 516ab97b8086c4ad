"""Action items in meeting mode: a feature that takes the ``MeetingSession``.

When meeting mode opens a session, the open actions decided at earlier sessions (by
date) are shown in a calm panel at the top, which "Hide" or Esc puts away
(``ActionItems.panel`` hands the panel to the window). An earlier entry of kind action
becomes an action item with Ctrl+Shift+A or from its context menu, as an undo step of
meeting mode (owner and due date are filled in later under Actions).
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import EntryKind, RecordKind
from samverkan_desktop.services.actions import ActionView, action_values_from_entry, open_actions_before
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.meeting.keys import MeetingAction, key_of, key_text
from samverkan_desktop.ui.meeting.session import MESSAGE_MS, MeetingSession

# how many open actions the panel lists; the rest are counted
SHOWN = 5


class OpenActionsPanel(QFrame):
    """The open actions from earlier sessions, listed briefly, with a Hide button."""

    # the panel was put away (the window gives the focus back to the editor)
    dismissed = Signal()

    def __init__(self, actions: list[ActionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openActionsPanel")
        self.open_actions = actions
        self.setStyleSheet(
            "QFrame#openActionsPanel { background: #eef4fa; border: 1px solid #c5d7e8; border-radius: 4px; }"
            "QFrame#openActionsPanel QLabel { background: transparent; border: none; }"
        )
        title = QLabel(self.tr("Open actions from earlier sessions (%1)").replace("%1", str(len(actions))))
        title.setObjectName("openActionsTitle")
        title.setStyleSheet("font-weight: 600;")
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.hide_button.setObjectName("hideOpenActions")
        self.hide_button.setToolTip(self.tr("Hide the open actions (%1)").replace(
            "%1", key_text(key_of(MeetingAction.HIDE_OPEN_ACTIONS).keys[0])))
        self.hide_button.clicked.connect(self.dismiss)
        top = QHBoxLayout()
        top.addWidget(title, 1)
        top.addWidget(self.hide_button)
        self.list = QLabel(self._lines())
        self.list.setObjectName("openActionsList")
        self.list.setTextFormat(Qt.TextFormat.RichText)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 8)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.setAccessibleName(title.text())

    def _lines(self) -> str:
        lines = []
        for action in self.open_actions[:SHOWN]:
            details = [action.owner or self.tr("no owner")]
            if action.due:
                details.append(self.tr("due %1").replace("%1", action.due.isoformat()))
            if action.session_date:
                details.append(self.tr("from %1").replace("%1", action.session_date.isoformat()))
            text = " ".join(action.text.split())
            lines.append(f"• {html.escape(text)} <span style='color:#555'>— {html.escape(', '.join(details))}</span>")
        more = len(self.open_actions) - SHOWN
        if more > 0:
            lines.append(self.tr("… and %1 more, listed under Actions in the project.").replace("%1", str(more)))
        return "<br>".join(lines)

    def dismiss(self) -> None:
        if self.isHidden():
            return
        self.hide()
        for action in self.actions():  # its Esc no longer hides anything
            action.setEnabled(False)
        self.dismissed.emit()


class ActionItems:
    """The open actions panel and turning an action entry into an action item."""

    def __init__(self, session: MeetingSession) -> None:
        self.session = session
        actions = open_actions_before(session.ctx.library, session.data.project_id, session.session_id)
        self._panel = OpenActionsPanel(actions) if actions else None

    def panel(self) -> OpenActionsPanel | None:
        """The panel of open actions from earlier sessions, if there are any."""
        return self._panel

    def dismiss(self) -> None:
        if self._panel is not None:
            self._panel.dismiss()

    def applies(self, row: int) -> bool:
        """Whether the entry at ``row`` can become an action item (it is of kind action)."""
        model = self.session.model
        return 0 <= row < model.rowCount() and model.entries[row].kind == EntryKind.ACTION

    def create_from(self, row: int) -> int | None:
        """Make an action item of the earlier entry at ``row``; returns its id."""
        session = self.session
        if not self.applies(row):
            session.message.emit(QCoreApplication.translate(
                "Meeting", "Only an entry of kind action becomes an action item (Ctrl+3 marks the kind)."),
                MESSAGE_MS)
            return None
        record = session.record(row)
        if record is None:
            return None
        project_id, values = action_values_from_entry(session.ctx.library, record.id)
        command = undo.Create(session.ctx, RecordKind.ACTION, project_id, values, None,
                              QCoreApplication.translate("Meeting", "Create action"))
        if not session.push(command) or command.row is None:
            return None
        session.message.emit(QCoreApplication.translate(
            "Meeting", "Action item created. Add its owner and due date under Actions; Ctrl+Z undoes it."),
            MESSAGE_MS)
        return command.row.id
