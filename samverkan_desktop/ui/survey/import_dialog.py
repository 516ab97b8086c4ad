"""Importera svar: the mapping of a survey file's columns, read before anything is written.

The dialog first says what happens to the respondents' identity: the identity columns
(named) were dropped when the file was read and are never stored. Then one row per
column of the file: its header, how many answered, a few answers, and what to do with
it: answer a question of the guide (found by its text where the header is the question),
become a new question of the guide, be a rating item (whole numbers 1–5 only), be the
group of each answer (few distinct values only), or be left out. A line below counts
what the import will write; Import is enabled once a question or a rating item is chosen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.survey.columns import Choice, Column, Use, automatic
from samverkan_desktop.services.survey.importing import DEFAULT_TITLE
from samverkan_desktop.services.survey.reading import SurveyTable
from samverkan_desktop.ui.locale_format import number_text
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit
from samverkan_desktop.ui.survey.labels import import_counts

NOTICE_STYLE = ("QLabel#identityNotice { background: #e8f1fb; color: #0b2a4a; border: 1px solid #9cc0e6; "
                "border-radius: 4px; padding: 8px 10px; }")
#: answers shown per column
EXAMPLES = 2


def _centred(widget: QWidget) -> QWidget:
    """``widget`` in a cell of its own height, centred however tall the row grows."""
    cell = QWidget()
    layout = QVBoxLayout(cell)
    layout.setContentsMargins(2, 0, 2, 0)
    layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return cell


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


class ResponsesImportDialog(QDialog):
    def __init__(self, table: SurveyTable, columns: list[Column], questions: list[tuple[int, str]],
                 file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table, self.columns, self.questions = table, columns, questions
        self.setObjectName("responsesImportDialog")
        self.setWindowTitle(self.tr("Import answers – %1").replace("%1", file_name))
        self.resize(980, 620)

        self.notice = QLabel(self._notice_text())
        self.notice.setObjectName("identityNotice")
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setAccessibleName(self.tr("What happens to the respondents' identity"))

        self.title = QLineEdit(DEFAULT_TITLE)
        self.title.setObjectName("responsesTitle")
        self.date = OptionalDateEdit(optional=False)
        self.date.setObjectName("responsesDate")
        self.date.set_date(dt.date.today())
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Date:"), self.date)

        intro = QLabel(self.tr("Choose what each column of the file is. A column headed by a question of the "
                               "question guide answers that question; whole numbers 1–5 are a rating item; a "
                               "column with few different answers, such as the administration, can group the "
                               "answers."))
        intro.setWordWrap(True)
        intro.setObjectName("editorIntro")
        self.grid = QTableWidget(len(columns), 4)
        self.grid.setObjectName("columnMapping")
        self.grid.setAccessibleName(self.tr("The file's columns and what to do with them"))
        self.grid.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Answers"), self.tr("For example"),
                                             self.tr("Import as")])
        self.grid.verticalHeader().setVisible(False)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setWordWrap(False)  # one line a column (the whole text in its tooltip): rows as tall as a combo
        self.grid.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.grid.setColumnWidth(3, 400)
        self.combos: list[QComboBox] = []
        #: per row, the choice behind each item of its combo box
        self.options: list[list[Choice]] = []
        start = automatic(columns)
        for row, column in enumerate(columns):
            name = QTableWidgetItem(column.header)
            name.setToolTip(column.header)
            self.grid.setItem(row, 0, name)
            count = QTableWidgetItem(number_text(column.answers))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.grid.setItem(row, 1, count)
            shown = column.examples if column.rating or column.group else column.examples[:EXAMPLES]
            examples = QTableWidgetItem(_short(", ".join(shown), 90) if column.rating or column.group
                                        else " | ".join(_short(e) for e in shown))
            examples.setToolTip("\n".join(_short(e, 200) for e in column.examples))
            self.grid.setItem(row, 2, examples)
            combo = self._choices(column, start[column.index])
            combo.currentIndexChanged.connect(lambda _i, r=row: self._changed(r))
            self.grid.setCellWidget(row, 3, _centred(combo))
            self.combos.append(combo)
        if self.combos:
            self.grid.verticalHeader().setDefaultSectionSize(self.combos[0].sizeHint().height() + 8)

        self.summary = QLabel()
        self.summary.setObjectName("mappingSummary")
        self.summary.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.import_button.setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self._update_summary()

    def _notice_text(self) -> str:
        if self.table.dropped:
            return self.tr("The respondents' identity is removed before anything is imported: the columns %1 "
                           "were left out when the file was read and are never stored – not in the library, the "
                           "log, the backups or the search index. Each answer is attributed to its group, never to "
                           "a person.").replace("%1", ", ".join(self.tr("“%1”").replace("%1", h)
                                                                for h in self.table.dropped))
        return self.tr("The file has no columns that identify the respondents (such as name or e-mail). Each "
                       "answer is attributed to its group, never to a person; names written inside the answers "
                       "are kept as written.")

    def _choices(self, column: Column, start: Choice) -> QComboBox:
        options = [(self.tr("Leave out"), Choice(Use.SKIP))]
        options += [(self.tr("Answers to: %1").replace("%1", _short(text, 48)), Choice(Use.QUESTION, question_id))
                    for question_id, text in self.questions]
        options.append((self.tr("A new question of the guide"), Choice(Use.NEW_QUESTION)))
        if column.rating:
            options.append((self.tr("Rating item (1–5)"), Choice(Use.RATING)))
        if column.group:
            options.append((self.tr("The group of each answer"), Choice(Use.GROUP)))
        combo = QComboBox()
        combo.setObjectName(f"mapping_{column.index}")
        combo.setAccessibleName(self.tr("Import “%1” as").replace("%1", column.header))
        for label, _choice in options:
            combo.addItem(label)
        self.options.append([choice for _label, choice in options])
        combo.setCurrentIndex(next((i for i, (_l, choice) in enumerate(options) if choice == start), 0))
        return combo

    def choice(self, row: int) -> Choice:
        return self.options[row][max(self.combos[row].currentIndex(), 0)]

    def mapping(self) -> dict[int, Choice]:
        return {column.index: self.choice(row) for row, column in enumerate(self.columns)}

    def title_text(self) -> str:
        return self.title.text().strip()

    def chosen_date(self) -> dt.date:
        return self.date.date() or dt.date.today()

    def accept(self) -> None:
        """Import only with a date: a refused one stays shown, with its message, to correct."""
        if self.date.commit_typed():
            super().accept()

    def _changed(self, row: int) -> None:
        if self.choice(row).use is Use.GROUP:  # one group only: an earlier choice is left out
            for other, combo in enumerate(self.combos):
                if other != row and self.choice(other).use is Use.GROUP:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        mapping = self.mapping()
        text_columns = [i for i, c in mapping.items() if c.use in (Use.QUESTION, Use.NEW_QUESTION)]
        ratings = [i for i, c in mapping.items() if c.use is Use.RATING]
        used = text_columns + ratings
        answers = sum(1 for i in text_columns for v in self.table.columns[i] if v is not None)
        respondents = sum(1 for row in range(self.table.respondents)
                          if any(self.table.columns[i][row] is not None for i in used))
        group = next((self.table.headers[i] for i, c in mapping.items() if c.use is Use.GROUP), None)
        if not used:
            self.summary.setText(self.tr("Choose at least one column that answers a question or is a rating item."))
        else:
            counted = import_counts(answers, respondents, len(ratings))
            text = self.tr("%1 from %2 and %3 will be imported.")
            text = text.replace("%1", counted[0]).replace("%2", counted[1]).replace("%3", counted[2])
            if group is not None:
                text += " " + self.tr("The answers are grouped by “%1”.").replace("%1", group)
            else:
                text += " " + self.tr("Every answer is attributed to “Medarbetare”.")
            self.summary.setText(text)
        self.import_button.setEnabled(bool(used))
