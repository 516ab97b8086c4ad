"""Protokollsanteckningar: a party's own statements entered into the minutes of one agenda item.

A ``ListFormEditor`` whose list follows the agenda item selected beside it
(``set_item``). Each note belongs to a party; the text may stay empty while the
secretary waits for the party's wording.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QFormLayout, QPlainTextEdit, QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.list_form import ListFormEditor
from samverkan_desktop.ui.session_labels import refill_combo

NO_ITEM = 0
LABEL_CHARS = 90


class MinuteNotesEditor(ListFormEditor):
    kind = RecordKind.MINUTE_NOTE

    def __init__(self, ctx: EditContext, project_id: int, parent: QWidget | None = None) -> None:
        self.project_id = project_id
        self.read_only = False
        self.item: Row | None = None
        self.party_names: dict[int, str] = {}
        super().__init__(ctx, NO_ITEM, parent)
        font = QFont(self.heading.font())
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setObjectName("sectionHeading")
        self.list.setAccessibleName(self.tr("Minute notes"))
        self._load_parties()
        ctx.list_changed.connect(self._on_context_changed)  # methods: Qt disconnects them when this goes
        ctx.changed.connect(self._on_context_changed)

    def _on_context_changed(self, kind: str, *_ids: int) -> None:
        if kind == RecordKind.PARTY:
            self._load_parties()

    def heading_text(self) -> str:
        if self.item is None:
            return self.tr("Minute notes")
        return self.tr("Minute notes for § %1").replace("%1", str(self.item["number"]))

    def intro_text(self) -> str:
        return self.tr("A party's own statement entered into the minutes of this item.")

    def add_text(self) -> str:
        return self.tr("Add minute note")

    def row_label(self, row: Row) -> str:
        party = self.party_names.get(row["party_id"], "?")
        text = " ".join((row["text"] or "").split())
        if len(text) > LABEL_CHARS:
            text = text[:LABEL_CHARS - 1] + "…"
        if not text:
            text = self.tr("(no text yet)")  # outside the f-string, where lupdate sees it
        return f"{party}: {text}"

    def delete_question(self, row: Row) -> str:
        party = self.party_names.get(row["party_id"], "?")
        return self.tr("Delete the minute note of %1?").replace("%1", party)

    def new_values(self) -> dict[str, object]:
        return {"party_id": next(iter(self.party_names), None), "text": ""}

    def build_form(self, form: QFormLayout) -> None:
        self.party = QComboBox()
        self.party.setObjectName("minuteNoteParty")
        self.text = QPlainTextEdit()
        self.text.setObjectName("minuteNoteText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The party's statement, in its own words"))
        form.addRow(self.tr("Pa&rty:"), self.party)
        form.addRow(self.tr("Te&xt:"), self.text)
        self.binder.combo(self.party, "party_id", self.tr("Minute note party"))
        self.binder.text(self.text, "text", self.tr("Minute note text"))

    # -- following the agenda ---------------------------------------------------------
    def set_item(self, item: Row | None) -> None:
        """Show the notes of ``item`` (None: no agenda item selected)."""
        self.binder.flush()
        self.item = item
        self.parent_id = item.id if item is not None else NO_ITEM
        self.heading.setText(self.heading_text())
        self.reload()

    def set_read_only(self, read_only: bool) -> None:
        if read_only:
            self.binder.flush()
        self.read_only = read_only
        self._show_current()

    def _load_parties(self) -> None:
        parties = self.ctx.editor.children(RecordKind.PARTY, self.project_id)
        self.party_names = {p.id: p["name"] for p in parties}
        current = self.binder.row["party_id"] if self.binder.row is not None else None
        refill_combo(self.party, list(self.party_names.items()), current)
        if self.model.rows:  # relabel, keeping the selection
            self.model.dataChanged.emit(self.model.index(0), self.model.index(len(self.model.rows) - 1))
        self.current_changed(self.current_row())

    def current_changed(self, row: Row | None) -> None:
        can_edit = not self.read_only and self.item is not None
        self.add_button.setEnabled(can_edit and bool(self.party_names))
        if not can_edit:
            self.delete_button.setEnabled(False)
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)
        self.party.setEnabled(row is not None and not self.read_only)
        self.text.setReadOnly(self.read_only)

    # -- refused while locked -----------------------------------------------------------
    def add(self) -> None:
        if not self.read_only and self.item is not None and self.party_names:
            super().add()

    def delete_current(self) -> None:
        if not self.read_only:
            super().delete_current()

    def move_current(self, step: int) -> None:
        if not self.read_only:
            super().move_current(step)
