"""Citera i rapporten from meeting mode's earlier entries: one self-contained action.

Ctrl+Shift+C (with the list of earlier entries focused) or "Quote in the report…" in an
entry's context menu opens the quote dialog (``report_writing.quote_dialog``) for the
selected entry: the whole entry or one of its tagged passages, for mandates and tags.
Quoting never changes the minutes, so it is offered in adjusted minutes too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.window import MeetingWindow

SHORTCUT = "Ctrl+Shift+C"


def quote_row(window: MeetingWindow, row: int) -> bool:
    from samverkan_desktop.ui.meeting.tagging_live import _record
    from samverkan_desktop.ui.report_writing.quote_dialog import choose_quotes

    record = _record(window, row)
    if record is None:
        return False
    return choose_quotes(window, window.ctx, window.data.project_id, record.id)


def quote_selected(window: MeetingWindow) -> bool:
    index = window.entries.currentIndex()
    return quote_row(window, index.row()) if index.isValid() else False


def add_menu_item(window: MeetingWindow, menu: QMenu, row: int) -> None:
    item = menu.addAction(QCoreApplication.translate("Meeting", "Quote in the report…"))
    item.setShortcut(QKeySequence(SHORTCUT))
    item.triggered.connect(lambda: quote_row(window, row))
