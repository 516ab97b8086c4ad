"""Rapportinställningar: which sections, the minutes as appendix, names, draft or final, a logo,
the municipality's Word template.

Returns a ``ReportOptions``; each option has the widget ``report.options.REPORT_OPTIONS``
names (the command line takes the same options). Given the project, the dialog also shows
what remains before the report can be final and the names typed into entries
(``report_writing.before_report``); choosing one to fix elsewhere closes the dialog and
sets ``go_to`` (a place) or ``go_to_entry``. The sections, the appendix choice, the logo
file and the Word template are remembered (the template serves the minutes' and notices'
Word files too); "Visa namn" and "Fastställd" are not: each report starts without names
(privacy by default) and as a draft, so neither slips into a later report unasked; only a
project the user has marked final (Uppdrag, Projektstatus) starts as final.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.report.options import ALL_SECTIONS, ReportOptions, Section
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.report_logo import read_logo
from samverkan_desktop.services.reports import read_template
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import show_error


class ReportOptionsDialog(QDialog):
    def __init__(self, settings: S.Settings, parent: QWidget | None = None, accept_label: str | None = None,
                 final: bool = False, ctx: EditContext | None = None, project_id: int | None = None) -> None:
        super().__init__(parent)
        self.language = ctx.language if ctx is not None else "sv"
        self.go_to: object | None = None
        self.go_to_entry: int | None = None
        self.project_final = final
        self.setObjectName("reportOptionsDialog")
        self.setWindowTitle(self.tr("Report settings"))
        self.settings = settings
        self.logo_path: Path | None = None
        self.logo: bytes | None = None
        self.template_path: Path | None = None
        self.template: bytes | None = None

        names = self.section_names()
        self.section_boxes: dict[str, QCheckBox] = {}
        sections = QGroupBox(self.tr("Sections"))
        sections.setObjectName("sections")
        grid = QGridLayout(sections)
        rows = (len(ALL_SECTIONS) + 1) // 2
        for index, key in enumerate(ALL_SECTIONS):
            box = QCheckBox(names[key])
            box.setObjectName(f"section_{key}")
            self.section_boxes[key] = box
            grid.addWidget(box, index % rows, index // rows)

        self.minutes_appendix = QCheckBox(self.tr("The minutes as an appendix"))
        self.minutes_appendix.setObjectName("minutesAppendix")
        self.section_boxes[Section.APPENDICES].toggled.connect(self.minutes_appendix.setEnabled)
        self.names = QCheckBox(self.tr("Show names"))
        self.names.setObjectName("showNames")
        names_note = self._note(self.tr(
            "By default the report names no one: statements are attributed to parties only, and "
            "appendices list attendance by party and role. Turn names on only when the report may name people."))
        self.draft = QRadioButton(self.tr("Draft"))
        self.draft.setObjectName("draft")
        self.final = QRadioButton(self.tr("Final"))
        self.final.setObjectName("final")
        group = QButtonGroup(self)
        group.addButton(self.draft)
        group.addButton(self.final)
        version = QHBoxLayout()
        version.addWidget(self.draft)
        version.addWidget(self.final)
        version.addStretch()
        draft_note = self._note(self.tr("A draft has “Utkast” across every page."))

        content = QGroupBox(self.tr("Content"))
        content_layout = QVBoxLayout(content)
        content_layout.addWidget(self.minutes_appendix)
        content_layout.addWidget(self.names)
        content_layout.addWidget(names_note)
        content_layout.addLayout(version)
        content_layout.addWidget(draft_note)

        logo_box = QGroupBox(self.tr("Logo on the title page"))
        self.logo_preview = QLabel()
        self.logo_preview.setObjectName("logoPreview")
        self.logo_preview.setFixedSize(72, 48)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_name = QLabel()
        self.logo_name.setObjectName("logoName")
        self.logo_name.setWordWrap(True)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("chooseLogo")
        choose.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove"))
        self.remove_logo.setObjectName("removeLogo")
        self.remove_logo.clicked.connect(lambda: self._show_logo(None, None))
        logo_row = QHBoxLayout(logo_box)
        logo_row.addWidget(self.logo_preview)
        logo_row.addWidget(self.logo_name, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(self.remove_logo)

        template_box = QGroupBox(self.tr("Word template"))
        self.template_name = QLabel()
        self.template_name.setObjectName("templateName")
        self.template_name.setWordWrap(True)
        choose_template = QPushButton(self.tr("Choose…"))
        choose_template.setObjectName("chooseTemplate")
        choose_template.clicked.connect(self.choose_template)
        self.remove_template = QPushButton(self.tr("Remove"))
        self.remove_template.setObjectName("removeTemplate")
        self.remove_template.clicked.connect(lambda: self._show_template(None, None))
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_name, 1)
        template_row.addWidget(choose_template)
        template_row.addWidget(self.remove_template)
        template_layout = QVBoxLayout(template_box)
        template_layout.addLayout(template_row)
        template_layout.addWidget(self._note(self.tr(
            "“Save as Word…” uses the municipality's template (.docx or .dotx): its styles, page setup, "
            "headers and footers; the report replaces its text.")))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if accept_label:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setText(accept_label)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        settings_column = QVBoxLayout()
        settings_column.addWidget(sections)
        settings_column.addWidget(content)
        settings_column.addWidget(logo_box)
        settings_column.addWidget(template_box)
        settings_column.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(settings_column, 3)
        self.before = None
        if ctx is not None and project_id is not None:
            from samverkan_desktop.ui.report_writing.before_report import BeforeReportPanel

            self.before = BeforeReportPanel(ctx, project_id)
            self.before.place_chosen.connect(self._go)
            self.before.entry_chosen.connect(self._go_entry)
            self.names.toggled.connect(self.before.set_names)
            columns.addWidget(self.before, 3)
            self.resize(1100, 640)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        # wrapped notes need a width to wrap at: without one the dialog took the sections' width
        # and cut the privacy note after its first line
        self.setMinimumWidth(600)
        self._load()
        if self.before is not None:
            self.before.set_names(self.names.isChecked())
            # as tall as the left column needs (its wrapped notes at this width), at least 640
            self.resize(1100, max(640, self.heightForWidth(1100) if self.hasHeightForWidth()
                                  else self.sizeHint().height()))
        else:
            self.resize(600, self.heightForWidth(600) if self.hasHeightForWidth() else self.sizeHint().height())

    def _note(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setContentsMargins(22, 0, 0, 4)
        label.setEnabled(False)  # the muted colour of explanatory text
        return label

    def section_names(self) -> dict[str, str]:
        return {
            Section.SUMMARY: self.tr("Summary"),
            Section.BACKGROUND: self.tr("Background and commission"),
            Section.METHOD: self.tr("Method"),
            Section.RESULTS: self.tr("Results per central question"),
            Section.STRENGTHS: self.tr("What works"),
            Section.ASSESSMENT: self.tr("Assessment per political mandate"),
            Section.DEVELOPMENT: self.tr("Development since the previous round"),
            Section.IMPROVEMENTS: self.tr("Improvement areas"),
            Section.ACTIONS: self.tr("Actions"),
            Section.CONCLUSIONS: self.tr("Conclusions and proposals"),
            Section.APPENDICES: self.tr("Appendices"),
        }

    # -- settings --------------------------------------------------------------------
    def _load(self) -> None:
        kept: list[str] = self.settings.get(S.REPORT_SECTIONS)
        chosen = set(kept) & set(ALL_SECTIONS) or set(ALL_SECTIONS)
        for key, box in self.section_boxes.items():
            box.setChecked(key in chosen)
        self.minutes_appendix.setChecked(self.settings.get(S.REPORT_MINUTES_APPENDIX))
        self.minutes_appendix.setEnabled(Section.APPENDICES in chosen)
        self.names.setChecked(False)
        (self.final if self.project_final else self.draft).setChecked(True)
        remembered = self.settings.get(S.REPORT_LOGO)
        logo: tuple[Path, bytes] | None = None
        if remembered:
            try:
                logo = (Path(remembered), read_logo(Path(remembered)))
            except ServiceError:
                logo = None  # moved or deleted since: the report goes without, the user sees so
        self._show_logo(*(logo or (None, None)))
        template_path = self.settings.get(S.REPORT_WORD_TEMPLATE)
        template = remembered_template(self.settings)
        self._show_template(Path(template_path) if template is not None else None, template)

    def options(self) -> ReportOptions:
        return ReportOptions(
            sections=frozenset(key for key, box in self.section_boxes.items() if box.isChecked()),
            minutes_appendix=self.minutes_appendix.isChecked() and self.section_boxes[Section.APPENDICES].isChecked(),
            names=self.names.isChecked(),
            final=self.final.isChecked(),
            logo=self.logo,
            template=self.template,
        )

    def _go(self, place: object) -> None:
        """Close without building, to fix something elsewhere."""
        self.go_to = place
        self.reject()

    def _go_entry(self, entry_id: int) -> None:
        self.go_to_entry = entry_id
        self.reject()

    def accept(self) -> None:
        options = self.options()
        if not options.sections:
            show_error(self, self.tr("Choose at least one section for the report."))
            return
        self.settings.set(S.REPORT_SECTIONS, [key for key in ALL_SECTIONS if key in options.sections])
        self.settings.set(S.REPORT_MINUTES_APPENDIX, self.minutes_appendix.isChecked())
        self.settings.set(S.REPORT_LOGO, str(self.logo_path) if self.logo_path else "")
        self.settings.set(S.REPORT_WORD_TEMPLATE, str(self.template_path) if self.template_path else "")
        self.settings.sync()
        super().accept()

    # -- logo ------------------------------------------------------------------------
    def choose_logo(self) -> None:
        start = str(self.logo_path.parent) if self.logo_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.use_logo_file(Path(name))

    def use_logo_file(self, path: Path) -> bool:
        """Take the logo from ``path``; a file that is not a PNG or JPEG image gets a message."""
        try:
            data = read_logo(path)
        except ServiceError as exc:
            show_error(self, exc.text(self.language))
            return False
        self._show_logo(path, data)
        return True

    def _show_logo(self, path: Path | None, data: bytes | None) -> None:
        self.logo_path, self.logo = path, data
        self.remove_logo.setEnabled(data is not None)
        self.logo_name.setText(path.name if path else self.tr("No logo"))
        self.logo_name.setToolTip(str(path) if path else "")
        pixmap = QPixmap()
        if data is not None and pixmap.loadFromData(data):
            self.logo_preview.setPixmap(pixmap.scaled(self.logo_preview.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo_preview.clear()

    # -- Word template -----------------------------------------------------------------
    def choose_template(self) -> None:
        start = str(self.template_path.parent) if self.template_path else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a Word template"), start,
                                              self.tr("Word documents and templates (*.docx *.dotx)"))
        if name:
            self.use_template_file(Path(name))

    def use_template_file(self, path: Path) -> bool:
        """Take the Word template from ``path``; a file that is not one gets the service's message."""
        try:
            data = read_template(path)
        except ServiceError as exc:
            show_error(self, exc.text(self.settings.get(S.LANGUAGE)))
            return False
        self._show_template(path, data)
        return True

    def _show_template(self, path: Path | None, data: bytes | None) -> None:
        self.template_path, self.template = path, data
        self.remove_template.setEnabled(data is not None)
        self.template_name.setText(path.name if path else self.tr("None: the app's own look"))
        self.template_name.setToolTip(str(path) if path else "")


