"""Draw the app icon with QPainter: PNGs in every size and a Windows ``.ico``.

    uv run python resources/icons/make_icons.py

Two overlapping speech bubbles (the employer and the unions in dialogue) on a rounded
square in a calm municipal blue. Each size is drawn from vectors (not scaled down from
the largest), so that the small sizes stay crisp; below 32 px the dots are left out.
The ``.ico`` holds 16-256 px: uncompressed 32-bit bitmaps up to 64 px (what every
Windows tool and NSIS read) and PNG for the larger ones, as Windows Vista and later do.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
NAME = "samverkan-desktop"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
BITMAP_LIMIT = 64  # sizes up to this go into the .ico as bitmaps, larger ones as PNG

BLUE_TOP, BLUE_BOTTOM = QColor("#2B6CB0"), QColor("#1A4E86")
BACK_BUBBLE, FRONT_BUBBLE, DOTS = QColor("#A9CDEF"), QColor("#FFFFFF"), QColor("#1F5C99")


def _bubble(rect: QRectF, radius: float, tail_x: float, tail_width: float, tail_drop: float,
            tail_to_left: bool) -> QPainterPath:
    """A rounded rectangle with a small triangular tail under its bottom edge."""
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    tail = QPainterPath()
    bottom = rect.bottom() - 0.5
    tip_x = tail_x - tail_width * 0.6 if tail_to_left else tail_x + tail_width * 0.6
    tail.moveTo(tail_x - tail_width / 2, bottom)
    tail.lineTo(tail_x + tail_width / 2, bottom)
    tail.lineTo(tip_x, rect.bottom() + tail_drop)
    tail.closeSubpath()
    return path.united(tail)


def draw(size: int) -> QImage:
    """The icon at ``size`` px, drawn on a 256-unit canvas."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    margin = 8 if size >= 32 else 4
    square = QRectF(margin, margin, 256 - 2 * margin, 256 - 2 * margin)
    gradient = QLinearGradient(QPointF(0, square.top()), QPointF(0, square.bottom()))
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(gradient)
    painter.drawRoundedRect(square, 52, 52)

    back = _bubble(QRectF(38, 48, 126, 92), 26, 74, 30, 30, tail_to_left=True)
    front = _bubble(QRectF(94, 102, 126, 92), 26, 184, 30, 30, tail_to_left=False)
    painter.setBrush(BACK_BUBBLE)
    painter.drawPath(back)
    # a ring in the background blue around the front bubble keeps the two apart at any size
    painter.setPen(QPen(BLUE_BOTTOM.lighter(105), 12 if size >= 32 else 16))
    painter.setBrush(FRONT_BUBBLE)
    painter.drawPath(front)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FRONT_BUBBLE)
    painter.drawPath(front)
    if size >= 32:
        painter.setBrush(DOTS)
        for x in (127, 157, 187):
            painter.drawEllipse(QPointF(x, 148), 10, 10)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def bitmap_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA device-independent bitmap as an .ico entry holds it (bottom-up, with an AND mask)."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])  # ARGB32 is stored as B, G, R, A in memory
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    entries, blobs = [], []
    offset = 6 + 16 * len(images)
    for size, image in sorted(images.items()):
        blob = bitmap_bytes(image) if size <= BITMAP_LIMIT else png_bytes(image)
        side = 0 if size >= 256 else size  # 0 means 256 in the directory
        entries.append(struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return struct.pack("<HHH", 0, 1, len(images)) + b"".join(entries) + b"".join(blobs)


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: draw(size) for size in PNG_SIZES}
    for size, image in images.items():
        (HERE / f"{NAME}-{size}.png").write_bytes(png_bytes(image))
    (HERE / f"{NAME}.ico").write_bytes(ico_bytes({s: images[s] for s in ICO_SIZES}))
    print(f"{len(images)} PNGs and {NAME}.ico written to {HERE}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
