"""The minutes of a session as the report builders want them: a frozen ``MinutesData``.

Read in one ORM session. People are named only when ``names`` is true (the standalone
minutes always; the dialogue report's appendix only when the user turned names on).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import selectinload

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.data import Attendee, MinutesData, MinutesEntry, MinutesItem, MinutesNote


def minutes_loading() -> tuple[Any, ...]:
    """Loader options that read a session's minutes in a handful of queries instead of one per row."""
    s, a, i, e = m.Session, m.Attendance, m.AgendaItem, m.Entry
    # entries are most of the rows: only the columns printed (not the JSON of unmodelled keys)
    entries = selectinload(s.entries).load_only(
        e.text, e.kind, e.agenda_item_id, e.question_id, e.party_id, e.sort_order, e.session_id,
    ).joinedload(e.party)
    return (selectinload(s.project), entries,
            selectinload(s.attendance).joinedload(a.person).joinedload(m.Person.party),
            selectinload(s.agenda).selectinload(i.minute_notes).joinedload(m.MinuteNote.party),
            selectinload(s.agenda).joinedload(i.question),
            selectinload(s.adjusters).joinedload(m.SessionAdjuster.person))


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def _entry(row: m.Entry) -> MinutesEntry:
    return MinutesEntry(row.party.name if row.party else None, _value(row.kind), row.text)


def minutes_data(session: m.Session, names: bool) -> MinutesData:
    """The minutes of ``session`` (an ORM object of an open ORM session)."""
    project = session.project
    attendees = tuple(
        Attendee(a.person.party.name if a.person.party else None, a.person.name if names else None,
                 a.person.role if names else None, _value(a.role), bool(a.present))
        for a in session.attendance)
    by_item: dict[int, list[MinutesEntry]] = {item.id: [] for item in session.agenda}
    item_of_question = {item.question_id: item.id for item in session.agenda if item.question_id}
    other: list[MinutesEntry] = []
    for row in session.entries:
        item_id = row.agenda_item_id if row.agenda_item_id in by_item else \
            item_of_question.get(row.question_id) if row.question_id is not None else None
        (by_item[item_id] if item_id is not None else other).append(_entry(row))
    items = tuple(
        MinutesItem(item.number, item.title, _value(item.item_type), item.question.text if item.question else None,
                    tuple(by_item[item.id]), tuple(MinutesNote(n.party.name, n.text) for n in item.minute_notes),
                    _value(item.outcome))
        for item in session.agenda)

    def named(role: str) -> str | None:
        person = next((a.person for a in session.attendance if a.present and _value(a.role) == role), None)
        return person.name if person is not None and names else None

    adjusted = _value(session.status) == "adjusted"
    if adjusted and session.adjusters:
        adjusters: tuple[str | None, ...] = tuple(a.person.name if names else None for a in session.adjusters)
    else:
        adjusters = tuple(a.person.name if names else None for a in session.attendance
                          if a.present and _value(a.role) == "adjuster")
    secretary = named("secretary") or (project.secretary if names else None)
    return MinutesData(
        organisation=project.organisation, body=project.body, project_title=project.title,
        case_number=project.case_number, title=session.title, kind=_value(session.kind),
        protocol_number=session.protocol_number, date=session.date, start=session.start, end=session.end,
        location=session.location, parties=tuple(p.name for p in project.parties), attendees=attendees,
        items=items, other_entries=tuple(other), adjusted=adjusted, adjusted_at=session.adjusted_at,
        secretary=secretary, chair=named("chair"), adjusters=adjusters,
        created=session.adjusted_at or session.date or dt.date(2000, 1, 1))
