"""Pick parties from the built-in list of the common ones ("Lägg till från listan").

Parties the project already has are shown ticked and greyed out, so the list also
tells the secretary what is missing. Space ticks the focused row.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.parties_catalogue import COMMON_PARTIES, CatalogueParty, is_in_project


class PartyCatalogueDialog(QDialog):
    def __init__(self, names: Iterable[str], uids: Iterable[str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partyCatalogueDialog")
        self.setWindowTitle(self.tr("Add parties from the list"))
        names, uids = list(names), list(uids)
        intro = QLabel(self.tr("Tick the parties to add. Parties the project already has are ticked "
                               "and greyed out."))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("partyCatalogueList")
        self.list.setAccessibleName(self.tr("Common parties"))
        self.entries: list[CatalogueParty] = list(COMMON_PARTIES)
        for entry in self.entries:
            item = QListWidgetItem(entry.name)
            present = is_in_project(entry, names, uids)
            item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
            if present:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Already in the project"))
            self.list.addItem(item)
        self.list.setCurrentRow(next((i for i in range(self.list.count()) if self._selectable(i)), 0))
        self.list.itemChanged.connect(lambda _item: self._update_button())

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setObjectName("catalogueAdd")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.resize(420, 460)
        self._update_button()

    def _selectable(self, row: int) -> bool:
        return bool(self.list.item(row).flags() & Qt.ItemFlag.ItemIsEnabled)

    def set_ticked(self, name: str, ticked: bool = True) -> None:
        """Tick (or untick) the party called ``name``, as a click would."""
        for row, entry in enumerate(self.entries):
            if entry.name == name and self._selectable(row):
                self.list.item(row).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def chosen(self) -> list[CatalogueParty]:
        """The newly ticked parties, in the list's order."""
        return [entry for row, entry in enumerate(self.entries)
                if self._selectable(row) and self.list.item(row).checkState() == Qt.CheckState.Checked]

    def _update_button(self) -> None:
        count = len(self.chosen())
        self.add_button.setEnabled(count > 0)
        self.add_button.setText(self.tr("&Add (%n)", "", count) if count else self.tr("&Add"))
