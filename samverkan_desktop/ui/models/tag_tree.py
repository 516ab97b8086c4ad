"""A tree model over the tags of one kind: names with colour swatches, nesting, tagging counts.

A thin adapter over ``services.tags.TagNode`` snapshots. It never edits: a rename
typed in the view and a drag-and-drop re-parent are handed to the owner as signals
(``rename_requested``, ``reparent_requested``), which make them undoable edits.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from samverkan_desktop.services.tags import TagNode, descendant_ids

Index = QModelIndex | QPersistentModelIndex
TagIdRole = Qt.ItemDataRole.UserRole + 1
NodeRole = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-samverkan-tag-ids"
NAME, COUNT = 0, 1


class TagTreeModel(QAbstractItemModel):
    #: the user typed a new name in the view: (tag id, name)
    rename_requested = Signal(int, str)
    #: the user dropped a tag: (tag id, new parent id or -1, index among the new siblings or -1)
    reparent_requested = Signal(int, int, int)

    def __init__(self, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.nodes: dict[int, TagNode] = {}
        self.kids: dict[int | None, list[int]] = {None: []}

    # -- content ------------------------------------------------------------------
    def set_nodes(self, nodes: list[TagNode]) -> bool:
        """Show the tags of this model's kind; updates in place when only values changed.

        Returns True when the tree's shape changed (the model was reset)."""
        mine = [node for node in nodes if node.kind == self.kind]
        known = {node.id for node in mine}
        kids: dict[int | None, list[int]] = {None: []}
        for node in mine:
            kids.setdefault(node.parent_id if node.parent_id in known else None, []).append(node.id)
        if kids == self.kids and set(self.nodes) == known:
            self.nodes = {node.id: node for node in mine}
            for node in mine:
                self.dataChanged.emit(self.index_of(node.id), self.index_of(node.id, COUNT))
            return False
        self.beginResetModel()
        self.nodes, self.kids = {node.id: node for node in mine}, kids
        self.endResetModel()
        return True

    def node(self, index: Index) -> TagNode | None:
        return self.nodes.get(index.internalId()) if index.isValid() else None

    def parent_of(self, tag_id: int) -> int | None:
        parent = self.nodes[tag_id].parent_id
        return parent if parent in self.nodes else None

    def siblings(self, tag_id: int) -> list[int]:
        return self.kids.get(self.parent_of(tag_id), [])

    def index_of(self, tag_id: int, column: int = NAME) -> QModelIndex:
        if tag_id not in self.nodes:
            return QModelIndex()
        return self.createIndex(self.siblings(tag_id).index(tag_id), column, tag_id)

    def depth(self, tag_id: int) -> int:
        depth, parent = 0, self.parent_of(tag_id)
        while parent is not None:
            depth, parent = depth + 1, self.parent_of(parent)
        return depth

    def ordered(self) -> list[int]:
        """Every tag id, depth first."""
        out: list[int] = []

        def walk(parent: int | None) -> None:
            for tag_id in self.kids.get(parent, []):
                out.append(tag_id)
                walk(tag_id)

        walk(None)
        return out

    # -- Qt's model API -----------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        owner = parent.internalId() if parent.isValid() else None
        return self.createIndex(row, column, self.kids[owner][row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() not in self.nodes:
            return QModelIndex()
        parent = self.parent_of(index.internalId())
        return QModelIndex() if parent is None else self.index_of(parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        if not parent.isValid():
            return len(self.kids[None])
        return len(self.kids.get(parent.internalId(), [])) if parent.column() == NAME else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME:
            return QCoreApplication.translate("TagTree", "Name")
        return QCoreApplication.translate("TagTree", "Taggings")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role == TagIdRole:
            return node.id
        if role == NodeRole:
            return node
        if index.column() == NAME:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return node.name
            if role == Qt.ItemDataRole.DecorationRole:
                return QColor(node.color) if node.color else None
            if role == Qt.ItemDataRole.ToolTipRole:
                return node.description or node.name
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(node.taggings)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate("TagTree", "%1 taggings in %2 entries").replace(
                "%1", str(node.taggings)).replace("%2", str(node.entries))
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
                 | Qt.ItemFlag.ItemIsDropEnabled)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == NAME else flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or index.column() != NAME:
            return False
        name = str(value or "").strip()
        if name and name != node.name:
            self.rename_requested.emit(node.id, name)
        return bool(name)

    # -- drag and drop ------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        ids = list(dict.fromkeys(index.internalId() for index in indexes if index.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def _dropped(self, data: QMimeData) -> int | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        text = bytes(data.data(MIME_TYPE).data()).decode()
        first = text.split(",")[0]
        return int(first) if first.isdigit() and int(first) in self.nodes else None

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: Index) -> bool:
        tag_id = self._dropped(data)
        if tag_id is None:
            return False
        target = parent.internalId() if parent.isValid() else None
        return target is None or (target != tag_id
                                  and target not in descendant_ids(self.nodes.values(), tag_id))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        tag_id = self._dropped(data)
        assert tag_id is not None
        target = parent.internalId() if parent.isValid() else None
        index = row
        if row >= 0 and self.parent_of(tag_id) == target and self.siblings(tag_id).index(tag_id) < row:
            index = row - 1  # the dragged tag leaves its old place above the drop point
        self.reparent_requested.emit(tag_id, -1 if target is None else target, index)
        return True
