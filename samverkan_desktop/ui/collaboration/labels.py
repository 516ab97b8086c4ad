"""Words the collaboration dialogs share: where a record came from, the kinds of record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("Collaboration", text)


def origin_text(origin: dict[str, Any] | None) -> str:
    """ "Recorded by FSG Utbildning on fsg-laptop" (and "conflict copy of ..."); "" for the library's own."""
    if not origin:
        return ""
    recorder, laptop = origin.get("recorder"), origin.get("laptop")
    if recorder and laptop:
        text = _tr("Recorded by %1 on %2").replace("%1", str(recorder)).replace("%2", str(laptop))
    elif recorder:
        text = _tr("Recorded by %1").replace("%1", str(recorder))
    else:
        text = ""
    copy_of = origin.get("conflict_copy_of")
    if copy_of:
        note = _tr("the other side's version of %1, kept beside it after a conflict").replace("%1", str(copy_of))
        text = f"{text} · {note}" if text else note[:1].upper() + note[1:]
    return text


def recorder_text(origin: dict[str, Any] | None) -> str:
    """The session list's column: who recorded the session, and on which laptop."""
    if not origin or not origin.get("recorder"):
        return ""
    laptop = origin.get("laptop")
    return f"{origin['recorder']} ({laptop})" if laptop else str(origin["recorder"])


def kind_names() -> dict[str, str]:
    return {
        "project": _tr("The project"), "party": _tr("Parties"), "person": _tr("People"),
        "mandate": _tr("Political mandates"), "question": _tr("Questions"), "tag": _tr("Tags"),
        "session": _tr("Sessions"), "attendance": _tr("Attendance"), "agenda": _tr("Agenda items"),
        "note": _tr("Minute notes"), "entry": _tr("Entries"), "tagging": _tr("Taggings"),
        "action": _tr("Actions"),
    }


def kind_name_one() -> dict[str, str]:
    return {
        "project": _tr("the project"), "party": _tr("party"), "person": _tr("person"),
        "mandate": _tr("political mandate"), "question": _tr("question"), "tag": _tr("tag"),
        "session": _tr("session"), "attendance": _tr("attendance line"), "agenda": _tr("agenda item"),
        "note": _tr("minute note"), "entry": _tr("entry"), "tagging": _tr("tagging"), "action": _tr("action"),
    }


def count_names() -> list[tuple[str, str]]:
    return [("added", _tr("Added")), ("changed", _tr("Changed")), ("removed", _tr("Removed")),
            ("conflicts", _tr("Conflicts")), ("unchanged", _tr("Unchanged"))]


def field_names() -> dict[str, str]:
    """Labels of the fields a conflict shows, side by side."""
    return {
        "text": _tr("Text"), "name": _tr("Name"), "title": _tr("Title"), "party": _tr("Party"),
        "person": _tr("Person"), "kind": _tr("Kind"), "tags": _tr("Tags"), "memo": _tr("Memo"),
        "status": _tr("Status"), "date": _tr("Date"), "location": _tr("Place"), "role": _tr("Role"),
        "owner": _tr("Owner"), "due": _tr("Due"), "question": _tr("Question"), "agenda_item": _tr("Agenda item"),
        "description": _tr("Description"), "present": _tr("Present"), "number": _tr("Number"),
        "recorded_at": _tr("Recorded"), "summary": _tr("Summary"), "commission": _tr("Commission"),
    }
