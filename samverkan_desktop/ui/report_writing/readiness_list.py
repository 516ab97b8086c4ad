"""Vad återstår: the list of what is missing before the report can be final, each a click from its fix.

Shown in the report's place and in the report dialog; both read ``services.readiness``
(the command line prints the same list). Enter or a double click emits ``place_chosen``
with where the item is fixed; the main window goes there.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from samverkan_desktop.services.readiness import Missing, Place, what_remains
from samverkan_desktop.ui.context import EditContext

PlaceRole = Qt.ItemDataRole.UserRole + 1


class ReadinessList(QListWidget):
    place_chosen = Signal(object)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.names = False
        self.missing: list[Missing] = []
        self.setObjectName("whatRemains")
        self.setAccessibleName(self.tr("What remains before the report is final"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.itemActivated.connect(self._activated)
        self._stale = True
        # methods, not lambdas: Qt disconnects a deleted receiver's own methods only
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._record_changed)

    def _list_changed(self, _kind: str, _parent: int, _select: int) -> None:
        self._changed()

    def _record_changed(self, _kind: str, _record: int) -> None:
        self._changed()

    def _changed(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, names: bool | None = None) -> None:
        """Read the list again (``names``: the report will name people, so names are no concern)."""
        if names is not None:
            self.names = names
        self._stale = False
        self.missing = what_remains(self.ctx.library, self.project_id, self.names)
        self.clear()
        for missing in self.missing:
            item = QListWidgetItem(missing.text(self.ctx.language))
            item.setData(PlaceRole, missing.place)
            item.setToolTip(self.tr("Enter or double-click goes to where this is done"))
            self.addItem(item)
        if not self.missing:
            done = QListWidgetItem(self.tr("Nothing remains: the report can be made final."))
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addItem(done)
        elif self.currentRow() < 0:
            self.setCurrentRow(0)

    def _activated(self, item: QListWidgetItem) -> None:
        place = item.data(PlaceRole)
        if isinstance(place, Place):
            self.place_chosen.emit(place)
