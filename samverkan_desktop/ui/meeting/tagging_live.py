"""Tagging live in meeting mode: a feature that takes the ``MeetingSession``.

Ctrl+T (or "Tag with…" in an entry's context menu) tags the selected earlier entry
when the list has the focus, else the entry committed last, as an undo step of meeting
mode; tagging works on adjusted minutes too (``domain.rules.is_locked``). Editing an
earlier entry's text keeps its tagged spans on their words; a tagging whose words were
changed becomes a whole-entry tagging (with a note in its memo), and the status bar
names its tag.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samverkan_desktop.ui.meeting.session import MeetingSession

LOST_MESSAGE_MS = 15_000


class LiveTagging:
    def __init__(self, session: MeetingSession, parent: QWidget) -> None:
        self.session = session
        # the window the palette opens over
        self.parent = parent

    def tag(self, row: int) -> int | None:
        """Tag the entry at ``row`` with the palette; the new tagging's id."""
        from samverkan_desktop.ui.tagging.interactive import tag_interactively

        session = self.session
        record = session.record_to_change(row, "tagging")
        if record is None:
            return None
        return tag_interactively(self.parent, session.ctx, session.data.project_id, record.id, record["text"],
                                 push=session.push)

    def edit_text(self, row: int, text: str) -> None:
        """The user changed an earlier entry's text in place: store it with its spans moved along."""
        from samverkan_desktop.ui.entry_commands import SetEntryText  # first needed here, not at start

        session = self.session
        record = session.record_to_change(row)
        if record is None or not text.strip() or record["text"] == text:
            return
        command = SetEntryText(session.ctx, record.id, text, QCoreApplication.translate("Meeting", "Edit entry"))
        result = command.result if session.push(command) else None
        session.ctx.end_merge()
        if result is None and session.ctx.fault is not None:  # the disk refused: kept and retried, so show it
            session.model.replace_entry(replace(session.model.entries[row], text=text))
        if result is not None and result.lost_names:
            names = ", ".join(f"“{name}”" for name in result.lost_names)
            session.message.emit(QCoreApplication.translate(
                "Meeting", "The words tagged with %1 were changed: the tagging now applies to the whole entry "
                "(its memo quotes the old words). Ctrl+Z restores them.").replace("%1", names), LOST_MESSAGE_MS)
