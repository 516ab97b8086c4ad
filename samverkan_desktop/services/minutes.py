"""What meeting mode reads: one session with its parties, agenda, questions, entries and draft.

Everything is loaded in one short read and handed over as frozen dataclasses; the
writes of meeting mode go through ``MinutesWriter`` (typing) and the editing service
(changes to earlier entries, with undo).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import EntryKind
from samverkan_desktop.domain.rules import is_read_only
from samverkan_desktop.services.errors import LocalText, NotFound
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


def entry_view(row: m.Entry) -> EntryView:
    return EntryView(row.id, row.uid, row.text, row.party_id, row.person_id,
                     row.kind.value if row.kind else None, row.agenda_item_id, row.question_id, row.recorded_at,
                     row.origin)


def find_session(library: Library, project_uid: str, session_uid: str) -> tuple[int, int]:
    """The internal ids of a project and one of its sessions, by their file ids."""
    with library.sessions() as db:
        found = db.execute(select(m.Project.id, m.Session.id).join(m.Session, m.Session.project_id == m.Project.id)
                           .where(m.Project.uid == project_uid, m.Session.uid == session_uid)).first()
    if found is None:
        raise NotFound(LocalText(
            f'Dialogtillfället "{session_uid}" finns inte i projektet "{project_uid}".',
            f'The session "{session_uid}" is not in the project "{project_uid}".'))
    return int(found[0]), int(found[1])


def load_meeting(library: Library, session_id: int) -> MeetingData:
    with library.sessions() as db:
        session = db.get(m.Session, session_id)
        if session is None:
            raise NotFound(LocalText("Dialogtillfället finns inte längre.", "The session no longer exists."))
        project = session.project
        attendance = {a.person_id: a for a in session.attendance}
        parties = tuple(PartyView(p.id, p.name, p.side.value) for p in project.parties)
        def presence(person_id: int) -> tuple[bool | None, str | None]:
            line = attendance.get(person_id)
            if line is None:
                return None, None
            return line.present, line.role.value if line.role else None

        people = tuple(PersonView(p.id, p.name, p.party_id, p.role, *presence(p.id)) for p in project.people)
        questions = {q.id: q for q in project.questions}
        topics: list[TopicView] = []
        for item in session.agenda:
            question = questions.get(item.question_id) if item.question_id else None
            topics.append(TopicView("agenda_item", item.id, item.number, item.title,
                                    question.guidance if question else None, item.question_id))
        linked = {t.question_id for t in topics if t.question_id}
        for position, question in enumerate(project.questions, start=1):
            if question.id not in linked:
                topics.append(TopicView("question", question.id, question.number or position, question.text,
                                        question.guidance, question.id))
        draft_row = db.get(m.EntryDraft, session_id)
        draft = None if draft_row is None else DraftView(
            draft_row.text, draft_row.party_id, draft_row.person_id,
            draft_row.kind.value if draft_row.kind else None, draft_row.agenda_item_id,
            draft_row.question_id, draft_row.started_at)
        status = session.status.value if session.status else None
        return MeetingData(
            project.id, session.id, session.uid, session.title, session.date, session.start, session.end,
            session.location, status, is_read_only(status), parties, people, tuple(topics),
            tuple(entry_view(e) for e in session.entries), draft)


def now_iso() -> str:
    """The local time with its UTC offset, to the second: an entry's recorded_at."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


ENTRY_KINDS = tuple(kind.value for kind in EntryKind)