def remembered_template(settings: S.Settings) -> bytes | None:
    """The remembered Word template's bytes; None when none is set or it can no longer be read."""
    remembered = settings.get(S.REPORT_WORD_TEMPLATE)
    if not remembered:
        return None
    try:
        return read_template(Path(remembered))
    except ServiceError:
        return None  # moved, deleted or changed since: the Word file gets the app's look, the dialog says so


def ask_report_options(settings: S.Settings, parent: QWidget | None = None,
                       accept_label: str | None = None, final: bool = False, ctx: EditContext | None = None,
                       project_id: int | None = None) -> ReportOptions | None:
    """Show the dialog (starting as final when ``final``); the options chosen, or None when cancelled.

    With the project, the dialog lists what remains and the names in the entries; when the
    user chose one to fix, the parent's ``go_to(place)`` or ``show_entry(entry_id)`` takes
    them there (and None is returned: nothing is built)."""
    dialog = ReportOptionsDialog(settings, parent, accept_label, final, ctx, project_id)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.options()
        window: Any = parent
        if dialog.go_to is not None and hasattr(window, "go_to"):
            window.go_to(dialog.go_to, project_id)
        elif dialog.go_to_entry is not None and hasattr(window, "show_entry"):
            window.show_entry(dialog.go_to_entry)
        return None
    finally:
        dialog.deleteLater()  # not kept as a child of the window, following the library's changes
