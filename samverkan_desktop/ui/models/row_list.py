"""A list model over the ``Row`` snapshots of one kind of record."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from samverkan_desktop.services.editing import Row

RowRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel):
    """Shows each row through ``label(row)``; ``RowRole`` gives the row itself."""

    def __init__(self, label: Callable[[Row], str], parent: Any = None) -> None:
        super().__init__(parent)
        self.label = label
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def update_row(self, row: Row) -> None:
        for position, existing in enumerate(self.rows):
            if existing.id == row.id:
                self.rows[position] = row
                index = self.index(position)
                self.dataChanged.emit(index, index)
                return

    def row_index(self, record_id: int) -> int:
        return next((i for i, row in enumerate(self.rows) if row.id == record_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.label(row)
        if role == RowRole:
            return row
        if role == IdRole:
            return row.id
        return None
