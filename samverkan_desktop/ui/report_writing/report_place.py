"""Rapport: the navigator's place for writing the report, in four tabs.

Texts (summary, method, conclusions, with drafts), the chosen quotes, the names typed into
entries, and what remains before the report can be final. The lists are read again when
they are shown after a change elsewhere, never while the user types in another window
(a name check reads every entry): each list reads itself again when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.report_writing.names_panel import NamesPanel
from samverkan_desktop.ui.report_writing.quotes_panel import QuotesPanel
from samverkan_desktop.ui.report_writing.readiness_list import ReadinessList
from samverkan_desktop.ui.report_writing.texts import ReportTextsEditor

TEXTS, QUOTES, NAMES, REMAINS = range(4)


class ReportPlace(QWidget):
    jump_to_entry = Signal(int)
    #: go where a missing thing is fixed (a ``readiness.Place``)
    place_chosen = Signal(object)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.setObjectName("reportPlace")
        heading = QLabel(self.tr("The report"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("Write the report's own texts, choose the quotes that carry each mandate, decide "
                               "about names in the entries, and see what remains. Project > Dialogue report… "
                               "builds it. Everything is saved as you type."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)
        self.texts = ReportTextsEditor(ctx, project_id)
        self.binder = self.texts.binder  # the main window flushes it before building a report
        self.quotes = QuotesPanel(ctx, project_id)
        self.names = NamesPanel(ctx, project_id)
        self.remains = ReadinessList(ctx, project_id)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self.texts, self.tr("&Texts"))
        self.tabs.addTab(self.quotes, self.tr("Chosen &quotes"))
        self.tabs.addTab(self.names, self.tr("&Names in the entries"))
        self.tabs.addTab(self.remains, self.tr("What &remains"))
        self.quotes.jump_to_entry.connect(self.jump_to_entry)
        self.names.jump_to_entry.connect(self.jump_to_entry)
        self.remains.place_chosen.connect(self._place)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

    def _place(self, place: object) -> None:
        from samverkan_desktop.services.readiness import Place

        if isinstance(place, Place) and place.section == "report":
            self.show_place(place)
        else:
            self.place_chosen.emit(place)

    def show_place(self, place: object) -> None:
        """Show a text (its field), or the names with one of them chosen."""
        field = getattr(place, "field", None)
        if field == "names":
            self.tabs.setCurrentIndex(NAMES)
            name = getattr(place, "name", None)
            if name:
                self.names.select_name(name)
        elif field is not None:
            self.tabs.setCurrentIndex(TEXTS)
            self.texts.focus_field(field)
