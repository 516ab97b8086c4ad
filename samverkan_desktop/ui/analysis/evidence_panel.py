"""Evidence (underlag) for one tag: every tagged passage across the sessions, with filters.

The tag picker on the left groups the project's tags by kind and shows how many
entries each carries (sub-tags included). The filters (party, session, question,
kind of entry) are applied by the analysis service, not by a proxy model, so the
table only ever holds the passages it shows. Enter or a double click on a passage
emits ``jump_to_entry`` with its entry's id; the main window opens the entry.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.services import analysis as A
from samverkan_desktop.ui.analysis import evidence_model as E
from samverkan_desktop.ui.analysis.labels import entry_kind_labels, tag_kind_labels
from samverkan_desktop.ui.analysis.matrix_model import FALLBACK_COLOR, elide
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.survey.labels import written_source

TagRole = Qt.ItemDataRole.UserRole + 1
#: the party filter's value for entries without a party
NO_PARTY = -1
#: the tag list widens to its longest name, up to this many em
TAG_LIST_MAX = 28


class EvidencePanel(QWidget):
    jump_to_entry = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.tag_id: int | None = None
        self.tags: dict[int, A.TagInfo] = {}

        self.tag_tree = QTreeWidget()
        self.tag_tree.setObjectName("evidenceTags")
        self.tag_tree.setAccessibleName(self.tr("Tags"))
        self.tag_tree.setHeaderLabels([self.tr("Tag"), self.tr("Entries")])
        self.tag_tree.setRootIsDecorated(True)
        self.tag_tree.setUniformRowHeights(True)
        header = self.tag_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tag_tree.currentItemChanged.connect(self._tag_chosen)

        self.party = self._combo("evidenceParty", self.tr("Party"))
        self.session = self._combo("evidenceSession", self.tr("Session"))
        self.question = self._combo("evidenceQuestion", self.tr("Question"))
        self.kind = self._combo("evidenceKind", self.tr("Kind of entry"))
        self.subtags = QCheckBox(self.tr("Include s&ub-tags"))
        self.subtags.setChecked(True)
        self.subtags.setToolTip(self.tr("Also show the passages of the tags nested under the chosen tag"))
        self.subtags.toggled.connect(self.refresh)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        filters = QGridLayout()
        for position, (text, combo) in enumerate(((self.tr("&Party:"), self.party),
                                                  (self.tr("&Session:"), self.session),
                                                  (self.tr("&Question:"), self.question),
                                                  (self.tr("&Kind:"), self.kind))):
            label = QLabel(text)
            label.setBuddy(combo)
            filters.addWidget(label, position // 2, 2 * (position % 2))
            filters.addWidget(combo, position // 2, 2 * (position % 2) + 1)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        toggles = QHBoxLayout()
        toggles.addWidget(self.subtags)
        toggles.addStretch(1)
        toggles.addWidget(self.clear_button)
        filters.addLayout(toggles, 2, 0, 1, 4)

        self.summary = QLabel()
        self.summary.setObjectName("evidenceSummary")
        self.model = E.EvidenceModel(self)
        self.table = QTableView()
        self.table.setObjectName("evidenceTable")
        self.table.setAccessibleName(self.tr("Passages"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # fixed sizes: sizing to contents would format every one of thousands of rows
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        columns = self.table.horizontalHeader()
        columns.setHighlightSections(False)
        em = self.fontMetrics().horizontalAdvance("M")
        for column, width in ((E.PARTY, 10 * em), (E.SESSION, 13 * em), (E.QUESTION, 13 * em),
                              (E.DATE, self.fontMetrics().horizontalAdvance("2025-12-31") + 2 * em)):
            columns.resizeSection(column, width)
        columns.setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._jump(index.row()))
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self._show_detail(current.row()))
        self.open_button = QPushButton(self.tr("&Go to entry"))
        self.open_button.setToolTip(self.tr("Open the entry of the selected passage in its session (Enter)"))
        self.open_button.clicked.connect(lambda: self._jump(self.table.currentIndex().row()))
        self.quote_button = QPushButton(self.tr("&Quote in the report…"))
        self.quote_button.setObjectName("quoteFromEvidence")
        self.quote_button.setToolTip(self.tr("Choose the selected passage as a quote the report prints first, "
                                             "for this tag or a mandate"))
        self.quote_button.clicked.connect(self.quote_current)
        self.detail = QTextBrowser()
        self.detail.setObjectName("evidenceDetail")
        self.detail.setAccessibleName(self.tr("The whole entry"))
        self.detail.setOpenLinks(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.quote_button)
        summary_row.addWidget(self.open_button)
        right_layout.addLayout(summary_row)
        table_and_detail = QSplitter(Qt.Orientation.Vertical)
        table_and_detail.addWidget(self.table)
        table_and_detail.addWidget(self.detail)
        table_and_detail.setStretchFactor(0, 3)
        table_and_detail.setStretchFactor(1, 1)
        right_layout.addWidget(table_and_detail, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tag_tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([330, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(16)
        combo.currentIndexChanged.connect(self.refresh)
        return combo

    # -- loading --------------------------------------------------------------------
    def load(self, overview: A.Overview, choices: A.Choices) -> None:
        """Fill the tag picker and the filters; keeps the chosen tag and filters where they still exist."""
        self.tags = {tag.id: tag for tag in overview.tags}
        with QSignalBlocker(self.tag_tree):
            self.tag_tree.clear()
            groups: dict[str, QTreeWidgetItem] = {}
            parents: dict[int, QTreeWidgetItem] = {}
            labels = tag_kind_labels()
            for tag in overview.tags:
                if tag.kind not in groups:
                    group = QTreeWidgetItem(self.tag_tree, [labels.get(tag.kind, tag.kind)])
                    group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    font = group.font(0)
                    font.setBold(True)
                    group.setFont(0, font)
                    groups[tag.kind] = group
                owner = parents.get(tag.parent_id or -1, groups[tag.kind])
                item = QTreeWidgetItem(owner, [tag.name, str(overview.totals.get(tag.id, 0))])
                item.setData(0, TagRole, tag.id)
                item.setToolTip(0, tag.name)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setData(0, Qt.ItemDataRole.DecorationRole, _swatch(tag.color))
                parents[tag.id] = item
            self.tag_tree.expandAll()
        self._fit_tag_names()
        parties = [(p, n) for p, n in choices.parties] + (
            [(NO_PARTY, self.tr("(no party)"))] if any(c.id is None for c in overview.parties) else [])
        self._fill(self.party, self.tr("All parties"), parties)
        self._fill(self.session, self.tr("All sessions"),
                   [(i, f"{d.isoformat()}  {elide(t, 48)}") for i, t, d in choices.sessions])
        self._fill(self.question, self.tr("All questions"),
                   [(i, elide(f"{n}. {t}" if n is not None else t, 70)) for i, n, t in choices.questions])
        self._fill(self.kind, self.tr("All kinds"), list(entry_kind_labels().items()))
        if self.tag_id not in self.tags:
            self.tag_id = None
        self.select_tag(self.tag_id) if self.tag_id is not None else self.refresh()

    def _fit_tag_names(self) -> None:
        """Widen the tag list to its longest name, up to TAG_LIST_MAX em (longer ones end in "…")."""
        em = self.fontMetrics().horizontalAdvance("M")
        needed = (self.tag_tree.sizeHintForColumn(0) + self.tag_tree.sizeHintForColumn(1)
                  + self.tag_tree.verticalScrollBar().sizeHint().width() + 4 * self.tag_tree.frameWidth())
        sizes = self.splitter.sizes()
        wanted = min(max(needed, sizes[0]), TAG_LIST_MAX * em)
        if wanted != sizes[0] and sum(sizes) > wanted:
            self.splitter.setSizes([wanted, sum(sizes) - wanted])

    @staticmethod
    def _fill(combo: QComboBox, everything: str, pairs: Sequence[tuple[object, str]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            combo.clear()
            combo.addItem(everything, None)
            for value, label in pairs:
                combo.addItem(label, value)
                combo.setItemData(combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)

    # -- choosing ---------------------------------------------------------------------
    def select_tag(self, tag_id: int | None) -> None:
        """Show the evidence of a tag (and pick it in the tag tree)."""
        item = self._item_of(tag_id) if tag_id is not None else None
        self.tag_id = tag_id if item is not None else None
        with QSignalBlocker(self.tag_tree):
            if item is None:
                self.tag_tree.setCurrentIndex(QModelIndex())
            else:
                self.tag_tree.setCurrentItem(item)
        self.refresh()

    def open_cell(self, tag_id: int, session_id: int | None, party_id: int | None, is_party: bool) -> None:
        """Evidence of a tag for one session or one party (a cell of the overview matrix)."""
        with QSignalBlocker(self.party), QSignalBlocker(self.session), QSignalBlocker(self.question), \
                QSignalBlocker(self.kind), QSignalBlocker(self.subtags):
            for combo in (self.party, self.session, self.question, self.kind):
                combo.setCurrentIndex(0)
            if session_id is not None:
                self.session.setCurrentIndex(max(0, self.session.findData(session_id)))
            if is_party:
                self.party.setCurrentIndex(max(0, self.party.findData(NO_PARTY if party_id is None else party_id)))
            self.subtags.setChecked(True)  # the matrix counts roll up
        self.select_tag(tag_id)

    def clear_filters(self) -> None:
        with QSignalBlocker(self.party), QSignalBlocker(self.session), QSignalBlocker(self.question), \
                QSignalBlocker(self.kind):
            for combo in (self.party, self.session, self.question, self.kind):
                combo.setCurrentIndex(0)
        self.refresh()

    def filters(self) -> A.EvidenceFilter:
        party, session, question, kind = (c.currentData() for c in (self.party, self.session, self.question,
                                                                      self.kind))
        return A.EvidenceFilter(
            party_ids=frozenset() if party is None else frozenset({None if party == NO_PARTY else int(party)}),
            session_ids=frozenset() if session is None else frozenset({int(session)}),
            question_ids=frozenset() if question is None else frozenset({int(question)}),
            kinds=frozenset() if kind is None else frozenset({str(kind)}))

    def refresh(self) -> None:
        if self.tag_id is None:
            self.model.set_passages([])
            self.summary.setText(self.tr("Choose a tag on the left to see every passage tagged with it."))
        else:
            passages = A.evidence(self.ctx.library, self.project_id, self.tag_id, self.subtags.isChecked(),
                                  self.filters())
            self.model.set_passages(passages)
            entries = len({p.entry_id for p in passages})
            self.summary.setText(self.tr("%n passage(s)", "", len(passages)) + " · "
                                 + self.tr("%n entry(ies)", "", entries))
        if self.model.passages:
            self.table.setCurrentIndex(self.model.index(0, E.PASSAGE))
        else:
            self._show_detail(-1)
        self.open_button.setEnabled(bool(self.model.passages))
        self.quote_button.setEnabled(bool(self.model.passages))

    def _tag_chosen(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        tag_id = current.data(0, TagRole) if current is not None else None
        if tag_id is not None:
            self.tag_id = int(tag_id)
            self.refresh()

    def _item_of(self, tag_id: int) -> QTreeWidgetItem | None:
        root = self.tag_tree.invisibleRootItem()
        for item in _walk(root) if root is not None else []:
            if item.data(0, TagRole) == tag_id:
                return item
        return None

    def _jump(self, row: int) -> None:
        passage = self.model.passage(row)
        if passage is not None:
            self.jump_to_entry.emit(passage.entry_id)

    def quote_current(self) -> bool:
        """Citera i rapporten: the selected passage, for the chosen tag (or other targets)."""
        from samverkan_desktop.ui.report_writing.quote_dialog import choose_quotes

        passage = self.model.passage(self.table.currentIndex().row())
        if passage is None:
            return False
        preferred = ("tag", self.tag_id) if self.tag_id is not None else None
        return choose_quotes(self, self.ctx, self.project_id, passage.entry_id, passage.tagging_id, preferred)

    def _show_detail(self, row: int) -> None:
        passage = self.model.passage(row)
        if passage is None:
            self.detail.clear()
            return
        text = passage.entry_text
        if passage.start is not None or passage.end is not None:
            start = max(0, min(passage.start or 0, len(text)))
            end = max(start, min(passage.end if passage.end is not None else len(text), len(text)))
            color = passage.tag_color or FALLBACK_COLOR
            body = (html.escape(text[:start]) + f'<span style="background-color:{color}40">'
                    + html.escape(text[start:end]) + "</span>" + html.escape(text[end:]))
        else:
            body = html.escape(text)
        source = written_source(passage.respondent_group) if passage.written else passage.party_name
        where = " · ".join(x for x in (source, passage.session_title,
                                       passage.session_date.isoformat()) if x)
        parts = [f"<p><b>{html.escape(where)}</b><br/>{html.escape(passage.tag_name)}</p>"]
        if passage.question_text:
            parts.append(f"<p><i>{html.escape(E.question_label(passage))}</i></p>")
        parts.append("<p>" + body.replace("\n", "<br/>") + "</p>")
        if passage.memo:
            parts.append("<p>" + html.escape(self.tr("Memo: %1").replace("%1", passage.memo)) + "</p>")
        self.detail.setHtml("".join(parts))


def _walk(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found: list[QTreeWidgetItem] = []
    for i in range(parent.childCount()):
        child = parent.child(i)
        if child is None:
            continue
        found.append(child)
        found.extend(_walk(child))
    return found


def _swatch(color: str | None) -> QPixmap:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color or FALLBACK_COLOR))
    return pixmap
