"""The minutes of a session as the report builders want them: a frozen ``MinutesData``.

Read in one ORM session. People are named only when ``names`` is true (the standalone
minutes always; the dialogue report's appendix only when the user turned names on).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session, selectinload

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.data import (
    Attendee,
    MinutesData,
    MinutesEntry,
    MinutesItem,
    MinutesNote,
    QuestionEntries,
)

#: what ``minutes_data`` needs of an entry: agenda item id, question id, party name, kind, text
EntryRow = tuple[int | None, int | None, str | None, str | None, str]


def minutes_loading(entries: bool = True) -> tuple[Any, ...]:
    """Loader options that read a session's minutes in a handful of queries instead of one per row.

    ``entries=False`` leaves the entries out (``project_entry_rows`` reads them for many sessions).
    """
    s, a, i, e = m.Session, m.Attendance, m.AgendaItem, m.Entry
    # entries are most of the rows: only the columns printed (not the JSON of unmodelled keys)
    entry_options = (selectinload(s.entries).load_only(
        e.text, e.kind, e.agenda_item_id, e.question_id, e.party_id, e.sort_order, e.session_id,
    ).joinedload(e.party),) if entries else ()
    return (selectinload(s.project).selectinload(m.Project.questions), *entry_options,
            selectinload(s.attendance).joinedload(a.person).joinedload(m.Person.party),
            selectinload(s.agenda).selectinload(i.minute_notes).joinedload(m.MinuteNote.party),
            selectinload(s.agenda).joinedload(i.question),
            selectinload(s.adjusters).joinedload(m.SessionAdjuster.person))


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def project_entry_rows(db: Session, project_id: int) -> dict[int, list[EntryRow]]:
    """Every entry of the project's sessions, in minutes order, grouped by session: one Core query."""
    e, party = m.table_of(m.Entry), m.table_of(m.Party)
    s = m.table_of(m.Session)
    query = (select(e.c.session_id, e.c.agenda_item_id, e.c.question_id, party.c.name,
                    type_coerce(e.c.kind, String), e.c.text)
             .select_from(e.join(s, s.c.id == e.c.session_id).outerjoin(party, party.c.id == e.c.party_id))
             .where(s.c.project_id == project_id).order_by(e.c.session_id, e.c.sort_order, e.c.id))
    rows: dict[int, list[EntryRow]] = {}
    for session_id, item, question, party_name, kind, text in db.execute(query).all():
        rows.setdefault(int(session_id), []).append((item, question, party_name, kind, text))
    return rows


def _session_rows(session: m.Session) -> list[EntryRow]:
    return [(e.agenda_item_id, e.question_id, e.party.name if e.party else None, _value(e.kind), e.text)
            for e in session.entries]


def minutes_data(session: m.Session, names: bool, entries: list[EntryRow] | None = None) -> MinutesData:
    """The minutes of ``session`` (an ORM object of an open ORM session).

    ``entries``: its entries as ``project_entry_rows`` reads them; read from the session when None.
    """
    project = session.project
    attendees = tuple(
        Attendee(a.person.party.name if a.person.party else None, a.person.name if names else None,
                 a.person.role if names else None, _value(a.role), bool(a.present))
        for a in session.attendance)
    by_item: dict[int, list[MinutesEntry]] = {item.id: [] for item in session.agenda}
    item_of_question = {item.question_id: item.id for item in session.agenda if item.question_id}
    other: list[MinutesEntry] = []
    by_question: dict[int, list[MinutesEntry]] = {}
    for agenda_item_id, question_id, party, kind, text in (_session_rows(session) if entries is None else entries):
        item_id = agenda_item_id if agenda_item_id in by_item else \
            item_of_question.get(question_id) if question_id is not None else None
        entry = MinutesEntry(party, kind, text)
        if item_id is not None:
            by_item[item_id].append(entry)
        elif question_id is not None:  # a question discussed without an agenda item of its own
            by_question.setdefault(question_id, []).append(entry)
        else:
            other.append(entry)
    questions = tuple(QuestionEntries(q.number, q.text, tuple(by_question.pop(q.id)))
                      for q in project.questions if q.id in by_question)
    for lost in by_question.values():  # a question of another project (cannot happen): not lost either
        other += lost
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
        items=items, other_entries=tuple(other), question_entries=questions, adjusted=adjusted,
        adjusted_at=session.adjusted_at,
        secretary=secretary, chair=named("chair"), adjusters=adjusters,
        created=session.adjusted_at or session.date or dt.date(2000, 1, 1))
