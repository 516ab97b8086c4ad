"""Bind form widgets to the fields of one record, stored as the user types.

Text and times are stored 300 ms after the last keystroke and at once when the
widget loses focus; every other widget stores on change. Consecutive keystrokes in one field are
one undo step. When the record changes elsewhere (undo, another view), the widgets
reload without echoing the change back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTime, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Row
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.optional_date_edit import OptionalDateEdit

TYPING_DELAY_MS = 300
NO_TIME = QTime(0, 0)


class _Field:
    def __init__(self, widget: QWidget, name: str, label: str, read: Callable[[], Any],
                 write: Callable[[Any], None]) -> None:
        self.widget, self.name, self.label, self.read, self.write = widget, name, label, read, write


class FormBinder(QObject):
    """Keeps a set of widgets and one record of ``kind`` in step."""

    def __init__(self, ctx: EditContext, kind: RecordKind, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.kind = ctx, kind
        self.row: Row | None = None
        self.fields: dict[str, _Field] = {}
        self._loading = False
        self._pending: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        ctx.changed.connect(self._on_changed)

    # -- binding widgets -----------------------------------------------------------
    def line(self, widget: QLineEdit, name: str, label: str, empty_is_none: bool = True) -> None:
        def read() -> Any:
            text = widget.text()
            return None if empty_is_none and not text.strip() else text
        self._add(_Field(widget, name, label, read, lambda v: widget.setText(v or "")))
        widget.textEdited.connect(lambda _t: self._typed(name))
        widget.editingFinished.connect(self.flush)

    def text(self, widget: QPlainTextEdit, name: str, label: str) -> None:
        def read() -> Any:
            text = widget.toPlainText()
            return text if text.strip() else None

        def write(value: Any) -> None:
            if widget.toPlainText() != (value or ""):
                widget.setPlainText(value or "")
        self._add(_Field(widget, name, label, read, write))
        widget.textChanged.connect(lambda: self._typed(name))
        widget.installEventFilter(self)

    def spin(self, widget: QSpinBox, name: str, label: str) -> None:
        """A spin box whose minimum means "not set"."""
        def read() -> Any:
            return None if widget.value() == widget.minimum() else widget.value()
        self._add(_Field(widget, name, label, read,
                         lambda v: widget.setValue(widget.minimum() if v is None else int(v))))
        widget.valueChanged.connect(lambda _v: self._store(name))

    def combo(self, widget: QComboBox, name: str, label: str) -> None:
        """A combo box whose item data are the stored values (None for "not set")."""
        def write(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))
        self._add(_Field(widget, name, label, widget.currentData, write))
        widget.currentIndexChanged.connect(lambda _i: self._store(name))

    def date(self, widget: OptionalDateEdit, name: str, label: str) -> None:
        """A date, stored when the user commits a valid one (``widget.optional``: may be empty)."""
        self._add(_Field(widget, name, label, widget.date, widget.set_date))
        widget.dateChanged.connect(lambda _d: self._store(name))

    def time(self, widget: QTimeEdit, name: str, label: str) -> None:
        """A time of day stored as "HH:MM"; 00:00, shown blank, means "not set"."""
        widget.setDisplayFormat("HH:mm")
        widget.setMinimumTime(NO_TIME)
        widget.setSpecialValueText(" ")

        def read() -> Any:
            value = widget.time()
            return None if value == NO_TIME else value.toString("HH:mm")

        def write(value: Any) -> None:
            parsed = QTime.fromString(value, "HH:mm") if value else NO_TIME
            widget.setTime(parsed if parsed.isValid() else NO_TIME)
        self._add(_Field(widget, name, label, read, write))
        widget.timeChanged.connect(lambda _t: self._typed(name))
        widget.editingFinished.connect(self.flush)

    def check(self, widget: QCheckBox, name: str, label: str) -> None:
        self._add(_Field(widget, name, label, widget.isChecked, lambda v: widget.setChecked(bool(v))))
        widget.toggled.connect(lambda _c: self._store(name))

    def _add(self, field: _Field) -> None:
        self.fields[field.name] = field

    # -- loading and storing -------------------------------------------------------
    def load(self, row: Row | None) -> None:
        """Show ``row`` (None: clear and disable, so nothing of the record shown before stays)."""
        self.flush()
        self.row = row
        self._loading = True
        try:
            for field in self.fields.values():
                field.widget.setEnabled(row is not None)
                field.write(row.values[field.name] if row is not None else None)
        finally:
            self._loading = False

    def _typed(self, name: str) -> None:
        if self._loading or self.row is None:
            return
        self._pending.add(name)
        self._timer.start()

    def _store(self, name: str) -> None:
        if self._loading or self.row is None:
            return
        self._pending.add(name)
        self.flush()

    def flush(self) -> None:
        """Store every pending change now."""
        self._timer.stop()
        # the names not yet stored stay pending, so that the change signal of the first
        # store does not reload (and undo) what the user put in the other widgets
        while self._pending:
            name = min(self._pending)
            self._pending.discard(name)
            if self.row is None:
                self._pending.clear()
                return
            field = self.fields[name]
            updated = self.ctx.set_field(self.row, name, field.read(), field.label)
            if updated is not None:
                self.row = updated

    def eventFilter(self, watched: QObject, event: Any) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusOut:
            self.flush()
            self.ctx.end_merge()
        return False

    def _on_changed(self, kind: str, record_id: int) -> None:
        if self.row is None or kind != self.kind or record_id != self.row.id or self._pending:
            return
        fresh = self.ctx.editor.get(self.kind, record_id)
        if fresh.values != self.row.values:
            self.row = None  # reload without storing
            self._loading = True
            try:
                self.row = fresh
                for field in self.fields.values():
                    if field.read() != fresh.values[field.name]:
                        field.write(fresh.values[field.name])
            finally:
                self._loading = False
        else:
            self.row = fresh


def flush_pending(root: QObject) -> None:
    """Store now what was typed in every form under ``root`` (an editor, however its forms
    are nested) and still waits for its typing pause: before the library is read or
    replaced as a whole (a report, an export, a restore) and at close."""
    for binder in root.findChildren(FormBinder):
        binder.flush()
