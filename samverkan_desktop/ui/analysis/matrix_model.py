"""The overview matrix: tags down, sessions or parties across, distinct tagged entries in the cells.

Counts come rolled up from ``services.analysis.overview`` (a parent tag counts the
entries of the tags nested under it). The row header shows the tag, indented by its
nesting and marked with its colour; the last column is the total. Empty cells stay
blank so that the pattern of the counts can be read at a glance, and the cell's
background is tinted in the tag's colour in proportion to its count.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from samverkan_desktop.services.analysis import Column, Overview, TagInfo

Index = QModelIndex | QPersistentModelIndex
#: the (tag id, session id or None, party id or None, is party column) of a cell
CellRole = Qt.ItemDataRole.UserRole + 1
FALLBACK_COLOR = "#7f8c8d"


class Across(Enum):
    SESSIONS = "sessions"
    PARTIES = "parties"


def tag_color(tag: TagInfo) -> QColor:
    color = QColor(tag.color or FALLBACK_COLOR)
    return color if color.isValid() else QColor(FALLBACK_COLOR)


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def two_lines(text: str, limit: int = 12) -> str:
    """Break a long name at the space nearest its middle."""
    if len(text) <= limit or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, ch in enumerate(text) if ch == " "), key=lambda i: abs(i - middle))
    return f"{text[:cut]}\n{text[cut + 1:]}"


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.overview: Overview | None = None
        self.across = Across.SESSIONS
        self._max = 1

    def set_overview(self, overview: Overview) -> None:
        self.beginResetModel()
        self.overview = overview
        self._update_max()
        self.endResetModel()

    def set_across(self, across: Across) -> None:
        self.beginResetModel()
        self.across = across
        self._update_max()
        self.endResetModel()

    @property
    def columns(self) -> tuple[Column, ...]:
        if self.overview is None:
            return ()
        return self.overview.sessions if self.across is Across.SESSIONS else self.overview.parties

    def count(self, row: int, column: int) -> int:
        """The count of a cell (the last column is the tag's total)."""
        assert self.overview is not None
        tag = self.overview.tags[row]
        if column == len(self.columns):
            return self.overview.totals.get(tag.id, 0)
        key = self.columns[column].id
        if self.across is Across.SESSIONS:
            return self.overview.by_session.get((tag.id, int(key or 0)), 0)
        return self.overview.by_party.get((tag.id, key), 0)

    def _update_max(self) -> None:
        counts = [self.count(r, c) for r in range(self.rowCount()) for c in range(len(self.columns))]
        self._max = max(counts, default=0) or 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() or self.overview is None else len(self.overview.tags)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() or self.overview is None else len(self.columns) + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.overview is None:
            return None
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self.overview.tags):
                return None
            tag = self.overview.tags[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return "    " * tag.depth + tag.name
            if role == Qt.ItemDataRole.DecorationRole:
                return tag_color(tag)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tag.name
            return None
        if not 0 <= section <= len(self.columns):
            return None
        if section == len(self.columns):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return QCoreApplication.translate("Matrix", "Total")
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if self.across is Across.SESSIONS and column.date is not None:
                return f"{column.date.isoformat()}\n{elide(column.title, 14)}"
            # long party names take two lines ("Akademikerförbundet / SSR") to keep the columns narrow
            return two_lines(column.title) or QCoreApplication.translate("Matrix", "(no party)")
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.title or QCoreApplication.translate("Matrix", "Entries without a party")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None or not 0 <= index.row() < len(self.overview.tags):
            return None
        row, column = index.row(), index.column()
        if not 0 <= column <= len(self.columns):
            return None
        n = self.count(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and n and column < len(self.columns):
            color = tag_color(self.overview.tags[row])
            color.setAlphaF(0.12 + 0.38 * n / self._max)
            return color
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("Matrix", "%n entries", "", n)
        if role == CellRole:
            tag = self.overview.tags[row]
            if column == len(self.columns):
                return (tag.id, None, None, False)
            key = self.columns[column].id
            if self.across is Across.SESSIONS:
                return (tag.id, key, None, False)
            return (tag.id, None, key, True)
        return None
