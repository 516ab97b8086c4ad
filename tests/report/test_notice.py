"""The notice of a planned session (kallelse och dagordning): when, where, the agenda, who is called."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import docx
import pytest

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.labels import ITEM_TYPES, swedish_date
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.reports import build_notice, notice_file_name
from samverkan_desktop.storage.library import Library
from tests.report.conftest import outline_titles, poppler_text, squeeze

CSG = "session-2025-09-18-csg"


def _session(document: dict[str, Any], uid: str) -> dict[str, Any]:
    return next(s for s in document["sessions"] if s["id"] == uid)


def test_the_notice_says_when_where_what_and_who(library: Library, demo_uid: str, demo_document: dict[str, Any],
                                                 tmp_path: Path) -> None:
    import datetime as dt

    pdf = build_notice(library, demo_uid, CSG)
    text = squeeze(poppler_text(pdf, tmp_path))
    session, project = _session(demo_document, CSG), demo_document["project"]
    for expected in (project["organisation"], project["body"], "KALLELSE", f"Dnr {project['case_number']}",
                     session["title"], swedish_date(dt.date.fromisoformat(session["date"])), "kl. 13.00–16.00",
                     session["location"], "Dagordning", "Kallade", "Förhinder anmäls till"):
        assert squeeze(expected) in text, expected
    questions = {q["id"]: q for q in demo_document["questions"]}
    position = 0
    for item in session["agenda"]:  # numbered, in order (the cells: below, in the Word file's table)
        position = text.index(squeeze(f"§ {item['number']}"), position)
    rows = [[c.text for c in row.cells] for row in docx.Document(io.BytesIO(
        build_notice(library, demo_uid, CSG, "docx"))).tables[-2].rows[1:]]
    assert rows == [[f"§ {item['number']}", item["title"], ITEM_TYPES.get(item.get("type") or "", ""),
                     f"Fråga {questions[item['question']]['position']}: {questions[item['question']]['text']}"
                     if item.get("question") else ""] for item in session["agenda"]]
    people = {p["id"]: p for p in demo_document["people"]}
    parties = {p["id"]: p["name"] for p in demo_document["parties"]}
    called = [people[a["person"]] for a in session["attendance"] if a.get("present", True)]
    assert called
    for person in called:
        assert squeeze(person["name"]) in text, person["name"]
    for party in {parties[p["party"]] for p in called if p.get("party")}:
        assert squeeze(party) in text
    assert outline_titles(pdf)[:3] == [session["title"], "Dagordning", "Kallade"]
    assert notice_file_name(library, demo_uid, CSG).startswith("Kallelse-2025-09-18-")


def test_without_an_attendance_list_the_whole_group_is_called(library: Library, demo_uid: str,
                                                              demo_document: dict[str, Any], tmp_path: Path) -> None:
    planned = next(s for s in demo_document["sessions"] if not s.get("agenda"))
    with library.sessions() as db, db.begin():  # a session planned, nobody on its list yet
        session = db.query(m.Session).filter_by(uid=planned["id"]).one()
        for row in list(session.attendance):
            db.delete(row)
    text = squeeze(poppler_text(build_notice(library, demo_uid, planned["id"]), tmp_path))
    for person in demo_document["people"]:
        assert squeeze(person["name"]) in text, person["name"]
    assert squeeze("Dagordningen är inte upprättad ännu.") in text


def test_the_notice_as_word_has_headings_tables_and_the_same_bytes(library: Library, demo_uid: str) -> None:
    data = build_notice(library, demo_uid, CSG, "docx")
    assert build_notice(library, demo_uid, CSG, "docx") == data
    document = docx.Document(io.BytesIO(data))
    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert [h[0] for h in headings] == ["Heading 1", "Heading 2", "Heading 2"]
    assert [h[1] for h in headings][1:] == ["Dagordning", "Kallade"]
    agenda, called = document.tables[-2], document.tables[-1]
    assert [c.text for c in agenda.rows[0].cells] == ["§", "Ärende", "Ärendetyp", "Central fråga"]
    assert [c.text for c in called.rows[0].cells] == ["Part", "Namn", "Roll"]
    for table in (agenda, called):
        assert table.rows[0]._tr.trPr.find(
            "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}tblHeader") is not None
    assert document.core_properties.title.startswith("Kallelse")


def test_a_missing_session_is_a_swedish_not_found(library: Library, demo_uid: str) -> None:
    with pytest.raises(NotFound) as missing:
        build_notice(library, demo_uid, "finns-inte")
    assert "finns inte" in missing.value.text("sv")
    with library.sessions() as db:
        assert db.query(m.Session).count() > 0


@pytest.mark.parametrize(("uid", "sentence"), [
    (CSG, "Ledamöterna i Central samverkansgrupp (CSG) kallas till sammanträde den 18 september 2025"),
    ("session-2025-11-06-hemtjanst-norra", "Nedanstående kallas till arbetsplatsträff den 6 november 2025"),
    ("session-2025-10-16-fokusgrupp", "Nedanstående kallas till samtal i fokusgrupp den 16 oktober 2025"),
    ("session-2025-10-02-fsg-utb", "Nedanstående kallas till sammanträde den 2 oktober 2025"),
])
def test_only_the_bodys_own_meetings_call_its_members(library: Library, demo_uid: str, tmp_path: Path, uid: str,
                                                      sentence: str) -> None:
    """An APT at a workplace is no meeting of the CSG: its notice does not call the CSG's members."""
    text = squeeze(poppler_text(build_notice(library, demo_uid, uid), tmp_path))
    assert squeeze(sentence) in text
    if uid != CSG:
        assert squeeze("Ledamöterna i") not in text
