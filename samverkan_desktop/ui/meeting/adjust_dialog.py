"""Justera: choose who adjusted the minutes and when; the minutes are then locked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.minutes import MeetingData
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit


class AdjustDialog(QDialog):
    def __init__(self, data: MeetingData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjustDialog")
        self.setWindowTitle(self.tr("Adjust the minutes"))
        intro = QLabel(self.tr("The adjusters approve the minutes. After adjusting, the minutes are "
                               "locked; reopening them is recorded."))
        intro.setWordWrap(True)
        parties = {p.id: p.name for p in data.parties}
        self.people = QListWidget()
        self.people.setObjectName("adjusterList")
        self.people.setMinimumWidth(420)  # "Name (Akademikerförbundet SSR)" fits whole
        candidates = [p for p in data.people if p.present] or list(data.people)
        for person in candidates:
            party = parties.get(person.party_id or 0, "")
            item = QListWidgetItem(f"{person.name} ({party})" if party else person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if person.session_role == "adjuster"
                               else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.date = OptionalDateEdit(optional=False)
        self.date.setObjectName("adjustDate")
        self.date.set_date(dt.date.today())
        form = QFormLayout()
        form.addRow(self.tr("&Adjusted by:"), self.people)
        form.addRow(self.tr("&Date:"), self.date)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.adjust_button = buttons.addButton(self.tr("Adjust and lock"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def adjusters(self) -> list[int]:
        return [int(self.people.item(row).data(Qt.ItemDataRole.UserRole)) for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    def adjusted_on(self) -> dt.date:
        return self.date.date() or dt.date.today()

    def accept(self) -> None:
        """Adjust only with a date: a refused one stays shown, with its message, to correct."""
        if self.date.commit_typed():
            super().accept()
