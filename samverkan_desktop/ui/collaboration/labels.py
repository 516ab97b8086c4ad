"""Words the collaboration dialogs share: where a record came from, the kinds of record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def origin_text(origin: dict[str, Any] | None) -> str:
    """ "Recorded by FSG Utbildning on fsg-laptop" (and "conflict copy of ..."); "" for the library's own."""
    if not origin:
        return ""
    recorder, laptop = origin.get("recorder"), origin.get("laptop")
    text = ""
    if recorder and laptop:
        text = (QCoreApplication.translate("Collaboration", "Recorded by %1 on %2")
                .replace("%1", str(recorder)).replace("%2", str(laptop)))
    elif recorder:
        text = QCoreApplication.translate("Collaboration", "Recorded by %1").replace("%1", str(recorder))
    copy_of = origin.get("conflict_copy_of")
    if copy_of:
        note = QCoreApplication.translate(
            "Collaboration", "the other side's version of %1, kept beside it after a conflict")
        note = note.replace("%1", str(copy_of))
        text = f"{text} · {note}" if text else note[:1].upper() + note[1:]
    return text


def recorder_text(origin: dict[str, Any] | None) -> str:
    """The session list's column: who recorded the session, and on which laptop."""
    if not origin or not origin.get("recorder"):
        return ""
    laptop = origin.get("laptop")
    return f"{origin['recorder']} ({laptop})" if laptop else str(origin["recorder"])


def collaboration_text(sent_to: str | None, received_from: str | None) -> str:
    """The session list's column for a session out with another recorder, or received to record here."""
    if received_from:
        return QCoreApplication.translate("Collaboration", "Recorded here (sent by %1)").replace("%1", received_from)
    if sent_to:
        return QCoreApplication.translate("Collaboration", "Sent out to %1").replace("%1", sent_to)
    return ""


def kind_names() -> dict[str, str]:
    return {
        "project": QCoreApplication.translate("Collaboration", "The project"),
        "party": QCoreApplication.translate("Collaboration", "Parties"),
        "person": QCoreApplication.translate("Collaboration", "People"),
        "mandate": QCoreApplication.translate("Collaboration", "Political mandates"),
        "question": QCoreApplication.translate("Collaboration", "Questions"),
        "tag": QCoreApplication.translate("Collaboration", "Tags"),
        "session": QCoreApplication.translate("Collaboration", "Sessions"),
        "attendance": QCoreApplication.translate("Collaboration", "Attendance"),
        "agenda": QCoreApplication.translate("Collaboration", "Agenda items"),
        "note": QCoreApplication.translate("Collaboration", "Minute notes"),
        "entry": QCoreApplication.translate("Collaboration", "Entries"),
        "tagging": QCoreApplication.translate("Collaboration", "Taggings"),
        "action": QCoreApplication.translate("Collaboration", "Actions"),
    }


def kind_name_one() -> dict[str, str]:
    return {
        "project": QCoreApplication.translate("Collaboration", "the project"),
        "party": QCoreApplication.translate("Collaboration", "party"),
        "person": QCoreApplication.translate("Collaboration", "person"),
        "mandate": QCoreApplication.translate("Collaboration", "political mandate"),
        "question": QCoreApplication.translate("Collaboration", "question"),
        "tag": QCoreApplication.translate("Collaboration", "tag"),
        "session": QCoreApplication.translate("Collaboration", "session"),
        "attendance": QCoreApplication.translate("Collaboration", "attendance line"),
        "agenda": QCoreApplication.translate("Collaboration", "agenda item"),
        "note": QCoreApplication.translate("Collaboration", "minute note"),
        "entry": QCoreApplication.translate("Collaboration", "entry"),
        "tagging": QCoreApplication.translate("Collaboration", "tagging"),
        "action": QCoreApplication.translate("Collaboration", "action"),
    }


def count_names() -> list[tuple[str, str]]:
    return [
        ("added", QCoreApplication.translate("Collaboration", "Added")),
        ("changed", QCoreApplication.translate("Collaboration", "Changed")),
        ("removed", QCoreApplication.translate("Collaboration", "Removed")),
        ("conflicts", QCoreApplication.translate("Collaboration", "Conflicts")),
        ("unchanged", QCoreApplication.translate("Collaboration", "Unchanged")),
    ]


def field_names() -> dict[str, str]:
    """Labels of the fields a conflict shows, side by side."""
    return {
        "text": QCoreApplication.translate("Collaboration", "Text"),
        "name": QCoreApplication.translate("Collaboration", "Name"),
        "title": QCoreApplication.translate("Collaboration", "Title"),
        "party": QCoreApplication.translate("Collaboration", "Party"),
        "person": QCoreApplication.translate("Collaboration", "Person"),
        "kind": QCoreApplication.translate("Collaboration", "Kind"),
        "tags": QCoreApplication.translate("Collaboration", "Tags"),
        "memo": QCoreApplication.translate("Collaboration", "Memo"),
        "status": QCoreApplication.translate("Collaboration", "Status"),
        "date": QCoreApplication.translate("Collaboration", "Date"),
        "location": QCoreApplication.translate("Collaboration", "Place"),
        "role": QCoreApplication.translate("Collaboration", "Role"),
        "owner": QCoreApplication.translate("Collaboration", "Owner"),
        "due": QCoreApplication.translate("Collaboration", "Due"),
        "question": QCoreApplication.translate("Collaboration", "Question"),
        "agenda_item": QCoreApplication.translate("Collaboration", "Agenda item"),
        "description": QCoreApplication.translate("Collaboration", "Description"),
        "present": QCoreApplication.translate("Collaboration", "Present"),
        "number": QCoreApplication.translate("Collaboration", "Number"),
        "recorded_at": QCoreApplication.translate("Collaboration", "Recorded"),
        "summary": QCoreApplication.translate("Collaboration", "Summary"),
        "commission": QCoreApplication.translate("Collaboration", "Commission"),
    }
