"""Parter och personer: the parties of collaboration and the people who represent them.

Two panes side by side: the parties (the employer and the unions) on the left, the
people of the selected party on the right. A party is added by hand or picked from
the built-in list of common parties, several at once as one undo step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from samverkan_desktop.domain.enums import PartySide, RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.services.parties_catalogue import CatalogueParty
from samverkan_desktop.services.usage import party_usage
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.list_form import ListFormEditor
from samverkan_desktop.ui.editors.party_catalogue_dialog import PartyCatalogueDialog
from samverkan_desktop.ui.editors.people import ALL_PARTIES, NO_PARTY, PeopleEditor, place_form_below_list


class PartiesEditor(ListFormEditor):
    kind = RecordKind.PARTY
    #: the selected party changed (its id, or -1 when the list is empty)
    selected = Signal(int)

    _last_selected = -2

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, project_id, parent)
        place_form_below_list(self)
        self.catalogue_button = QPushButton(self.tr("Add from the &list…"))
        self.catalogue_button.setObjectName("addPartiesFromList")
        self.catalogue_button.setToolTip(self.tr("Pick the employer and common unions from a list"))
        self.catalogue_button.clicked.connect(self.add_from_catalogue)
        column = self.list.parentWidget()
        left = column.layout() if column is not None else None
        assert isinstance(left, QVBoxLayout)
        left.insertWidget(0, self.catalogue_button, 0, Qt.AlignmentFlag.AlignLeft)

    # -- ListFormEditor hooks ---------------------------------------------------------
    def heading_text(self) -> str:
        return self.tr("Parties")

    def intro_text(self) -> str:
        return self.tr("The employer and the unions in the collaboration. "
                       "Statements in the minutes are attributed to parties.")

    def add_text(self) -> str:
        return self.tr("Add party")

    def row_label(self, row: Row) -> str:
        return str(row["name"])

    def new_values(self) -> dict[str, object]:
        return {"name": self.tr("New party"), "side": PartySide.UNION.value}

    def build_form(self, form: QFormLayout) -> None:
        self.name = QLineEdit()
        self.name.setObjectName("partyName")
        self.side = QComboBox()
        self.side.setObjectName("partySide")
        for label, side in ((self.tr("Employer"), PartySide.EMPLOYER),
                            (self.tr("Union"), PartySide.UNION),
                            (self.tr("Other"), PartySide.OTHER)):
            self.side.addItem(label, side.value)
        # mnemonics differ from the people pane's (&Show, &Name, &Party, &Role) in the same window
        form.addRow(self.tr("Na&me:"), self.name)
        form.addRow(self.tr("S&ide:"), self.side)
        self.binder.line(self.name, "name", self.tr("Party name"), empty_is_none=False)
        self.binder.combo(self.side, "side", self.tr("Party side"))

    def current_changed(self, row: Row | None) -> None:
        # only a change of party: a reload that keeps the selection leaves the people's filter alone
        party_id = row.id if row is not None else -1
        if party_id != self._last_selected:
            self._last_selected = party_id
            self.selected.emit(party_id)

    def delete_question(self, row: Row) -> str:
        usage = party_usage(self.ctx.library, row.id)
        lines = [self.tr("Delete the party “%1”?").replace("%1", row["name"])]
        if usage.people:
            lines.append(self.tr("%n person(s) belong to the party; they stay, without a party.", "",
                                 usage.people))
        if usage.entries:
            lines.append(self.tr("%n entry(s) in the minutes are attributed to the party; they stay, "
                                 "but lose their party.", "", usage.entries))
        if usage.minute_notes:
            lines.append(self.tr("%n minute note(s) the party entered are deleted.", "", usage.minute_notes))
        lines.append(self.tr("You can undo this with Ctrl+Z."))
        return "\n\n".join(lines)

    # -- selection and the list of common parties -------------------------------------
    def select_party(self, party_id: int) -> None:
        position = self.model.row_index(party_id)
        if position >= 0 and position != self.list.currentIndex().row():
            self.list.setCurrentIndex(self.model.index(position))

    def add_from_catalogue(self) -> None:
        self.binder.flush()
        rows = self.model.rows
        dialog = PartyCatalogueDialog([row["name"] for row in rows], [row.uid for row in rows], self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_catalogue_parties(dialog.chosen())

    def add_catalogue_parties(self, entries: Sequence[CatalogueParty]) -> bool:
        """Add the parties as one undo step: the employer first in the list, unions last."""
        if not entries:
            return False
        label = self.tr("Add parties from the list")
        steps: list[Callable[[], undo.EditCommand]] = [
            partial(undo.Create, self.ctx, self.kind, self.parent_id,
                    {"name": entry.name, "side": entry.side.value, "uid": entry.uid},
                    0 if entry.side is PartySide.EMPLOYER else None, label)
            for entry in entries]
        batch = undo.Batch(self.ctx, label, steps)
        if not self.ctx.push(batch):
            return False
        first = batch.done[0]
        if isinstance(first, undo.Create) and first.row is not None:
            self.reload(first.row.id)
        return True


class PartiesPeopleEditor(QWidget):
    """The parties pane and the people pane, kept in step: a party's people show beside it."""

    #: the people pane asks to erase a person's personal data (for the main window)
    erase_requested = Signal(int)

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.project_id = ctx, project_id
        self.setObjectName("partiesPeopleEditor")
        self.parties = PartiesEditor(ctx, project_id)
        self.people = PeopleEditor(ctx, project_id)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.parties)
        self.splitter.addWidget(self.people)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        # forms of one height keep the two panes' lists and buttons level
        height = max(pane.form_widget.sizeHint().height() for pane in (self.parties, self.people))
        for pane in (self.parties, self.people):
            pane.form_widget.setMinimumHeight(height)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.parties.selected.connect(self._party_selected)
        self.people.filter_changed.connect(self._filter_picked)
        self.people.erase_requested.connect(self.erase_requested)
        current = self.parties.current_row()
        self.people.set_filter(current.id if current is not None else ALL_PARTIES)

    def _party_selected(self, party_id: int) -> None:
        if party_id > 0:
            self.people.set_filter(party_id)

    def _filter_picked(self, value: int) -> None:
        if value not in (ALL_PARTIES, NO_PARTY):
            self.parties.select_party(value)
