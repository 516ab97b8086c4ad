"""Written answers (skriftliga svar) are employees' answers to a survey, not a meeting: no meeting
mode, no minutes, no notice, and nothing in "Vad återstår" asks for their minutes to be adjusted.
An ordinary session of the same project keeps all of that."""

from __future__ import annotations

from typing import Any

import pytest

from samverkan_desktop.services import readiness, reports
from samverkan_desktop.services.errors import NotAMeeting
from samverkan_desktop.services.minutes import ensure_meeting, find_session, load_meeting
from samverkan_desktop.services.survey.columns import automatic, describe
from samverkan_desktop.services.survey.importing import guide_questions, import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.storage.library import Library
from tests import survey_files as sf

MEETING = "session-2025-09-18-csg"


def written_session(library: Library, project_id: int) -> int:
    """Imports the Forms export of the tests as written answers; returns the new session's id."""
    table = read_survey_bytes(sf.forms_workbook(), "svar.xlsx")
    mapping = automatic(describe(table, guide_questions(library, project_id)), sf.GROUP)
    return import_responses(library, project_id, table, mapping, title="Enkät våren 2026").session_id


def session_uid(library: Library, session_id: int) -> str:
    from samverkan_desktop.domain import models as m

    with library.sessions() as db:
        session = db.get(m.Session, session_id)
        assert session is not None
        return session.uid


def test_written_answers_have_no_meeting_mode_minutes_or_notice(
        library: Library, demo_project: int, demo_document: dict[str, Any]) -> None:
    project_uid = demo_document["project"]["id"]
    written = written_session(library, demo_project)
    uid = session_uid(library, written)
    for refused in (lambda: ensure_meeting(library, written),
                    lambda: reports.build_minutes_pdf(library, project_uid, uid),
                    lambda: reports.build_minutes_docx(library, project_uid, uid),
                    lambda: reports.build_notice(library, project_uid, uid, "pdf")):
        with pytest.raises(NotAMeeting) as raised:
            refused()
        assert raised.value.text("sv").startswith("”Enkät våren 2026” är skriftliga svar från en enkät, inget möte")
        assert "Inlägg och kodning" in raised.value.text("sv") and "written answers" in raised.value.text("en")
    _project, meeting = find_session(library, project_uid, MEETING)
    ensure_meeting(library, meeting)
    assert load_meeting(library, meeting).title == "Central samverkansgrupp, sammanträde 4/25"
    assert reports.build_minutes_pdf(library, project_uid, MEETING).startswith(b"%PDF")


def test_what_remains_never_asks_to_adjust_the_minutes_of_written_answers(
        library: Library, demo_project: int) -> None:
    written_session(library, demo_project)
    texts = [item.text("sv") for item in readiness.what_remains(library, demo_project)]
    assert not any("Enkät våren 2026" in text for text in texts), texts
    # the meetings whose minutes are not adjusted are still listed
    assert any(text.startswith("Protokollet från ”Fokusgrupp") for text in texts), texts
