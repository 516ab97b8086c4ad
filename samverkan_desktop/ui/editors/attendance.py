"""Närvaro: who attends a session for which party, and in which role.

Every person of the project is listed under their party, ticked or not. A person
without an attendance row gets one the first time the secretary changes them.
Keyboard: Space toggles the selected person (on a party row: the whole party), F2
or Enter opens the role list, "Mark party present" and "Mark everyone present" are
one undo step each.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.session_planning import PersonAttendance, attendance_sheet
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.models import attendance as A
from samverkan_desktop.ui.session_labels import attendance_roles, fill_combo

Index = QModelIndex | QPersistentModelIndex
#: changes to these kinds alter the list (people and parties are edited elsewhere)
WATCHED = (RecordKind.ATTENDANCE, RecordKind.PERSON, RecordKind.PARTY)


class RoleDelegate(QStyledItemDelegate):
    """A combo box of meeting roles for the role column; choosing a role stores it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("attendanceRoleEditor")
        fill_combo(combo, attendance_roles())
        combo.activated.connect(lambda _i: self._finish(combo))
        # open the list at once: arrows choose, Enter stores (a closed combo would store on every arrow)
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _finish(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole) or "participant"), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendanceView(QTreeView):
    """Space toggles presence of the current row; F2 and Enter edit its role."""

    toggle_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if current.isValid() and self.state() != QAbstractItemView.State.EditingState:
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                self.toggle_requested.emit(current.siblingAtColumn(A.NAME))
                return
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter) and current.parent().isValid():
                role_index = current.siblingAtColumn(A.ROLE)
                if role_index.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.setCurrentIndex(role_index)
                    self.edit(role_index)
                    return
        super().keyPressEvent(event)


class AttendanceTab(QWidget):
    def __init__(self, ctx: EditContext, project_id: int, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id, self.session_id = ctx, project_id, session_id
        self.read_only = False
        self.model = A.AttendanceModel(self.commit, self)

        intro = QLabel(self.tr("Tick who attended, party by party. Space ticks the selected person, "
                               "F2 changes the role. Everyone in the project is listed; add people "
                               "under Parties and people."))
        intro.setWordWrap(True)
        intro.setObjectName("editorIntro")
        self.view = AttendanceView()
        self.view.setObjectName("attendanceTree")
        self.view.setAccessibleName(self.tr("Attendance"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(A.ROLE, RoleDelegate(self.view))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAllColumnsShowFocus(True)
        self.view.setUniformRowHeights(True)
        self.view.setItemsExpandable(False)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(16)
        header = self.view.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(A.NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(A.NAME, 260)
        # wide enough for every role and the list's arrow, whichever roles are chosen now
        widest = max(self.fontMetrics().horizontalAdvance(label) for _value, label in attendance_roles())
        header.setSectionResizeMode(A.ROLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(A.ROLE, max(widest + 48, header.sectionSizeHint(A.ROLE)))
        self.view.toggle_requested.connect(self.toggle)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())

        self.party_button = QPushButton(self.tr("Mark &party present"))
        self.party_button.setObjectName("partyPresent")
        self.party_button.setToolTip(self.tr("Mark everyone of the selected party present"))
        self.all_button = QPushButton(self.tr("Mark &everyone present"))
        self.all_button.setObjectName("allPresent")
        self.all_button.setToolTip(self.tr("Mark every person in the list present"))
        self.party_button.clicked.connect(self.mark_party_present)
        self.all_button.clicked.connect(self.mark_all_present)
        buttons = QHBoxLayout()
        buttons.addWidget(self.party_button)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        ctx.changed.connect(self._on_context_changed)  # methods: Qt disconnects them when this goes
        ctx.list_changed.connect(self._on_context_changed)
        self.reload()

    def _on_context_changed(self, kind: str, *_ids: int) -> None:
        if kind in WATCHED:
            self.reload()

    # -- showing ------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.view.currentIndex()
        person = self.model.person_at(current)
        party = self.model.party_at(current)
        column = current.column() if current.isValid() else A.NAME
        self.model.set_sheet(attendance_sheet(self.ctx.library, self.project_id, self.session_id))
        if not self.view.currentIndex().isValid():  # the first load, or the list's shape changed
            self._after_reset(person, party.party_id if party else None, column)
        self._update_buttons()

    def _after_reset(self, person: PersonAttendance | None, party_id: int | None, column: int) -> None:
        self.view.expandAll()
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        target = (self.model.index_of_person(person.person_id, column) if person
                  else self.model.index_of_party(party_id))
        if not target.isValid() and self.model.rowCount():
            first = self.model.index(0, 0)
            target = self.model.index(0, 0, first) if self.model.rowCount(first) else first
        if target.isValid():
            self.view.setCurrentIndex(target)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.model.set_read_only(read_only)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.party_button.setEnabled(not self.read_only and self.model.party_at(self.view.currentIndex()) is not None)
        self.all_button.setEnabled(not self.read_only and self.model.rowCount() > 0)

    # -- changing -----------------------------------------------------------------------
    def commit(self, person: PersonAttendance, values: dict[str, Any]) -> None:
        """Store a change of one person; the first change creates their attendance row."""
        if self.read_only:
            return
        if person.attendance_id is None:
            data = {"person_id": person.person_id, "present": False, "role": "participant", **values}
            self.ctx.create(RecordKind.ATTENDANCE, self.session_id, self._label(values), data)
        else:
            row = self.ctx.editor.get(RecordKind.ATTENDANCE, person.attendance_id)
            for field, value in values.items():
                self.ctx.set_field(row, field, value, self._label(values))
        self.ctx.end_merge()  # every tick is its own undo step

    def _label(self, values: dict[str, Any]) -> str:
        return self.tr("Change role") if "role" in values else self.tr("Change attendance")

    def toggle(self, index: QModelIndex) -> None:
        """Toggle a person's presence; on a party row, mark the party present (or absent if it all is)."""
        if self.read_only:
            return
        person = self.model.person_at(index)
        if person is not None:
            self.commit(person, {"present": not person.present})
            return
        party = self.model.party_at(index)
        if party is not None:
            everyone = party.present_count == len(party.people)
            self.set_presence(list(party.people), not everyone)

    def mark_party_present(self) -> None:
        party = self.model.party_at(self.view.currentIndex())
        if party is not None:
            self.set_presence(list(party.people), True)

    def mark_all_present(self) -> None:
        self.set_presence([p for party in self.model.sheet for p in party.people], True)

    def set_presence(self, people: list[PersonAttendance], present: bool) -> None:
        """Set many people present or absent as one undo step."""
        if self.read_only:
            return
        label = self.tr("Mark present") if present else self.tr("Mark absent")
        steps: list[Callable[[], undo.EditCommand]] = []
        for person in people:
            if person.present == present:
                continue
            if person.attendance_id is None:
                values = {"person_id": person.person_id, "present": present, "role": "participant"}
                steps.append(partial(undo.Create, self.ctx, RecordKind.ATTENDANCE, self.session_id, values, None,
                                     label))
            else:
                row = self.ctx.editor.get(RecordKind.ATTENDANCE, person.attendance_id)
                steps.append(partial(undo.SetField, self.ctx, row, "present", present, label))
        if steps:
            self.ctx.push(undo.Batch(self.ctx, label, steps))
            self.ctx.end_merge()
