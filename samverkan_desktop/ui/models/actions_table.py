"""A sortable table model over a project's action items, with an "only open" filter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QPalette

from samverkan_desktop.services.actions import ActionView

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 2
TEXT, OWNER, DUE, STATUS, SESSION, IMPROVEMENT = range(6)


def status_labels() -> dict[str, str]:
    return {
        "open": QCoreApplication.translate("Actions", "Open"),
        "done": QCoreApplication.translate("Actions", "Done"),
    }


def _headers() -> list[str]:
    return [
        QCoreApplication.translate("Actions", "Action"),
        QCoreApplication.translate("Actions", "Owner"),
        QCoreApplication.translate("Actions", "Due"),
        QCoreApplication.translate("Actions", "Status"),
        QCoreApplication.translate("Actions", "Session"),
        QCoreApplication.translate("Actions", "Improvement area"),
    ]


def _sort_key(action: ActionView, column: int) -> tuple[Any, ...]:
    """Empty values sort last either way round; ties keep the stored order."""
    value: Any = {
        TEXT: action.text.casefold(),
        OWNER: (action.owner or "").casefold(),
        DUE: action.due,
        STATUS: action.status,
        SESSION: action.session_date,
        IMPROVEMENT: (action.improvement or "").casefold(),
    }[column]
    return (value is None or value == "", value if value not in (None, "") else "", action.sort_order)


class ActionsTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.all: list[ActionView] = []
        self.rows: list[ActionView] = []
        self.only_open = False
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder

    # -- content ------------------------------------------------------------------
    def set_actions(self, actions: list[ActionView]) -> None:
        self.beginResetModel()
        self.all = list(actions)
        self._arrange()
        self.endResetModel()

    def set_only_open(self, only_open: bool) -> None:
        self.beginResetModel()
        self.only_open = only_open
        self._arrange()
        self.endResetModel()

    def _arrange(self) -> None:
        rows = [a for a in self.all if a.is_open] if self.only_open else list(self.all)
        if self.sort_column >= 0:
            empty_last = sorted(rows, key=lambda a: _sort_key(a, self.sort_column)[1:])
            filled = [a for a in empty_last if not _sort_key(a, self.sort_column)[0]]
            empty = [a for a in empty_last if _sort_key(a, self.sort_column)[0]]
            if self.sort_order == Qt.SortOrder.DescendingOrder:
                filled.reverse()
            rows = filled + empty
        self.rows = rows

    def replace(self, action: ActionView) -> None:
        """Show a changed action in place (the order stays until the next sort or reload)."""
        self.all = [action if a.id == action.id else a for a in self.all]
        position = self.row_of(action.id)
        if position >= 0:
            self.rows[position] = action
            self.dataChanged.emit(self.index(position, 0), self.index(position, self.columnCount() - 1))

    def row_of(self, action_id: int) -> int:
        return next((n for n, a in enumerate(self.rows) if a.id == action_id), -1)

    # -- Qt -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 6:
            return _headers()[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        action = self.rows[index.row()]
        column = index.column()
        if role == IdRole:
            return action.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == TEXT:
                return action.text if role == Qt.ItemDataRole.ToolTipRole else " ".join(action.text.split())
            if column == OWNER:
                return action.owner or ""
            if column == DUE:
                return action.due.isoformat() if action.due else ""
            if column == STATUS:
                return status_labels().get(action.status, action.status)
            if column == SESSION:
                if action.session_title is None:
                    return ""
                return f"{action.session_date:%Y-%m-%d} {action.session_title}"
            if column == IMPROVEMENT:
                return action.improvement or ""
        if role == Qt.ItemDataRole.ForegroundRole:
            if not action.is_open:
                return QPalette().color(QPalette.ColorRole.PlaceholderText)
            if column == DUE and action.due and action.due < dt.date.today():
                return QColor("#b3261e")  # overdue
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self.rows[i.row()].id if i.isValid() and i.row() < len(self.rows) else -1 for i in before]
        self.sort_column, self.sort_order = column, order
        self._arrange()
        after = [self.index(self.row_of(i), old.column()) if self.row_of(i) >= 0 else QModelIndex()
                 for i, old in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
