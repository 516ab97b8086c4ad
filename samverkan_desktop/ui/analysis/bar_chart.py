"""A horizontal bar chart drawn with QPainter (no QtCharts, which would pull in the Addons wheel).

One row per bar: the label on the left (indented by nesting), the bar in the tag's
colour, the value just past the bar's end. When a label would not fit beside its bar
in the label column (at most LABEL_SHARE of the width), every label goes on a line of
its own above its bar instead, so no tag name is cut; only a name wider than the whole
chart is elided (the full text is the tooltip). Bars scale to the widget's width; the
widget asks for the height its rows need, so in a ``QScrollArea`` (``widgetResizable``)
forty tags scroll instead of squeezing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QToolTip, QWidget

MARGIN = 12
GAP = 8
INDENT = 14
#: the label column takes at most this share of the width; wider labels go above their bars
LABEL_SHARE = 0.5


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    color: str
    depth: int = 0


@dataclass(frozen=True)
class _Row:
    label_rect: QRectF
    bar_rect: QRectF
    value_pos: QPointF


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.empty_text = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = list(bars)
        self._fit_height()
        self.update()

    def row_height(self) -> int:
        """The height of a bar's row: one line, or two when the labels stand above the bars."""
        line = self.fontMetrics().height() + 10
        return line + self.fontMetrics().height() if self.stacked() else line

    def stacked(self, width: int | None = None) -> bool:
        """Whether the labels go above their bars: some label does not fit in the label column."""
        room = max(1, (self.width() if width is None else width) - 2 * MARGIN) * LABEL_SHARE
        metrics = QFontMetrics(self.font())
        return any(metrics.horizontalAdvance(b.label) + b.depth * INDENT > room for b in self.bars)

    def _height(self) -> int:
        return 2 * MARGIN + max(1, len(self.bars)) * self.row_height()

    def _fit_height(self) -> None:
        if self.minimumHeight() != self._height():
            self.setMinimumHeight(self._height())
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()  # the labels may have moved above or beside the bars

    def sizeHint(self) -> QSize:
        return QSize(420, self._height())

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self._height())

    def _layout(self) -> list[_Row]:
        metrics = QFontMetrics(self.font())
        width = max(1, self.width() - 2 * MARGIN)
        stacked = self.stacked()
        widest = max((metrics.horizontalAdvance(b.label) + b.depth * INDENT for b in self.bars), default=0)
        label_width = 0 if stacked else widest
        most = max((b.value for b in self.bars), default=0)
        value_width = metrics.horizontalAdvance(str(most)) + GAP
        row_height = self.row_height()
        label_height = metrics.height() if stacked else row_height
        bar_height = row_height - label_height if stacked else row_height
        rows = []
        for i, bar in enumerate(self.bars):
            top = MARGIN + i * row_height
            indent = bar.depth * INDENT
            if stacked:  # the label on its own line, the bar under it, both indented by nesting
                label = QRectF(MARGIN + indent, top + 2, width - indent, label_height)
                left, bar_top = MARGIN + indent, top + label_height
            else:
                label = QRectF(MARGIN + indent, top, label_width - indent, row_height)
                left, bar_top = MARGIN + label_width + GAP, top
            area = max(1, MARGIN + width - left - value_width)
            length = area * bar.value / most if most else 0.0
            rect = QRectF(left, bar_top + 3, length, bar_height - 6)
            value = QPointF(left + length + GAP / 2,
                            bar_top + (bar_height + metrics.ascent() - metrics.descent()) / 2)
            rows.append(_Row(label, rect, value))
        return rows

    def bar_rects(self) -> list[QRectF]:
        """Where each bar is drawn at the current size (for tests and hit testing)."""
        return [row.bar_rect for row in self._layout()]

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            palette = self.palette()
            painter.fillRect(self.rect(), palette.base())
            if not self.bars:
                painter.setPen(palette.placeholderText().color())
                painter.drawText(self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                                 self.empty_text)
                return
            metrics = QFontMetrics(self.font())
            text_color = palette.text().color()
            for bar, row in zip(self.bars, self._layout(), strict=True):
                painter.setPen(text_color)
                label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(row.label_rect.width()))
                painter.drawText(row.label_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                if bar.value:
                    color = QColor(bar.color)
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(color if color.isValid() else palette.highlight().color())
                    painter.drawRoundedRect(row.bar_rect, 2, 2)
                painter.setPen(text_color)
                painter.drawText(row.value_pos, str(bar.value))
        finally:
            painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            row = int((event.pos().y() - MARGIN) // self.row_height())
            if self.bars and 0 <= row < len(self.bars):
                bar = self.bars[row]
                QToolTip.showText(event.globalPos(), f"{bar.label}: {bar.value}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)
