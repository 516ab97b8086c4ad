"""The entries of the session shown in meeting mode, oldest first.

A thin adapter over ``EntryView`` snapshots. An entry committed with Enter appears at
once with ``id == 0`` (pending) and gets its database id when the writer has stored it.
The entries' taggings give the highlighted spans and the tag names shown with them.
Where the topic (agenda item or question) changes from one entry to the next, the entry
carries the topic's heading (``TopicRole``), which the delegate draws as a separator.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.minutes import EntryView, TopicView
from samverkan_desktop.services.tagging import TaggingView
from samverkan_desktop.ui.collaboration.labels import origin_text
from samverkan_desktop.ui.tagging.highlight import Highlight, highlights_of

Index = QModelIndex | QPersistentModelIndex
EntryRole = Qt.ItemDataRole.UserRole + 1
PartyRole = Qt.ItemDataRole.UserRole + 2
TimeRole = Qt.ItemDataRole.UserRole + 3
KindRole = Qt.ItemDataRole.UserRole + 4
PendingRole = Qt.ItemDataRole.UserRole + 5
# the tagged spans: tuple of (start, end, colour)
HighlightsRole = Qt.ItemDataRole.UserRole + 6
# the names of the entry's tags, comma separated
TagNamesRole = Qt.ItemDataRole.UserRole + 7
# the heading of the topic the entry starts ("§ 4 Budget"), or "" when it continues the topic above
TopicRole = Qt.ItemDataRole.UserRole + 8

# an entry's topic: ("agenda_item", id), ("question", id) or None
TopicKey = tuple[str, int] | None


def topic_key(entry: EntryView) -> TopicKey:
    if entry.agenda_item_id:
        return ("agenda_item", entry.agenda_item_id)
    return ("question", entry.question_id) if entry.question_id else None


class EntriesModel(QAbstractListModel):
    def __init__(self, party_names: dict[int, str], kind_labels: dict[str, str], parent: Any = None) -> None:
        super().__init__(parent)
        self.party_names = party_names
        self.kind_labels = kind_labels
        self.entries: list[EntryView] = []
        self.highlights: dict[int, tuple[Highlight, ...]] = {}
        self.tag_names: dict[int, str] = {}
        self.topic_headings: dict[TopicKey, str] = {}

    def set_topics(self, topics: tuple[TopicView, ...], other: str) -> None:
        """The headings of the session's topics; ``other``: the heading of entries under none."""
        self.topic_headings = {None: other}
        for topic in topics:
            self.topic_headings[(topic.kind, topic.id)] = topic_heading(topic)

    def set_taggings(self, taggings: dict[int, list[TaggingView]]) -> None:
        """The taggings of the session by entry id (``services.tagging.taggings_of_session``)."""
        self.highlights = {entry_id: highlights_of(views) for entry_id, views in taggings.items()}
        self.tag_names = {entry_id: ", ".join(dict.fromkeys(v.tag_name for v in views))
                          for entry_id, views in taggings.items()}
        if self.entries:
            self.dataChanged.emit(self.index(0), self.index(len(self.entries) - 1))

    def set_entries(self, entries: list[EntryView]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def append(self, entry: EntryView) -> None:
        self.beginInsertRows(QModelIndex(), len(self.entries), len(self.entries))
        self.entries.append(entry)
        self.endInsertRows()

    def stored(self, uid: str, entry_id: int) -> None:
        """The writer stored the pending entry ``uid`` under ``entry_id``."""
        for row, entry in enumerate(self.entries):
            if entry.uid == uid:
                self.entries[row] = replace(entry, id=entry_id)
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def replace_entry(self, entry: EntryView) -> None:
        for row, existing in enumerate(self.entries):
            if existing.id == entry.id and entry.id:
                self.entries[row] = entry
                self.dataChanged.emit(self.index(row), self.index(row))
                return

    def row_of(self, entry_id: int) -> int:
        return next((row for row, e in enumerate(self.entries) if e.id == entry_id and entry_id), -1)

    def row_of_uid(self, uid: str) -> int:
        return next((row for row in range(len(self.entries) - 1, -1, -1) if self.entries[row].uid == uid), -1)

    def topic_heading(self, row: int) -> str:
        """The heading above ``row``: its topic's, when the topic differs from the row above."""
        key = topic_key(self.entries[row])
        if (row == 0 and key is None) or (row > 0 and topic_key(self.entries[row - 1]) == key):
            return ""
        if key is None:
            return self.topic_headings.get(None, "")
        return self.topic_headings.get(key) or self.topic_headings.get(
            ("question", self.entries[row].question_id or 0), "")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.entries)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and self.entries[index.row()].id:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return entry.text
        if role == EntryRole:
            return entry
        if role == PartyRole:  # a written answer has its group instead of a party
            return self.party_names.get(entry.party_id or 0, "") or entry.respondent_group or ""
        if role == TimeRole:
            return (entry.recorded_at or "")[11:16]
        if role == KindRole:
            return self.kind_labels.get(entry.kind or "", "")
        if role == PendingRole:
            return entry.id == 0
        if role == HighlightsRole:
            return self.highlights.get(entry.id, ()) if entry.id else ()
        if role == TagNamesRole:
            return self.tag_names.get(entry.id, "") if entry.id else ""
        if role == TopicRole:
            return self.topic_heading(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return origin_text(entry.origin) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.party_names.get(entry.party_id or 0, '') or entry.respondent_group or ''}: {entry.text}"
        return None


def topic_number(topic: TopicView) -> str:
    """"§ 4" for an agenda item, "Question 2" for a question of the guide."""
    if topic.kind == RecordKind.AGENDA_ITEM:
        return f"§ {topic.number}"
    return QCoreApplication.translate("MeetingHeader", "Question %1").replace("%1", str(topic.number))


def topic_heading(topic: TopicView) -> str:
    """"§ 4  Budget 2026" or "Question 2  How do we …", on one line."""
    return f"{topic_number(topic)}  {' '.join(topic.title.split())}"
