"""Skapa nytt projekt: a short wizard from an empty library to a project ready to plan.

Five pages: the project's details, the political mandates, the question guide (the
built-in template, each question ticked and editable), the parties taking part and,
optionally, the people who represent them (the project can be created from the parties
page already). Finish creates everything in one transaction
(``services.project_setup``): a failure leaves nothing half-created and the wizard open
with what was typed.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from samverkan_desktop.domain.enums import PartySide
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.parties_catalogue import COMMON_PARTIES, CatalogueParty
from samverkan_desktop.services.project_setup import (
    MandateDraft,
    PersonDraft,
    ProjectDraft,
    QuestionDraft,
    create_project,
)
from samverkan_desktop.services.templates import question_guide_template
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit


def _message_label() -> QLabel:
    label = QLabel()
    label.setObjectName("wizardProblem")
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4262c; font-weight: 600;")
    label.hide()
    return label


def _show_problem(label: QLabel, text: str) -> bool:
    label.setText(text)
    label.setVisible(bool(text))
    return not text


class DetailsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardDetails")
        self.setTitle(self.tr("Project details"))
        self.setSubTitle(self.tr("What the board asked for and who the report is for. You can change "
                                 "everything later."))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        def line(name: str, label: str, placeholder: str) -> QLineEdit:
            widget = QLineEdit()
            widget.setObjectName(f"wizard_{name}")
            widget.setPlaceholderText(placeholder)
            form.addRow(label, widget)
            return widget

        self.title_edit = line("title", self.tr("&Title:"),
                               self.tr("e.g. Dialogue report – central collaboration 2026"))
        self.organisation = line("organisation", self.tr("&Organisation:"), self.tr("e.g. Ekdala kommun"))
        self.body = line("body", self.tr("&Collaboration body:"), self.tr("e.g. Central samverkansgrupp (CSG)"))
        self.case_number = line("case_number", self.tr("&Case number:"), self.tr("e.g. KS 2026/0214"))
        self.budget_year = QSpinBox()
        self.budget_year.setObjectName("wizard_budget_year")
        self.budget_year.setRange(1999, 2200)
        self.budget_year.setSpecialValueText(" ")
        self.budget_year.setValue(dt.date.today().year + 1)
        self.budget_year.setMaximumWidth(120)
        form.addRow(self.tr("B&udget year:"), self.budget_year)
        self.commissioned_by = line("commissioned_by", self.tr("Commissioned b&y:"), self.tr("e.g. Kommunstyrelsen"))
        self.decision_date = OptionalDateEdit()
        self.decision_date.setObjectName("wizard_decision_date")
        form.addRow(self.tr("D&ecision date:"), self.decision_date)
        self.commission = QPlainTextEdit()
        self.commission.setObjectName("wizard_commission")
        self.commission.setTabChangesFocus(True)
        self.commission.setPlaceholderText(self.tr("The commission, quoted from the board's decision"))
        form.addRow(self.tr("Co&mmission:"), self.commission)
        self.problem = _message_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        self.title_edit.setFocus()

    def validatePage(self) -> bool:
        if not self.title_edit.text().strip():
            self.title_edit.setFocus()
            return _show_problem(self.problem, self.tr("The project needs a title."))
        if not self.decision_date.commit_typed():
            self.decision_date.setFocus()
            return _show_problem(self.problem, self.decision_date.problem_text())
        return _show_problem(self.problem, "")

    def decision(self) -> dt.date | None:
        return self.decision_date.date()


class TablePage(QWizardPage):
    """A page with an editable table and buttons to add and remove rows."""

    def __init__(self, headers: list[str], add_label: str, remove_label: str) -> None:
        super().__init__()
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self.add_button = QPushButton(add_label)
        self.remove_button = QPushButton(remove_label)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.problem = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.problem)

    def add_row(self, *texts: str, checked: bool | None = None) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            item = QTableWidgetItem(texts[column] if column < len(texts) else "")
            if column == 0 and checked is not None:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.table.setItem(row, column, item)
        if checked is None or not texts:
            self.table.setCurrentCell(row, 0)
            self.table.setFocus()
            first = self.table.item(row, 0)
            if not texts and first is not None:
                self.table.editItem(first)
        return row

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def texts(self, row: int) -> list[str]:
        items = [self.table.item(row, column) for column in range(self.table.columnCount())]
        return [item.text().strip() if item is not None else "" for item in items]


class MandatesPage(TablePage):
    def __init__(self) -> None:
        super().__init__([self.tr("Code"), self.tr("Title"), self.tr("Description")],
                         self.tr("&Add mandate"), self.tr("&Remove mandate"))
        self.setObjectName("wizardMandates")
        self.setTitle(self.tr("Political mandates"))
        self.setSubTitle(self.tr("The mandates the report follows up, e.g. \"U1 – Strengthen collaboration at "
                                 "the workplace\". You can add them later too."))
        self.table.setObjectName("wizardMandateTable")
        self.table.setAccessibleName(self.tr("Political mandates"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 70)
        self.table.setColumnWidth(1, 280)

    def mandates(self) -> list[MandateDraft]:
        found = []
        for row in range(self.table.rowCount()):
            code, title, description = self.texts(row)
            if code or title or description:
                found.append(MandateDraft(title, code, description))
        return found

    def validatePage(self) -> bool:
        if any(not mandate.title for mandate in self.mandates()):
            return _show_problem(self.problem, self.tr("Every mandate needs a title. Write one, or remove "
                                                       "the mandate."))
        return _show_problem(self.problem, "")


class QuestionsPage(TablePage):
    def __init__(self, language: str) -> None:
        super().__init__([self.tr("Question"), self.tr("Follow-up prompts")],
                         self.tr("&Add question"), self.tr("&Remove question"))
        self.setObjectName("wizardQuestions")
        self.setTitle(self.tr("Question guide"))
        self.setSubTitle(self.tr("The central questions of the dialogues, from the template. Untick the ones "
                                 "you do not need; double-click a text to change it."))
        self.table.setObjectName("wizardQuestionTable")
        self.table.setAccessibleName(self.tr("Question guide"))
        self.table.setColumnWidth(0, 380)
        for question in question_guide_template(language).questions:
            self.add_row(question.text, question.guidance, checked=True)
        self.table.resizeRowsToContents()
        self.table.setCurrentCell(0, 0)

    def add_row(self, *texts: str, checked: bool | None = True) -> int:
        return super().add_row(*texts, checked=True if checked is None else checked)

    def questions(self) -> list[QuestionDraft]:
        found = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            text, guidance = self.texts(row)
            if item is not None and item.checkState() == Qt.CheckState.Checked and (text or guidance):
                found.append(QuestionDraft(text, guidance))
        return found

    def validatePage(self) -> bool:
        if any(not question.text for question in self.questions()):
            return _show_problem(self.problem, self.tr("A ticked question has no text. Write the question, or "
                                                       "untick it."))
        return _show_problem(self.problem, "")


class PartiesPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("wizardParties")
        self.setTitle(self.tr("Parties"))
        self.setSubTitle(self.tr("Tick the employer and the unions that take part in the collaboration. "
                                 "Space ticks the selected party; you can add others later."))
        self.list = QListWidget()
        self.list.setObjectName("wizardPartyList")
        self.list.setAccessibleName(self.tr("Parties"))
        for entry in COMMON_PARTIES:
            item = QListWidgetItem(entry.name)
            employer = entry.side is PartySide.EMPLOYER  # the employer always takes part
            item.setCheckState(Qt.CheckState.Checked if employer else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.problem = _message_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        self.list.setFocus()

    def set_ticked(self, name: str, ticked: bool = True) -> None:
        for row, entry in enumerate(COMMON_PARTIES):
            if entry.name == name:
                self.list.item(row).setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def parties(self) -> list[CatalogueParty]:
        return [entry for row, entry in enumerate(COMMON_PARTIES)
                if self.list.item(row).checkState() == Qt.CheckState.Checked]


class _PartyDelegate(QStyledItemDelegate):
    """The party column of the people page: a list of the ticked parties to pick from."""

    def __init__(self, page: PeoplePage) -> None:
        super().__init__(page)
        self.page = page

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.addItems(["", *self.page.party_names])
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findText(str(index.data() or ""))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class PeoplePage(TablePage):
    """Optional: who represents the parties, with their roles (attendance lists are made from them)."""

    NAME, PARTY, ROLE = range(3)

    def __init__(self, parties: PartiesPage) -> None:
        super().__init__([self.tr("Name"), self.tr("Party"), self.tr("Role or title")],
                         self.tr("&Add person"), self.tr("&Remove person"))
        self.parties_page = parties
        self.party_names: list[str] = []
        self.setObjectName("wizardPeople")
        self.setTitle(self.tr("People (optional)"))
        self.setSubTitle(self.tr("Who represents the parties, and in what role; the attendance lists are made "
                                 "from them. You can also add people later."))
        self.table.setObjectName("wizardPeopleTable")
        self.table.setAccessibleName(self.tr("People"))
        self.table.setItemDelegateForColumn(self.PARTY, _PartyDelegate(self))
        self.table.setColumnWidth(self.NAME, 240)
        self.table.setColumnWidth(self.PARTY, 260)

    def initializePage(self) -> None:
        """The parties to choose from are the ones ticked on the previous page."""
        self.party_names = [party.name for party in self.parties_page.parties()]
        for row in range(self.table.rowCount()):
            item = self.table.item(row, self.PARTY)
            if item is not None and item.text() not in self.party_names:
                item.setText("")
        if not self.table.rowCount():
            self.add_row()

    def add_row(self, *texts: str, checked: bool | None = None) -> int:
        above = self.texts(self.table.rowCount() - 1)[self.PARTY] if self.table.rowCount() else ""
        if not texts and above:  # people are usually typed party by party
            texts = ("", above, "")
        row = super().add_row(*texts, checked=checked)
        if texts and not texts[self.NAME]:
            self.table.setCurrentCell(row, self.NAME)
            first = self.table.item(row, self.NAME)
            if first is not None:
                self.table.editItem(first)
        return row

    def people(self, parties: list[str]) -> list[PersonDraft]:
        """The people typed, each party given as its place in ``parties`` (the ticked ones)."""
        found = []
        for row in range(self.table.rowCount()):
            name, party, role = self.texts(row)
            if name or role:
                found.append(PersonDraft(name, parties.index(party) if party in parties else None, role))
        return found

    def validatePage(self) -> bool:
        if any(not person.name for person in self.people(self.party_names)):
            return _show_problem(self.problem, self.tr("Every person needs a name. Write one, or remove the "
                                                       "person."))
        return _show_problem(self.problem, "")


class ProjectWizard(QWizard):
    """Gathers a new project; on Finish creates it (``project_id`` is then set)."""

    def __init__(self, library: Library, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("projectWizard")
        self.library, self.language = library, language
        self.project_id: int | None = None
        self.setWindowTitle(self.tr("Create new project"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Create &project"))
        self.details = DetailsPage()
        self.mandates = MandatesPage()
        self.questions = QuestionsPage(language)
        self.parties = PartiesPage()
        self.parties.setFinalPage(True)  # the people are optional: the project can be created here
        self.people = PeoplePage(self.parties)
        for page in (self.details, self.mandates, self.questions, self.parties, self.people):
            self.addPage(page)
        self.resize(820, 600)

    def draft(self) -> ProjectDraft:
        d = self.details
        year = d.budget_year.value()
        parties = self.parties.parties()
        return ProjectDraft(
            title=d.title_edit.text(), organisation=d.organisation.text(), body=d.body.text(),
            case_number=d.case_number.text(), budget_year=None if year == d.budget_year.minimum() else year,
            commissioned_by=d.commissioned_by.text(), decision_date=d.decision(),
            commission=d.commission.toPlainText(), mandates=self.mandates.mandates(),
            questions=self.questions.questions(), parties=parties,
            people=self.people.people([party.name for party in parties]))

    def accept(self) -> None:
        """Create project (Finish, on the parties or the people page): everything in one step."""
        page = self.currentPage()
        if not self.validateCurrentPage():
            return
        try:
            self.project_id = create_project(self.library, self.draft())
        except ServiceError as exc:
            _show_problem(getattr(page, "problem", self.parties.problem), exc.text(self.language))
            return
        super().accept()
