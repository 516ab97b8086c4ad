"""The list of earlier entries in meeting mode, above the entry being typed.

It shows the session's entries (``EntriesModel``, drawn by ``EntryDelegate``), edited in
place with a double click while the minutes are open; the keys that act on an earlier entry
act on the one selected while the list has the focus (``selected_row``). The selection stays
on its entry when the entries are read again (an undo, a change made in another window). A
right click selects the entry under the pointer and asks for its menu (``menu_requested``:
the window builds it from the declared actions).

It is built with the window's frame, before the minutes are open (app.py's ``--meeting``), so
it imports nothing of the database layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.entries_model import EntriesModel
    from samverkan_desktop.ui.meeting.session import MeetingSession


class EntryList(QListView):
    # a right click on the entry in this row: (row, where the menu opens, in global coordinates)
    menu_requested = Signal(int, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("meetingEntries")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        # lay rows out in batches between events: an Enter in a session of 1,000 entries
        # otherwise relaid every row in one go (a 50 ms stall)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(100)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.set_editable(False)  # until the minutes are open and not locked
        self.setAccessibleName(self.tr("Earlier entries"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.entries_model: EntriesModel | None = None
        self._row_before_reset = -1

    def follow(self, session: MeetingSession) -> None:
        """Show the session's entries; keep the selection when they are read again."""
        self.entries_model = session.model
        self.setModel(session.model)
        session.model.modelAboutToBeReset.connect(self._remember_row)
        session.entries_reloaded.connect(self._entries_reloaded)

    def set_editable(self, editable: bool) -> None:
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked if editable
                             else QAbstractItemView.EditTrigger.NoEditTriggers)

    def selected_row(self) -> int | None:
        """The selected earlier entry, when the list has the focus."""
        index = self.currentIndex()
        return index.row() if self.hasFocus() and index.isValid() else None

    def select(self, row: int) -> None:
        if self.entries_model is not None:
            self.setCurrentIndex(self.entries_model.index(row))

    def enter_from_below(self) -> None:
        """Coming up from the editor: the focus here, on the newest entry (if there is one)."""
        if self.entries_model is not None and self.entries_model.rowCount():
            self.setFocus()
            self.select(self.entries_model.rowCount() - 1)

    def _remember_row(self) -> None:
        self._row_before_reset = self.currentIndex().row()

    def _entries_reloaded(self, select_id: int) -> None:
        model = self.entries_model
        assert model is not None
        row = model.row_of(select_id) if select_id >= 0 else min(self._row_before_reset, model.rowCount() - 1)
        if row >= 0:
            self.select(row)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        self.setCurrentIndex(index)
        self.setFocus()
        self.menu_requested.emit(index.row(), self.viewport().mapToGlobal(pos))
