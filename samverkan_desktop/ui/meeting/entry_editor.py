"""The editor of the entry being typed: Enter commits, Shift+Enter is a new line.

Up at the very start of the text, or on an empty editor, hands the focus to the list of
earlier entries; Ctrl+Z undoes typing while there is typing to undo, and otherwise
asks for the session's undo (deleted, moved, re-attributed entries).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit


class EntryEditor(QPlainTextEdit):
    commit = Signal()
    up_from_top = Signal()
    session_undo = Signal()
    session_redo = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("entryEditor")
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if modifiers & Qt.KeyboardModifier.ShiftModifier:
                self.textCursor().insertText("\n")
            else:
                self.commit.emit()
            return
        if key == Qt.Key.Key_Up and self.textCursor().blockNumber() == 0 and (
                not self.toPlainText() or self.textCursor().atStart()):
            self.up_from_top.emit()
            return
        if event.matches(QKeySequence.StandardKey.Undo) and not self.document().isUndoAvailable():
            self.session_undo.emit()
            return
        if event.matches(QKeySequence.StandardKey.Redo) and not self.document().isRedoAvailable():
            self.session_redo.emit()
            return
        super().keyPressEvent(event)
