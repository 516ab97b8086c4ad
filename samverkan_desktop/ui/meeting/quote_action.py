"""Citera i rapporten from meeting mode's earlier entries: a feature that takes the ``MeetingSession``.

Ctrl+Shift+C (with the list of earlier entries focused) or "Quote in the report…" in an
entry's context menu (both declared in ``keys``) opens the quote dialog
(``report_writing.quote_dialog``) for the selected entry: the whole entry or one of its
tagged passages, for mandates and tags. The change is an undo step of meeting mode.
Quoting never changes the minutes, so it is offered in adjusted minutes too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from samverkan_desktop.ui.meeting.session import MeetingSession


class ReportQuotes:
    def __init__(self, session: MeetingSession, parent: QWidget) -> None:
        self.session = session
        # the window the dialog opens over
        self.parent = parent

    def quote(self, row: int) -> bool:
        """Choose quotes of the entry at ``row``; True when the report's quotes changed."""
        from samverkan_desktop.ui.report_writing.quote_dialog import choose_quotes

        session = self.session
        record = session.record_to_change(row, "quote")
        if record is None:
            return False
        return choose_quotes(self.parent, session.ctx, session.data.project_id, record.id, push=session.push)
