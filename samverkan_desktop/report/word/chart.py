"""The statements chart as a PNG picture for the Word file: the PDF's own drawing, painted with Pillow.

``charts.statements_chart`` builds the chart as a reportlab.graphics Drawing. ReportLab's
own bitmap renderer needs a C backend the app does not ship, so this module paints the
few shapes the chart is made of (groups with a transform, rectangles, lines and strings)
with Pillow, in the bundled DejaVu Sans, at print resolution. The same drawing and font
give the same pixels and the same PNG bytes (no time or software stamp is written).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from PIL import Image, ImageDraw, ImageFont
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String, UserNode

from samverkan_desktop.assets import resource
from samverkan_desktop.report.charts import statements_chart
from samverkan_desktop.report.data import Chart
from samverkan_desktop.report.fonts import BOLD

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
_ANCHORS = {"start": "ls", "middle": "ms", "end": "rs", "numeric": "rs"}


def _multiply(outer: Matrix, inner: Matrix) -> Matrix:
    a, b, c, d, e, f = outer
    a2, b2, c2, d2, e2, f2 = inner
    return (a * a2 + c * b2, b * a2 + d * b2, a * c2 + c * d2, b * c2 + d * d2, a * e2 + c * f2 + e,
            b * e2 + d * f2 + f)


def _shapes(node: Any, matrix: Matrix) -> Iterator[tuple[Any, Matrix]]:
    """Every drawn shape with the transform from its coordinates to the drawing's."""
    if isinstance(node, UserNode):
        node = node.provideNode()
    if isinstance(node, Group):
        inner = _multiply(matrix, tuple(node.transform))
        for child in node.contents:
            yield from _shapes(child, inner)
    else:
        yield node, matrix


def _colour(value: Any) -> tuple[int, int, int] | None:
    if value is None:
        return None
    red, green, blue = value.rgb()
    return round(red * 255), round(green * 255), round(blue * 255)


class _Painter:
    def __init__(self, drawing: Drawing, scale: float) -> None:
        self.scale = scale
        self.height = float(drawing.height)
        size = (round(float(drawing.width) * scale), round(self.height * scale))
        self.image = Image.new("RGB", size, (255, 255, 255))
        self.draw = ImageDraw.Draw(self.image)
        self.fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def point(self, matrix: Matrix, x: float, y: float) -> tuple[float, float]:
        a, b, c, d, e, f = matrix
        return (a * x + c * y + e) * self.scale, (self.height - (b * x + d * y + f)) * self.scale

    def font(self, name: str, size: float) -> ImageFont.FreeTypeFont:
        key = (name, size)
        if key not in self.fonts:
            file = "DejaVuSans-Bold.ttf" if name == BOLD else "DejaVuSans.ttf"
            self.fonts[key] = ImageFont.truetype(str(resource("fonts") / file), max(1, round(size * self.scale)))
        return self.fonts[key]

    def paint(self, shape: Any, matrix: Matrix) -> None:
        if isinstance(shape, Rect):
            (x1, y1), (x2, y2) = self.point(matrix, shape.x, shape.y), \
                self.point(matrix, shape.x + shape.width, shape.y + shape.height)
            box = (min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2))
            stroke = _colour(shape.strokeColor) if shape.strokeWidth else None
            if box[2] - box[0] >= 0.5 and box[3] - box[1] >= 0.5:
                self.draw.rectangle(box, fill=_colour(shape.fillColor), outline=stroke,
                                    width=max(1, round(shape.strokeWidth * self.scale)) if stroke else 0)
        elif isinstance(shape, Line):
            colour = _colour(shape.strokeColor)
            if colour is not None and shape.strokeWidth:
                self.draw.line([self.point(matrix, shape.x1, shape.y1), self.point(matrix, shape.x2, shape.y2)],
                               fill=colour, width=max(1, round(shape.strokeWidth * self.scale)))
        elif isinstance(shape, String) and shape.text:
            anchor = _ANCHORS.get(getattr(shape, "textAnchor", "start"), "ls")
            self.draw.text(self.point(matrix, shape.x, shape.y), shape.text, fill=_colour(shape.fillColor) or 0,
                           font=self.font(shape.fontName, shape.fontSize), anchor=anchor)


def chart_png(chart: Chart, width_pt: float, dpi: int = 200) -> tuple[bytes, tuple[float, float]] | None:
    """The chart as PNG bytes and its size in points (``width_pt`` wide); None when nothing is counted."""
    drawing = statements_chart(chart, width_pt)
    if drawing is None:
        return None
    painter = _Painter(drawing, dpi / 72)
    for shape, matrix in _shapes(drawing, _IDENTITY):
        painter.paint(shape, matrix)
    buffer = io.BytesIO()
    painter.image.save(buffer, "PNG", optimize=False, dpi=(dpi, dpi))
    return buffer.getvalue(), (float(drawing.width), float(drawing.height))
