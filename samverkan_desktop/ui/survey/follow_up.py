"""Uppföljning: what became of each improvement area the previous round proposed.

The earlier round's improvement areas are listed with a dot in the colour of their
follow-up status. For the selected one: its name and proposal then, how many entries
spoke to it then, the status (genomfört / pågår / inte påbörjat / inte längre aktuellt)
and a comment, stored as typed and undoable, the tag of this round it is matched to, and
this round's entries tagged with that tag (or a tag nested under it) beside; double-click
or Enter on one jumps to the entry. Without a linked previous round the view says how to
link one (``previous_requested``).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QStackedWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.report.quoting import excerpt, quoted
from samverkan_desktop.services import analysis
from samverkan_desktop.services.comparison import FollowUp, comparison
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.analysis.assessment import dot
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.locale_format import date_text, number_text
from samverkan_desktop.ui.soon import call_soon
from samverkan_desktop.ui.survey.labels import FOLLOW_UP_STATUSES, STATUS_COLOURS, follow_up_statuses, written_source
from samverkan_desktop.ui.wrapped_tree import WrappedTree

EntryRole = Qt.ItemDataRole.UserRole + 10
AreaRole = Qt.ItemDataRole.UserRole + 11
#: kinds whose changes alter what this view shows
WATCHED = (RecordKind.PREVIOUS_ITEM, RecordKind.TAG, RecordKind.TAGGING, RecordKind.ENTRY, RecordKind.SESSION)


class FollowUpEditor(QWidget):
    jump_to_entry = Signal(int)
    #: the user asked to link the previous round (the main window opens its dialog)
    previous_requested = Signal()

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.areas: list[FollowUp] = []
        self.row: Row | None = None
        heading = QLabel(self.tr("Follow-up of the previous round"))
        heading.setObjectName("editorHeading")
        self.intro = QLabel()
        self.intro.setObjectName("editorIntro")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)

        self.empty = QWidget()
        link = QPushButton(self.tr("&Link the previous round…"))
        link.setObjectName("linkPreviousRound")
        link.clicked.connect(self.previous_requested)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addWidget(link, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.list = QListWidget()
        self.list.setObjectName("followUpAreas")
        self.list.setAccessibleName(self.tr("The previous round's improvement areas"))
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(lambda _r: self._show_current())
        areas_label = QLabel(self.tr("&Improvement areas then"))
        areas_label.setBuddy(self.list)

        self.name = QLabel()
        self.name.setObjectName("followUpName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setStyleSheet("font-weight: 600; font-size: 12pt;")
        self.proposal = QLabel()
        self.proposal.setObjectName("followUpProposal")
        self.proposal.setWordWrap(True)
        self.proposal.setTextFormat(Qt.TextFormat.PlainText)
        self.status_box = QGroupBox(self.tr("What became of it"))
        self.status_group = QButtonGroup(self)
        status_layout = QVBoxLayout(self.status_box)
        texts = {"done": self.tr("&Done"), "in_progress": self.tr("In &progress"),
                 "not_started": self.tr("&Not started"), "not_relevant": self.tr("No &longer relevant")}
        self.radios: dict[str, QRadioButton] = {}
        for number, status in enumerate(FOLLOW_UP_STATUSES):
            radio = QRadioButton(texts[status])
            radio.setObjectName(f"followUp_{status}")
            radio.setIcon(dot(STATUS_COLOURS[status]))
            self.status_group.addButton(radio, number)
            status_layout.addWidget(radio)
            self.radios[status] = radio
        self.status_group.idClicked.connect(self._status_clicked)
        self.comment = QPlainTextEdit()
        self.comment.setObjectName("followUpComment")
        self.comment.setTabChangesFocus(True)
        self.comment.setPlaceholderText(self.tr("What was done, and what it led to."))
        comment_label = QLabel(self.tr("&Comment:"))
        comment_label.setBuddy(self.comment)
        self.binder = FormBinder(ctx, RecordKind.PREVIOUS_ITEM, self)
        self.binder.text(self.comment, "comment", self.tr("Follow-up comment"))
        self.tag = QComboBox()
        self.tag.setObjectName("followUpTag")
        self.binder.combo(self.tag, "match_tag_id", self.tr("Matched tag"))
        tag_form = QFormLayout()
        tag_form.addRow(self.tr("&Tag in this round:"), self.tag)

        self.evidence_label = QLabel(self.tr("Entries of this round"))
        self.evidence = WrappedTree()
        self.evidence.setObjectName("followUpEvidence")
        self.evidence.setHeaderHidden(True)
        self.evidence.setColumnCount(1)
        self.evidence.setWordWrap(True)
        self.evidence.setUniformRowHeights(False)
        self.evidence.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.evidence.setAlternatingRowColors(True)
        self.evidence.setRootIsDecorated(False)
        self.evidence.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.evidence.setAccessibleName(self.tr("This round's entries that speak to the improvement area"))
        self.evidence.itemActivated.connect(self._activated)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(areas_label)
        left_layout.addWidget(self.list, 1)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.name, self.proposal, self.status_box, comment_label):
            middle_layout.addWidget(widget)
        middle_layout.addWidget(self.comment, 1)
        middle_layout.addLayout(tag_form)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.evidence_label)
        right_layout.addWidget(self.evidence, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for column, stretch in ((left, 2), (middle, 3), (right, 4)):
            self.splitter.addWidget(column)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        self.splitter.setSizes([240, 360, 480])
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.pages, 1)
        self._stale = False
        # the previous round's title and " (date)", for the intro
        self._previous = ("", "")
        ctx.changed.connect(self._changed)
        ctx.list_changed.connect(self._changed)
        self.reload()

    # -- reading ---------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        found = comparison(self.ctx.library, self.project_id)
        self.areas = list(found.follow_ups) if found else []
        if found is None:
            self.intro.setText(self.tr("Link the project to the previous round to follow up the improvement areas "
                                       "it proposed: what was done, what is in progress, and what this round's "
                                       "dialogues and written answers say about them."))
            self.pages.setCurrentWidget(self.empty)
            self.binder.load(None)
            self.row = None
            return
        when = f" ({date_text(found.previous_date)})" if found.previous_date else ""
        self._previous = (found.previous_title, when)
        self._show_count()
        self.pages.setCurrentWidget(self.splitter)
        current = self.list.currentItem()
        keep = current.data(AreaRole) if current is not None else None
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("— no match —"), None)
        for row in self.ctx.editor.children(RecordKind.TAG, self.project_id):
            self.tag.addItem(str(row["name"]), row.id)
        self.tag.blockSignals(False)
        self.list.blockSignals(True)
        self.list.clear()
        labels = follow_up_statuses()
        for area in self.areas:
            item = QListWidgetItem(dot(STATUS_COLOURS.get(area.status, STATUS_COLOURS[None])), area.name)
            item.setData(AreaRole, area.previous_item_id)
            item.setToolTip(f"{area.name}\n{labels[area.status]}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        position = next((i for i, a in enumerate(self.areas) if a.previous_item_id == keep), 0)
        self.row = None
        if self.areas:
            self.list.setCurrentRow(position)
        self._show_current()

    def _show_count(self) -> None:
        """The intro with how many of the previous round's areas have a status now."""
        done = sum(1 for area in self.areas if area.status is not None)
        title, when = self._previous
        self.intro.setText(self.tr("The improvement areas of “%1”%2: %3 of %4 are followed up. This follow-up is "
                                   "the strongest evidence of what has been strengthened.")
                           .replace("%1", title).replace("%2", when)
                           .replace("%3", str(done)).replace("%4", str(len(self.areas))))

    def current_area(self) -> FollowUp | None:
        row = self.list.currentRow()
        return self.areas[row] if 0 <= row < len(self.areas) else None

    def select_area(self, name: str) -> None:
        for row, area in enumerate(self.areas):
            if area.name == name:
                self.list.setCurrentRow(row)

    def _show_current(self) -> None:
        area = self.current_area()
        row = self.ctx.editor.get(RecordKind.PREVIOUS_ITEM, area.previous_item_id) if area else None
        if row is not None and self.row is not None and row.id == self.row.id:
            return
        self.binder.load(row)
        self.row = row
        self.status_box.setEnabled(area is not None)
        self.name.setText(area.name if area else self.tr("The previous round proposed no improvement areas."))
        if area is not None:
            then = self.tr("%n entry(ies) spoke to it then.", "", area.entries_then or 0) \
                if area.entries_then is not None else ""
            proposal = self.tr("Proposal then: %1").replace("%1", area.proposal) if area.proposal else ""
            self.proposal.setText("\n".join(t for t in (proposal, then) if t))
        else:
            self.proposal.setText("")
        self._show_status()
        self._show_evidence(area)

    def _show_status(self) -> None:
        status = self.row["status"] if self.row is not None else None
        value = None if status is None else str(getattr(status, "value", status))
        self.status_group.setExclusive(False)
        for key, radio in self.radios.items():
            radio.setChecked(key == value)
        self.status_group.setExclusive(True)

    def _show_evidence(self, area: FollowUp | None) -> None:
        self.evidence.clear()
        tag_id = area.tag_id if area else None
        passages = analysis.evidence(self.ctx.library, self.project_id, tag_id) if tag_id is not None else []
        seen: set[int] = set()
        for passage in passages:
            if passage.entry_id in seen:
                continue
            seen.add(passage.entry_id)
            source = written_source(passage.respondent_group) if passage.written else (passage.party_name or "–")
            where = " · ".join((source, date_text(passage.session_date), passage.session_title))
            words = excerpt(passage.entry_text, passage.start, passage.end)  # "[…]" as the report has it
            shown = " ".join(quoted(words.text, words.cut_before, words.cut_after).split())
            item = QTreeWidgetItem([f"{shown}\n— {where}"])
            item.setToolTip(0, passage.text)
            item.setData(0, EntryRole, passage.entry_id)
            self.evidence.addTopLevelItem(item)
        if area is None or tag_id is None:
            self.evidence_label.setText(self.tr("No tag of this round is matched to the improvement area, so no "
                                                "entries are shown. Choose the tag below."))
        else:
            self.evidence_label.setText(self.tr("Entries of this round tagged “%1” (%2)").replace(
                "%1", area.tag_name or "").replace("%2", number_text(len(seen))))
        self.evidence_label.setWordWrap(True)

    # -- editing -----------------------------------------------------------------------
    def _status_clicked(self, number: int) -> None:
        if self.row is None:
            return
        self.binder.flush()
        updated = self.ctx.set_field(self.row, "status", FOLLOW_UP_STATUSES[number], self.tr("Follow-up status"))
        self.ctx.end_merge()
        if updated is None:
            self._show_status()

    def _changed(self, kind: str, *_ids: int) -> None:
        if kind not in WATCHED:
            return
        if kind == RecordKind.PREVIOUS_ITEM and self.row is not None and _ids and _ids[0] == self.row.id:
            self.row = self.ctx.editor.get(RecordKind.PREVIOUS_ITEM, self.row.id)
            self._show_status()
            self._refresh_list()
            area = self.current_area()
            if area is not None and self.row["match_tag_id"] != area.tag_id:
                self._stale = True  # the match changed: read the evidence afresh
        else:
            self._stale = True
        if self._stale and self.isVisible():
            call_soon(self, self._reload_if_stale)  # not inside the signal of the widget that changed

    def _reload_if_stale(self) -> None:
        if self._stale:
            self.reload_keeping_text()

    def _refresh_list(self) -> None:
        """The current area's dot, tooltip and the count in the intro, after its status changed."""
        item, area, row = self.list.currentItem(), self.current_area(), self.list.currentRow()
        if item is not None and area is not None and self.row is not None:
            status = self.row["status"]
            value = None if status is None else str(getattr(status, "value", status))
            item.setIcon(dot(STATUS_COLOURS.get(value, STATUS_COLOURS[None])))
            item.setToolTip(f"{area.name}\n{follow_up_statuses()[value]}")
            self.areas[row] = replace(area, status=value)
            self._show_count()

    def reload_keeping_text(self) -> None:
        """Reload, but not under the user's typing (the comment is stored on its own)."""
        self.binder.flush()
        self.reload()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload_keeping_text()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        entry_id = item.data(0, EntryRole)
        if entry_id is not None:
            self.jump_to_entry.emit(int(entry_id))
