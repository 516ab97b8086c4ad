"""The evidence of a tag as a table: party, session, date, question, passage.

A thin adapter over a list of frozen ``Passage`` rows: nothing is formatted until the
view asks for a visible cell, so a tag with thousands of passages opens at once
(the view must not resize its columns or rows to their contents, which would ask
for every row).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from samverkan_desktop.services.analysis import Passage
from samverkan_desktop.ui.survey.labels import written_source

Index = QModelIndex | QPersistentModelIndex
PassageRole = int(Qt.ItemDataRole.UserRole) + 1
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)

PARTY, SESSION, DATE, QUESTION, PASSAGE = range(5)


def one_line(text: str) -> str:
    return " ".join(text.split())


def question_label(passage: Passage) -> str:
    if passage.question_text is None:
        return ""
    if passage.question_number is None:
        return one_line(passage.question_text)
    return f"{passage.question_number}. {one_line(passage.question_text)}"


class EvidenceModel(QAbstractTableModel):
    """Read-only rows of ``Passage``; ``PassageRole`` gives the passage itself."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.passages: list[Passage] = []

    def set_passages(self, passages: list[Passage]) -> None:
        self.beginResetModel()
        self.passages = passages
        self.endResetModel()

    def passage(self, row: int) -> Passage | None:
        return self.passages[row] if 0 <= row < len(self.passages) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.passages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 5:
            return None
        return (
            QCoreApplication.translate("Evidence", "Party"),
            QCoreApplication.translate("Evidence", "Session"),
            QCoreApplication.translate("Evidence", "Date"),
            QCoreApplication.translate("Evidence", "Question"),
            QCoreApplication.translate("Evidence", "Passage"),
        )[section]

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        # the view asks for about ten roles per visible cell while painting: the roles
        # this model does not set are turned away before anything else is looked at
        if role != DISPLAY and role != TOOLTIP and role != PassageRole:
            return None
        row = index.row()
        if not 0 <= row < len(self.passages) or not index.isValid():
            return None
        passage = self.passages[row]
        if role == PassageRole:
            return passage
        column = index.column()
        if role == DISPLAY:
            return self._text(passage, column)
        if column == PASSAGE:
            return passage.text if not passage.memo else f"{passage.text}\n\n{passage.memo}"
        if column in (SESSION, QUESTION):
            return self._text(passage, column)
        return None

    @staticmethod
    def _text(passage: Passage, column: int) -> str:
        if column == PARTY:
            if passage.written:  # an employee's written answer: its group, never a person
                return written_source(passage.respondent_group)
            return passage.party_name or QCoreApplication.translate("Evidence", "(no party)")
        if column == SESSION:
            return passage.session_title
        if column == DATE:
            return passage.session_date.isoformat()
        if column == QUESTION:
            return question_label(passage)
        return one_line(passage.text)
