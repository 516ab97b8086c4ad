"""Politiska uppdrag: the mandates the report evaluates, in the order the board gave them."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.editors.list_form import ListFormEditor


class MandatesEditor(ListFormEditor):
    kind = RecordKind.MANDATE

    def heading_text(self) -> str:
        return self.tr("Political mandates")

    def intro_text(self) -> str:
        return self.tr("The political goals the report evaluates, as the board worded them. "
                       "Each mandate is assessed in the report.")

    def add_text(self) -> str:
        return self.tr("Add mandate")

    def row_label(self, row: Row) -> str:
        code = row["code"]
        return f"{code} – {row['title']}" if code else row["title"]

    def new_values(self) -> dict[str, object]:
        return {"title": self.tr("New mandate"), "code": f"U{len(self.model.rows) + 1}"}

    def build_form(self, form: QFormLayout) -> None:
        self.code = QLineEdit()
        self.code.setObjectName("mandateCode")
        self.code.setMaximumWidth(120)
        self.title = QLineEdit()
        self.title.setObjectName("mandateTitle")
        self.description = QPlainTextEdit()
        self.description.setObjectName("mandateDescription")
        self.description.setTabChangesFocus(True)
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Code:"), self.code)
        form.addRow(self.tr("&Description:"), self.description)
        self.binder.line(self.title, "title", self.tr("Mandate title"), empty_is_none=False)
        self.binder.line(self.code, "code", self.tr("Mandate code"))
        self.binder.text(self.description, "description", self.tr("Mandate description"))
