"""Planning a session: who attends for which party, and the standard agenda.

``attendance_sheet`` lists every person of the project grouped by party, whether or
not the session has an attendance row for them yet, so that the secretary ticks
names off a complete list. ``standard_agenda`` gives the formal items most
collaboration meetings open and close with, in the user's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import ItemType
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class PersonAttendance:
    """One person of the project and their attendance at one session."""

    person_id: int
    name: str
    #: the person's title in the project, e.g. "HR-chef" (not the meeting role)
    function: str | None
    party_id: int | None
    #: the attendance row, None while the session has none for this person
    attendance_id: int | None
    present: bool
    #: the meeting role (AttendanceRole value), None when not set
    role: str | None


@dataclass(frozen=True)
class PartyAttendance:
    """A party and its people, in the project's order; ``party_id`` None: people without a party."""

    party_id: int | None
    name: str | None
    people: tuple[PersonAttendance, ...]

    @property
    def present_count(self) -> int:
        return sum(1 for person in self.people if person.present)


def attendance_sheet(library: Library, project_id: int, session_id: int) -> tuple[PartyAttendance, ...]:
    """Every person of the project grouped by party (parties without people included)."""
    with library.sessions() as db:
        parties = db.execute(select(m.Party.id, m.Party.name).where(m.Party.project_id == project_id)
                             .order_by(m.Party.sort_order, m.Party.id)).all()
        people = db.execute(select(m.Person.id, m.Person.name, m.Person.role, m.Person.party_id)
                            .where(m.Person.project_id == project_id)
                            .order_by(m.Person.sort_order, m.Person.id)).all()
        rows = db.execute(select(m.Attendance.id, m.Attendance.person_id, m.Attendance.present,
                                 m.Attendance.role)
                          .where(m.Attendance.session_id == session_id)
                          .order_by(m.Attendance.sort_order, m.Attendance.id)).all()
    attendance: dict[int, Any] = {}
    for row in rows:
        attendance.setdefault(row.person_id, row)
    known = {party.id for party in parties}
    grouped: dict[int | None, list[PersonAttendance]] = {party.id: [] for party in parties}
    for person in people:
        party_id = person.party_id if person.party_id in known else None
        found = attendance.get(person.id)
        grouped.setdefault(party_id, []).append(PersonAttendance(
            person.id, person.name, person.role, party_id,
            found.id if found else None, bool(found.present) if found else False,
            (found.role.value if found.role else None) if found else None))
    sheet = [PartyAttendance(party.id, party.name, tuple(grouped[party.id])) for party in parties]
    if grouped.get(None):
        sheet.append(PartyAttendance(None, None, tuple(grouped[None])))
    return tuple(sheet)


@dataclass(frozen=True)
class StandardItem:
    title: LocalText
    item_type: ItemType


#: the usual formal frame of a collaboration meeting; the substance goes between them
STANDARD_AGENDA: tuple[StandardItem, ...] = (
    StandardItem(LocalText("Mötets öppnande", "Opening of the meeting"), ItemType.FORMAL),
    StandardItem(LocalText("Val av justerare", "Election of adjusters"), ItemType.FORMAL),
    StandardItem(LocalText("Godkännande av dagordning", "Approval of the agenda"), ItemType.FORMAL),
    StandardItem(LocalText("Föregående protokoll", "Minutes of the previous meeting"), ItemType.FORMAL),
    StandardItem(LocalText("Övriga frågor", "Any other business"), ItemType.OTHER),
    StandardItem(LocalText("Nästa möte", "Next meeting"), ItemType.FORMAL),
    StandardItem(LocalText("Mötets avslutande", "Closing of the meeting"), ItemType.FORMAL),
)


def standard_agenda(language: str = "sv", first_number: int = 1) -> list[dict[str, Any]]:
    """The values of the standard agenda items, numbered from ``first_number``, ready to create."""
    return [{"number": first_number + offset, "title": item.title(language), "item_type": item.item_type.value}
            for offset, item in enumerate(STANDARD_AGENDA)]
