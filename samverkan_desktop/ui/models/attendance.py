"""The attendance list of a session as a tree: each party a bold row, its people beneath.

Columns: the person (checkable: present), the meeting role (editable), the person's
title in the project. The model only shows the ``attendance_sheet``; a change the user
makes goes to the ``commit`` callback as (person, {field: value}), and the owner stores
it and hands the model the fresh sheet. So the model is tested without any widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from samverkan_desktop.services.session_planning import PartyAttendance, PersonAttendance
from samverkan_desktop.ui.session_labels import attendance_roles, label_of

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[PersonAttendance, dict[str, Any]], None]

NAME, ROLE, FUNCTION = range(3)
#: internal id of a party row; a person row's internal id is its party's row + 1
PARTY_ROW = 0


class AttendanceModel(QAbstractItemModel):
    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self.sheet: tuple[PartyAttendance, ...] = ()
        self.read_only = False
        self._bold = QFont()
        self._bold.setBold(True)

    # -- content ----------------------------------------------------------------------
    def set_sheet(self, sheet: tuple[PartyAttendance, ...]) -> None:
        """Show a fresh sheet; when only values changed, existing indexes stay valid."""
        if _shape(sheet) != _shape(self.sheet):
            self.beginResetModel()
            self.sheet = sheet
            self.endResetModel()
            return
        self.sheet = sheet
        self._all_changed()

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self._all_changed()  # the flags changed

    def _all_changed(self) -> None:
        last = self.columnCount() - 1
        if self.sheet:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sheet) - 1, last))
        for row, party in enumerate(self.sheet):
            if party.people:
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(party.people) - 1, last, parent))

    def person_at(self, index: Index) -> PersonAttendance | None:
        if not index.isValid() or index.internalId() == PARTY_ROW:
            return None
        return self.sheet[index.internalId() - 1].people[index.row()]

    def party_at(self, index: Index) -> PartyAttendance | None:
        """The party of a party row, or of a person row."""
        if not index.isValid():
            return None
        if index.internalId() == PARTY_ROW:
            return self.sheet[index.row()]
        return self.sheet[index.internalId() - 1]

    def index_of_person(self, person_id: int, column: int = NAME) -> QModelIndex:
        for party_row, party in enumerate(self.sheet):
            for row, person in enumerate(party.people):
                if person.person_id == person_id:
                    return self.createIndex(row, column, party_row + 1)
        return QModelIndex()

    def index_of_party(self, party_id: int | None) -> QModelIndex:
        for row, party in enumerate(self.sheet):
            if party.party_id == party_id:
                return self.createIndex(row, NAME, PARTY_ROW)
        return QModelIndex()

    # -- Qt's model API ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, PARTY_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == PARTY_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, PARTY_ROW)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        if not parent.isValid():
            return len(self.sheet)
        if parent.internalId() == PARTY_ROW and parent.column() == 0:
            return len(self.sheet[parent.row()].people)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("AttendanceModel", "Present"),
            QCoreApplication.translate("AttendanceModel", "Role in the meeting"),
            QCoreApplication.translate("AttendanceModel", "Job title"),
        )[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.person_at(index) is None or self.read_only:
            return flags
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        elif index.column() == ROLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self.person_at(index)
        if person is None:
            return self._party_data(self.sheet[index.row()], index.column(), role)
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # an absent person has no part in the meeting: no "Participant" beside their name
            shown_role = "" if not person.present and person.role in (None, "participant") else \
                label_of(attendance_roles(), person.role)
            return (person.name, shown_role, person.function or "")[column]
        if role == Qt.ItemDataRole.EditRole and column == ROLE:
            return person.role
        if role == Qt.ItemDataRole.CheckStateRole and column == NAME:
            return Qt.CheckState.Checked if person.present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.AccessibleTextRole and column == NAME:
            state = (
                QCoreApplication.translate("AttendanceModel", "present")
                if person.present
                else QCoreApplication.translate("AttendanceModel", "absent")
            )
            return f"{person.name}, {state}"
        return None

    def _party_data(self, party: PartyAttendance, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == NAME:
            name = (
                party.name
                if party.party_id is not None
                else QCoreApplication.translate("AttendanceModel", "Without a party")
            )
            if not party.people:
                return name
            count = (
                QCoreApplication.translate("AttendanceModel", "%1 of %2 present")
                .replace("%1", str(party.present_count))
                .replace("%2", str(len(party.people)))
            )
            return f"{name}  ({count})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        person = self.person_at(index)
        if person is None or self.read_only:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == NAME:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            if present != person.present:
                self.commit(person, {"present": present})
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == ROLE:
            if value != person.role:
                self.commit(person, {"role": value})
            return True
        return False


def _shape(sheet: tuple[PartyAttendance, ...]) -> list[tuple[int | None, tuple[int, ...]]]:
    return [(party.party_id, tuple(p.person_id for p in party.people)) for party in sheet]
