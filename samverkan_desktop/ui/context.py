"""The editing context shared by every editor: services, undo stack, save state.

Editors never call the editing service directly for a change the user makes: they
push an undoable command through ``EditContext.push``, which runs it, reports a
failure in plain Swedish (the typed text stays in the widget), and announces the
save time for the status bar.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from samverkan_desktop.services.editing import Editor, Row
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import undo

log = logging.getLogger(__name__)


class EditContext(QObject):
    #: a record changed: (kind, id)
    changed = Signal(str, int)
    #: a list changed: (kind, parent id or -1, id to select or -1)
    list_changed = Signal(str, int, int)
    #: everything is on disk as of this time
    saved = Signal(dt.datetime)
    #: an edit failed; the message is for the user
    failed = Signal(str)

    def __init__(self, library: Library, language: str = "sv", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = Editor(library)
        self.language = language
        self.undo_stack = QUndoStack(self)
        #: consecutive changes of one field within one burst merge into one undo step
        self.burst = 0
        self.last_saved: dt.datetime | None = None

    def guard(self, work: Callable[[], Any]) -> bool:
        """Run an edit; on failure tell the user and return False."""
        try:
            work()
        except ServiceError as exc:
            log.warning("edit failed: %s", exc)
            self.failed.emit(exc.text(self.language))
            return False
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def push(self, command: undo.EditCommand) -> bool:
        if not self.guard(command.apply):
            return False
        self.undo_stack.push(command)
        return True

    # -- conveniences for editors -------------------------------------------------
    def set_field(self, row: Row, field: str, value: Any, label: str) -> Row | None:
        """Store one field; returns the updated row, or None when it could not be stored."""
        if row.values.get(field) == value:
            return row
        command = undo.SetField(self, row, field, value, label)
        return command.result if self.push(command) else None

    def create(self, kind: str, parent_id: int | None, label: str, values: dict[str, Any] | None = None,
               index: int | None = None) -> Row | None:
        command = undo.Create(self, kind, parent_id, values or {}, index, label)
        return command.row if self.push(command) else None

    def delete(self, row: Row, label: str) -> bool:
        return self.push(undo.Delete(self, row, label))

    def move(self, row: Row, old: int, new: int, label: str) -> bool:
        if old == new:
            return True
        return self.push(undo.Move(self, row, old, new, label))

    def end_merge(self) -> None:
        """Close the current typing burst, so the next change is its own undo step."""
        self.burst += 1

    def emit_changed(self, kind: str, record_id: int) -> None:
        self.changed.emit(kind, record_id)

    def emit_list_changed(self, kind: str, parent_id: int | None, select_id: int | None) -> None:
        self.list_changed.emit(kind, -1 if parent_id is None else parent_id,
                               -1 if select_id is None else select_id)
