"""How an entry looks in meeting mode: a small grey line (time, party, kind, tags) above the
text in a readable size, wrapped, with tagged spans tinted in their tag's colour; edited in
place in a multi-line editor. The text is laid out with one QTextLayout, for measuring and
painting alike, so heights and drawing agree. An entry that starts a new topic carries the
topic's heading ("§ 4  Budget") above it, a separator across the list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from samverkan_desktop.ui.meeting.entries_model import (
    EntriesModel,
    HighlightsRole,
    KindRole,
    PartyRole,
    PendingRole,
    TagNamesRole,
    TimeRole,
    TopicRole,
)
from samverkan_desktop.ui.tagging.highlight import format_ranges

Index = QModelIndex | QPersistentModelIndex
PADDING = 8
HEIGHT_CACHE_SIZE = 20_000
# text layouts kept for painting: a screenful of rows, several times over
LAYOUT_CACHE_SIZE = 200


class InPlaceEditor(QPlainTextEdit):
    """Enter stores the change, Shift+Enter is a new line, Escape cancels."""

    commit = Signal()
    cancel = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.commit.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel.emit()
            return
        super().keyPressEvent(event)


class EntryDelegate(QStyledItemDelegate):
    #: the user changed the text of the entry in this row
    edited = Signal(int, str)

    def __init__(self, text_font: QFont, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_font = text_font
        self.meta_font = QFont(text_font)
        self.meta_font.setPointSizeF(max(8.0, text_font.pointSizeF() * 0.75))
        self.topic_font = QFont(self.meta_font)
        self.topic_font.setBold(True)
        #: (width, text, topic heading) -> height. QListView lays out every row again on an
        #: insert (non-uniform sizes), so without this each Enter in meeting mode would
        #: measure the wrapped text of every entry of the session (~0.2 ms each).
        self._heights: dict[tuple[int, str, str], int] = {}
        # (width, text) -> laid-out text: an Enter repaints every visible row, which would
        # otherwise wrap each row's text again (the most expensive part of a paint)
        self._layouts: dict[tuple[int, str], QTextLayout] = {}

    def _meta(self, index: Index) -> str:
        parts = [index.data(TimeRole), index.data(PartyRole) or "—", index.data(KindRole)]
        tags = index.data(TagNamesRole)
        if tags:
            parts.append("# " + tags)
        text = "   ".join(p for p in parts if p)
        return text + ("   …" if index.data(PendingRole) else "")

    def _topic_height(self, heading: str) -> int:
        return QFontMetrics(self.topic_font).height() + PADDING + 2 if heading else 0

    def _layout(self, text: str, width: int) -> tuple[QTextLayout, float]:
        """The text wrapped at ``width``; line breaks in the text as Qt's line separator (same length)."""
        layout = QTextLayout(text.replace("\n", "\u2028"), self.text_font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        height = 0.0
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return layout, height

    @staticmethod
    def _text_and_heading(index: Index) -> tuple[str, str]:
        """The entry's text and the topic heading above it. From an ``EntriesModel`` directly,
        without a round trip through QVariant and ``data()``: a layout asks for every row."""
        model = index.model()
        if isinstance(model, EntriesModel):
            row = index.row()
            return model.entries[row].text or "", model.topic_heading(row)
        return index.data() or "", index.data(TopicRole) or ""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = max(200, option.rect.width() or (option.widget.width() if option.widget else 600))
        text, heading = self._text_and_heading(index)
        key = (width, text or " ", heading)
        height = self._heights.get(key)
        if height is None:
            meta = QFontMetrics(self.meta_font).height()
            height = (int(self._layout(text or " ", width - 2 * PADDING)[1] + 0.999) + meta + 2 * PADDING + 2
                      + self._topic_height(heading))
            if len(self._heights) >= HEIGHT_CACHE_SIZE:  # texts of many widths (resizing): start again
                self._heights.clear()
            self._heights[key] = height
        return QSize(width, height)

    def _paint_topic(self, painter: QPainter, option: QStyleOptionViewItem, heading: str) -> QRect:
        """The separator with the topic's heading at the top of ``option.rect``; the rest of the rect."""
        height = self._topic_height(heading)
        band = QRect(option.rect.left(), option.rect.top(), option.rect.width(), height)
        palette = option.palette
        painter.fillRect(band, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(band.topLeft(), band.topRight())
        painter.drawLine(band.bottomLeft(), band.bottomRight())
        painter.setFont(self.topic_font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        area = band.adjusted(PADDING, 0, -PADDING, 0)
        elided = QFontMetrics(self.topic_font).elidedText(heading, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), elided)
        return option.rect.adjusted(0, height, 0, 0)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        text, heading = self._text_and_heading(index)
        rect = self._paint_topic(painter, option, heading) if heading else QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        meta_height = QFontMetrics(self.meta_font).height()
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        painter.setFont(self.meta_font)
        painter.setPen(text_color if selected else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(rect.adjusted(PADDING, PADDING // 2, -PADDING, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), self._meta(index))
        painter.setPen(text_color)
        rect = rect.adjusted(PADDING, PADDING + meta_height, -PADDING, -PADDING)
        layout = self._layouts.get((rect.width(), text))
        if layout is None:
            if len(self._layouts) >= LAYOUT_CACHE_SIZE:
                self._layouts.clear()
            layout = self._layouts[(rect.width(), text)] = self._layout(text, rect.width())[0]
        highlights = index.data(HighlightsRole)
        ranges = format_ranges(text, highlights) if highlights and not selected else []
        layout.draw(painter, QPointF(rect.topLeft()), ranges)
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = InPlaceEditor(parent)
        editor.setFont(self.text_font)
        editor.setObjectName("entryInPlaceEditor")
        editor.commit.connect(lambda: self._finish(editor, True))
        editor.cancel.connect(lambda: self._finish(editor, False))
        return editor

    def _finish(self, editor: InPlaceEditor, keep: bool) -> None:
        if keep:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        else:
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.RevertModelCache)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        if editor.toPlainText() != (index.data() or ""):
            editor.setPlainText(index.data() or "")
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QPlainTextEdit)
        self.edited.emit(index.row(), editor.toPlainText())

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: Index) -> None:
        editor.setGeometry(option.rect.adjusted(2, 2 + self._topic_height(index.data(TopicRole)), -2, -2))
