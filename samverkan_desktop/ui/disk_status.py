"""The red bar that says, while it lasts, that the disk refuses to save, and goes away
when saving works again; and ``saved_text``, what the save labels of the main window and
meeting mode say once everything is on disk.

Several sources may report (meeting mode's writer, the edit context): the bar shows
while any of them fails, with the newest message. ``add_top_bar`` puts a bar above a
main window's central widget without the window having to know about it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from samverkan_desktop.ui.context import EditContext

STYLE = "QLabel#diskFaultBar { background: #b00020; color: white; padding: 8px 12px; font-weight: 600; }"


def saved_text(when: datetime) -> str:
    """"Saved 14:02:11": the save label once everything typed is on disk."""
    return QCoreApplication.translate("SaveState", "Saved %1").replace("%1", f"{when:%H:%M:%S}")


class DiskFaultBar(QLabel):
    """Shown while a write fails; hidden when every source reports that it is saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diskFaultBar")
        self.setStyleSheet(STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(self.tr("Saving problem"))
        self.failing: dict[str, str] = {}
        self.hide()

    def report(self, source: str, ok: bool, message: str) -> None:
        if ok:
            self.failing.pop(source, None)
        else:
            self.failing.pop(source, None)
            self.failing[source] = message
        if self.failing:
            self.setText(list(self.failing.values())[-1])
        self.setVisible(bool(self.failing))

    def follow(self, ctx: EditContext) -> None:
        """Show the edit context's failures to store typed text (a bound method, so that
        the connection ends with the bar, while the context lives on)."""
        ctx.storage_status.connect(self._edits_status)

    def _edits_status(self, ok: bool, message: str) -> None:
        self.report("edits", ok, message)


def add_top_bar(window: QMainWindow, bar: QWidget) -> None:
    """Put ``bar`` above ``window``'s central widget (bars added later go below it)."""
    holder = window.centralWidget()
    if holder is None or holder.objectName() != "topBarsHolder":
        content = window.takeCentralWidget()
        holder = QWidget()
        holder.setObjectName("topBarsHolder")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        if content is not None:
            column.addWidget(content, 1)
        window.setCentralWidget(holder)
    layout = holder.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertWidget(max(layout.count() - 1, 0), bar)


def install(window: QMainWindow, ctx: EditContext) -> DiskFaultBar:
    """A disk-fault bar at the top of ``window``, following ``ctx``."""
    bar = DiskFaultBar(window)
    bar.follow(ctx)
    add_top_bar(window, bar)
    return bar
