"""Namn i inläggen: names typed into entries, and what a report without names prints instead.

Lists each name found (``services.names_check``) with the entries it stands in (Enter on
one opens it). For the chosen name the secretary decides: replace it in the report with
a role ("skyddsombudet"; empty leaves the name out), leave it as typed, or take the
decision back. The minutes keep what was typed. Every decision is undoable and travels
in the project file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.names_check import NameFinding, find_names
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.wrapped_tree import WrappedTree

NameRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2


class NamesPanel(QWidget):
    jump_to_entry = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None,
                 compact: bool = False) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.findings: list[NameFinding] = []
        intro = QLabel(self.tr("Names written into the entries: the names of the project's people, and two "
                               "capitalised words after a role such as “skyddsombudet”. A report without names "
                               "prints what you choose here instead; the minutes keep the name."))
        intro.setObjectName("editorIntro")
        intro.setWordWrap(True)
        self.tree = WrappedTree()
        self.tree.setObjectName("namesFound")
        self.tree.setAccessibleName(self.tr("Names in the entries"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.replacement = QLineEdit()
        self.replacement.setObjectName("nameReplacement")
        self.replacement.setPlaceholderText(self.tr("e.g. skyddsombudet (empty: the name is left out)"))
        replace_label = QLabel(self.tr("&Instead print:"))
        replace_label.setBuddy(self.replacement)
        self.replace_button = QPushButton(self.tr("&Replace in the report"))
        self.replace_button.setObjectName("replaceName")
        self.replace_button.clicked.connect(lambda: self.decide(self.replacement.text().strip()))
        self.replacement.returnPressed.connect(self.replace_button.click)
        self.keep_button = QPushButton(self.tr("&Leave the name"))
        self.keep_button.setObjectName("keepName")
        self.keep_button.setToolTip(self.tr("Print the name as typed, also in a report without names"))
        self.keep_button.clicked.connect(lambda: self.decide(None))
        self.undecide_button = QPushButton(self.tr("&Not decided"))
        self.undecide_button.setObjectName("undecideName")
        self.undecide_button.clicked.connect(self.undecide)
        self.empty = QLabel(self.tr("No names found in the entries."))
        row = QHBoxLayout()
        row.addWidget(replace_label)
        row.addWidget(self.replacement, 1)
        row.addWidget(self.replace_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.undecide_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(intro)
        intro.setVisible(not compact)  # only once it has a parent: a parentless label would open a window
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        layout.addLayout(buttons)
        self._stale = True  # read when first shown
        # methods, not lambdas: Qt disconnects a deleted receiver's own methods only
        ctx.list_changed.connect(self._list_changed)
        ctx.changed.connect(self._record_changed)
        self._show_current()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # -- the list -----------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        self._stale = False
        current = self.current_finding()
        keep = select if select is not None else (current.name if current else None)
        self.findings = find_names(self.ctx.library, self.project_id)
        self.tree.clear()
        for finding in self.findings:
            source = self.tr("name of a person in the project") if finding.source == "person" else \
                self.tr("looks like a name after a role")
            top = QTreeWidgetItem(self.tree, [f"{finding.name} ({source})\n{self.decision(finding)}"])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setData(0, NameRole, finding.name)
            if not finding.decided:
                top.setForeground(0, Qt.GlobalColor.darkRed)
            for place in finding.occurrences:
                where = " · ".join(x for x in (place.session_date.isoformat(), place.session_title, place.party) if x)
                child = QTreeWidgetItem(top, [f"{place.context}\n— {where}"])
                child.setData(0, NameRole, finding.name)
                child.setData(0, EntryRole, place.entry_id)
                child.setToolTip(0, self.tr("Enter or double-click opens the entry"))
            if finding.name == keep:
                self.tree.setCurrentItem(top)
        self.tree.expandAll()
        first = self.tree.topLevelItem(0)
        if self.tree.currentItem() is None and first is not None:
            self.tree.setCurrentItem(first)
        self.empty.setVisible(not self.findings)
        self.tree.setVisible(bool(self.findings))
        self._show_current()

    def decision(self, finding: NameFinding) -> str:
        """What a report without names prints for the name."""
        if not finding.decided:
            return self.tr("not decided, printed as typed")
        if finding.replacement is None:
            return self.tr("printed as typed")
        if not finding.replacement.strip():
            return self.tr("left out of the report")
        return self.tr("the report prints “%1”").replace("%1", finding.replacement)

    def current_finding(self) -> NameFinding | None:
        item = self.tree.currentItem()
        name = item.data(0, NameRole) if item is not None else None
        return next((f for f in self.findings if f.name == name), None)

    def select_name(self, name: str) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(index)
            if item is not None and item.data(0, NameRole).casefold() == name.casefold():
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                self.replacement.setFocus()
                return True
        return False

    def _show_current(self) -> None:
        finding = self.current_finding()
        enabled = finding is not None
        for widget in (self.replacement, self.replace_button, self.keep_button):
            widget.setEnabled(enabled)
        self.undecide_button.setEnabled(enabled and finding is not None and finding.decided)
        if finding is not None:
            self.replacement.setText(finding.replacement if finding.replacement is not None else finding.suggestion)

    # -- deciding -----------------------------------------------------------------------
    def decide(self, replacement: str | None) -> bool:
        """Print ``replacement`` for the chosen name in a report without names (None: leave the name)."""
        finding = self.current_finding()
        if finding is None:
            return False
        label = self.tr("Name in the report")
        if finding.choice_id is None:
            return self.ctx.create(RecordKind.REPORT_NAME, self.project_id, label,
                                   {"name": finding.name, "replacement": replacement}) is not None
        try:
            row = self.ctx.editor.get(RecordKind.REPORT_NAME, finding.choice_id)
        except ServiceError:
            return False
        self.ctx.end_merge()
        done = self.ctx.set_field(row, "replacement", replacement, label) is not None
        self.ctx.end_merge()
        return done

    def undecide(self) -> bool:
        finding = self.current_finding()
        if finding is None or finding.choice_id is None:
            return False
        try:
            row = self.ctx.editor.get(RecordKind.REPORT_NAME, finding.choice_id)
        except ServiceError:
            return False
        return self.ctx.delete(row, self.tr("Name in the report"))

    # -- following changes --------------------------------------------------------------
    def _activated(self, item: QTreeWidgetItem | None, _column: int) -> None:
        entry_id = item.data(0, EntryRole) if item is not None else None
        if entry_id is not None:
            self.jump_to_entry.emit(int(entry_id))

    def _list_changed(self, kind: str, _parent: int, _select: int) -> None:
        self._changed(kind)

    def _record_changed(self, kind: str, _record: int) -> None:
        self._changed(kind)

    def _changed(self, kind: str) -> None:
        if kind in (RecordKind.REPORT_NAME, RecordKind.ENTRY, RecordKind.PERSON, RecordKind.PARTY):
            self._stale = True
            if self.isVisible():  # else when it is shown: the check reads every entry
                self.reload()
