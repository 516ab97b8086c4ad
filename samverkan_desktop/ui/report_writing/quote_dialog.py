"""Citera i rapporten: mark a passage to be quoted in the report for mandates, themes,
strengths or improvement areas.

The dialog shows the entry's passages (the whole entry, and each tagged span of it) and
the project's mandates and tags, checked where the chosen passage is already quoted. A
``preferred`` target (the mandate being assessed, the tag whose evidence is shown) is
checked for the user. OK applies every change as one undo step; unchecking unmarks.
Quoting never changes the minutes, so it works in adjusted sessions too.

Opened from the evidence view, the assessment view, a session's entries (review) and
meeting mode's earlier entries, through ``choose_quotes``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.report.quoting import excerpt, quoted
from samverkan_desktop.services import quotes
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.tagging import taggings_of_entry
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.tagging.palette import kind_label

TargetRole = Qt.ItemDataRole.UserRole + 1
#: at most this many characters of a passage in the preview and the passage list
SHOWN = 160


def _short(text: str, limit: int = SHOWN) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


class QuoteDialog(QDialog):
    def __init__(self, ctx: EditContext, project_id: int, entry_id: int, tagging_id: int | None = None,
                 preferred: quotes.TargetKey | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteDialog")
        self.setWindowTitle(self.tr("Quote in the report"))
        self.ctx, self.project_id, self.entry_id, self.preferred = ctx, project_id, entry_id, preferred
        self.text = ctx.editor.get(RecordKind.ENTRY, entry_id)["text"]
        spans = [t for t in taggings_of_entry(ctx.library, entry_id) if not t.whole_entry]
        #: the passages: (tagging id or None for the whole entry, start, end)
        self.passages: list[tuple[int | None, int | None, int | None]] = [(None, None, None)]
        self.passage = QComboBox()
        self.passage.setObjectName("quotePassage")
        self.passage.addItem(self.tr("The whole entry"))
        for view in spans:
            if (view.start, view.end) in {(s, e) for _t, s, e in self.passages}:
                continue  # two tags on the same words: one passage
            self.passages.append((view.id, view.start, view.end))
            words = _short(self.text[view.start or 0:view.end or 0], 60)
            self.passage.addItem(self.tr("Tagged “%1” (%2)").replace("%1", words).replace("%2", view.tag_name))
        chosen = next((i for i, (t, _s, _e) in enumerate(self.passages) if t == tagging_id), 0)
        if tagging_id is not None and chosen == 0:  # the tagging has the same words as a listed one
            span = next(((v.start, v.end) for v in spans if v.id == tagging_id), None)
            chosen = next((i for i, (_t, s, e) in enumerate(self.passages) if (s, e) == span), 0)
        self.preview = QLabel()
        self.preview.setObjectName("quotePreview")
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        self.preview.setStyleSheet("font-style: italic; padding: 4px;")
        self.targets = QListWidget()
        self.targets.setObjectName("quoteTargets")
        self.targets.setAccessibleName(self.tr("Quote for"))
        for target in quotes.targets(ctx.library, project_id):
            group = self.tr("Mandate") if target.kind == RecordKind.MANDATE else kind_label(target.kind)
            item = QListWidgetItem(f"{'    ' * target.depth}{target.name}   ({group})")
            item.setData(TargetRole, target.key)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            self.targets.addItem(item)
        passage_label = QLabel(self.tr("&Passage:"))
        passage_label.setBuddy(self.passage)
        targets_label = QLabel(self.tr("&Quote it in the report for (Space checks, the report prints these "
                                       "quotes first):"))
        targets_label.setWordWrap(True)
        targets_label.setBuddy(self.targets)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (passage_label, self.passage, self.preview, targets_label):
            layout.addWidget(widget)
        layout.addWidget(self.targets, 1)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.passage.currentIndexChanged.connect(lambda _i: self._show_passage())
        self.passage.setCurrentIndex(chosen)
        self._show_passage()
        self.targets.setFocus()

    def current_passage(self) -> tuple[int | None, int | None, int | None]:
        return self.passages[max(0, self.passage.currentIndex())]

    def _show_passage(self) -> None:
        tagging, start, end = self.current_passage()
        found = excerpt(self.text, start, end)
        self.preview.setText(f"”{_short(quoted(found.text, found.cut_before, found.cut_after), 400)}”")
        chosen = quotes.quotes_of_project(self.ctx.library, self.project_id)
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            key = item.data(TargetRole)
            marked = quotes.find_quote(chosen, self.entry_id, tagging, key) is not None
            item.setData(Qt.ItemDataRole.UserRole, marked)  # as stored, to tell what changed
            item.setCheckState(Qt.CheckState.Checked if marked or key == self.preferred else Qt.CheckState.Unchecked)
            if key == self.preferred:
                self.targets.setCurrentItem(item)
        if self.targets.currentItem() is None and self.targets.count():
            self.targets.setCurrentRow(0)

    def checked_targets(self) -> list[quotes.TargetKey]:
        return [self.targets.item(r).data(TargetRole) for r in range(self.targets.count())
                if self.targets.item(r).checkState() == Qt.CheckState.Checked]

    def changes(self) -> tuple[list[quotes.TargetKey], list[quotes.TargetKey]]:
        """(targets to quote the passage for, targets to unmark it for)."""
        add, remove = [], []
        for row in range(self.targets.count()):
            item = self.targets.item(row)
            checked, stored = item.checkState() == Qt.CheckState.Checked, bool(item.data(Qt.ItemDataRole.UserRole))
            if checked and not stored:
                add.append(item.data(TargetRole))
            elif stored and not checked:
                remove.append(item.data(TargetRole))
        return add, remove

    def apply(self, push: Callable[[undo.EditCommand], bool] | None = None) -> bool:
        """Store the changes as one undo step (through ``push``: a window with a history of its
        own, meeting mode, passes its own); False when nothing changed or it failed."""
        add, remove = self.changes()
        if not add and not remove:
            return False
        tagging, _start, _end = self.current_passage()
        label = QCoreApplication.translate("Quotes", "Quote in the report")
        chosen = quotes.quotes_of_project(self.ctx.library, self.project_id)
        steps: list[Callable[[], undo.EditCommand]] = []
        try:
            for key in add:
                values = quotes.quote_values(self.ctx.library, self.project_id, self.entry_id, tagging, key)
                steps.append(partial(undo.Create, self.ctx, RecordKind.QUOTE, self.project_id, values, None, label))
            for key in remove:
                found = quotes.find_quote(chosen, self.entry_id, tagging, key)
                if found is not None:
                    steps.append(partial(undo.Delete, self.ctx, self.ctx.editor.get(RecordKind.QUOTE, found.id), label))
        except ServiceError as exc:
            self.ctx.failed.emit(exc.text(self.ctx.language))
            return False
        return (push or self.ctx.push)(undo.Batch(self.ctx, label, steps))


def choose_quotes(parent: QWidget | None, ctx: EditContext, project_id: int, entry_id: int,
                  tagging_id: int | None = None, preferred: quotes.TargetKey | None = None,
                  push: Callable[[undo.EditCommand], bool] | None = None) -> bool:
    """Show the dialog for an entry (a tagged passage of it preselected); True when quotes changed."""
    try:
        dialog = QuoteDialog(ctx, project_id, entry_id, tagging_id, preferred, parent)
    except ServiceError as exc:  # the entry is gone
        ctx.failed.emit(exc.text(ctx.language))
        return False
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    return dialog.apply(push)
