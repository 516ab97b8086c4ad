"""The editor of the entry being typed: Enter commits, Shift+Enter is a new line (the keys
come from ``keys``, like every key of meeting mode).

Up at the very start of the text, or on an empty editor, hands the focus to the list of
earlier entries; Ctrl+Z undoes typing while there is typing to undo, and otherwise asks
for meeting mode's own undo (entries saved, changed, moved, deleted). While the minutes
are locked, a key that would type says so (``refused``) instead of doing nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from samverkan_desktop.ui.meeting.keys import MeetingAction, matches


class EntryEditor(QPlainTextEdit):
    commit = Signal()
    up_from_top = Signal()
    session_undo = Signal()
    session_redo = Signal()
    # a key that would change the text was pressed while the editor is read-only
    refused = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("entryEditor")
        self.setTabChangesFocus(True)

    def clear_quietly(self) -> None:
        """Empty the editor without it counting as typing (no ``textChanged``)."""
        self.blockSignals(True)
        self.clear()
        self.blockSignals(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.isReadOnly() and _would_type(event):
            self.refused.emit()
            return
        if matches(event, MeetingAction.NEW_LINE):
            self.textCursor().insertText("\n")
            return
        if matches(event, MeetingAction.COMMIT):
            self.commit.emit()
            return
        if matches(event, MeetingAction.TO_LIST) and self.textCursor().blockNumber() == 0 and (
                not self.toPlainText() or self.textCursor().atStart()):
            self.up_from_top.emit()
            return
        if matches(event, MeetingAction.UNDO) and not self.document().isUndoAvailable():
            self.session_undo.emit()
            return
        if matches(event, MeetingAction.REDO) and not self.document().isRedoAvailable():
            self.session_redo.emit()
            return
        super().keyPressEvent(event)


def _would_type(event: QKeyEvent) -> bool:
    """A printable character, Enter, Backspace, Delete, or pasting, cutting, undoing."""
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return True
    if any(event.matches(k) for k in (QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Cut)):
        return True
    text = event.text()
    control = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                   | Qt.KeyboardModifier.MetaModifier)
    return bool(text) and text.isprintable() and not control
