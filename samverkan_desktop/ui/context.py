"""The editing context shared by every editor: services, undo stack, save state.

Editors never call the editing service directly for a change the user makes: they
push an undoable command through ``EditContext.push``, which runs it, reports a
failure in plain Swedish (the typed text stays in the widget), and announces the
save time for the status bar.

When the disk refuses a write of typed text (a full disk, a read-only folder, a file
locked by another program: ``services.storage_faults``), the command is kept and
retried every few seconds until it is stored, newest text first per field, and
``storage_status`` tells the windows so that they can say so until it is saved.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Editor, Row
from samverkan_desktop.services.errors import LocalText, ServiceError
from samverkan_desktop.services.storage_faults import StorageFault, classify, locked_now
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import undo

log = logging.getLogger(__name__)
RETRY_MS = 2000
SAVED_AGAIN = LocalText("Allt är sparat igen.", "Everything is saved again.")


class EditContext(QObject):
    #: a record changed: (kind, id)
    changed = Signal(str, int)
    #: a list changed: (kind, parent id or -1, id to select or -1)
    list_changed = Signal(str, int, int)
    #: everything is on disk as of this time
    saved = Signal(dt.datetime)
    #: an edit failed; the message is for the user
    failed = Signal(str)
    #: typed text could not be stored and is being retried (False, message), or it is all
    #: stored again (True, message)
    storage_status = Signal(bool, str)

    def __init__(self, library: Library, language: str = "sv", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.editor = Editor(library)
        self.language = language
        self.undo_stack = QUndoStack(self)
        #: consecutive changes of one field within one burst merge into one undo step
        self.burst = 0
        self.last_saved: dt.datetime | None = None
        #: the storage fault of the last failed edit (None: it succeeded or was refused for another reason)
        self.fault: StorageFault | None = None
        #: typed text the disk refused, by what it changes (field, entry text), retried until stored
        self.unsaved: dict[object, undo.EditCommand] = {}
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_unsaved)

    def guard(self, work: Callable[[], Any], keeps_text: bool = False,
              tell: Callable[[str], None] | None = None) -> bool:
        """Run an edit; on failure tell the user and return False (``fault`` says whether
        the disk refused it). ``keeps_text``: the typed text stays and is retried. ``tell``:
        where the failure is said (the window that made the change); default ``failed``."""
        self.fault = None
        try:
            work()
        except ServiceError as exc:
            self.fault = classify(exc, self.library.path)
            log.warning("edit failed (%s): %s", self.fault.kind.value if self.fault else "refused", exc)
            if self.fault is None:
                message = exc.text(self.language)
            else:
                message = (self.fault.while_typing() if keeps_text else self.fault.not_done())(self.language)
            (tell or self.failed.emit)(message)
            return False
        self.last_saved = dt.datetime.now()
        self.saved.emit(self.last_saved)
        return True

    def push(self, command: undo.EditCommand, history: QUndoStack | None = None,
             tell: Callable[[str], None] | None = None) -> bool:
        """Run ``command`` and put it on ``history`` (default: the shared ``undo_stack``); a
        failure is said through ``tell`` (default: the ``failed`` signal)."""
        if history is not None:
            command.history = history
        key = command.retry_key()
        if not self.guard(command.apply, keeps_text=key is not None, tell=tell):
            if key is not None and self.fault is not None:
                self._keep(key, command, self.fault)
            return False
        if key is not None:
            self.unsaved.pop(key, None)  # stored newer text makes the older, unsaved one moot
            self._saved_again()
        (command.history or self.undo_stack).push(command)
        return True

    # -- typed text the disk refused -----------------------------------------------
    def _keep(self, key: object, command: undo.EditCommand, fault: StorageFault) -> None:
        self.unsaved.pop(key, None)
        self.unsaved[key] = command  # the newest last: retried in the order typed
        self._retry_timer.start()
        self.storage_status.emit(False, fault.while_typing()(self.language))

    def retry_unsaved(self) -> bool:
        """Try to store the kept edits now, oldest first; True when nothing is left unsaved."""
        if self.unsaved and locked_now(self.library.path):  # would only wait out the busy timeout
            return False
        for key, command in list(self.unsaved.items()):
            if not self.guard(command.apply, keeps_text=True):
                if self.fault is None:  # refused for another reason than the disk: it will not heal
                    self.unsaved.pop(key, None)
                    continue
                self.storage_status.emit(False, self.fault.while_typing()(self.language))
                return False
            del self.unsaved[key]
            (command.history or self.undo_stack).push(command)
        self._saved_again()
        return True

    def _saved_again(self) -> None:
        if not self.unsaved and self._retry_timer.isActive():
            self._retry_timer.stop()
            self.storage_status.emit(True, SAVED_AGAIN(self.language))

    # -- conveniences for editors -------------------------------------------------
    def set_field(self, row: Row, field: str, value: Any, label: str) -> Row | None:
        """Store one field; returns the updated row, or None when it could not be stored."""
        if row.values.get(field) == value:
            return row
        command = undo.SetField(self, row, field, value, label)
        return command.result if self.push(command) else None

    def create(self, kind: RecordKind, parent_id: int | None, label: str, values: dict[str, Any] | None = None,
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

    def emit_changed(self, kind: RecordKind, record_id: int) -> None:
        self.changed.emit(kind, record_id)

    def emit_list_changed(self, kind: RecordKind, parent_id: int | None, select_id: int | None) -> None:
        self.list_changed.emit(kind, -1 if parent_id is None else parent_id,
                               -1 if select_id is None else select_id)
