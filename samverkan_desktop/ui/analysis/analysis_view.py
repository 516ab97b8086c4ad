"""Analys: the evidence per tag, the overview (matrix and bar chart) and the survey of a project.

Three tabs over the analysis service; the third (``ratings_panel``) shows the written
answers as a source of their own and the rating items, with the previous round's beside.
A change to tags, taggings or the minutes marks the view stale; it reloads when it is (or
next becomes) visible, so editing elsewhere costs nothing here. ``jump_to_entry`` (an entry id) asks the main window
to open that entry in its session.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import analysis as A
from samverkan_desktop.ui.analysis.evidence_panel import EvidencePanel
from samverkan_desktop.ui.analysis.overview_panel import OverviewPanel
from samverkan_desktop.ui.analysis.ratings_panel import RatingsPanel
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.soon import call_soon

#: kinds whose changes alter what the analysis shows
WATCHED = (
    RecordKind.TAG, RecordKind.TAGGING, RecordKind.ENTRY, RecordKind.SESSION, RecordKind.PARTY,
    RecordKind.QUESTION, RecordKind.AGENDA_ITEM, RecordKind.PROJECT, RecordKind.PREVIOUS_ITEM,
)


class AnalysisView(QWidget):
    jump_to_entry = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        heading = QLabel(self.tr("Analysis"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("Everything said about a theme, a strength or an improvement area, across all "
                               "sessions. Pick a tag to read its passages; the overview counts them per session "
                               "and per party."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)
        self.evidence = EvidencePanel(ctx, project_id)
        self.overview = OverviewPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("analysisTabs")
        self.tabs.addTab(self.evidence, self.tr("&Evidence"))
        self.tabs.addTab(self.overview, self.tr("&Overview"))
        self.ratings = RatingsPanel(ctx.library, project_id)
        self.tabs.addTab(self.ratings, self.tr("S&urvey"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.tabs, 1)

        self.evidence.jump_to_entry.connect(self.jump_to_entry)
        self.overview.cell_opened.connect(self.open_cell)
        self._stale = False
        ctx.changed.connect(self._changed)  # methods: Qt disconnects them when this view goes
        ctx.list_changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        self._stale = False
        overview = A.overview(self.ctx.library, self.project_id)
        self.overview.load(overview)
        self.evidence.load(overview, A.choices(self.ctx.library, self.project_id))
        self.ratings.load()

    def select_tag(self, tag_id: int) -> None:
        self.tabs.setCurrentWidget(self.evidence)
        self.evidence.select_tag(tag_id)

    def open_cell(self, tag_id: int, session_id: int, party_id: int, is_party: bool) -> None:
        """Show the evidence behind a cell of the matrix (-1 stands for "any" or "no party")."""
        self.tabs.setCurrentWidget(self.evidence)
        self.evidence.open_cell(tag_id, None if session_id < 0 else session_id, None if party_id < 0 else party_id,
                                is_party)

    def _changed(self, kind: str, *_ids: int) -> None:
        if kind not in WATCHED or self._stale:
            return
        self._stale = True
        if self.isVisible():
            call_soon(self, self._reload_if_stale)

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            call_soon(self, self._reload_if_stale)
