"""Action items in meeting mode.

When meeting mode opens a session, the open actions decided at earlier sessions (by
date) are shown in a calm panel at the top, which "Hide" or Esc puts away. An earlier
entry of kind action becomes an action item with Ctrl+Shift+A or from its context
menu (undoable; owner and due date are filled in later under Actions).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QBoxLayout, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import EntryKind, RecordKind
from samverkan_desktop.services.actions import ActionView, action_values_from_entry, open_actions_before

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.window import MeetingWindow

#: how many open actions the panel lists; the rest are counted
SHOWN = 5
MESSAGE_MS = 8000


class OpenActionsPanel(QFrame):
    """The open actions from earlier sessions, listed briefly, with a Hide button."""

    def __init__(self, actions: list[ActionView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openActionsPanel")
        self.open_actions = actions
        #: the Esc shortcuts that hide the panel; disabled once it is hidden
        self.escapes: list[QShortcut] = []
        self.setStyleSheet(
            "QFrame#openActionsPanel { background: #eef4fa; border: 1px solid #c5d7e8; border-radius: 4px; }"
            "QFrame#openActionsPanel QLabel { background: transparent; border: none; }"
        )
        title = QLabel(self.tr("Open actions from earlier sessions (%1)").replace("%1", str(len(actions))))
        title.setObjectName("openActionsTitle")
        title.setStyleSheet("font-weight: 600;")
        self.hide_button = QPushButton(self.tr("&Hide"))
        self.hide_button.setObjectName("hideOpenActions")
        self.hide_button.setToolTip(self.tr("Hide the open actions (Esc)"))
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
        self.hide()
        for escape in self.escapes:
            escape.setEnabled(False)
        parent = self.window()
        editor = getattr(parent, "editor", None)
        if editor is not None:
            editor.setFocus()


def install_open_actions(window: MeetingWindow) -> OpenActionsPanel | None:
    """Show the open actions of earlier sessions at the top of meeting mode, if there are any."""
    actions = open_actions_before(window.ctx.library, window.data.project_id, window.session_id)
    if not actions:
        return None
    panel = OpenActionsPanel(actions)
    central = window.centralWidget()
    layout = central.layout() if central is not None else None
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(1, panel)
    for widget in (window.editor, panel):
        escape = QShortcut(QKeySequence("Escape"), widget)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(panel.dismiss)
        panel.escapes.append(escape)
    return panel


def is_action_entry(window: MeetingWindow, row: int) -> bool:
    return 0 <= row < window.model.rowCount() and window.model.entries[row].kind == EntryKind.ACTION


def create_action_from_row(window: MeetingWindow, row: int) -> int | None:
    """Make an action item of the earlier entry at ``row``; returns its id."""
    if not is_action_entry(window, row):
        window.statusBar().showMessage(QCoreApplication.translate(
            "Meeting", "Only an entry of kind action becomes an action item (Ctrl+3 marks the kind)."), MESSAGE_MS)
        return None
    record = window._row(row)
    if record is None:
        return None
    project_id, values = action_values_from_entry(window.ctx.library, record.id)
    label = QCoreApplication.translate("Meeting", "Create action")
    created = window.ctx.create(RecordKind.ACTION, project_id, label, values)
    if created is None:
        return None
    window.statusBar().showMessage(QCoreApplication.translate(
        "Meeting", "Action item created. Add its owner and due date under Actions; Ctrl+Z undoes it."), MESSAGE_MS)
    return created.id


def create_action_from_selected(window: MeetingWindow) -> int | None:
    """Ctrl+Shift+A on the selected earlier entry."""
    index = window.entries.currentIndex()
    return create_action_from_row(window, index.row()) if index.isValid() else None


def add_menu_item(window: MeetingWindow, menu: QMenu, row: int) -> None:
    """The context menu of an earlier entry of kind action offers to make it an action item."""
    if not is_action_entry(window, row):
        return
    item = menu.addAction(QCoreApplication.translate("Meeting", "Create action item"))
    item.setShortcut(QKeySequence("Ctrl+Shift+A"))
    item.triggered.connect(lambda: create_action_from_row(window, row))
