"""Politiska uppdrag: the mandates the report evaluates, in the order the board gave them.

Each mandate lists the questions of the guide that help evaluate it; ticking one links
them (the same link the question guide makes from the question's side).
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import links
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.editors.list_form import ListFormEditor
from samverkan_desktop.ui.link_checklist import LinkChecklist


def question_label(row: Row) -> str:
    text = " ".join(str(row["text"]).split())
    return f"{row['number']}. {text}" if row["number"] is not None else text


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
        self.questions = LinkChecklist(
            self.ctx, links.QUESTION_MANDATE, RecordKind.QUESTION, self.parent_id, question_label,
            self.tr("Link mandate to questions"),
            self.tr("The question guide has no questions yet. Add them under Question guide, then link them "
                    "to the mandates here."), reverse=True)
        self.questions.list.setAccessibleName(self.tr("Linked questions"))
        self.questions.list.setToolTip(self.tr("The questions of the guide whose answers help evaluate the mandate"))
        form.addRow(self.tr("&Description:"), self.description)
        form.addRow(self.tr("Linked &questions:"), self.questions)
        self.binder.line(self.title, "title", self.tr("Mandate title"), empty_is_none=False)
        self.binder.line(self.code, "code", self.tr("Mandate code"))
        self.binder.text(self.description, "description", self.tr("Mandate description"))

    def current_changed(self, row: Row | None) -> None:
        self.questions.set_owner(row.id if row is not None else None)
