"""Personer: the people of a project, each with a party and a role, shown party by party.

The list shows the people of one party at a time (the party selected beside it), or
everyone, or those without a party. Its order is the project's stored order of people;
moving a person up or down in a filtered list moves them past the neighbour shown.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.usage import person_usage
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.list_form import ListFormEditor

#: filter values besides a party's id
ALL_PARTIES = -1
NO_PARTY = 0


def place_form_below_list(editor: ListFormEditor) -> None:
    """Stack an editor's short form under its list, for a pane half the window wide."""
    editor.splitter.setOrientation(Qt.Orientation.Vertical)
    editor.splitter.setStretchFactor(0, 1)
    editor.splitter.setStretchFactor(1, 0)
    editor.splitter.setChildrenCollapsible(False)
    editor.form.setContentsMargins(0, 6, 0, 0)


class PeopleEditor(ListFormEditor):
    kind = RecordKind.PERSON
    #: the user picked what to show: a party's id, ALL_PARTIES or NO_PARTY
    filter_changed = Signal(int)
    #: the user asks to erase a person's personal data (the main window asks and does it)
    erase_requested = Signal(int)

    _filter = ALL_PARTIES

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        self._all_ids: list[int] = []
        self._parties: list[tuple[int, str]] = []
        super().__init__(ctx, project_id, parent)
        place_form_below_list(self)
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter_combo)
        row = QHBoxLayout()
        row.addWidget(show_label)
        row.addWidget(self.filter_combo, 1)
        column = self.list.parentWidget()
        left = column.layout() if column is not None else None
        assert isinstance(left, QVBoxLayout)
        left.insertLayout(0, row)

    # -- ListFormEditor hooks ---------------------------------------------------------
    def heading_text(self) -> str:
        return self.tr("People")

    def intro_text(self) -> str:
        return self.tr("Who takes part, for which party and in what role. "
                       "Attendance lists are made from these people.")

    def add_text(self) -> str:
        return self.tr("Add person")

    def row_label(self, row: Row) -> str:
        text = row["name"]
        if row["role"]:
            text += f" – {row['role']}"
        if self._filter == ALL_PARTIES and row["party_id"] is not None:
            text += f" ({self.party_name(row['party_id'])})"
        return text

    def new_values(self) -> dict[str, object]:
        return {"name": self.tr("New person"), "party_id": self._filter if self._filter > 0 else None}

    def build_form(self, form: QFormLayout) -> None:
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("peopleFilter")
        self.filter_combo.setAccessibleName(self.tr("Show the people of"))
        self.filter_combo.currentIndexChanged.connect(self._filter_picked)
        self.name = QLineEdit()
        self.name.setObjectName("personName")
        self.party = QComboBox()
        self.party.setObjectName("personParty")
        self.role = QLineEdit()
        self.role.setObjectName("personRole")
        self.role.setPlaceholderText(self.tr("e.g. HR manager, chief safety representative"))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Party:"), self.party)
        form.addRow(self.tr("&Role or title:"), self.role)
        self.binder.line(self.name, "name", self.tr("Person's name"), empty_is_none=False)
        self.binder.combo(self.party, "party_id", self.tr("Person's party"))
        self.binder.line(self.role, "role", self.tr("Person's role"))
        self.erase_button = QPushButton(self.tr("Erase personal data…"))
        self.erase_button.setObjectName("erasePerson")
        self.erase_button.setToolTip(self.tr("Remove the person's name from the project, its search index and "
                                             "its backups (GDPR); the entries keep their party"))
        self.erase_button.clicked.connect(self.request_erasure)
        erase_row = QHBoxLayout()
        erase_row.addWidget(self.erase_button)
        erase_row.addStretch(1)
        form.addRow("", erase_row)
        self.refresh_parties()
        self.ctx.list_changed.connect(self._on_parties_changed)
        self.ctx.changed.connect(self._on_party_changed)

    def fetch_rows(self) -> list[Row]:
        rows = self.ctx.editor.children(self.kind, self.parent_id)
        self._all_ids = [row.id for row in rows]
        return [row for row in rows if self.shows(row)]

    def stored_position(self, shown: int) -> int:
        return self._all_ids.index(self.model.rows[shown].id)

    def delete_question(self, row: Row) -> str:
        usage = person_usage(self.ctx.library, row.id)
        lines = [self.tr("Delete “%1”?").replace("%1", row["name"])]
        if usage.attendance:
            lines.append(self.tr("The person's %n attendance line(s) in sessions are deleted too.", "",
                                 usage.attendance))
        if usage.adjusted:
            lines.append(self.tr("The person adjusted the minutes of %n session(s) and is removed as adjuster.",
                                 "", usage.adjusted))
        if usage.entries:
            lines.append(self.tr("%n entry(s) name the person; they stay, without a person.", "", usage.entries))
        lines.append(self.tr("You can undo this with Ctrl+Z."))
        return "\n\n".join(lines)

    def current_changed(self, row: Row | None) -> None:
        self.erase_button.setEnabled(row is not None)

    def request_erasure(self) -> None:
        row = self.current_row()
        if row is not None:
            self.binder.flush()
            self.erase_requested.emit(row.id)

    # -- parties and the filter -------------------------------------------------------
    @property
    def filter(self) -> int:
        return self._filter

    def shows(self, row: Row) -> bool:
        if self._filter == ALL_PARTIES:
            return True
        return row["party_id"] == (None if self._filter == NO_PARTY else self._filter)

    def party_name(self, party_id: int) -> str:
        return next((name for pid, name in self._parties if pid == party_id), "")

    def refresh_parties(self) -> None:
        """Refill the filter and the party choice from the project's parties."""
        parties = [(row.id, row["name"]) for row in self.ctx.editor.children(RecordKind.PARTY, self.parent_id)]
        if parties == self._parties and self.filter_combo.count():
            return
        self._parties = parties
        if self._filter > 0 and all(pid != self._filter for pid, _ in parties):
            self._filter = ALL_PARTIES
        for combo, extra in ((self.filter_combo, [(ALL_PARTIES, self.tr("All parties"))]),
                             (self.party, [])):
            combo.blockSignals(True)
            combo.clear()
            for value, label in extra:
                combo.addItem(label, value)
            if combo is self.party:
                combo.addItem(self.tr("(no party)"), None)
            for pid, name in parties:
                combo.addItem(name, pid)
            if combo is self.filter_combo:
                combo.addItem(self.tr("People without a party"), NO_PARTY)
            combo.blockSignals(False)
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(max(0, self.filter_combo.findData(self._filter)))
        self.filter_combo.blockSignals(False)
        if self.binder.row is not None:
            self.party.blockSignals(True)
            self.party.setCurrentIndex(max(0, self.party.findData(self.binder.row["party_id"])))
            self.party.blockSignals(False)

    def set_filter(self, value: int, select_id: int | None = None) -> None:
        """Show the people of party ``value`` (or ALL_PARTIES / NO_PARTY)."""
        self.refresh_parties()
        if self.filter_combo.findData(value) < 0:
            value = ALL_PARTIES
        if value == self._filter and select_id is None:
            return
        self.binder.flush()
        self._filter = value
        self.filter_combo.blockSignals(True)
        self.filter_combo.setCurrentIndex(self.filter_combo.findData(value))
        self.filter_combo.blockSignals(False)
        self.reload(select_id)

    def _filter_picked(self, _index: int) -> None:
        value = self.filter_combo.currentData()
        if value is None or value == self._filter:
            return
        self.binder.flush()
        self._filter = int(value)
        self.reload()
        self.filter_changed.emit(self._filter)

    def _on_parties_changed(self, kind: str, parent_id: int, _select: int) -> None:
        if kind == RecordKind.PARTY and parent_id == self.parent_id:
            self.refresh_parties()
            self.reload()

    def _on_party_changed(self, kind: str, record_id: int) -> None:
        if kind == RecordKind.PARTY and any(pid == record_id for pid, _ in self._parties):
            self.refresh_parties()
            self.reload()

    def _on_changed(self, kind: str, record_id: int) -> None:
        super()._on_changed(kind, record_id)
        if kind != self.kind:
            return
        position = self.model.row_index(record_id)
        row = self.model.rows[position] if position >= 0 else self.ctx.editor.get(RecordKind(kind), record_id)
        if row.parent_id == self.parent_id and (position >= 0) != self.shows(row):
            # the person's party changed: once the edit is done, follow the person if they
            # are the one being edited, else just show or hide them
            QTimer.singleShot(0, self, partial(self._follow, record_id))

    def _follow(self, person_id: int) -> None:
        current = self.current_row()
        if current is None or current.id != person_id:
            self.reload()
            return
        party_id = self.ctx.editor.get(self.kind, person_id)["party_id"]
        self.set_filter(NO_PARTY if party_id is None else party_id, select_id=person_id)
        self.filter_changed.emit(self._filter)
