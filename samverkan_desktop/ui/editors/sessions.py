"""Dialogtillfällen: the project's sessions in date order, to plan a new one or open one.

The table is read-only; a session is edited in its own editor, which the main window
opens when this one emits ``open_session`` (Enter, a double click or "Open"), or
``session_created`` for a new one, whose title is then selected for typing.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.library_service import SessionSummary, sessions_of_project
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.models import session_table as T

#: kinds whose changes alter what the table shows
WATCHED = (RecordKind.SESSION, RecordKind.ENTRY)


class SessionsEditor(QWidget):
    #: the user wants to open this session (its id)
    open_session = Signal(int)
    #: the user planned this new session: open it with its title ready to type over
    session_created = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.model = T.SessionTableModel(self)

        heading = QLabel(self.tr("Sessions"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("The meetings, focus groups and workplace dialogues of the project, in date "
                               "order. Open a session to plan its attendance and agenda."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(T.TITLE, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda index: self._open(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.empty = QLabel(self.tr("No sessions yet. Plan the first one with “New session”."))
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)

        self.new_button = QPushButton(self.tr("&New session"))
        self.new_button.setObjectName("newSession")
        self.new_button.setToolTip(self.tr("Plan a new session and open it (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected session (Enter)"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.delete_button.setToolTip(self.tr("Delete the selected session (Ctrl+Delete)"))
        self.new_button.clicked.connect(self.new_session)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex().row()))
        self.delete_button.clicked.connect(self.delete_current)
        for keys, slot in (("Ctrl+N", self.new_session), ("Ctrl+Delete", self.delete_current)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

        ctx.list_changed.connect(self._on_list_changed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- reading --------------------------------------------------------------------
    def current_session(self) -> SessionSummary | None:
        row = self.table.currentIndex().row()
        return self.model.sessions[row] if 0 <= row < len(self.model.sessions) else None

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_session()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_sessions(sessions_of_project(self.ctx.library, self.project_id))
        position = self.model.row_of(keep) if keep is not None else -1
        if position < 0 and self.model.sessions:
            position = 0
        if position >= 0:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(position, T.DATE),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.empty.setVisible(not self.model.sessions)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_current = self.current_session() is not None
        self.open_button.setEnabled(has_current)
        self.delete_button.setEnabled(has_current)

    # -- commands -------------------------------------------------------------------
    def new_session(self) -> None:
        row = self.ctx.create(RecordKind.SESSION, self.project_id, self.tr("New session"),
                              {"title": self.tr("New session")})
        if row is not None:
            self.reload(row.id)
            self.session_created.emit(row.id)

    def _open(self, position: int) -> None:
        if 0 <= position < len(self.model.sessions):
            self.open_session.emit(self.model.sessions[position].id)

    def delete_current(self) -> None:
        session = self.current_session()
        if session is None:
            return
        question = self.tr("Delete the session “%1” of %2?").replace("%1", session.title).replace(
            "%2", session.date.isoformat())
        if session.entries:
            question += " " + self.tr("%n recorded entry(s) are deleted with it.", "", session.entries)
        question += " " + self.tr("You can undo this with Ctrl+Z.")
        if confirm(self, self.tr("Delete session"), question, self.tr("Delete session")):
            row = self.ctx.editor.get(RecordKind.SESSION, session.id)
            self.ctx.delete(row, self.tr("Delete session"))

    # -- keeping up -----------------------------------------------------------------
    def _on_list_changed(self, kind: str, _parent_id: int, select_id: int) -> None:
        if kind in WATCHED:
            self.reload(select_id if kind == RecordKind.SESSION and select_id >= 0 else None)

    def _on_changed(self, kind: str, _record_id: int) -> None:
        if kind in WATCHED:
            self.reload()
