"""The notice (kallelse) of a session as the report builders want it: a frozen ``NoticeData``.

Who is called: the people on the session's attendance list marked as attending; while the
list is empty, everyone of the project's parties (the whole group is called). The notice
names them, as it is sent to them.
"""

from __future__ import annotations

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.data import Attendee, NoticeData, NoticeItem


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def notice_data(session: m.Session) -> NoticeData:
    """The notice of ``session`` (an ORM object of an open ORM session)."""
    project = session.project
    if session.attendance:
        called = tuple(Attendee(a.person.party.name if a.person.party else None, a.person.name, a.person.role,
                                _value(a.role), True) for a in session.attendance if a.present)
    else:
        called = tuple(Attendee(p.party.name if p.party else None, p.name, p.role, None, True)
                       for p in project.people)
    items = tuple(NoticeItem(item.number, item.title, _value(item.item_type), _question(item.question))
                  for item in session.agenda)
    secretary = next((a.person.name for a in session.attendance if a.present and _value(a.role) == "secretary"),
                     None) or project.secretary
    return NoticeData(
        organisation=project.organisation, body=project.body, project_title=project.title,
        case_number=project.case_number, title=session.title, kind=_value(session.kind), date=session.date,
        start=session.start, end=session.end, location=session.location,
        parties=tuple(p.name for p in project.parties), called=called, items=items, secretary=secretary,
        created=session.date)


def _question(question: m.Question | None) -> str | None:
    if question is None:
        return None
    return f"Fråga {question.number}: {question.text}" if question.number is not None else question.text
