"""A one-column tree whose rows grow to show their whole wrapped text (evidence, quotes, names)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class WrappedTree(QTreeWidget):
    """A one-column tree whose rows grow to show their whole wrapped text."""

    def __init__(self) -> None:
        super().__init__()
        self.setItemDelegate(_WrapDelegate(self))
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()


class _WrapDelegate(QStyledItemDelegate):
    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        depth = 2 if index.parent().isValid() else 1
        width = max(120, self.view.viewport().width() - self.view.indentation() * depth - 12)
        text = str(index.data() or "")
        rect = option.fontMetrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), rect.height() + 8))
