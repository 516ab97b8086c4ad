"""Every key of meeting mode, declared once: the shortcuts and the F1 overview come from here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Key:
    name: str
    sequence: str
    label: str


def meeting_keys() -> list[Key]:
    tr = QCoreApplication.translate
    return [
        Key("commit", "Return", tr("MeetingKeys", "Save the entry and start the next")),
        Key("newline", "Shift+Return", tr("MeetingKeys", "New line in the entry")),
        Key("party", "Alt+1 … Alt+9", tr("MeetingKeys", "Who is speaking: choose the party (it stays until changed)")),
        Key("no_party", "Alt+0", tr("MeetingKeys", "No party (e.g. the secretary's own note)")),
        Key("kind_statement", "Ctrl+1", tr("MeetingKeys", "Kind: statement")),
        Key("kind_decision", "Ctrl+2", tr("MeetingKeys", "Kind: decision")),
        Key("kind_action", "Ctrl+3", tr("MeetingKeys", "Kind: action")),
        Key("kind_note", "Ctrl+4", tr("MeetingKeys", "Kind: note")),
        Key("next_topic", "Ctrl+PgDown", tr("MeetingKeys", "Next agenda item or question")),
        Key("previous_topic", "Ctrl+PgUp", tr("MeetingKeys", "Previous agenda item or question")),
        Key("to_list", "Up", tr("MeetingKeys", "From an empty entry: go to the earlier entries")),
        Key("edit_entry", "F2", tr("MeetingKeys", "Edit the selected earlier entry (Enter saves, Esc cancels)")),
        Key("delete_entry", "Delete", tr("MeetingKeys", "Delete the selected earlier entry")),
        Key("move_entry_up", "Alt+Up", tr("MeetingKeys", "Move the selected entry up")),
        Key("move_entry_down", "Alt+Down", tr("MeetingKeys", "Move the selected entry down")),
        Key("back_to_editor", "Esc", tr("MeetingKeys", "Back to the entry being typed")),
        Key("undo", "Ctrl+Z", tr("MeetingKeys", "Undo (typing first, then changes to entries)")),
        Key("redo", "Ctrl+Y", tr("MeetingKeys", "Redo")),
        Key("attendance", "F3", tr("MeetingKeys", "Show or hide the attendance list")),
        Key("adjust", "Ctrl+J", tr("MeetingKeys", "Adjust the minutes (lock them) or reopen them")),
        Key("fullscreen", "F11", tr("MeetingKeys", "Full screen on or off")),
        Key("help", "F1", tr("MeetingKeys", "This overview of keys")),
        Key("close", "Ctrl+W", tr("MeetingKeys", "Leave meeting mode (everything is saved)")),
    ]
