"""A checkable list of a project's records (e.g. mandates) that one owner links to.

Checking or unchecking an entry changes the owner's links as one undoable step
(``link_commands``). The list follows the project's records and the owner's links
when either changes elsewhere (another editor, undo). Serves question -> mandate and
tag -> mandate links, and, ``reverse``, the same links seen from the other end: a
mandate's list of questions, where checking a question adds the mandate to that
question's links (the link table has one owner side, the checklist two).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import links
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui import link_commands
from samverkan_desktop.ui.context import EditContext

IdRole = Qt.ItemDataRole.UserRole + 1
#: the list grows to show this many entries before it scrolls
VISIBLE_ROWS = 6


class LinkChecklist(QWidget):
    def __init__(self, ctx: EditContext, link: links.Link, target_kind: RecordKind, project_id: int,
                 label: Callable[[Row], str], undo_label: str, empty_text: str,
                 parent: QWidget | None = None, reverse: bool = False) -> None:
        """``target_kind``: the kind listed; ``reverse``: the owner is the link's target and the
        listed records are the link's owners (a mandate listing its questions)."""
        super().__init__(parent)
        self.ctx, self.link, self.target_kind, self.project_id = ctx, link, target_kind, project_id
        self.reverse = reverse
        self.label, self.undo_label = label, undo_label
        self.owner_id: int | None = None
        self.targets: list[Row] = []
        self._loading = False

        self.list = QListWidget()
        self.list.setObjectName(f"{link.table.name}Checklist")
        # checked means linked; a selection highlight would read as a second state
        self.list.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # a long question ends in "…" (its tooltip has all of it) rather than under a scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.itemChanged.connect(self._toggled)
        self.hint = QLabel(empty_text)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("editorIntro")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.list)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

        ctx.changed.connect(self._on_changed)
        ctx.list_changed.connect(self._on_list_changed)
        self.reload_targets()

    # -- state --------------------------------------------------------------------
    def set_owner(self, owner_id: int | None) -> None:
        self.owner_id = owner_id
        self._fill()

    def reload_targets(self) -> None:
        self.targets = self.ctx.editor.children(self.target_kind, self.project_id)
        self._fill()

    def checked_ids(self) -> list[int]:
        """The checked entries, in the list's order."""
        return [int(item.data(IdRole)) for item in self._items() if item.checkState() == Qt.CheckState.Checked]

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _linked(self) -> set[int]:
        if not self.owner_id:
            return set()
        if self.reverse:
            return set(links.linking_owners(self.ctx.library, self.link, self.owner_id))
        return set(links.linked_ids(self.ctx.library, self.link, self.owner_id))

    def _fill(self) -> None:
        linked = self._linked()
        self._loading = True
        try:
            # update in place when the entries are the same, so the item being toggled survives
            if [item.data(IdRole) for item in self._items()] != [row.id for row in self.targets]:
                self.list.clear()
                for row in self.targets:
                    item = QListWidgetItem()
                    item.setData(IdRole, row.id)
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemIsUserCheckable)
                    self.list.addItem(item)
            for item, row in zip(self._items(), self.targets, strict=True):
                item.setText(self.label(row))
                item.setToolTip(self.label(row))
                item.setCheckState(Qt.CheckState.Checked if row.id in linked else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self.list.setEnabled(self.owner_id is not None)
        self.list.setVisible(bool(self.targets))
        self.hint.setVisible(not self.targets)
        if self.list.currentRow() < 0 and self.targets:
            self.list.setCurrentRow(0)
        self._fit_height()

    def _fit_height(self) -> None:
        rows = max(1, min(len(self.targets), VISIBLE_ROWS))
        row_height = self.list.sizeHintForRow(0) if self.targets else self.fontMetrics().height()
        frame = 2 * self.list.frameWidth() + (0 if self.list.frameShape() == QFrame.Shape.NoFrame else 2)
        self.list.setFixedHeight(rows * max(row_height, self.fontMetrics().height()) + frame + 2)

    # -- reacting -----------------------------------------------------------------
    def _toggled(self, item: QListWidgetItem) -> None:
        if self._loading or self.owner_id is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        owner, target = (int(item.data(IdRole)), self.owner_id) if self.reverse else (self.owner_id,
                                                                                       int(item.data(IdRole)))
        wanted = links.with_link(links.linked_ids(self.ctx.library, self.link, owner), target, checked)
        if not link_commands.set_links(self.ctx, self.link, owner, wanted, self.undo_label):
            self._fill()  # show what is stored, not what failed

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == self.link.table.name and (self.reverse or record_id == self.owner_id):
            self._fill()
        elif kind == self.target_kind and any(row.id == record_id for row in self.targets):
            self.reload_targets()

    def _on_list_changed(self, kind: str, parent_id: int, _select_id: int) -> None:
        if kind == self.target_kind and parent_id == self.project_id:
            self.reload_targets()
