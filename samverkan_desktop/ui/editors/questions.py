"""Samtalsguide: the central questions every dialogue goes through, in order.

Each question has follow-up prompts for the facilitator and is linked to the political
mandates it helps evaluate. An empty guide can start from the built-in template
(``services.templates``); applying it is one undo step. Question numbers follow the
order of the list (the editing service renumbers them).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import links
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.templates import question_guide_template
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm
from samverkan_desktop.ui.editors.list_form import ListFormEditor
from samverkan_desktop.ui.link_checklist import LinkChecklist

TEMPLATE_SHORTCUT = "Ctrl+T"


def mandate_label(row: Row) -> str:
    code = row["code"]
    return f"{code} – {row['title']}" if code else str(row["title"])


class QuestionGuideEditor(ListFormEditor):
    kind = RecordKind.QUESTION

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, project_id, parent)
        self.template_button = QPushButton(self.tr("Start from &template"))
        self.template_button.setObjectName("questionTemplateButton")
        self.template_button.setToolTip(self.tr("Fill the guide with a template of central questions about "
                                                "collaboration, with follow-up prompts (%1)")
                                        .replace("%1", TEMPLATE_SHORTCUT))
        self.template_button.clicked.connect(self.apply_template)
        shortcut = QShortcut(QKeySequence(TEMPLATE_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.apply_template)
        # the button sits beside the introduction, where an empty guide draws the eye
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        position = layout.indexOf(self.intro)
        layout.removeWidget(self.intro)
        header = QHBoxLayout()
        header.addWidget(self.intro, 1)
        header.addWidget(self.template_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(position, header)
        # questions are sentences: wrap them instead of cutting them off
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAlternatingRowColors(True)
        self.empty_hint = QLabel(self.tr("The guide has no questions yet. Add one (Ctrl+N), or start from the "
                                         "template of central questions (%1).").replace("%1", TEMPLATE_SHORTCUT),
                                 self.list.viewport())
        self.empty_hint.setObjectName("editorIntro")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list.viewport().installEventFilter(self)
        self._show_empty_hint()

    # -- ListFormEditor hooks ---------------------------------------------------------
    def heading_text(self) -> str:
        return self.tr("Question guide")

    def intro_text(self) -> str:
        return self.tr("The central questions every dialogue goes through, in this order. Follow-up prompts "
                       "help the facilitator go deeper; link each question to the mandates it helps evaluate.")

    def add_text(self) -> str:
        return self.tr("Add question")

    def row_label(self, row: Row) -> str:
        number = row["number"]
        if number is None:
            position = self.model.row_index(row.id)
            number = (position if position >= 0 else row.sort_order) + 1
        return f"{number}. {' '.join(str(row['text']).split())}"

    def new_values(self) -> dict[str, object]:
        values: dict[str, object] = {"text": self.tr("New question")}
        if self.numbered():
            values["number"] = len(self.model.rows) + 1  # renumbered to its place by the service
        return values

    def build_form(self, form: QFormLayout) -> None:
        self.text = QPlainTextEdit()
        self.text.setObjectName("questionText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Question"))
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 14)
        self.guidance = QPlainTextEdit()
        self.guidance.setObjectName("questionGuidance")
        self.guidance.setTabChangesFocus(True)
        self.guidance.setAccessibleName(self.tr("Follow-up prompts"))
        self.guidance.setPlaceholderText(self.tr("Follow-up questions for the facilitator, e.g. “Can you give "
                                                 "an example?”"))
        self.mandates = LinkChecklist(
            self.ctx, links.QUESTION_MANDATE, RecordKind.MANDATE, self.parent_id, mandate_label,
            self.tr("Link question to mandates"),
            self.tr("The project has no political mandates yet. Add them under Political mandates, "
                    "then link them to the questions here."))
        self.mandates.list.setAccessibleName(self.tr("Linked mandates"))
        form.addRow(self.tr("&Question:"), self.text)
        form.addRow(self.tr("Foll&ow-up prompts:"), self.guidance)
        form.addRow(self.tr("Linked &mandates:"), self.mandates)
        self.binder.text(self.text, "text", self.tr("Question text"))
        self.binder.text(self.guidance, "guidance", self.tr("Follow-up prompts"))

    def current_changed(self, row: Row | None) -> None:
        self.mandates.set_owner(row.id if row is not None else None)
        self._show_empty_hint()

    def _show_empty_hint(self) -> None:
        hint = getattr(self, "empty_hint", None)  # current_changed runs once before it exists
        if hint is not None:
            hint.setGeometry(self.list.viewport().rect().adjusted(16, 16, -16, -16))
            hint.setVisible(not self.model.rows)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list.viewport() and event.type() == QEvent.Type.Resize:
            self._show_empty_hint()
        return super().eventFilter(watched, event)

    # -- the template -------------------------------------------------------------------
    def numbered(self) -> bool:
        """Whether new questions get numbers: an empty guide or one whose questions are numbered."""
        return not self.model.rows or any(row["number"] is not None for row in self.model.rows)

    def apply_template(self) -> None:
        """Fill the guide with the template's questions (after the existing ones, if the user agrees)."""
        self.binder.flush()
        template = question_guide_template(self.ctx.language)
        label = self.tr("Start from template")
        if self.model.rows and not confirm(
                self, label,
                self.tr("The question guide already has questions. Add the %1 questions of the template "
                        "after them?").replace("%1", str(len(template.questions))),
                self.tr("Add after them")):
            return
        number = {"number": len(self.model.rows) + 1} if self.numbered() else {}
        steps = [partial(undo.Create, self.ctx, self.kind, self.parent_id,
                         {"text": question.text, "guidance": question.guidance, **number}, None, label)
                 for question in template.questions]
        batch = undo.Batch(self.ctx, label, list(steps))
        if self.ctx.push(batch):
            first = batch.done[0]
            assert isinstance(first, undo.Create) and first.row is not None
            self.reload(first.row.id)
            self.list.setFocus()
