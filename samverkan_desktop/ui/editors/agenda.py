"""Dagordning: a session's numbered agenda items (§ 1, § 2 …) and their minute notes.

The § numbers follow the order of the list: the editing service renumbers the
agenda after every add, move and delete. "Standard agenda" fills an empty agenda with
the formal items in one undo step. An outcome (enighet / oenighet) only applies to a
consultation or a negotiation, so the outcome field is enabled for those alone.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.domain.rules import has_outcome, next_item_number
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.session_planning import standard_agenda
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.list_form import ListFormEditor
from samverkan_desktop.ui.editors.minute_notes import MinuteNotesEditor
from samverkan_desktop.ui.session_labels import fill_combo, item_types, outcomes, refill_combo

QUESTION_CHARS = 80


class AgendaEditor(ListFormEditor):
    kind = RecordKind.AGENDA_ITEM
    #: the selected agenda item changed (the Row, or None)
    item_changed = Signal(object)

    def __init__(self, ctx: EditContext, project_id: int, session_id: int, parent: QWidget | None = None) -> None:
        self.project_id = project_id
        self.read_only = False
        super().__init__(ctx, session_id, parent)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setObjectName("sectionHeading")
        self.standard_button = QPushButton(self.tr("Standard age&nda"))
        self.standard_button.setObjectName("standardAgenda")
        self.standard_button.setToolTip(self.tr("Fill the empty agenda with the usual formal items: opening, "
                                                "election of adjusters, approval of the agenda … closing"))
        self.standard_button.clicked.connect(self.fill_standard_agenda)
        left_pane = self.list.parentWidget()
        left = left_pane.layout() if left_pane is not None else None
        assert isinstance(left, QVBoxLayout)  # the list with its buttons beneath
        left.addWidget(self.standard_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._load_questions()
        ctx.list_changed.connect(self._on_context_changed)  # methods: Qt disconnects them when this goes
        ctx.changed.connect(self._on_context_changed)
        self.current_changed(self.current_row())

    def _on_context_changed(self, kind: str, *_ids: int) -> None:
        if kind == RecordKind.QUESTION:
            self._load_questions()

    def heading_text(self) -> str:
        return self.tr("Agenda")

    def intro_text(self) -> str:
        return self.tr("The items are numbered § 1, § 2 … in this order; moving or deleting an item "
                       "renumbers the rest.")

    def add_text(self) -> str:
        return self.tr("Add item")

    def row_label(self, row: Row) -> str:
        return f"§ {row['number']}  {row['title']}"

    def new_values(self) -> dict[str, object]:
        number = next_item_number(row["number"] for row in self.model.rows)
        return {"title": self.tr("New item"), "number": number, "item_type": "other"}

    def delete_question(self, row: Row) -> str:
        question = self.tr("Delete “%1”?").replace("%1", self.row_label(row))
        notes = len(self.ctx.editor.children(RecordKind.MINUTE_NOTE, row.id))
        if notes:
            question += " " + self.tr("%n minute note(s) are deleted with it.", "", notes)
        return question

    def build_form(self, form: QFormLayout) -> None:
        self.title = QLineEdit()
        self.title.setObjectName("agendaTitle")
        self.item_type = QComboBox()
        self.item_type.setObjectName("agendaItemType")
        fill_combo(self.item_type, item_types())
        self.question = QComboBox()
        self.question.setObjectName("agendaQuestion")
        self.question.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.question.setMinimumContentsLength(30)
        self.outcome = QComboBox()
        self.outcome.setObjectName("agendaOutcome")
        fill_combo(self.outcome, outcomes())
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("T&ype:"), self.item_type)
        form.addRow(self.tr("&Question:"), self.question)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.binder.line(self.title, "title", self.tr("Agenda item title"), empty_is_none=False)
        self.binder.combo(self.item_type, "item_type", self.tr("Item type"))
        self.binder.combo(self.question, "question_id", self.tr("Question of the item"))
        self.binder.combo(self.outcome, "outcome", self.tr("Outcome"))
        self.item_type.currentIndexChanged.connect(lambda _i: self._update_outcome())

    # -- keeping the form right -------------------------------------------------------
    def _load_questions(self) -> None:
        pairs: list[tuple[object, str]] = [(None, self.tr("None"))]
        for question in self.ctx.editor.children(RecordKind.QUESTION, self.project_id):
            text = " ".join(question["text"].split())
            if len(text) > QUESTION_CHARS:
                text = text[:QUESTION_CHARS - 1] + "…"
            number = question["number"]
            pairs.append((question.id, f"{number}. {text}" if number is not None else text))
        current = self.binder.row["question_id"] if self.binder.row is not None else None
        refill_combo(self.question, pairs, current)

    def _update_outcome(self) -> None:
        self.outcome.setEnabled(self.binder.row is not None and not self.read_only
                                and has_outcome(self.item_type.currentData()))

    def current_changed(self, row: Row | None) -> None:
        if not hasattr(self, "standard_button"):
            return  # still being built
        if self.read_only:
            for button in (self.add_button, self.delete_button, self.up_button, self.down_button):
                button.setEnabled(False)
        self.standard_button.setEnabled(not self.read_only and not self.model.rows)
        self.title.setReadOnly(self.read_only)
        self.title.setCursorPosition(0)  # a long title shows its beginning
        for combo in (self.item_type, self.question):
            combo.setEnabled(row is not None and not self.read_only)
        self._update_outcome()
        self.item_changed.emit(row)

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.binder.flush()
        self.read_only = read_only
        self._show_current()

    # -- commands ---------------------------------------------------------------------
    def fill_standard_agenda(self) -> None:
        if self.read_only or self.model.rows:
            return
        self.binder.flush()
        label = self.tr("Standard agenda")
        steps: list[Callable[[], undo.EditCommand]] = [
            partial(undo.Create, self.ctx, self.kind, self.parent_id, values, None, label)
            for values in standard_agenda(self.ctx.language)]
        if self.ctx.push(undo.Batch(self.ctx, label, steps)):
            self.reload(self.model.rows[0].id if self.model.rows else None)

    def add(self) -> None:
        if not self.read_only:
            super().add()

    def focus_first_field(self) -> None:
        super().focus_first_field()
        self.title.selectAll()  # typing replaces "New item"

    def delete_current(self) -> None:
        if not self.read_only:
            super().delete_current()

    def move_current(self, step: int) -> None:
        if not self.read_only:
            super().move_current(step)


class AgendaTab(QWidget):
    """The agenda above, the minute notes of the selected item below."""

    def __init__(self, ctx: EditContext, project_id: int, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaEditor(ctx, project_id, session_id)
        self.notes = MinuteNotesEditor(ctx, project_id)
        self.agenda.item_changed.connect(self.notes.set_item)
        self.notes.set_item(self.agenda.current_row())
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.agenda)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def set_read_only(self, read_only: bool) -> None:
        self.agenda.set_read_only(read_only)
        self.notes.set_read_only(read_only)
