"""How much of a project refers to a party or a person, so a delete can say what it touches.

Deleting a party keeps its people and entries but clears their party, and removes the
minute notes (protokollsanteckningar) the party entered; deleting a person removes
their attendance lines and their place among the adjusters and clears the person of
their entries. The editors quote these counts in the delete confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.sql.elements import ColumnElement

from samverkan_desktop.domain import models as m
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class PartyUsage:
    people: int
    entries: int
    minute_notes: int
    #: attendance lines of the party's people
    attendance: int

    @property
    def unused(self) -> bool:
        return not (self.people or self.entries or self.minute_notes or self.attendance)


@dataclass(frozen=True)
class PersonUsage:
    entries: int
    attendance: int
    #: sessions whose minutes the person adjusted (justerade)
    adjusted: int

    @property
    def unused(self) -> bool:
        return not (self.entries or self.attendance or self.adjusted)


def _count(library: Library, model: type[m.Base], condition: ColumnElement[bool]) -> int:
    with library.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(m.table_of(model)).where(condition)).scalar_one())


def party_usage(library: Library, party_id: int) -> PartyUsage:
    members = select(m.Person.id).where(m.Person.party_id == party_id)
    return PartyUsage(
        people=_count(library, m.Person, m.Person.party_id == party_id),
        entries=_count(library, m.Entry, m.Entry.party_id == party_id),
        minute_notes=_count(library, m.MinuteNote, m.MinuteNote.party_id == party_id),
        attendance=_count(library, m.Attendance, m.Attendance.person_id.in_(members)),
    )


def person_usage(library: Library, person_id: int) -> PersonUsage:
    return PersonUsage(
        entries=_count(library, m.Entry, m.Entry.person_id == person_id),
        attendance=_count(library, m.Attendance, m.Attendance.person_id == person_id),
        adjusted=_count(library, m.SessionAdjuster, m.SessionAdjuster.person_id == person_id),
    )
