"""Quotes in the report: the secretary's chosen ones first, then a worthwhile automatic choice.

A small project is built from a file so that each rule can be seen: statements before
notes and procedural entries, spread over parties and sessions, a tagged span quoted
with […] where the entry goes on, chosen quotes first (as many as chosen), reordering,
and quotes that survive a delete and its undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.data import Statement
from samverkan_desktop.report.options import ReportOptions
from samverkan_desktop.report.quoting import excerpt, quoted
from samverkan_desktop.services import quotes
from samverkan_desktop.services.editing import Editor, InvalidValue
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.quote_choice import Candidate, choose
from samverkan_desktop.services.report_data import report_data
from samverkan_desktop.storage.library import Library, open_library

DAY = dt.date(2026, 3, 1)


def small_project(uid: str = "p") -> dict[str, Any]:
    """Three parties; one mandate linked to a question and an improvement area; two sessions.

    Session 1 has a procedural § 1 (the chair opens the meeting) and § 2 answering the
    question. The entries under § 2 are of different kinds and parties.
    """
    def entry(eid: str, party: str | None, kind: str | None, text: str, item: str | None = None,
              tags: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        found: dict[str, Any] = {"id": eid, "text": text}
        for key, value in (("party", party), ("kind", kind), ("agenda_item", item), ("tags", tags)):
            if value is not None:
                found[key] = value
        return found

    return {
        "format": "samverkan-project", "version": 1,
        "project": {"id": uid, "title": "Rapport"},
        "parties": [{"id": "ag", "name": "Arbetsgivaren", "side": "employer"},
                    {"id": "ko", "name": "Kommunal", "side": "union"},
                    {"id": "vi", "name": "Vision", "side": "union"}],
        "people": [{"id": "anna", "name": "Anna Berg", "party": "ko", "role": "huvudskyddsombud"}],
        "mandates": [{"id": "u1", "code": "U1", "title": "Stärka samverkan före beslut"}],
        "questions": [{"id": "q1", "position": 1, "text": "Hur fungerar samverkan?", "mandates": ["u1"]}],
        "tags": [{"id": "t", "kind": "theme", "name": "Tidig dialog", "parent": None},
                 {"id": "t2", "kind": "theme", "name": "Underlag", "parent": "t"},
                 {"id": "i", "kind": "improvement", "name": "Tidiga underlag", "parent": None, "mandates": ["u1"]}],
        "sessions": [
            {"id": "s1", "title": "CSG", "date": "2026-03-01",
             "agenda": [{"id": "a1", "number": 1, "title": "Mötets öppnande", "type": "formal", "question": "q1"},
                        {"id": "a2", "number": 2, "title": "Samverkan", "type": "dialogue", "question": "q1"}],
             "entries": [
                 entry("e1", "ag", "statement", "Ordföranden öppnade mötet och hälsade alla välkomna.", "a1",
                       [{"tag": "t"}]),
                 entry("e2", "ag", "note", "Sekreteraren noterade att underlaget kom sent.", "a2", [{"tag": "t"}]),
                 entry("e3", "ag", "statement", "Arbetsgivaren vill ha dialogen tidigare i processen.", "a2",
                       [{"tag": "t"}]),
                 entry("e4", "ag", "statement", "Arbetsgivaren lovar underlag två veckor före mötet.", "a2",
                       [{"tag": "t"}]),
                 entry("e5", "ko", "statement",
                       "Kommunal håller med. Underlagen kommer ofta för sent för att påverka. Det är allvarligt.",
                       "a2", [{"tag": "t2", "start": 21, "end": 68}, {"tag": "i", "start": 21, "end": 68}]),
             ]},
            {"id": "s2", "title": "FSG", "date": "2026-04-01",
             "agenda": [{"id": "b1", "number": 1, "title": "Dialog", "type": "dialogue", "question": "q1"}],
             "entries": [
                 entry("f1", "vi", "statement", "Vision efterfrågar tidiga underlag.", "b1", [{"tag": "t"}]),
                 entry("f2", "vi", "statement", "Vision vill se alternativen innan beslut.", "b1", [{"tag": "t"}]),
             ]},
        ],
    }


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library) -> int:
    return import_document(library, small_project()).project_id


def ids(library: Library, model: Any) -> dict[str, int]:
    with library.engine.connect() as c:
        return {str(uid): int(i) for i, uid in c.execute(select(model.id, model.uid))}


def tagging_of(library: Library, entry_id: int, tag_id: int) -> int:
    with library.engine.connect() as c:
        return int(c.execute(select(m.Tagging.id).where(m.Tagging.entry_id == entry_id,
                                                        m.Tagging.tag_id == tag_id)).scalar_one())


def choose_quote(library: Library, project: int, entry: str, target: quotes.TargetKey,
                 tag_of_span: str | None = None) -> int:
    entries, tags = ids(library, m.Entry), ids(library, m.Tag)
    tagging = tagging_of(library, entries[entry], tags[tag_of_span]) if tag_of_span else None
    values = quotes.quote_values(library, project, entries[entry], tagging, target)
    return Editor(library).create("quote", project, values).id


def texts(statements: tuple[Statement, ...]) -> list[str]:
    return [quoted(s.text, s.cut_before, s.cut_after) for s in statements]


# -- quoting a span -------------------------------------------------------------------------------
def test_a_span_is_quoted_with_ellipses_where_the_entry_goes_on() -> None:
    text = "Kommunal håller med. Underlagen kommer ofta för sent för att påverka. Det är allvarligt."
    assert quoted(*_parts(excerpt(text, 21, 68))) == "[…] Underlagen kommer ofta för sent för att påverka […]"
    assert quoted(*_parts(excerpt(text, 0, 20))) == "Kommunal håller med. […]"
    assert quoted(*_parts(excerpt(text, 21, len(text)))) == "[…] Underlagen kommer ofta för sent för att påverka. " \
                                                              "Det är allvarligt."
    # a selection that began or ended inside a word is widened to whole words
    assert quoted(*_parts(excerpt(text, 25, 33))) == "[…] Underlagen kommer […]"
    # only a full stop after the span: no […]
    assert quoted(*_parts(excerpt("Mer tid behövs.", 0, 14))) == "Mer tid behövs"
    # the whole entry, or a span outside the text (an old offset): the whole entry
    assert quoted(*_parts(excerpt(text, None, None))) == text
    assert quoted(*_parts(excerpt(text, 80, 400))) == text


def _parts(found: Any) -> tuple[str, bool, bool]:
    return found.text, found.cut_before, found.cut_after


# -- the automatic choice --------------------------------------------------------------------------
def candidate(entry_id: int, party: str, session: int, kind: str | None = "statement", formal: bool = False,
              text: str = "Ett yttrande om samverkan.") -> Candidate:
    return Candidate(entry_id, party, session, DAY, text, kind=kind, formal=formal)


def test_statements_come_before_notes_and_procedural_entries() -> None:
    pool = [candidate(1, "A", 1, formal=True, text="Ordföranden öppnade mötet."),
            candidate(2, "A", 1, kind="note", text="En anteckning."),
            candidate(3, "B", 1, kind="decision", text="Ett beslut."),
            candidate(4, "C", 1, text="Ett yttrande.")]
    assert [s.text for s in choose([], pool, 3)] == ["Ett yttrande.", "Ett beslut.", "En anteckning."]


def test_the_choice_spreads_over_parties_and_sessions() -> None:
    pool = [candidate(1, "A", 1, text="A1"), candidate(2, "A", 1, text="A2"), candidate(3, "A", 2, text="A3"),
            candidate(4, "B", 1, text="B1"), candidate(5, "B", 2, text="B2"), candidate(6, "C", 1, text="C1")]
    assert [s.text for s in choose([], pool, 3)] == ["A1", "B2", "C1"]
    # the chosen quote counts: its party and session are already quoted
    assert [s.text for s in choose([candidate(9, "A", 1, text="Vald")], pool, 3)] == ["Vald", "B2", "C1"]


def test_chosen_quotes_are_all_printed_first_and_never_twice() -> None:
    pool = [candidate(i, "A", 1, text=f"T{i}") for i in range(1, 6)]
    chosen = [candidate(5, "A", 1, text="T5"), candidate(4, "A", 1, text="T4"), candidate(3, "A", 1, text="T3"),
              candidate(2, "A", 1, text="T2")]
    result = choose(chosen, pool, 3)
    assert [s.text for s in result] == ["T5", "T4", "T3", "T2"] and all(s.chosen for s in result)
    result = choose(chosen[:1], pool, 3)
    assert [(s.text, s.chosen) for s in result] == [("T5", True), ("T1", False), ("T2", False)]


def test_a_span_beats_its_whole_entry() -> None:
    text = "Först ett. Sedan det viktiga. Sist något."
    whole = Candidate(1, "A", 1, DAY, text)
    span = Candidate(1, "A", 1, DAY, text, 11, 29)
    [only] = choose([], [whole, span], 3)
    assert quoted(only.text, only.cut_before, only.cut_after) == "[…] Sedan det viktiga. […]"


# -- in the report -----------------------------------------------------------------------------------
def test_the_report_skips_the_chair_opening_the_meeting(library: Library, project: int) -> None:
    data = report_data(library, project, ReportOptions())
    [question] = data.questions
    [theme] = question.themes
    printed = texts(theme.statements)
    assert not any("öppnade mötet" in t for t in printed)
    assert printed[0] == "Arbetsgivaren vill ha dialogen tidigare i processen."
    # spread: a party and a session not yet quoted first (Vision from the second session), and
    # one statement per party before a second from the same party
    assert [s.party for s in theme.statements] == ["Arbetsgivaren", "Vision", "Kommunal"]
    assert printed[2] == "[…] Underlagen kommer ofta för sent för att påverka […]"


def test_chosen_quotes_print_first_then_the_automatic_ones(library: Library, project: int) -> None:
    mandate = ids(library, m.Mandate)["u1"]
    choose_quote(library, project, "f2", ("mandate", mandate))
    choose_quote(library, project, "e5", ("mandate", mandate), tag_of_span="i")
    data = report_data(library, project, ReportOptions())
    [result] = data.mandates
    printed = texts(result.statements)
    assert printed[:2] == ["Vision vill se alternativen innan beslut.",
                           "[…] Underlagen kommer ofta för sent för att påverka […]"]
    assert [s.chosen for s in result.statements] == [True, True, False]
    assert "öppnade mötet" not in printed[2]


def test_a_chosen_quote_of_a_nested_theme_prints_under_its_root_for_its_question(library: Library,
                                                                                  project: int) -> None:
    tags = ids(library, m.Tag)
    choose_quote(library, project, "f2", ("tag", tags["t2"]))  # f2 is tagged "t" only: still the root's evidence
    [question] = report_data(library, project, ReportOptions()).questions
    assert texts(question.themes[0].statements)[0] == "Vision vill se alternativen innan beslut."
    assert question.themes[0].statements[0].chosen


# -- choosing, reordering, unmarking --------------------------------------------------------------
def test_quotes_are_listed_reordered_within_their_target_and_found(library: Library, project: int) -> None:
    mandate, tags = ids(library, m.Mandate)["u1"], ids(library, m.Tag)
    first = choose_quote(library, project, "e3", ("mandate", mandate))
    other = choose_quote(library, project, "e4", ("tag", tags["t"]))
    second = choose_quote(library, project, "f1", ("mandate", mandate))
    listed = quotes.quotes_of_project(library, project)
    assert [q.id for q in listed] == [first, other, second]
    assert quotes.move_index(listed, first, -1) is None and quotes.move_index(listed, second, +1) is None
    index = quotes.move_index(listed, second, -1)
    assert index == 0
    Editor(library).move("quote", second, index)
    listed = quotes.quotes_of_project(library, project)
    assert [q.id for q in listed if q.target == ("mandate", mandate)] == [second, first]
    entries = ids(library, m.Entry)
    assert quotes.find_quote(listed, entries["e4"], None, ("tag", tags["t"])) is not None
    assert quotes.find_quote(listed, entries["e4"], None, ("mandate", mandate)) is None
    data = report_data(library, project, ReportOptions())
    assert texts(data.mandates[0].statements)[:2] == ["Vision efterfrågar tidiga underlag.",
                                                      "Arbetsgivaren vill ha dialogen tidigare i processen."]


def test_a_quote_must_be_of_the_project(library: Library, project: int) -> None:
    other = import_document(library, small_project("other")).project_id
    entries = ids(library, m.Entry)  # uids repeat across projects: take the other project's entry
    with library.engine.connect() as c:
        foreign = c.execute(select(m.Entry.id).join(m.Session).where(m.Session.project_id == other)).scalars().first()
    mandate = ids(library, m.Mandate)
    with pytest.raises(InvalidValue):
        quotes.quote_values(library, project, int(foreign or 0), None, ("mandate", mandate["u1"]))
    assert entries  # the fixture project is untouched


def test_deleting_an_entry_with_its_quote_and_undoing_brings_both_back(library: Library, project: int) -> None:
    """The quote is reached twice (through the entry and through its tagging) and restored once."""
    tags = ids(library, m.Tag)
    quote = choose_quote(library, project, "e5", ("tag", tags["i"]), tag_of_span="i")
    editor = Editor(library)
    entry = ids(library, m.Entry)["e5"]
    tombstone = editor.delete("entry", entry)
    assert quotes.quotes_of_project(library, project) == []
    editor.restore(tombstone)
    [back] = quotes.quotes_of_project(library, project)
    assert back.id == quote and back.excerpt.cut_before
    # removing the tagging takes its quote along; undo puts both back
    tombstone = editor.delete("tagging", tagging_of(library, entry, tags["i"]))
    assert quotes.quotes_of_project(library, project) == []
    editor.restore(tombstone)
    assert [q.id for q in quotes.quotes_of_project(library, project)] == [quote]


def test_deleting_a_project_can_be_undone(library: Library, project: int) -> None:
    """A project's rows are reached along several paths (attendance through session and
    person, quotes through entry and tagging); undo restores each once, links after rows."""
    choose_quote(library, project, "e5", ("mandate", ids(library, m.Mandate)["u1"]), tag_of_span="i")
    editor = Editor(library)
    tombstone = editor.delete("project", project)
    editor.restore(tombstone)
    assert len(quotes.quotes_of_project(library, project)) == 1
    assert report_data(library, project, ReportOptions()).mandates[0].statements[0].chosen


def test_merging_and_deleting_tags_keep_their_quotes_and_undo_them(library: Library, project: int) -> None:
    from samverkan_desktop.services.tags import delete_tag, merge_tags, undo_change

    tags = ids(library, m.Tag)
    quote = choose_quote(library, project, "e5", ("tag", tags["t2"]), tag_of_span="t2")
    change = merge_tags(library, tags["t2"], tags["t"])
    [merged] = quotes.quotes_of_project(library, project)
    assert (merged.id, merged.target, merged.excerpt.cut_before) == (quote, ("tag", tags["t"]), True)
    undo_change(library, change)
    [back] = quotes.quotes_of_project(library, project)
    assert back.target == ("tag", tags["t2"]) and back.tagging_id == tagging_of(library, back.entry_id, tags["t2"])
    change = delete_tag(library, tags["t2"])
    assert quotes.quotes_of_project(library, project) == []
    undo_change(library, change)
    assert [q.id for q in quotes.quotes_of_project(library, project)] == [quote]


def test_a_passage_chosen_twice_for_a_target_prints_once() -> None:
    twice = [candidate(1, "A", 1, text="Samma"), candidate(1, "A", 1, text="Samma"), candidate(2, "B", 1, text="B")]
    assert [s.text for s in choose(twice, [], 3)] == ["Samma", "B"]


def test_chosen_and_span_quotes_reach_the_word_file_as_the_pdf(library: Library, project: int) -> None:
    """The Word file prints the same quotes, chosen first, a span with "[…]", as the PDF."""
    import io

    import docx
    from pypdf import PdfReader

    from samverkan_desktop.services.reports import build_report

    mandate = ids(library, m.Mandate)["u1"]
    choose_quote(library, project, "f2", ("mandate", mandate))
    choose_quote(library, project, "e5", ("mandate", mandate), tag_of_span="i")
    options = ReportOptions(sections=frozenset({"assessment"}))
    word = docx.Document(io.BytesIO(build_report(library, "p", options, "docx")))
    paragraphs = [p.text for p in word.paragraphs]
    expected = ["”Vision vill se alternativen innan beslut.”",
                "”[…] Underlagen kommer ofta för sent för att påverka […]”"]
    found = [paragraphs.index(text) for text in expected]
    assert found == sorted(found) and paragraphs[found[0] + 1].startswith("— Vision, ")
    pdf = "".join(page.extract_text() for page in PdfReader(io.BytesIO(build_report(library, "p", options))).pages)
    squeezed = "".join(pdf.split())
    assert squeezed.index("".join(expected[0].split())) < squeezed.index("".join(expected[1].split()))
