"""Tagging live in meeting mode.

Ctrl+T (or "Tag with…" in an entry's context menu) tags the selected earlier entry
when the list has the focus, else the entry committed last. Editing an earlier
entry's text keeps its tagged spans on their words; a tagging whose words were
changed becomes a whole-entry tagging (with a note in its memo), and the status bar
names its tag.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu

from samverkan_desktop.services.tagging import taggings_of_session
from samverkan_desktop.ui.entry_commands import set_entry_text
from samverkan_desktop.ui.tagging.palette import tag_interactively

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.window import MeetingWindow

LOST_MESSAGE_MS = 15_000


def install_tagging(window: MeetingWindow) -> None:
    """Highlights from the stored taggings, kept fresh, and the entries' context menu."""
    refresh_taggings(window)  # and again on each change of a tagging: MeetingWindow._list_changed
    window.entries.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    window.entries.customContextMenuRequested.connect(lambda pos: _context_menu(window, pos))


def refresh_taggings(window: MeetingWindow) -> None:
    window.model.set_taggings(taggings_of_session(window.ctx.library, window.session_id))


def _context_menu(window: MeetingWindow, pos: QPoint) -> None:
    index = window.entries.indexAt(pos)
    if not index.isValid() or window.data.read_only:
        return
    window.entries.setCurrentIndex(index)
    menu = QMenu(window.entries)
    action = menu.addAction(QCoreApplication.translate("Meeting", "Tag with…"))
    action.setShortcut("Ctrl+T")
    action.triggered.connect(lambda: tag_row(window, index.row()))
    from samverkan_desktop.ui.meeting.open_actions import add_menu_item
    from samverkan_desktop.ui.meeting.quote_action import add_menu_item as add_quote_item

    add_menu_item(window, menu, index.row())
    add_quote_item(window, menu, index.row())
    menu.exec(window.entries.viewport().mapToGlobal(pos))


def tag_current(window: MeetingWindow) -> None:
    """Ctrl+T: the selected earlier entry (focus in the list), else the one committed last."""
    if window.data.read_only or not window.model.rowCount():
        return
    index = window.entries.currentIndex()
    row = index.row() if window.entries.hasFocus() and index.isValid() else window.model.rowCount() - 1
    tag_row(window, row)


def _record(window: MeetingWindow, row: int):  # type: ignore[no-untyped-def]
    """The stored entry of ``row``; an entry committed a moment ago is first written and its id delivered."""
    if 0 <= row < window.model.rowCount() and not window.model.entries[row].id:
        window.writer.flush(2.0)
        QCoreApplication.processEvents()  # the writer's "stored" news arrives through a queued signal
    return window._row(row)


def tag_row(window: MeetingWindow, row: int) -> None:
    record = _record(window, row)
    if record is None:
        return
    tag_interactively(window, window.ctx, window.data.project_id, record.id, record["text"])


def edit_entry_text(window: MeetingWindow, row: int, text: str) -> None:
    """The user changed an earlier entry's text in place: store it with its spans moved along."""
    if window.data.read_only or not text.strip():
        return
    record = _record(window, row)
    if record is None or record["text"] == text:
        return
    result = set_entry_text(window.ctx, record.id, text, QCoreApplication.translate("Meeting", "Edit entry"))
    window.ctx.end_merge()
    if result is None and window.ctx.fault is not None:  # the disk refused: kept and retried, so show it
        window.model.replace_entry(replace(window.model.entries[row], text=text))
    if result is not None and result.lost_names:
        names = ", ".join(f"“{name}”" for name in result.lost_names)
        window.statusBar().showMessage(QCoreApplication.translate(
            "Meeting", "The words tagged with %1 were changed: the tagging now applies to the whole entry "
            "(its memo quotes the old words). Ctrl+Z restores them.").replace("%1", names), LOST_MESSAGE_MS)
