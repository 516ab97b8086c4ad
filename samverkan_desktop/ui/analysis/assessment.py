"""Bedömning: rate each political mandate and motivate it, with its evidence beside it.

The mandates are listed with a coloured dot for their current rating. For the selected
mandate the secretary picks the rating (stärkts / delvis stärkts / inte stärkts / kan
inte bedömas) and writes the motivation, stored as typed and undoable, while the
entries and tagged passages linked to the mandate (through its questions and tags)
are listed beside; double-click or Enter on one jumps to the entry. When the project is
linked to a previous round, the rating and motivation then and the direction since are
shown under the rating (``previous_panel``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGroupBox,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.assessment import ROUTE_QUESTION, Evidence, mandate_evidence
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.quotes import quotes_of_project
from samverkan_desktop.ui.analysis.previous_panel import PreviousRatingPanel
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.models.row_list import Index, RowListModel
from samverkan_desktop.ui.survey.labels import written_source
from samverkan_desktop.ui.wrapped_tree import WrappedTree

RATINGS = ("strengthened", "partly", "not_strengthened", "not_assessed")
COLOURS = {"strengthened": "#2e7d32", "partly": "#c98a00", "not_strengthened": "#c62828",
           "not_assessed": "#6d6d6d", None: "#d0d0d0"}
EntryRole = Qt.ItemDataRole.UserRole + 10
TaggingRole = Qt.ItemDataRole.UserRole + 11


def rating_labels() -> dict[str | None, str]:
    return {
        "strengthened": QCoreApplication.translate("Assessment", "Strengthened"),
        "partly": QCoreApplication.translate("Assessment", "Partly strengthened"),
        "not_strengthened": QCoreApplication.translate("Assessment", "Not strengthened"),
        "not_assessed": QCoreApplication.translate("Assessment", "Cannot be assessed"),
        None: QCoreApplication.translate("Assessment", "Not yet rated"),
    }


def _rating(row: Row) -> str | None:
    value = row["rating"]
    return None if value is None else str(getattr(value, "value", value))


def dot(colour: str, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor(colour).darker(130))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class MandateRatingModel(RowListModel):
    """Mandates labelled "code – title", with a dot in the rating's colour and the rating as tooltip."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self.rows):
            rating = _rating(self.rows[index.row()])
            if role == Qt.ItemDataRole.DecorationRole:
                return dot(COLOURS[rating])
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{self.label(self.rows[index.row()])}\n{rating_labels()[rating]}"
        return super().data(index, role)


