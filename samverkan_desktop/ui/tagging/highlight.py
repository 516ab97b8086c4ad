"""Tagged spans shown in a light tint of their tag's colour, wherever entry text is drawn.

Spans are stored in Unicode code points; Qt counts UTF-16 units, so offsets are
converted here (they differ only after characters outside the BMP, such as emoji).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextLayout
from PySide6.QtWidgets import QTextEdit

from samverkan_desktop.services.tagging import TaggingView

DEFAULT_COLOR = "#888888"
#: how much of the tag's colour goes into the tint (the rest is white)
TINT = 0.3

#: (start, end, colour) in code points
Highlight = tuple[int, int, str]


def tint(color: str | None) -> QColor:
    base = QColor(color or DEFAULT_COLOR)
    if not base.isValid():
        base = QColor(DEFAULT_COLOR)
    return QColor(*(round(255 - (255 - part) * TINT) for part in (base.red(), base.green(), base.blue())))


def highlights_of(taggings: Iterable[TaggingView]) -> tuple[Highlight, ...]:
    return tuple((t.start, t.end, t.color or DEFAULT_COLOR) for t in taggings
                 if t.start is not None and t.end is not None)


def utf16(text: str, offset: int) -> int:
    """A code-point offset of ``text`` as Qt's UTF-16 position."""
    if text.isascii():
        return offset
    return offset + sum(1 for char in text[:offset] if ord(char) > 0xFFFF)


def code_point(text: str, position: int) -> int:
    """A Qt UTF-16 position in ``text`` as a code-point offset."""
    if text.isascii():
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def format_ranges(text: str, highlights: Sequence[Highlight]) -> list[QTextLayout.FormatRange]:
    ranges = []
    for start, end, color in highlights:
        if not 0 <= start < end <= len(text):
            continue
        rng = QTextLayout.FormatRange()
        rng.start = utf16(text, start)
        rng.length = utf16(text, end) - rng.start
        fmt = QTextCharFormat()
        fmt.setBackground(tint(color))
        rng.format = fmt
        ranges.append(rng)
    return ranges


def highlight_text_edit(edit: QTextEdit, highlights: Sequence[Highlight]) -> None:
    """Tint the spans in a (read-only) text edit; the user's own selection stays on top."""
    text = edit.toPlainText()
    selections = []
    for rng in format_ranges(text, highlights):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(edit.document())
        cursor.setPosition(rng.start)
        cursor.setPosition(rng.start + rng.length, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = rng.format
        selections.append(selection)
    edit.setExtraSelections(selections)
