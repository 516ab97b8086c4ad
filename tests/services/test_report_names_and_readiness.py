"""Names typed into entries, what remains before a final report, and the drafts of the report's texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.blocks import parse_blocks, plain_text
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.services import readiness
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.names_check import find_names, name_rewriter
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.services.report_drafts import draft
from samverkan_desktop.services.report_minutes import minutes_data, minutes_loading
from samverkan_desktop.storage.library import Library, open_library

ENTRIES = [
    "Skyddsombudet Anna Berg menade att underlagen kommer för sent.",
    "Förskolläraren Lisa Ek tyckte att APT ofta ställs in.",
    "Ombudet Sveriges Lärare framförde synpunkter.",  # a party's name, not a person's
    "Enhetschefen och Per pratade om schemat.",  # one capitalised word only
    "Vi håller med anna  berg om det.",  # a person's name in any case and spacing
]


def named_project() -> dict[str, Any]:
    return {
        "format": "samverkan-project", "version": 1,
        "project": {"id": "n", "title": "Namn"},
        "parties": [{"id": "ko", "name": "Kommunal", "side": "union"},
                    {"id": "sl", "name": "Sveriges Lärare", "side": "union"}],
        "people": [{"id": "anna", "name": "Anna Berg", "party": "ko", "role": "huvudskyddsombud"}],
        "mandates": [{"id": "u1", "title": "Samverkan"}],
        "tags": [{"id": "t", "kind": "theme", "name": "Tidig dialog", "parent": None},
                 {"id": "i", "kind": "improvement", "name": "Tidiga underlag", "parent": None, "mandates": ["u1"],
                  "priority": "high", "proposal": "Underlag två veckor före", "owner": "Kommundirektören"},
                 {"id": "j", "kind": "improvement", "name": "APT", "parent": None, "priority": "low"}],
        "sessions": [{"id": "s1", "title": "CSG", "date": "2026-03-01", "status": "held",
                      "entries": [{"id": f"e{n}", "party": "ko", "kind": "statement", "text": text,
                                   "tags": [{"tag": "i"}]}
                                  for n, text in enumerate(ENTRIES, start=1)]}],
    }


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library) -> int:
    return import_document(library, named_project()).project_id


def test_names_of_people_and_names_after_a_role_are_found(library: Library, project: int) -> None:
    found = {f.name: f for f in find_names(library, project)}
    assert set(found) == {"Anna Berg", "Lisa Ek"}
    anna, lisa = found["Anna Berg"], found["Lisa Ek"]
    assert anna.source == "person" and anna.suggestion == "huvudskyddsombud"
    assert len(anna.occurrences) == 2  # "Anna Berg" and "anna  berg"
    assert ENTRIES[0][anna.occurrences[0].start:anna.occurrences[0].end] == "Anna Berg"
    assert lisa.source == "pattern" and not lisa.decided
    assert "Lisa Ek" in lisa.occurrences[0].context


def test_the_report_replaces_chosen_names_only_when_names_are_off(library: Library, project: int) -> None:
    editor = Editor(library)
    editor.create("report_name", project, {"name": "Anna Berg", "replacement": "huvudskyddsombudet"})
    editor.create("report_name", project, {"name": "Lisa Ek", "replacement": ""})  # leave it out
    rewrite = name_rewriter(library, project)
    assert rewrite is not None
    assert rewrite(ENTRIES[0]) == "Skyddsombudet huvudskyddsombudet menade att underlagen kommer för sent."
    assert rewrite(ENTRIES[1]) == "Förskolläraren tyckte att APT ofta ställs in."
    assert rewrite(ENTRIES[4]) == "Vi håller med huvudskyddsombudet om det."

    def quoted(names: bool) -> str:
        options = ReportOptions(names=names, minutes_appendix=True)
        data = report_data(library, project, options)
        statements = " | ".join(s.text for s in data.improvements[0].statements)
        appendix = " | ".join(e.text for e in data.minutes[0].other_entries)
        return statements + " || " + appendix

    off = quoted(names=False)
    assert "Anna Berg" not in off and "Lisa Ek" not in off and "huvudskyddsombudet" in off
    on = quoted(names=True)
    assert "Anna Berg" in on and "Lisa Ek" in on
    # the minutes keep what was typed
    with library.sessions() as db:
        session = db.scalars(select(m.Session).options(*minutes_loading())).one()
        minutes = minutes_data(session, names=True)
    assert minutes.other_entries[0].text == ENTRIES[0]
    assert all(f.decided for f in find_names(library, project))


def test_leaving_a_name_decides_it_without_changing_the_text(library: Library, project: int) -> None:
    Editor(library).create("report_name", project, {"name": "anna berg", "replacement": None})
    assert name_rewriter(library, project) is None
    decided = {f.name: f.decided for f in find_names(library, project)}
    assert decided == {"Anna Berg": True, "Lisa Ek": False}


def test_what_remains_lists_each_missing_thing_with_where_it_is_fixed(library: Library, project: int) -> None:
    missing = readiness.what_remains(library, project)
    by_kind = [(item.kind, item.place.section) for item in missing]
    assert by_kind == [("text", "report"), ("text", "report"), ("text", "report"), ("mandate", "assessment"),
                       ("improvement", "tag"), ("session", "session"), ("name", "report"), ("name", "report")]
    assert missing[4].text.sv == "Förbättringsområdet ”APT” saknar förslag och ansvarig."
    assert missing[5].text.sv == "Protokollet från ”CSG” (1 mars 2026) är inte justerat."
    assert [item.place.name for item in missing if item.kind == "name"] == ["Anna Berg", "Lisa Ek"]
    # a report with names: names are no concern
    assert all(item.kind != "name" for item in readiness.what_remains(library, project, names=True))
    editor = Editor(library)
    editor.set("project", project, summary="Text.", method="Text.", conclusions="Text.")
    [mandate] = editor.children("mandate", project)
    editor.set("mandate", mandate.id, rating="not_assessed")  # "kan inte bedömas" is an assessment
    left = [item.kind for item in readiness.what_remains(library, project)]
    assert left == ["improvement", "session", "name", "name"]


def test_the_drafts_are_plain_swedish_in_the_text_convention(library: Library, project: int) -> None:
    summary = draft(library, project, "summary")
    assert summary == ("Rapporten bedömer 1 politiskt uppdrag utifrån 1 dialogtillfälle:\n\n"
                       "- Uppdraget ”Samverkan” är ännu inte bedömt.\n\n"
                       "Dialogerna pekar ut 2 förbättringsområden:\n\n"
                       "- Tidiga underlag (hög prioritet).\n"
                       "- APT (låg prioritet).")
    conclusions = draft(library, project, "conclusions")
    assert conclusions == ("Utifrån dialogerna föreslås följande:\n\n"
                           "1. Tidiga underlag: Underlag två veckor före. Ansvarig: Kommundirektören.\n"
                           "2. APT: Förslag saknas ännu. Ansvarig är inte utsedd.")
    method = draft(library, project, "method")
    assert method.startswith("Underlaget bygger på 1 strukturerad dialog (1 annat möte) som hölls den 1 mars 2026.")
    assert "Följande parter deltog: Kommunal, Sveriges Lärare." in method
    for text in (summary, conclusions, method):
        assert plain_text(parse_blocks(text)) == text  # what is inserted prints as it reads
        assert draft(library, project, "summary") == summary  # deterministic


def test_erasing_a_person_erases_the_name_from_the_report_choices(library: Library, project: int) -> None:
    """The name leaves the data folder: a decision about it is scrubbed like every other text."""
    from samverkan_desktop.services.erasure import PLACEHOLDER, erase_person

    Editor(library).create("report_name", project, {"name": "Anna Berg", "replacement": "huvudskyddsombudet"})
    [person] = Editor(library).children("person", project)
    erase_person(library, None, person.id)
    with library.sessions() as db:
        names = db.scalars(select(m.ReportName.name)).all()
        texts = db.scalars(select(m.Entry.text)).all()
    assert names == [PLACEHOLDER]
    assert not any("Anna Berg" in t or "anna  berg" in t for t in texts)
    assert [f.name for f in find_names(library, project)] == ["Lisa Ek"]


def test_hostile_text_is_searched_for_names_without_harm(library: Library, project: int) -> None:
    """Markup, emoji, right-to-left text and 50,000 characters: names still found, nothing breaks."""
    editor = Editor(library)
    [session] = editor.children("session", project)
    hostile = ("<b>Enhetschefen</b> &amp; 😀 שלום Rektorn Åsa Öberg-Ek sa: " + "Xx Yy " * 8_000
               + "chefen\tPer\u00a0Holm och skyddsombudet Anna  Berg.")
    editor.create("entry", session.id, {"text": hostile})
    names = {f.name: f for f in find_names(library, project)}
    assert "Åsa Öberg-Ek" in names and "Anna Berg" in names
    rewrite = name_rewriter(library, project)
    assert rewrite is None  # nothing decided yet
    editor.create("report_name", project, {"name": "Åsa Öberg-Ek", "replacement": "rektorn"})
    rewrite = name_rewriter(library, project)
    assert rewrite is not None and "Rektorn rektorn sa:" in rewrite(hostile)


def test_names_are_replaced_under_questions_off_the_agenda_in_actions_and_in_the_word_file(
        library: Library) -> None:
    import io

    import docx

    from samverkan_desktop.services.reports import build_report

    document = named_project()
    document["project"]["id"] = "n2"
    document["questions"] = [{"id": "q1", "text": "Kommer facket in i tid?"}]
    document["sessions"][0]["entries"][0]["question"] = "q1"  # under a question the session has no § for
    document["actions"] = [{"id": "a1", "text": "Anna Berg återkommer om underlagen.", "owner": "Anna Berg",
                            "status": "open", "improvement": "i"}]
    project = import_document(library, document).project_id
    Editor(library).create("report_name", project, {"name": "Anna Berg", "replacement": "huvudskyddsombudet"})
    options = ReportOptions(minutes_appendix=True)
    data = report_data(library, project, options)
    [group] = data.minutes[0].question_entries
    assert [e.text for e in group.entries] == [
        "Skyddsombudet huvudskyddsombudet menade att underlagen kommer för sent."]
    assert [(a.text, a.owner) for a in data.actions] == [("huvudskyddsombudet återkommer om underlagen.",
                                                          "huvudskyddsombudet")]
    word = docx.Document(io.BytesIO(build_report(library, "n2", options, "docx")))
    text = "\n".join([p.text for p in word.paragraphs]
                     + [c.text for t in word.tables for r in t.rows for c in r.cells])
    assert "Anna Berg" not in text and "anna  berg" not in text.lower() and "huvudskyddsombudet" in text
    named = report_data(library, project, ReportOptions(minutes_appendix=True, names=True))
    assert named.actions[0].owner == "Anna Berg"  # with names on, as typed
