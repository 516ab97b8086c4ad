"""Overview (översikt): the matrix of tags by session or by party, and a bar chart of entries per tag.

A click on a cell (or Enter) emits ``cell_opened`` so that the analysis view shows
the evidence of that tag for that session or party.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.analysis import Overview
from samverkan_desktop.ui.analysis.bar_chart import Bar, BarChart
from samverkan_desktop.ui.analysis.matrix_model import FALLBACK_COLOR, Across, CellRole, MatrixModel
from samverkan_desktop.ui.soon import call_soon


class OverviewPanel(QWidget):
    #: (tag id, session id or -1, party id or -1, is a party cell)
    cell_opened = Signal(int, int, int, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = MatrixModel(self)
        self.by_session = QRadioButton(self.tr("By &session"))
        self.by_party = QRadioButton(self.tr("By pa&rty"))
        self.by_session.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_session)
        group.addButton(self.by_party)
        self.by_session.toggled.connect(
            lambda on: self.model.set_across(Across.SESSIONS if on else Across.PARTIES))
        note = QLabel(self.tr("Each cell counts the entries tagged with the tag or with a tag nested under it; "
                              "an entry counts once. Click a cell to see its passages."))
        note.setObjectName("editorIntro")
        note.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("overviewMatrix")
        self.table.setAccessibleName(self.tr("Entries per tag"))
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setHighlightSections(False)
        # the tag names get the room the counts leave (see _fit_names); longer names are elided,
        # with the full name as the tooltip
        self.table.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.installEventFilter(self)
        self.model.modelReset.connect(self._fit_names_soon)
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)

        self.chart = BarChart()
        self.chart.setObjectName("tagChart")
        self.chart.setAccessibleName(self.tr("Entries per tag, as a bar chart"))
        self.chart.empty_text = self.tr("No tags yet.")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        chart_title = QLabel(self.tr("Entries per tag"))
        chart_title.setObjectName("chartTitle")
        font = chart_title.font()
        font.setBold(True)
        chart_title.setFont(font)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        toggle = QHBoxLayout()
        toggle.addWidget(QLabel(self.tr("Columns:")))
        toggle.addWidget(self.by_session)
        toggle.addWidget(self.by_party)
        toggle.addStretch(1)
        left_layout.addLayout(toggle)
        left_layout.addWidget(self.table, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(chart_title)
        right_layout.addWidget(scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(splitter, 1)

    def _fit_names_soon(self) -> None:
        call_soon(self, self._fit_names)  # once the view has taken in the new rows

    def _fit_names(self) -> None:
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.table.horizontalHeader()
        counts = sum(header.sectionSize(c) for c in range(self.model.columnCount()))
        scroll = self.table.verticalScrollBar()
        room = self.table.width() - 2 * self.table.frameWidth() - counts - (
            scroll.sizeHint().width() if scroll.isVisible() else 0)
        self.table.verticalHeader().setMaximumWidth(max(12 * em, min(room, 26 * em)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Resize:
            self._fit_names()
        return super().eventFilter(watched, event)

    def load(self, overview: Overview) -> None:
        self.model.set_overview(overview)
        self.chart.set_bars([Bar(tag.name, overview.totals.get(tag.id, 0), tag.color or FALLBACK_COLOR, tag.depth)
                             for tag in overview.tags])

    def _open(self, index: QModelIndex) -> None:
        cell = index.data(CellRole)
        if cell is None:
            return
        tag_id, session_id, party_id, is_party = cell
        self.cell_opened.emit(tag_id, -1 if session_id is None else session_id,
                              -1 if party_id is None else party_id, is_party)
