"""What meeting mode reads: one session with its parties, agenda, questions, entries and draft.

Everything is loaded in one short read and handed over as frozen dataclasses; the
writes of meeting mode go through ``MinutesWriter`` (typing) and the editing service
(changes to earlier entries, with undo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import EntryKind, SessionKind
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.domain.rules import is_read_only
from samverkan_desktop.services.errors import LocalText, NotAMeeting, NotFound
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class PartyView:
    id: int
    name: str
    side: str


@dataclass(frozen=True)
class PersonView:
    id: int
    name: str
    party_id: int | None
    role: str | None
    present: bool | None
    session_role: str | None


@dataclass(frozen=True)
class TopicView:
    """A point of discussion: an agenda item (§) or a central question."""

    kind: str  # "agenda_item" or "question"
    id: int
    number: int
    title: str
    guidance: str | None
    question_id: int | None


@dataclass(frozen=True)
class EntryView:
    id: int
    uid: str
    text: str
    party_id: int | None
    person_id: int | None
    kind: str | None
    agenda_item_id: int | None
    question_id: int | None
    recorded_at: str | None
    #: where a merge brought the entry from (recorder, laptop, conflict_copy_of); None for own
    origin: dict[str, Any] | None = None
    #: a written answer's group (it has no party); None for what was said in a meeting
    respondent_group: str | None = None


@dataclass(frozen=True)
class DraftView:
    text: str
    party_id: int | None
    person_id: int | None
    kind: str | None
    agenda_item_id: int | None
    question_id: int | None
    started_at: str | None


@dataclass(frozen=True)
class MeetingData:
    project_id: int
    session_id: int
    session_uid: str
    title: str
    date: dt.date
    start: str | None
    end: str | None
    location: str | None
    status: str | None
    read_only: bool
    parties: tuple[PartyView, ...]
    people: tuple[PersonView, ...]
    topics: tuple[TopicView, ...]
    entries: tuple[EntryView, ...]
    draft: DraftView | None


def find_session(library: Library, project_uid: str, session_uid: str) -> tuple[int, int]:
    """The internal ids of a project and one of its sessions, by their file ids."""
    project, session = table_of(m.Project), table_of(m.Session)
    with library.engine.connect() as c:
        found = c.execute(select(project.c.id, session.c.id).join(session, session.c.project_id == project.c.id)
                          .where(project.c.uid == project_uid, session.c.uid == session_uid)).first()
    if found is None:
        raise NotFound(LocalText(
            f'Dialogtillfället "{session_uid}" finns inte i projektet "{project_uid}".',
            f'The session "{session_uid}" is not in the project "{project_uid}".'))
    return int(found[0]), int(found[1])


def ensure_meeting(library: Library, session_id: int) -> None:
    """NotAMeeting for a session of written answers (skriftliga svar), NotFound when it is gone.

    Employees' answers imported from a survey were never said in a meeting: they are not typed
    in meeting mode, adjusted, or printed as minutes or a notice; they are tagged in the
    session's entries and printed in the report as their own source."""
    session = table_of(m.Session)
    with library.engine.connect() as c:
        found = c.execute(select(session.c.kind, session.c.title).where(session.c.id == session_id)).first()
    if found is None:
        raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
    if _value(found.kind) == SessionKind.WRITTEN_ANSWERS.value:
        raise NotAMeeting(LocalText(
            f"”{found.title}” är skriftliga svar från en enkät, inget möte: de har inget mötesläge, inget "
            "protokoll och ingen kallelse. Koda och citera svaren under dialogtillfällets flik Inlägg och kodning; "
            "rapporten redovisar dem som skriftliga svar från medarbetare.",
            f"“{found.title}” is written answers from a survey, not a meeting: it has no meeting mode, no minutes "
            "and no notice. Tag and quote the answers on the session's Entries and tagging tab; the report shows "
            "them as written answers from employees."))


