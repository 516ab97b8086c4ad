"""Rapportens texter: the summary, the method and the conclusions, stored as typed, with undo.

Each text has a button "Utkast från underlaget" that inserts a draft built from the
project's data (``services.report_drafts``) for the secretary to edit. An empty text
gets the draft at once; a written one is never overwritten without asking (replace it,
add the draft after it, or leave it). The insertion is one undo step, in the text field
(Ctrl+Z there) and in the app's history (Redigera > Ångra).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.report_drafts import FIELDS, draft
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import show_error


class ReportTextsEditor(QWidget):
    """The three texts one above the other, each with its draft button."""

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.binder = FormBinder(ctx, RecordKind.PROJECT, self)
        titles = {"summary": self.tr("&Summary"), "method": self.tr("&Method"),
                  "conclusions": self.tr("&Conclusions and proposals")}
        hints = {
            "summary": self.tr("What the reader should learn first: the assessment of each mandate and the most "
                               "important proposals."),
            "method": self.tr("How the material was gathered. Left empty, the report prints a paragraph made from "
                              "the sessions, the parties and the question guide."),
            "conclusions": self.tr("What the collaboration group proposes, and who should act."),
        }
        self.editors: dict[str, QPlainTextEdit] = {}
        self.draft_buttons: dict[str, QPushButton] = {}
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        for field in FIELDS:
            pane = QWidget()
            box = QVBoxLayout(pane)
            box.setContentsMargins(0, 4, 0, 4)
            head = QHBoxLayout()
            label = QLabel(titles[field])
            label.setObjectName("reportTextTitle")
            label.setStyleSheet("font-weight: 600;")
            button = QPushButton(self.tr("Draft from the material"))
            button.setObjectName(f"draft_{field}")
            button.setToolTip(self.tr("Insert a draft built from the project's data, to edit. Text you have "
                                      "written is never replaced without asking."))
            button.clicked.connect(lambda _checked=False, f=field: self.insert_draft(f))
            head.addWidget(label)
            head.addStretch(1)
            head.addWidget(button)
            hint = QLabel(hints[field])
            hint.setObjectName("editorIntro")
            hint.setWordWrap(True)
            editor = QPlainTextEdit()
            editor.setObjectName(f"report_{field}")
            editor.setTabChangesFocus(True)
            editor.setMinimumHeight(90)
            label.setBuddy(editor)
            self.binder.text(editor, field, titles[field].replace("&", ""))
            box.addLayout(head)
            box.addWidget(hint)
            box.addWidget(editor, 1)
            splitter.addWidget(pane)
            self.editors[field] = editor
            self.draft_buttons[field] = button
        convention = QLabel(self.tr("A blank line starts a new paragraph. Lines that start with “- ” become a "
                                    "bulleted list, lines that start with “1. ” a numbered list. Nothing else is "
                                    "formatting: the text prints as you type it."))
        convention.setObjectName("editorIntro")
        convention.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addWidget(convention)
        self.reload()

    def reload(self) -> None:
        self.binder.load(self.ctx.editor.get(RecordKind.PROJECT, self.project_id))

    def focus_field(self, field: str) -> None:
        editor = self.editors.get(field)
        if editor is not None:
            editor.setFocus()
            editor.moveCursor(QTextCursor.MoveOperation.End)

    def insert_draft(self, field: str) -> bool:
        """Insert the draft of ``field``; asks first when the text is not empty. True when inserted."""
        editor = self.editors[field]
        try:
            text = draft(self.ctx.library, self.project_id, field)
        except ServiceError as exc:
            show_error(self, exc.text(self.ctx.language))
            return False
        current = editor.toPlainText()
        cursor = editor.textCursor()
        if current.strip():
            choice = self._ask(field)
            if choice is None:
                return False
            if choice == "append":
                cursor.movePosition(QTextCursor.MoveOperation.End)
                text = ("\n" if current.endswith("\n") else "\n\n") + text
            else:
                cursor.select(QTextCursor.SelectionType.Document)
        else:
            cursor.select(QTextCursor.SelectionType.Document)
        self.binder.flush()
        self.ctx.end_merge()  # the draft is an undo step of its own
        cursor.beginEditBlock()
        cursor.insertText(text)
        cursor.endEditBlock()
        editor.setTextCursor(cursor)
        self.binder.flush()
        self.ctx.end_merge()
        editor.setFocus()
        return True

    def _ask(self, field: str) -> str | None:
        """"replace", "append" or None (leave the text as it is)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Draft from the material"),
                          self.tr("The text already has content. Replace it with the draft, or add the draft "
                                  "after it? (Ctrl+Z undoes either.)"), QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("draftQuestion")
        replace = box.addButton(self.tr("Replace the text"), QMessageBox.ButtonRole.DestructiveRole)
        append = box.addButton(self.tr("Add after it"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(append)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "replace" if clicked is replace else "append" if clicked is append else None
