"""The minutes of a session: form, attendance with names, §, outcomes, justering, watermark, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from samverkan_desktop.report.minutes import build_minutes
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.reports import build_minutes_pdf
from samverkan_desktop.storage.library import Library
from tests.report.conftest import outline_titles, page_texts, pdffonts, poppler_text, sample_minutes, squeeze

ADJUSTED = "session-2025-09-18-csg"
HELD = "session-2025-10-02-fsg-utb"


def _session(document: dict[str, Any], uid: str) -> dict[str, Any]:
    return next(s for s in document["sessions"] if s["id"] == uid)


def test_demo_minutes_have_the_collaboration_group_form(library: Library, demo_uid: str,
                                                        demo_document: dict[str, Any], tmp_path: Path) -> None:
    pdf = build_minutes_pdf(library, demo_uid, ADJUSTED)
    text = poppler_text(pdf, tmp_path)
    session = _session(demo_document, ADJUSTED)
    project = demo_document["project"]
    for expected in (project["organisation"], "PROTOKOLL", session["title"], "18 september 2025",
                     "kl. 13.00–16.00", "Närvarande", "Frånvarande", "Justering", "Vid protokollet",
                     "Ordförande", "Justeras", "Protokollet justerades"):
        assert squeeze(expected) in squeeze(text), expected
    if session.get("protocol_number"):
        assert squeeze(f"Nr {session['protocol_number']}") in squeeze(text)
    people = {p["id"]: p["name"] for p in demo_document["people"]}
    for line in session.get("attendance", []):
        assert squeeze(people[line["person"]]) in squeeze(text)  # minutes name the people present
    for item in session.get("agenda", []):
        assert squeeze(f"§ {item['number']} {item['title']}") in squeeze(text)
    outcomes = {item.get("outcome") for item in session.get("agenda", [])}
    if "agreement" in outcomes:
        assert "fullgjordienighet" in squeeze(text)
    notes = [n for item in session.get("agenda", []) for n in item.get("minute_notes", item.get("notes", []))]
    if notes:
        assert "Protokollsanteckning från" in text
    assert not any("UTKAST" in page for page in page_texts(pdf))  # adjusted minutes carry no watermark
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    assert f"Sida 1 av {pages}" in text and f"Sida {pages} av {pages}" in text


def test_unadjusted_minutes_say_utkast(library: Library, demo_uid: str, tmp_path: Path) -> None:
    pdf = build_minutes_pdf(library, demo_uid, HELD)
    assert all("UTKAST" in page for page in page_texts(pdf))  # the watermark on every page
    assert "inte justerat" in poppler_text(pdf, tmp_path)


def test_outcome_sentences_notes_and_signature_names(tmp_path: Path) -> None:
    pdf = build_minutes(sample_minutes("x", adjusted=True))
    text = squeeze(poppler_text(pdf, tmp_path))
    for expected in ("Samverkan är därmed fullgjord i enighet.", "Protokollsanteckning från Kommunal x",
                     "Anteckning x", "Information (MBL § 19)", "Anna Ordf x", "Sara Sekr x", "Kim Just x",
                     "Frida Frånv x", "3 december 2026", "Övriga anteckningar"):
        assert squeeze(expected) in text, expected
    disagreement = sample_minutes("y", items=(sample_minutes("y").items[0].__class__(
        2, "Förhandling", "negotiation", None, (), (), "disagreement"),))
    assert squeeze("Förhandlingen är därmed fullgjord i oenighet.") in squeeze(
        poppler_text(build_minutes(disagreement), tmp_path))


def test_metadata_fonts_and_outline(tmp_path: Path) -> None:
    pdf = build_minutes(sample_minutes("z"))
    reader = PdfReader(io.BytesIO(pdf))
    info = reader.metadata
    assert info is not None
    assert info.author == "Ekdala kommun z · CSG z"
    assert "Protokoll" in str(info.title) and "anonymous" not in pdf.decode("latin-1")
    assert info.get("/CreationDate", "").startswith("D:20261127")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "sv-SE"
    assert b"<pdfaid:part>2</pdfaid:part>" in pdf and b"/OutputIntents" in pdf
    fonts = pdffonts(pdf, tmp_path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # emb column
    assert all("DejaVuSans" in row[0] for row in fonts)
    titles = outline_titles(pdf)
    assert titles[0] == "Sammanträde z" and "§ 1 Information z" in titles


def test_same_input_same_bytes_and_the_date_comes_from_the_data() -> None:
    first, second = build_minutes(sample_minutes("a")), build_minutes(sample_minutes("a"))
    assert first == second
    later = build_minutes(sample_minutes("a", created=dt.date(2027, 1, 5)))
    assert later != first and b"D:20270105" in later


def test_missing_project_or_session_is_a_swedish_not_found(library: Library, demo_uid: str) -> None:
    with pytest.raises(NotFound) as project:
        build_minutes_pdf(library, "nope", ADJUSTED)
    assert "Projektet" in project.value.text("sv") and "finns inte" in project.value.text("sv")
    with pytest.raises(NotFound) as session:
        build_minutes_pdf(library, demo_uid, "nope")
    assert "Dialogtillfället" in session.value.text("sv")


def test_a_note_right_after_a_decision_has_its_own_label(tmp_path: Path) -> None:
    from samverkan_desktop.report.data import MinutesEntry

    item = dataclasses.replace(sample_minutes().items[0], entries=(
        MinutesEntry("Kommunal", "decision", "Beslutet fattades."),
        MinutesEntry("Kommunal", "note", "Kommunal lämnar en kommentar."),
        MinutesEntry(None, "action", "Utred frågan."),
        MinutesEntry(None, "note", "Utan part."),
        MinutesEntry("Vision", "statement", "Ett yttrande."),
        MinutesEntry("Vision", "note", "En anteckning efter ett yttrande.")))
    text = squeeze(poppler_text(build_minutes(sample_minutes(items=(item,))), tmp_path))
    for expected in ("Kommunal–Beslut:Beslutetfattades.", "Kommunal–Anteckning:Kommunallämnarenkommentar.",
                     "Åtgärd:Utredfrågan.", "Anteckning:Utanpart.", "Vision:Ettyttrande.",
                     "Vision:Enanteckningefterettyttrande."):
        assert expected in text, expected


def test_entries_under_a_question_off_the_agenda_are_grouped_under_it(library: Library, demo_uid: str,
                                                                     demo_document: dict[str, Any],
                                                                     tmp_path: Path) -> None:
    session = _session(demo_document, HELD)
    assert not session.get("agenda")
    text = poppler_text(build_minutes_pdf(library, demo_uid, HELD), tmp_path)
    other = [e for e in session["entries"] if not e.get("question")]
    assert other and squeeze(text).index("Övrigaanteckningar") < squeeze(text).index(squeeze(other[0]["text"]))
    questions = {q["id"]: q for q in demo_document["questions"]}
    positions = []
    asked = [e for e in session["entries"] if e.get("question")]
    for question_id in sorted(dict.fromkeys(e["question"] for e in asked), key=lambda q: questions[q]["position"]):
        heading = f"Central fråga {questions[question_id]['position']}:"
        assert heading in text, heading
        positions.append(text.index(heading))
    assert positions == sorted(positions) and positions[-1] < text.index("Övriga anteckningar")  # the guide's order
    titles = outline_titles(build_minutes_pdf(library, demo_uid, HELD))
    assert sum(t.startswith("Central fråga") for t in titles) == len(positions)
    flat = squeeze(text)
    for entry in asked:  # each under its own question: after its heading, before the next heading
        number = questions[entry["question"]]["position"]
        start = flat.index(squeeze(f"Central fråga {number}:"))
        following = [flat.index(squeeze(f"Central fråga {n}:")) for n in range(number + 1, 7)
                     if squeeze(f"Central fråga {n}:") in flat]
        end = min([*following, flat.index("Övrigaanteckningar")])
        assert squeeze(entry["text"]) in flat[start:end], entry["id"]


def test_off_the_agenda_is_said_only_where_there_is_an_agenda(tmp_path: Path) -> None:
    """A structured talk follows the question guide without an agenda: its questions are not
    each marked "not on the agenda"; a question left off a real agenda is."""
    from samverkan_desktop.report.data import MinutesEntry, QuestionEntries

    asked = (QuestionEntries(2, "Hur samarbetar chefer och skyddsombud?",
                             (MinutesEntry("Kommunal", "statement", "Skyddsombuden är med."),)),)
    with_agenda = squeeze(poppler_text(build_minutes(sample_minutes(question_entries=asked)), tmp_path))
    assert squeeze("Central fråga 2: Hur samarbetar chefer och skyddsombud? Frågan fanns inte på dagordningen.") \
        in with_agenda
    talk = squeeze(poppler_text(build_minutes(sample_minutes(items=(), question_entries=asked)), tmp_path))
    assert squeeze("Central fråga 2: Hur samarbetar chefer och skyddsombud?") in talk
    assert squeeze("Frågan fanns inte på dagordningen.") not in talk
