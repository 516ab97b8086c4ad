"""Valda citat: the quotes chosen for the report, per mandate and tag, to reorder and unmark.

Each target (a mandate, a theme, a strength, an improvement area) lists its chosen quotes
in the order the report prints them, before the ones it chooses itself. Alt+Up and
Alt+Down move a quote within its target, Delete unmarks it, Enter opens its entry. Every
change is undoable.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.report.quoting import quoted
from samverkan_desktop.services import quotes
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.tagging.palette import kind_label
from samverkan_desktop.ui.wrapped_tree import WrappedTree

QuoteRole = Qt.ItemDataRole.UserRole + 1


class QuotesPanel(QWidget):
    jump_to_entry = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.quotes: list[quotes.QuoteView] = []
        intro = QLabel(self.tr("The passages you chose with “Quote in the report” (in the evidence, the assessment "
                               "and a session's entries). The report prints them first, in this order, then adds "
                               "its own choice up to three per mandate, theme and strength (two per improvement "
                               "area)."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)
        self.tree = WrappedTree()
        self.tree.setObjectName("chosenQuotes")
        self.tree.setAccessibleName(self.tr("Chosen quotes"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._enable())
        self.up = QPushButton(self.tr("Move &up"))
        self.up.setToolTip(self.tr("Print this quote before the previous one (Alt+Up)"))
        self.up.clicked.connect(lambda: self.move_current(-1))
        self.down = QPushButton(self.tr("Move dow&n"))
        self.down.setToolTip(self.tr("Print this quote after the next one (Alt+Down)"))
        self.down.clicked.connect(lambda: self.move_current(+1))
        self.remove = QPushButton(self.tr("&Unmark"))
        self.remove.setObjectName("unmarkQuote")
        self.remove.setToolTip(self.tr("The report no longer quotes this passage first (Delete)"))
        self.remove.clicked.connect(self.unmark_current)
        self.open = QPushButton(self.tr("&Go to entry"))
        self.open.clicked.connect(lambda: self._activated(self.tree.currentItem(), 0))
        buttons = QHBoxLayout()
        for button in (self.up, self.down, self.remove, self.open):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.empty = QLabel(self.tr("No quotes chosen yet. Select a passage in Analysis, Assessment or a session's "
                                    "entries and choose “Quote in the report…”."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)  # in the tree's place, under the intro (not floating mid-page)
        layout.addLayout(buttons)
        for keys, slot in (("Alt+Up", lambda: self.move_current(-1)), ("Alt+Down", lambda: self.move_current(+1)),
                           ("Delete", self.unmark_current)):
            shortcut = QShortcut(QKeySequence(keys), self.tree)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)
        self._stale = False
        ctx.list_changed.connect(self._list_changed)
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        self._stale = False
        current = self.current_quote()
        keep = select if select is not None else (current.id if current else None)
        self.quotes = quotes.quotes_of_project(self.ctx.library, self.project_id)
        names = {t.key: t for t in quotes.targets(self.ctx.library, self.project_id)}
        self.tree.clear()
        groups: dict[quotes.TargetKey, QTreeWidgetItem] = {}
        for target in names.values():  # in the project's order: mandates, then tags
            if any(q.target == target.key for q in self.quotes):
                kind = self.tr("Mandate") if target.kind == RecordKind.MANDATE else kind_label(target.kind)
                group = QTreeWidgetItem(self.tree, [f"{target.name}   ({kind})"])
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                groups[target.key] = group
        for quote in self.quotes:
            owner = groups.get(quote.target)
            if owner is None:
                continue
            words = quote.excerpt
            source = " · ".join(x for x in (quote.party or self.tr("(no party)"), quote.session_date.isoformat(),
                                            quote.session_title) if x)
            item = QTreeWidgetItem(owner, [f"”{quoted(words.text, words.cut_before, words.cut_after)}”\n— {source}"])
            item.setData(0, QuoteRole, quote.id)
            item.setToolTip(0, quote.entry_text)
            if quote.id == keep:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        first = next(iter(groups.values())).child(0) if groups else None
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not self.quotes)
        self.tree.setVisible(bool(self.quotes))
        self._enable()

    def current_quote(self) -> quotes.QuoteView | None:
        item = self.tree.currentItem()
        quote_id = item.data(0, QuoteRole) if item is not None else None
        return next((q for q in self.quotes if q.id == quote_id), None)

    def _enable(self) -> None:
        quote = self.current_quote()
        for button in (self.remove, self.open):
            button.setEnabled(quote is not None)
        self.up.setEnabled(quote is not None and quotes.move_index(self.quotes, quote.id, -1) is not None)
        self.down.setEnabled(quote is not None and quotes.move_index(self.quotes, quote.id, +1) is not None)

    def move_current(self, step: int) -> bool:
        quote = self.current_quote()
        index = quotes.move_index(self.quotes, quote.id, step) if quote is not None else None
        if quote is None or index is None:
            return False
        try:
            row = self.ctx.editor.get(RecordKind.QUOTE, quote.id)
        except ServiceError:
            return False
        return self.ctx.move(row, row.sort_order, index, self.tr("Move quote"))

    def unmark_current(self) -> bool:
        quote = self.current_quote()
        if quote is None:
            return False
        try:
            row = self.ctx.editor.get(RecordKind.QUOTE, quote.id)
        except ServiceError:
            return False
        return self.ctx.delete(row, self.tr("Unmark quote"))

    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        quote_id = item.data(0, QuoteRole) if item is not None else None
        quote = next((q for q in self.quotes if q.id == quote_id), None)
        if quote is not None:
            self.jump_to_entry.emit(quote.entry_id)

    def _list_changed(self, kind: str, _parent: int, select: int) -> None:
        if kind in (RecordKind.QUOTE, RecordKind.TAGGING, RecordKind.ENTRY, RecordKind.TAG, RecordKind.MANDATE):
            self._stale = True
            if self.isVisible():  # else when it is shown: not while the user types elsewhere
                self.reload(select if kind == RecordKind.QUOTE and select >= 0 else None)
