"""A time edit that may be empty ("not set") and still takes typed digits.

``FormBinder.time`` shows "not set" as the minimum time with a blank special-value
text. A plain QTimeEdit cannot be typed into while it shows that text (the digits
land behind the blank and are refused), so this one lifts the blank on the first
digit, lets the user type "1330" into a normal 00:00, and puts the blank back when
editing finishes. Delete or Backspace with everything selected empties it again.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateTimeEdit, QTimeEdit, QWidget


class OptionalTimeEdit(QTimeEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._blank = ""
        self.editingFinished.connect(self._restore_blank)

    def is_empty(self) -> bool:
        return self.time() == self.minimumTime()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isdigit() and self.is_empty() and self.specialValueText():
            self._blank = self.specialValueText()
            self.setSpecialValueText("")
            self.setTime(self.minimumTime())
            self.setCurrentSection(QDateTimeEdit.Section.HourSection)
            self.lineEdit().setSelection(0, 2)
        elif (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.lineEdit().hasSelectedText()
              and self.lineEdit().selectedText() == self.lineEdit().text()):
            self.setTime(self.minimumTime())
            self._restore_blank()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._restore_blank()

    def _restore_blank(self) -> None:
        if self._blank:
            self.setSpecialValueText(self._blank)
            self._blank = ""
