"""Entries and tagging: review a session's entries afterwards and tag them by keyboard.

On the left every entry of the session (time, party, kind, tags; tagged spans
tinted). On the right the selected entry's text, read-only: select words and press
Ctrl+T to tag that passage, or press Ctrl+T without a selection to tag the whole
entry. Below it the entry's taggings, each with a memo; Delete removes one. Every
change is undoable. Tagging is analysis, not part of the minutes: it stays open after
the minutes are adjusted (``domain.rules.is_locked``).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.domain.rules import is_locked
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.minutes import EntryView, entries_of_session, load_meeting
from samverkan_desktop.services.tagging import TaggingView, taggings_of_session
from samverkan_desktop.ui.analysis.labels import entry_kind_labels
from samverkan_desktop.ui.binding import FormBinder
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.meeting.entries_model import EntriesModel
from samverkan_desktop.ui.meeting.entry_delegate import EntryDelegate
from samverkan_desktop.ui.survey.labels import written_source
from samverkan_desktop.ui.tagging import TAG_KEY
from samverkan_desktop.ui.tagging.highlight import code_point, highlight_text_edit, highlights_of
from samverkan_desktop.ui.tagging.interactive import tag_interactively
from samverkan_desktop.ui.tagging.palette import swatch


class ReviewView(QWidget):
    def __init__(self, ctx: EditContext, project_id: int, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.ctx, self.project_id, self.session_id = ctx, project_id, session_id
        # whether the session's taggings are locked (never, by today's rule; asked of the rule)
        self.locked = False
        self.taggings: dict[int, list[TaggingView]] = {}
        data = load_meeting(ctx.library, session_id)
        self.model = EntriesModel({p.id: p.name for p in data.parties}, entry_kind_labels(), self)
        self.model.set_topics(data.topics, self.tr("Other notes"))
        self.entries = QListView()
        self.entries.setObjectName("reviewEntries")
        self.entries.setAccessibleName(self.tr("Entries"))
        self.entries.setModel(self.model)
        self.entries.setWordWrap(True)
        self.entries.setUniformItemSizes(False)
        self.entries.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.entries.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entries.setItemDelegate(EntryDelegate(self.font(), self.entries))
        self.entries.selectionModel().currentChanged.connect(lambda *_: self._show_entry())
        self.entries.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.entries.customContextMenuRequested.connect(self._context_menu)

        self.meta = QLabel()
        self.meta.setObjectName("reviewEntryMeta")
        self.meta.setTextFormat(Qt.TextFormat.PlainText)  # party and person names: never markup
        self.text = QTextEdit()
        self.text.setObjectName("reviewEntryText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Text of the entry"))
        text_label = QLabel(self.tr("Te&xt (select words, then Ctrl+T tags them; without a selection "
                                    "Ctrl+T tags the whole entry)"))
        text_label.setWordWrap(True)
        text_label.setBuddy(self.text)
        self.tag_button = QPushButton(self.tr("&Tag…"))
        self.tag_button.setToolTip(self.tr("Tag the selected words or the whole entry (Ctrl+T)"))
        self.tag_button.clicked.connect(self.tag)
        self.remove_button = QPushButton(self.tr("&Remove tagging"))
        self.remove_button.setToolTip(self.tr("Remove the selected tagging (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.quote_button = QPushButton(self.tr("&Quote in the report…"))
        self.quote_button.setObjectName("quoteFromReview")
        self.quote_button.setToolTip(self.tr("Choose the entry, or the selected tagging's words, as a quote the "
                                             "report prints first (also in adjusted minutes)"))
        self.quote_button.clicked.connect(self.quote)
        self.tagging_list = QListWidget()
        self.tagging_list.setObjectName("taggingList")
        self.tagging_list.setAccessibleName(self.tr("Taggings of the entry"))
        self.tagging_list.setWordWrap(True)
        self.tagging_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tagging_list.currentItemChanged.connect(lambda *_: self._show_tagging())
        taggings_label = QLabel(self.tr("Tagg&ings of the entry"))
        taggings_label.setBuddy(self.tagging_list)
        self.memo = QPlainTextEdit()
        self.memo.setObjectName("taggingMemo")
        self.memo.setAccessibleName(self.tr("Memo"))
        self.memo.setMaximumHeight(90)
        memo_label = QLabel(self.tr("&Memo on the tagging"))
        memo_label.setBuddy(self.memo)
        self.binder = FormBinder(ctx, RecordKind.TAGGING, self)
        self.binder.text(self.memo, "memo", self.tr("Memo"))

        right = QWidget()
        box = QVBoxLayout(right)
        box.setContentsMargins(8, 0, 0, 0)
        box.addWidget(self.meta)
        box.addWidget(text_label)
        box.addWidget(self.text, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.tag_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quote_button)
        box.addWidget(taggings_label)
        box.addWidget(self.tagging_list, 1)
        box.addLayout(buttons)
        box.addWidget(memo_label)
        box.addWidget(self.memo)
        splitter = QSplitter()
        splitter.addWidget(self.entries)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        self.tag_action = QAction(self.tr("Tag with…"), self)
        self.tag_action.setShortcut(QKeySequence(TAG_KEY))
        self.tag_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.tag_action.triggered.connect(self.tag)
        self.addAction(self.tag_action)
        remove_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tagging_list)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove_selected)
        ctx.list_changed.connect(self._on_list_changed)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- state --------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_entry()
        self._read_lock()
        self.model.set_entries(list(entries_of_session(self.ctx.library, self.session_id)))
        self._reload_taggings()
        if current is not None:
            self.show_entry(current.id)
        elif self.model.rowCount():
            self.entries.setCurrentIndex(self.model.index(0))
        self._show_entry()

    def _reload_taggings(self) -> None:
        self.taggings = taggings_of_session(self.ctx.library, self.session_id)
        self.model.set_taggings(self.taggings)

    def current_entry(self) -> EntryView | None:
        index = self.entries.currentIndex()
        return self.model.entries[index.row()] if index.isValid() else None

    def current_tagging(self) -> TaggingView | None:
        item = self.tagging_list.currentItem()
        entry = self.current_entry()
        if item is None or entry is None:
            return None
        tagging_id = item.data(Qt.ItemDataRole.UserRole)
        return next((t for t in self.taggings.get(entry.id, []) if t.id == tagging_id), None)

    def show_entry(self, entry_id: int) -> bool:
        row = self.model.row_of(entry_id)
        if row < 0:
            return False
        self.entries.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.entries.scrollTo(self.model.index(row))
        return True

    def _show_entry(self, select_tagging: int | None = None) -> None:
        entry = self.current_entry()
        self.text.setPlainText(entry.text if entry else "")
        views = self.taggings.get(entry.id, []) if entry else []
        highlight_text_edit(self.text, highlights_of(views))
        if entry is not None:
            source = (written_source(entry.respondent_group) if entry.respondent_group
                      else self.model.party_names.get(entry.party_id or 0, ""))
            parts = [(entry.recorded_at or "")[11:16], source]
            self.meta.setText("   ".join(p for p in parts if p))
        else:
            self.meta.setText(self.tr("The session has no entries yet."))
        previous = self.current_tagging()
        wanted = select_tagging if select_tagging is not None else (previous.id if previous else None)
        self.tagging_list.blockSignals(True)
        self.tagging_list.clear()
        for view in views:
            item = QListWidgetItem(swatch(view.color), self._describe(view, entry.text if entry else ""))
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.tagging_list.addItem(item)
            if view.id == wanted:
                self.tagging_list.setCurrentItem(item)
        if self.tagging_list.currentItem() is None and self.tagging_list.count():
            self.tagging_list.setCurrentRow(0)
        self.tagging_list.blockSignals(False)
        self._show_tagging()

    def _describe(self, view: TaggingView, text: str) -> str:
        if view.start is None or view.end is None:
            return self.tr("%1 – the whole entry").replace("%1", view.tag_name)
        words = " ".join(text[view.start:view.end].split())
        return f"{view.tag_name} – “{words}”"

    def _show_tagging(self) -> None:
        view = self.current_tagging()
        self.binder.flush()
        try:
            self.binder.load(self.ctx.editor.get(RecordKind.TAGGING, view.id) if view else None)
        except ServiceError:
            self.binder.load(None)
        self._apply_enabled()

    def _apply_enabled(self) -> None:
        has_entry = self.current_entry() is not None and bool(self.current_entry().id)  # type: ignore[union-attr]
        has_tagging = self.current_tagging() is not None
        self.tag_button.setEnabled(has_entry and not self.locked)
        self.remove_button.setEnabled(has_tagging and not self.locked)
        self.quote_button.setEnabled(has_entry)  # quoting leaves the minutes as they are
        self.memo.setEnabled(has_tagging)
        self.memo.setReadOnly(self.locked)

    def _read_lock(self) -> None:
        try:
            status = self.ctx.editor.get(RecordKind.SESSION, self.session_id)["status"]
        except ServiceError:
            status = None
        self.locked = is_locked(status, "tagging")

    def set_read_only(self, read_only: bool) -> None:
        """The session's minutes were locked or reopened: the entries' text is read-only here
        anyway, and whether tagging is locked is the rule's to say, asked of the stored status."""
        self._read_lock()
        self._apply_enabled()

    # -- actions ------------------------------------------------------------------
    def tag(self) -> None:
        entry = self.current_entry()
        if entry is None or not entry.id or self.locked:
            return
        cursor = self.text.textCursor()
        start = end = None
        if cursor.hasSelection():
            start = code_point(entry.text, cursor.selectionStart())
            end = code_point(entry.text, cursor.selectionEnd())
        tagging_id = tag_interactively(self, self.ctx, self.project_id, entry.id, entry.text, start, end)
        if tagging_id is not None:
            self._show_entry(select_tagging=tagging_id)

    def quote(self) -> bool:
        """Citera i rapporten: the entry, or the selected tagging's passage, for its tag (or other targets)."""
        from samverkan_desktop.ui.report_writing.quote_dialog import choose_quotes

        entry, view = self.current_entry(), self.current_tagging()
        if entry is None or not entry.id:
            return False
        return choose_quotes(self, self.ctx, self.project_id, entry.id, view.id if view else None,
                             ("tag", view.tag_id) if view else None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.entries.indexAt(pos)
        if not index.isValid() or self.locked:
            return
        self.entries.setCurrentIndex(index)
        menu = QMenu(self.entries)
        menu.addAction(self.tag_action)
        menu.exec(self.entries.viewport().mapToGlobal(pos))

    def remove_selected(self) -> None:
        view = self.current_tagging()
        if view is None or self.locked:
            return
        self.binder.flush()
        self.ctx.delete(self.ctx.editor.get(RecordKind.TAGGING, view.id), self.tr("Remove tagging"))

    # -- changes elsewhere ----------------------------------------------------------
    def _on_list_changed(self, kind: str, parent_id: int, select_id: int) -> None:
        if kind == RecordKind.ENTRY and parent_id == self.session_id:
            self.reload()
        elif kind == RecordKind.TAGGING and self.model.row_of(parent_id) >= 0:
            self._reload_taggings()
            entry = self.current_entry()
            if entry is not None and entry.id == parent_id:
                self._show_entry(select_tagging=select_id if select_id >= 0 else None)
        elif kind == RecordKind.TAG:
            self._reload_taggings()
            self._show_entry()

    def _on_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.ENTRY and self.model.row_of(record_id) >= 0:
            self.reload()
        elif kind == RecordKind.TAG:
            self._reload_taggings()
            self._show_entry()