class AssessmentEditor(QWidget):
    #: the user asked to see an entry of the evidence (its id)
    jump_to_entry = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.row: Row | None = None
        #: (entry, tagging) of the passages chosen as quotes for the shown mandate
        self.chosen: set[tuple[int, int | None]] = set()
        heading = QLabel(self.tr("Assessment of the mandates"))
        heading.setObjectName("editorHeading")
        intro = QLabel(self.tr("Rate each political mandate and motivate the rating, with the evidence "
                               "linked to it beside you. Double-click a passage to open its entry."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)

        self.model = MandateRatingModel(self.row_label, self)
        self.list = QListView()
        self.list.setObjectName("assessmentMandates")
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Mandates"))
        self.list.setWordWrap(True)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._show_current())
        mandates_label = QLabel(self.tr("&Mandates"))
        mandates_label.setBuddy(self.list)

        self.title = QLabel()
        self.title.setObjectName("assessmentTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("editorIntro")
        for label in (self.title, self.description):  # the mandate's title and description: never markup
            label.setTextFormat(Qt.TextFormat.PlainText)
        self.rating_box = QGroupBox(self.tr("Rating"))
        self.rating_group = QButtonGroup(self)
        rating_layout = QVBoxLayout(self.rating_box)
        texts = {
            "strengthened": self.tr("&Strengthened"),
            "partly": self.tr("Pa&rtly strengthened"),
            "not_strengthened": self.tr("&Not strengthened"),
            "not_assessed": self.tr("Cannot &be assessed"),
        }
        self.radios: dict[str, QRadioButton] = {}
        for number, rating in enumerate(RATINGS):
            radio = QRadioButton(texts[rating])
            radio.setObjectName(f"rating_{rating}")
            radio.setIcon(dot(COLOURS[rating]))
            self.rating_group.addButton(radio, number)
            rating_layout.addWidget(radio)
            self.radios[rating] = radio
        self.rating_group.idClicked.connect(self._rating_clicked)
        self.motivation = QPlainTextEdit()
        self.motivation.setObjectName("assessmentMotivation")
        self.motivation.setTabChangesFocus(True)
        self.motivation.setPlaceholderText(self.tr("Why this rating? Refer to what the dialogues showed."))
        motivation_label = QLabel(self.tr("M&otivation:"))
        motivation_label.setBuddy(self.motivation)
        self.binder = FormBinder(ctx, RecordKind.MANDATE, self)
        self.binder.text(self.motivation, "motivation", self.tr("Motivation"))
        self.previous = PreviousRatingPanel(ctx.library, project_id, rating_labels())

        self.evidence_label = QLabel(self.tr("Evi&dence"))
        self.evidence = WrappedTree()
        self.evidence.setObjectName("assessmentEvidence")
        self.evidence_label.setBuddy(self.evidence)
        self.evidence.setHeaderHidden(True)
        self.evidence.setColumnCount(1)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setWordWrap(True)
        self.evidence.setUniformRowHeights(False)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setAccessibleName(self.tr("Evidence linked to the mandate"))
        self.evidence.itemActivated.connect(self._activated)
        self.quote_button = QPushButton(self.tr("&Quote in the report…"))
        self.quote_button.setObjectName("quoteFromAssessment")
        self.quote_button.setToolTip(self.tr("Choose the selected passage as a quote the report prints first for "
                                             "this mandate (★ marks the chosen ones)"))
        self.quote_button.clicked.connect(self.quote_current)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(mandates_label)
        left_layout.addWidget(self.list, 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.title, self.description, self.rating_box, self.previous, motivation_label):
            middle_layout.addWidget(widget)
        middle_layout.addWidget(self.motivation, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.evidence_label)
        right_layout.addWidget(self.evidence, 1)
        right_layout.addWidget(self.quote_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        # the motivation is where the secretary writes: it gets as much room as the evidence
        for column, stretch in ((left, 2), (middle, 4), (right, 4)):
            self.splitter.addWidget(column)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([210, 450, 450])
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)

        ctx.changed.connect(self._on_changed)
        ctx.list_changed.connect(self._on_list_changed)
        self.reload()

    def showEvent(self, event: Any) -> None:
        """Links and taggings may have changed in another view meanwhile: show the evidence afresh."""
        super().showEvent(event)
        if self.row is not None:
            self._show_evidence()

    # -- list ---------------------------------------------------------------------------
    def row_label(self, row: Row) -> str:
        code = row["code"]
        return f"{code} – {row['title']}" if code else str(row["title"])

    def current_row(self) -> Row | None:
        index = self.list.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def reload(self, select_id: int | None = None) -> None:
        current = self.current_row()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.model.set_rows(self.ctx.editor.children(RecordKind.MANDATE, self.project_id))
        position = self.model.row_index(keep) if keep is not None else -1
        if position < 0 and self.model.rows:
            position = 0
        if position >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(position), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_current()

    def select_mandate(self, mandate_id: int) -> None:
        position = self.model.row_index(mandate_id)
        if position >= 0:
            self.list.setCurrentIndex(self.model.index(position))

    def _show_current(self) -> None:
        row = self.current_row()
        if self.row is not None and row is not None and row.id == self.row.id:
            return
        self.binder.load(row)
        self.row = row
        self.title.setText(self.row_label(row) if row else self.tr("No mandates yet"))
        self.description.setText((row["description"] or "") if row else
                                 self.tr("Add the political mandates under “Political mandates” first."))
        self.rating_box.setEnabled(row is not None)
        self._show_rating()
        self.previous.show_mandate(row.id if row else None, _rating(row) if row else None)
        self._show_evidence()

    def _show_rating(self) -> None:
        rating = _rating(self.row) if self.row else None
        self.rating_group.setExclusive(False)
        for value, radio in self.radios.items():
            radio.setChecked(value == rating)
        self.rating_group.setExclusive(True)

    # -- editing -----------------------------------------------------------------------
    def _rating_clicked(self, number: int) -> None:
        if self.row is None:
            return
        self.binder.flush()
        updated = self.ctx.set_field(self.row, "rating", RATINGS[number], self.tr("Rating"))
        self.ctx.end_merge()
        if updated is None:
            self._show_rating()

    def _previous_changed(self) -> None:
        self.previous.reload()
        row = self.row
        self.previous.show_mandate(row.id if row else None, _rating(row) if row else None)

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.PREVIOUS_ITEM:
            self._previous_changed()
            return
        if kind != RecordKind.MANDATE or self.model.row_index(record_id) < 0:
            return
        fresh = self.ctx.editor.get(RecordKind.MANDATE, record_id)
        self.model.update_row(fresh)
        if self.row is not None and self.row.id == record_id:
            self.row = fresh
            self.title.setText(self.row_label(fresh))
            self.description.setText(fresh["description"] or "")
            self._show_rating()
            self.previous.show_mandate(record_id, _rating(fresh))

    def _on_list_changed(self, kind: str, parent_id: int, _select_id: int) -> None:
        if kind == RecordKind.PREVIOUS_ITEM and parent_id == self.project_id:
            self._previous_changed()
        elif kind == RecordKind.MANDATE and parent_id == self.project_id:
            self.row = None
            self.reload()
        elif kind in (RecordKind.TAGGING, RecordKind.ENTRY, RecordKind.QUOTE):
            self._show_evidence(keep_place=True)

    # -- evidence ----------------------------------------------------------------------
    def _show_evidence(self, keep_place: bool = False) -> None:
        """Fill the evidence of the current mandate; ``keep_place``: the same mandate read again
        (a quote chosen, a tagging changed), so the passage the user was at stays selected."""
        current = self.evidence.currentItem() if keep_place else None
        kept = (current.data(0, EntryRole), current.data(0, TaggingRole)) if current is not None else None
        self.evidence.clear()
        found = mandate_evidence(self.ctx.library, self.row.id) if self.row else []
        self.chosen = {(q.entry_id, q.tagging_id) for q in quotes_of_project(self.ctx.library, self.project_id)
                       if self.row is not None and q.target == ("mandate", self.row.id)}
        by_question = [e for e in found if e.route == ROUTE_QUESTION]
        by_tag = [e for e in found if e.route != ROUTE_QUESTION]
        groups = (
            (self.tr("Answers to the questions linked to the mandate (%1)"), by_question),
            (self.tr("Passages tagged with tags linked to the mandate (%1)"), by_tag),
        )
        for title, items in groups:
            group = QTreeWidgetItem([title.replace("%1", str(len(items)))])
            group.setFirstColumnSpanned(True)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.evidence.addTopLevelItem(group)
            group.addChildren([self._item(e) for e in items])
            group.setFirstColumnSpanned(True)
            group.setExpanded(True)
        again = next((item for item in self.evidence_items()
                      if kept is not None and (item.data(0, EntryRole), item.data(0, TaggingRole)) == kept), None)
        if again is not None:
            self.evidence.setCurrentItem(again)
            self.evidence.scrollToItem(again)

    def _item(self, evidence: Evidence) -> QTreeWidgetItem:
        if evidence.route == ROUTE_QUESTION:
            via = self.tr("Question %1").replace("%1", str(evidence.question_number or ""))
            detail = evidence.question or ""
        else:
            via = evidence.tag or ""
            detail = evidence.memo or ""
        source = (written_source(evidence.respondent_group) if evidence.respondent_group
                  else evidence.party or self.tr("(no party)"))  # not "— –", a dash after the dash
        where = " · ".join(part for part in (source, evidence.session_date.isoformat(),
                                             evidence.session_title, via) if part)
        tagging = evidence.tagging_id if evidence.start is not None else None
        star = "★ " if (evidence.entry_id, tagging) in self.chosen else ""
        item = QTreeWidgetItem([f"{star}{' '.join(evidence.text.split())}\n— {where}"])
        item.setData(0, TaggingRole, tagging)
        item.setToolTip(0, "\n\n".join(t for t in (evidence.text, f"{via}: {detail}" if detail else via) if t))
        item.setData(0, EntryRole, evidence.entry_id)
        return item

    def evidence_items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        for number in range(self.evidence.topLevelItemCount()):
            group = self.evidence.topLevelItem(number)
            if group is not None:
                found += [item for n in range(group.childCount()) if (item := group.child(n)) is not None]
        return found

    def quote_current(self) -> bool:
        """Citera i rapporten: the selected passage of the evidence, for this mandate (or other targets)."""
        from samverkan_desktop.ui.report_writing.quote_dialog import choose_quotes

        item = self.evidence.currentItem()
        entry_id = item.data(0, EntryRole) if item is not None else None
        if item is None or entry_id is None or self.row is None:
            return False
        return choose_quotes(self, self.ctx, self.project_id, int(entry_id), item.data(0, TaggingRole),
                             ("mandate", self.row.id))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, EntryRole)
        if entry_id is not None:
            self.jump_to_entry.emit(int(entry_id))
