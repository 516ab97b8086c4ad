"""Reopen adjusted minutes for changes, once the user has confirmed it.

Adjusted minutes are locked (``domain.rules.is_read_only``). Reopening them is a
deliberate step: it is recorded with the adjustment (``services.adjustment.reopen``)
and the minutes must be adjusted again. The session editor's banner offers it; meeting
mode does the same on Ctrl+J.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import adjustment
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.dialogs import confirm, show_error


def reopen_minutes(parent: QWidget, ctx: EditContext, session_id: int) -> bool:
    """Ask, then unlock the session's minutes; True when they were reopened."""
    title = QCoreApplication.translate("ReopenMinutes", "Reopen the minutes")
    question = QCoreApplication.translate("ReopenMinutes", "The minutes are adjusted. Reopen them for changes? "
                                                           "The reopening is recorded, and they must be adjusted "
                                                           "again.")
    if not confirm(parent, title, question, QCoreApplication.translate("ReopenMinutes", "Reopen")):
        return False
    try:
        adjustment.reopen(ctx.library, session_id)
    except ServiceError as exc:
        show_error(parent, exc.text(ctx.language))
        return False
    ctx.undo_stack.clear()  # edits from before the lock cannot be undone into the reopened minutes
    ctx.emit_changed(RecordKind.SESSION, session_id)
    return True
