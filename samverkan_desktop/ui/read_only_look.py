"""Fields that cannot be edited look so: the window's colour, not the white of a field.

Qt draws a read-only line, text box or spin box exactly like an editable one, so the
fields of a locked (adjusted) session invited typing that went nowhere. ``install``
gives a container a style rule for its read-only fields, with the background taken
from the palette (dark mode follows); ``refresh`` re-polishes the fields after their
read-only state changed, because Qt reads a property selector only when it polishes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QWidget

LOOK = ('QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"] '
        "{ background: palette(window); }")
FIELDS = (QLineEdit, QPlainTextEdit, QAbstractSpinBox)


def install(container: QWidget) -> None:
    """Let the read-only fields under ``container`` look read-only (call once)."""
    container.setStyleSheet(LOOK)


def refresh(container: QWidget) -> None:
    """Apply the look again after fields under ``container`` became read-only or editable."""
    for widget in container.findChildren(QWidget):
        if isinstance(widget, FIELDS):
            style = widget.style()
            style.unpolish(widget)
            style.polish(widget)
            widget.update()
