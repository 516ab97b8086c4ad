"""Every key of meeting mode, declared once: the shortcuts and the F1 overview come from here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class Key:
    name: str
    # the keys as the overview shows them; key names with words in them are translated
    sequence: str
    label: str


def meeting_keys() -> list[Key]:
    return [
        Key(
            "commit",
            QCoreApplication.translate("MeetingKeys", "Return", "key name"),
            QCoreApplication.translate("MeetingKeys", "Save the entry and start the next"),
        ),
        Key(
            "newline",
            QCoreApplication.translate("MeetingKeys", "Shift+Return", "key name"),
            QCoreApplication.translate("MeetingKeys", "New line in the entry"),
        ),
        Key(
            "party",
            "Alt+1 … Alt+9",
            QCoreApplication.translate("MeetingKeys", "Who is speaking: choose the party (it stays until changed)"),
        ),
        Key("no_party", "Alt+0", QCoreApplication.translate("MeetingKeys", "No party (e.g. the secretary's own note)")),
        Key("kind_statement", "Ctrl+1", QCoreApplication.translate("MeetingKeys", "Kind: statement")),
        Key("kind_decision", "Ctrl+2", QCoreApplication.translate("MeetingKeys", "Kind: decision")),
        Key("kind_action", "Ctrl+3", QCoreApplication.translate("MeetingKeys", "Kind: action")),
        Key("kind_note", "Ctrl+4", QCoreApplication.translate("MeetingKeys", "Kind: note")),
        Key("next_topic", "Ctrl+PgDown", QCoreApplication.translate("MeetingKeys", "Next agenda item or question")),
        Key(
            "previous_topic", "Ctrl+PgUp", QCoreApplication.translate("MeetingKeys", "Previous agenda item or question")
        ),
        Key(
            "to_list",
            QCoreApplication.translate("MeetingKeys", "Up", "key name"),
            QCoreApplication.translate("MeetingKeys", "From an empty entry: go to the earlier entries"),
        ),
        Key(
            "edit_entry",
            "F2",
            QCoreApplication.translate("MeetingKeys", "Edit the selected earlier entry (Enter saves, Esc cancels)"),
        ),
        Key(
            "delete_entry",
            QCoreApplication.translate("MeetingKeys", "Delete", "key name"),
            QCoreApplication.translate("MeetingKeys", "Delete the selected earlier entry"),
        ),
        Key(
            "move_entry_up",
            QCoreApplication.translate("MeetingKeys", "Alt+Up", "key name"),
            QCoreApplication.translate("MeetingKeys", "Move the selected entry up"),
        ),
        Key(
            "move_entry_down",
            QCoreApplication.translate("MeetingKeys", "Alt+Down", "key name"),
            QCoreApplication.translate("MeetingKeys", "Move the selected entry down"),
        ),
        Key(
            "tag_entry",
            "Ctrl+T",
            QCoreApplication.translate("MeetingKeys", "Tag the selected earlier entry, or the one just saved"),
        ),
        Key("back_to_editor", "Esc", QCoreApplication.translate("MeetingKeys", "Back to the entry being typed")),
        Key(
            "undo", "Ctrl+Z", QCoreApplication.translate("MeetingKeys", "Undo (typing first, then changes to entries)")
        ),
        Key("redo", "Ctrl+Y", QCoreApplication.translate("MeetingKeys", "Redo")),
        Key(
            "action_from_entry",
            "Ctrl+Shift+A",
            QCoreApplication.translate("MeetingKeys", "Make the selected entry of kind action an action item"),
        ),
        Key(
            "quote_entry",
            "Ctrl+Shift+C",
            QCoreApplication.translate("MeetingKeys", "Quote the selected entry in the report (for a mandate or tag)"),
        ),
        Key("attendance", "F3", QCoreApplication.translate("MeetingKeys", "Show or hide the attendance list")),
        Key(
            "adjust",
            "Ctrl+J",
            QCoreApplication.translate("MeetingKeys", "Adjust the minutes (lock them) or reopen them"),
        ),
        Key("fullscreen", "F11", QCoreApplication.translate("MeetingKeys", "Full screen on or off")),
        Key("help", "F1", QCoreApplication.translate("MeetingKeys", "This overview of keys")),
        Key("close", "Ctrl+W", QCoreApplication.translate("MeetingKeys", "Leave meeting mode (everything is saved)")),
    ]
