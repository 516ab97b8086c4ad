"""Enkät: the written answers as a source of their own, and the rating items of the round.

At the top, each session of written answers with how many answered and how many answers
it holds. Then the HME indices (Motivation, Ledarskap, Styrning and the whole HME, 0–100)
and every rating item: n, the mean (with a decimal comma), the 0–100 index and the
answers per step 1–5. A group can be chosen to see its own figures. When the project is
linked to a previous round, the figures then and the change of the mean are beside.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services.comparison import comparison
from samverkan_desktop.services.survey.reading import normalise
from samverkan_desktop.services.survey.results import (
    AreaIndex,
    Figures,
    RatingResult,
    hme_summary,
    rating_results,
    written_answers,
)
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.locale_format import date_text, number_text
from samverkan_desktop.ui.survey.labels import change_text, distribution_text, index_text, mean_text

ALL = None


def _table(name: str) -> QTableWidget:
    table = QTableWidget(0, 0)
    table.setObjectName(name)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setWordWrap(True)
    return table


def _headers(table: QTableWidget, headers: list[str]) -> None:
    """Empty the table and give it these columns: the first takes the room, the others fit their contents."""
    table.clear()
    table.setRowCount(0)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


def _cells(table: QTableWidget, values: list[str], bold: bool = False) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            item.setToolTip(value)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        table.setItem(row, column, item)


class RatingsPanel(QWidget):
    def __init__(self, library: Library, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.project_id = library, project_id
        self.results: list[RatingResult] = []
        self.sources = QLabel()
        self.sources.setObjectName("writtenSources")
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.PlainText)
        self.group = QComboBox()
        self.group.setObjectName("ratingGroup")
        self.group.currentIndexChanged.connect(lambda _i: self._fill())
        group_label = QLabel(self.tr("&Group:"))
        group_label.setBuddy(self.group)
        top = QHBoxLayout()
        top.addWidget(group_label)
        top.addWidget(self.group)
        top.addStretch(1)
        self.hme = _table("hmeIndex")
        self.hme.setAccessibleName(self.tr("HME indices, 0–100"))
        self.items = _table("ratingItems")
        self.items.setAccessibleName(self.tr("Rating items"))
        hme_title = QLabel(self.tr("Sustainable employee engagement (HME), index 0–100"))
        items_title = QLabel(self.tr("Rating items (1–5)"))
        for title in (hme_title, items_title):
            font = title.font()
            font.setBold(True)
            title.setFont(font)
        self.hme_title = hme_title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.sources)
        layout.addLayout(top)
        layout.addWidget(hme_title)
        layout.addWidget(self.hme)
        layout.addWidget(items_title)
        layout.addWidget(self.items, 1)
        self.then: dict[str, Figures] = {}
        self.then_hme: dict[str, AreaIndex] = {}
        self.previous_title: str | None = None

    def load(self) -> None:
        sessions = written_answers(self.library, self.project_id)
        if sessions:
            lines = [self.tr("Written answers from employees: “%1” (%2), %3 answers from %4 respondents.")
                     .replace("%1", s.title).replace("%2", date_text(s.date))
                     .replace("%3", number_text(s.answers)).replace("%4", number_text(s.respondents))
                     for s in sessions]
            self.sources.setText("\n".join(lines))
        else:
            self.sources.setText(self.tr("No written answers are imported yet (Project > Import answers…)."))
        self.results = rating_results(self.library, self.project_id)
        found = comparison(self.library, self.project_id)
        self.previous_title = found.previous_title if found else None
        self.then = {}
        for change in found.ratings if found else ():
            self.then[change.hme or normalise(change.text)] = change.then
        self.then_hme = {area.key: area for area in found.hme_then} if found else {}
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("All respondents"), ALL)
        for name in dict.fromkeys(g.group for r in self.results for g in r.groups):
            self.group.addItem(name, name)
        self.group.setCurrentIndex(max(self.group.findData(current), 0))
        self.group.blockSignals(False)
        self._fill()

    def _figures(self, result: RatingResult) -> Figures:
        group = self.group.currentData()
        if group is ALL:
            return result.figures
        return next((g.figures for g in result.groups if g.group == group), Figures((0, 0, 0, 0, 0)))

    def _fill(self) -> None:
        compare = self.previous_title is not None and self.group.currentData() is ALL
        then_headers = [self.tr("Mean then"), self.tr("Change")] if compare else []
        headers = [self.tr("Item"), self.tr("n"), self.tr("Mean"), self.tr("Index"),
                   self.tr("Answers 1 · 2 · 3 · 4 · 5"), *then_headers]
        _headers(self.items, headers)
        for result in self.results:
            figures = self._figures(result)
            values = [result.text, number_text(figures.n), mean_text(figures), index_text(figures),
                      distribution_text(figures)]
            if compare:
                then = self.then.get(result.hme or normalise(result.text))
                values += [mean_text(then) if then else "–",
                           change_text(None if then is None or then.mean is None or figures.mean is None
                                       else figures.mean - then.mean)]
            _cells(self.items, values)
        self.items.resizeRowsToContents()
        areas = hme_summary((r.hme, self._figures(r)) for r in self.results)
        self.hme.setVisible(bool(areas))
        self.hme_title.setVisible(bool(areas))
        hme_headers = [self.tr("Index"), self.tr("HME"), self.tr("n"),
                       *([self.tr("HME then"), self.tr("Change")] if compare else [])]
        _headers(self.hme, hme_headers)
        names = {"motivation": self.tr("Motivation"), "ledarskap": self.tr("Leadership"),
                 "styrning": self.tr("Governance")}  # SKR's sub-indices (services/survey/hme.AREAS)
        for area in areas:
            name = names.get(area.key, area.name)
            if area.items < area.of:
                name = self.tr("%1 (%2 of %3 items)").replace("%1", name).replace(
                    "%2", str(area.items)).replace("%3", str(area.of))
            values = [name, index_text(area.figures), number_text(area.figures.n)]
            if compare:
                earlier = self.then_hme.get(area.key)
                now, before = area.figures.index, earlier.figures.index if earlier else None
                values += [index_text(earlier.figures) if earlier else "–",
                           change_text(None if now is None or before is None else now - before)]
            _cells(self.hme, values, bold=area.key == "hme")
        self.hme.setFixedHeight(self.hme.horizontalHeader().height() + sum(
            self.hme.rowHeight(r) for r in range(self.hme.rowCount())) + 4)
