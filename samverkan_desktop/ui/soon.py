"""Run a screen's method once the event loop is back, and never after the screen is deleted.

``QTimer.singleShot(0, self.method)`` calls the method even when the screen was deleted in
between (a RuntimeError in the user's face) and keeps the screen alive until then. A
single-shot timer that is the screen's child dies with it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def call_soon(owner: QObject, method: Callable[[], object]) -> None:
    """Call ``method`` (one of ``owner``'s own) when control returns to the event loop, if ``owner`` still exists."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.timeout.connect(method)
    timer.timeout.connect(timer.deleteLater)
    timer.start(0)
