"""The sessions of a project as a table: date, time, kind, title, status, entries, recorded by."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from samverkan_desktop.services.library_service import SessionSummary
from samverkan_desktop.ui.collaboration.labels import collaboration_text, recorder_text
from samverkan_desktop.ui.session_labels import label_of, session_kinds_short, session_statuses

Index = QModelIndex | QPersistentModelIndex
SessionRole = Qt.ItemDataRole.UserRole + 1

DATE, TIME, KIND, TITLE, STATUS, ENTRIES, RECORDER = range(7)


def time_span(start: str | None, end: str | None) -> str:
    """ "13:00–16:00", "13:00", "–16:00" or ""."""
    if start and end:
        return f"{start}–{end}"
    if start:
        return start
    return f"–{end}" if end else ""


class SessionTableModel(QAbstractTableModel):
    """A read-only table over ``SessionSummary`` rows; ``SessionRole`` gives the summary."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionSummary] = []

    def set_sessions(self, sessions: list[SessionSummary]) -> None:
        self.beginResetModel()
        self.sessions = list(sessions)
        self.endResetModel()

    def row_of(self, session_id: int) -> int:
        return next((i for i, s in enumerate(self.sessions) if s.id == session_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("SessionTable", "Date"),
            QCoreApplication.translate("SessionTable", "Time"),
            QCoreApplication.translate("SessionTable", "Kind"),
            QCoreApplication.translate("SessionTable", "Title"),
            QCoreApplication.translate("SessionTable", "Status"),
            QCoreApplication.translate("SessionTable", "Entries"),
            QCoreApplication.translate("SessionTable", "Recorded by"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.sessions):
            return None
        session = self.sessions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if role == Qt.ItemDataRole.ToolTipRole and column != TITLE:
                return None
            return self._text(session, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ENTRIES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SessionRole:
            return session
        return None

    @staticmethod
    def _text(session: SessionSummary, column: int) -> str:
        if column == DATE:
            return session.date.isoformat()
        if column == TIME:
            return time_span(session.start, session.end)
        if column == KIND:
            return session_kinds_short().get(session.kind or "", session.kind or "")
        if column == TITLE:
            return session.title
        if column == STATUS:
            return label_of(session_statuses(), session.status)
        if column == RECORDER:
            return recorder_text(session.origin) or collaboration_text(session.sent_to, session.received_from)
        return str(session.entries)
