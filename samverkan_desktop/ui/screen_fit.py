"""A window's first size, kept inside the screen it opens on.

The main window asks for 1280 × 760; a 1366 × 768 laptop, or a 1920 × 1080 screen at
150 % (1280 × 720 logical pixels), has less than that above the taskbar, so the window's
title bar or its lower edge ended up off the screen. A size is clamped to the screen's
available geometry (without the taskbar), leaving room for the window frame, and the
window is centred there; a restored geometry is clamped the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: what the window frame adds around the contents (Windows 11 at 150 %: about 16 × 45 pixels)
FRAME = QSize(16, 48)


def available(widget: QWidget) -> QRect:
    """The part of the widget's screen free of the taskbar and docks."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(wanted: QSize, room: QRect) -> QSize:
    """``wanted``, no larger than ``room`` less the window frame (and never below 1 × 1)."""
    return QSize(max(1, min(wanted.width(), room.width() - FRAME.width())),
                 max(1, min(wanted.height(), room.height() - FRAME.height())))


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give ``widget`` the size ``width`` × ``height`` or what its screen has room for, centred."""
    room = available(widget)
    size = fit_size(QSize(width, height), room)
    widget.resize(size)
    widget.move(room.x() + (room.width() - size.width() - FRAME.width()) // 2,
                room.y() + (room.height() - size.height() - FRAME.height()) // 2)


def keep_within_screen(widget: QWidget) -> None:
    """After a restored geometry: shrink and move the window back inside its screen if needed."""
    room = available(widget)
    geometry = widget.geometry()  # before the window is shown its frame is not known yet
    if fit_size(geometry.size(), room) == geometry.size() and room.contains(geometry):
        return
    resize_within_screen(widget, geometry.width(), geometry.height())