def _value(value: object) -> str | None:
    """An enum column's value as its string (Core hands back the enum member)."""
    return None if value is None else str(getattr(value, "value", value))


def _entries(c: Connection, session_id: int) -> tuple[EntryView, ...]:
    entry = table_of(m.Entry)
    rows = c.execute(select(entry.c.id, entry.c.uid, entry.c.text, entry.c.party_id, entry.c.person_id,
                            entry.c.kind, entry.c.agenda_item_id, entry.c.question_id, entry.c.recorded_at,
                            entry.c.origin, entry.c.respondent_group)
                     .where(entry.c.session_id == session_id).order_by(entry.c.sort_order, entry.c.id)).all()
    return tuple(EntryView(r.id, r.uid, r.text, r.party_id, r.person_id, _value(r.kind), r.agenda_item_id,
                           r.question_id, r.recorded_at, r.origin, r.respondent_group) for r in rows)


def entries_of_session(library: Library, session_id: int) -> tuple[EntryView, ...]:
    """The session's entries in their order (what meeting mode reads again after a change)."""
    with library.engine.connect() as c:
        return _entries(c, session_id)


def load_meeting(library: Library, session_id: int) -> MeetingData:
    """One short read of Core selects (no ORM loading: this is on the path of ``--meeting``)."""
    session, party, person = table_of(m.Session), table_of(m.Party), table_of(m.Person)
    attendance, question, agenda = table_of(m.Attendance), table_of(m.Question), table_of(m.AgendaItem)
    draft_table = table_of(m.EntryDraft)
    with library.engine.connect() as c:
        found = c.execute(select(session).where(session.c.id == session_id)).first()
        if found is None:
            raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
        project_id = found.project_id
        parties = tuple(PartyView(r.id, r.name, str(_value(r.side))) for r in c.execute(
            select(party.c.id, party.c.name, party.c.side).where(party.c.project_id == project_id)
            .order_by(party.c.sort_order, party.c.id)))
        presence = {r.person_id: (r.present, _value(r.role)) for r in c.execute(
            select(attendance.c.person_id, attendance.c.present, attendance.c.role)
            .where(attendance.c.session_id == session_id))}
        people = tuple(PersonView(r.id, r.name, r.party_id, r.role, *presence.get(r.id, (None, None)))
                       for r in c.execute(select(person.c.id, person.c.name, person.c.party_id, person.c.role)
                                          .where(person.c.project_id == project_id)
                                          .order_by(person.c.sort_order, person.c.id)))
        questions = c.execute(select(question.c.id, question.c.number, question.c.text, question.c.guidance)
                              .where(question.c.project_id == project_id)
                              .order_by(question.c.sort_order, question.c.id)).all()
        guidance = {q.id: q.guidance for q in questions}
        topics = [TopicView("agenda_item", r.id, r.number, r.title, guidance.get(r.question_id), r.question_id)
                  for r in c.execute(select(agenda.c.id, agenda.c.number, agenda.c.title, agenda.c.question_id)
                                     .where(agenda.c.session_id == session_id)
                                     .order_by(agenda.c.sort_order, agenda.c.id))]
        linked = {t.question_id for t in topics if t.question_id}
        topics += [TopicView("question", q.id, q.number or position, q.text, q.guidance, q.id)
                   for position, q in enumerate(questions, start=1) if q.id not in linked]
        row = c.execute(select(draft_table).where(draft_table.c.session_id == session_id)).first()
        draft = None if row is None else DraftView(row.text, row.party_id, row.person_id, _value(row.kind),
                                                   row.agenda_item_id, row.question_id, row.started_at)
        status = _value(found.status)
        return MeetingData(
            project_id, found.id, found.uid, found.title, found.date, found.start, found.end, found.location,
            status, is_read_only(status), parties, people, tuple(topics), _entries(c, session_id), draft)


ENTRY_KINDS = tuple(kind.value for kind in EntryKind)
