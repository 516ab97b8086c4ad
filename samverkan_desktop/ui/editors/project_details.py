"""Uppdrag: the project's details and the board's commission, quoted from its decision."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit
from samverkan_desktop.ui.session_labels import fill_combo, project_statuses


class ProjectDetailsEditor(QWidget):
    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.binder = FormBinder(ctx, RecordKind.PROJECT, self)
        heading = QLabel(self.tr("Commission and project details"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("What the board asked for and who delivers the report. "
                               "Everything is saved as you type."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)

        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        b = self.binder

        def line(name: str, label: str, placeholder: str = "", required: bool = False) -> QLineEdit:
            widget = QLineEdit()
            widget.setObjectName(f"project_{name}")
            widget.setPlaceholderText(placeholder)
            form.addRow(label, widget)
            b.line(widget, name, label.replace("&", "").rstrip(":"), empty_is_none=not required)
            return widget

        def date(name: str, label: str) -> OptionalDateEdit:
            widget = OptionalDateEdit()
            widget.setObjectName(f"project_{name}")
            form.addRow(label, widget)
            b.date(widget, name, label.replace("&", "").rstrip(":"))
            return widget

        self.title = line("title", self.tr("&Title:"),
                          self.tr("e.g. Dialogue report – central collaboration before budget 2026"),
                          required=True)
        self.organisation = line("organisation", self.tr("&Organisation:"), self.tr("e.g. Ekdala kommun"))
        self.body = line("body", self.tr("&Collaboration body:"), self.tr("e.g. Central samverkansgrupp (CSG)"))
        self.budget_year = QSpinBox()
        self.budget_year.setObjectName("project_budget_year")
        self.budget_year.setRange(1999, 2200)
        self.budget_year.setSpecialValueText(" ")
        self.budget_year.setMaximumWidth(120)
        form.addRow(self.tr("&Budget year:"), self.budget_year)
        b.spin(self.budget_year, "budget_year", self.tr("Budget year"))
        self.case_number = line("case_number", self.tr("&Case number:"), self.tr("e.g. KS 2025/0214"))
        self.commissioned_by = line("commissioned_by", self.tr("Commissioned &by:"),
                                    self.tr("e.g. Kommunstyrelsen"))
        self.decision_date = date("decision_date", self.tr("D&ecision date:"))
        self.commission = QPlainTextEdit()
        self.commission.setObjectName("project_commission")
        self.commission.setTabChangesFocus(True)
        self.commission.setPlaceholderText(self.tr("The commission, quoted from the board's decision"))
        self.commission.setMinimumHeight(120)
        form.addRow(self.tr("C&ommission:"), self.commission)
        b.text(self.commission, "commission", self.tr("Commission"))
        self.responsible = line("responsible", self.tr("Res&ponsible:"), self.tr("e.g. Kommundirektören"))
        self.secretary = line("secretary", self.tr("&Secretary:"))
        self.due_date = date("due_date", self.tr("&Due date:"))
        self.status = QComboBox()
        self.status.setObjectName("project_status")
        fill_combo(self.status, project_statuses())
        self.status.setToolTip(self.tr(
            "Set “Final” when the report has been delivered. A final project whose latest date lies "
            "further back than the retention time in Settings reminds you to archive it and purge "
            "the personal data."))
        self.status.setMaximumWidth(320)
        form.addRow(self.tr("St&atus:"), self.status)
        b.combo(self.status, "status", self.tr("Project status"))

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        self.reload()

    def reload(self) -> None:
        self.binder.load(self.ctx.editor.get(RecordKind.PROJECT, self.project_id))
