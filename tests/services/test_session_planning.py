"""Planning sessions in the services: the sessions list, the attendance sheet, the standard agenda."""

from __future__ import annotations

import datetime as dt

from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.library_service import list_sessions, sessions_of_project
from samverkan_desktop.services.session_planning import STANDARD_AGENDA, attendance_sheet, standard_agenda
from samverkan_desktop.storage.library import Library


def test_sessions_of_project_in_date_order_with_times_and_entries(library: Library, demo_project: int) -> None:
    editor = Editor(library)
    early = editor.create("session", demo_project, {"title": "Tidigt möte", "date": dt.date(2025, 1, 2),
                                                    "start": "09:00"})
    sessions = sessions_of_project(library, demo_project)
    assert sessions[0].id == early.id
    assert (sessions[0].start, sessions[0].end, sessions[0].entries) == ("09:00", None, 0)
    dates = [s.date for s in sessions]
    assert dates == sorted(dates)
    first_demo = sessions[1]
    assert (first_demo.start, first_demo.end, first_demo.status) == ("13:00", "16:00", "adjusted")
    assert first_demo.entries > 0
    uid = editor.get("project", demo_project).uid
    assert list_sessions(library, uid) == sessions


def test_attendance_sheet_lists_everyone_grouped_by_party(library: Library, demo_project: int) -> None:
    editor = Editor(library)
    session = editor.children("session", demo_project)[0]
    sheet = attendance_sheet(library, demo_project, session.id)
    parties = editor.children("party", demo_project)
    assert [group.party_id for group in sheet] == [p.id for p in parties]
    people = editor.children("person", demo_project)
    listed = [person for group in sheet for person in group.people]
    assert sorted(p.person_id for p in listed) == sorted(p.id for p in people)
    employer = sheet[0]
    assert employer.name == "Arbetsgivaren"
    eva = employer.people[0]
    assert (eva.name, eva.present, eva.role) == ("Eva Bergström", True, "chair")
    assert eva.function == "HR-chef, ordförande i CSG"
    sanna = next(p for p in employer.people if p.name == "Sanna Hedberg")
    assert (sanna.attendance_id, sanna.present, sanna.role) == (None, False, None)
    assert employer.present_count == 5


def test_people_without_a_party_come_last(library: Library, demo_project: int) -> None:
    editor = Editor(library)
    loner = editor.create("person", demo_project, {"name": "Åsa Öberg"})
    session = editor.children("session", demo_project)[1]
    sheet = attendance_sheet(library, demo_project, session.id)
    assert sheet[-1].party_id is None and sheet[-1].name is None
    assert [p.person_id for p in sheet[-1].people] == [loner.id]


def test_standard_agenda_in_both_languages() -> None:
    swedish = standard_agenda("sv")
    assert [item["title"] for item in swedish][:3] == ["Mötets öppnande", "Val av justerare",
                                                      "Godkännande av dagordning"]
    assert swedish[-1]["title"] == "Mötets avslutande"
    assert "Övriga frågor" in [item["title"] for item in swedish]
    assert [item["number"] for item in swedish] == list(range(1, len(STANDARD_AGENDA) + 1))
    english = standard_agenda("en", first_number=3)
    assert english[0] == {"number": 3, "title": "Opening of the meeting", "item_type": "formal"}
    assert english[-1]["title"] == "Closing of the meeting"


def test_a_minute_note_may_be_emptied(library: Library, demo_project: int) -> None:
    editor = Editor(library)
    session = editor.children("session", demo_project)[0]
    item = editor.children("agenda_item", session.id)[0]
    party = editor.children("party", demo_project)[0]
    note = editor.create("minute_note", item.id, {"party_id": party.id, "text": "Vi tycker så."})
    assert editor.set("minute_note", note.id, text=None)["text"] == ""
