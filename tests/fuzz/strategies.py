"""Hostile project documents for the fuzz test and the soak: every free text is hostile.

One strategy, ``hostile_documents()``, builds a small valid interchange document (2-3
parties, a few people, 1-2 mandates with an assessment, 2 questions, tags of each kind,
1-2 sessions with attendance, agenda, minute notes and tagged entries, an action) in the
exporter's normal form, and fills EVERY free-text field with a string mixing arbitrary
Unicode (astral emoji, right-to-left, combining marks), ReportLab/HTML and Qt rich-text
markup, SQL and FTS5 syntax, very long words and, rarely, 50,000 characters. Now and then
a document carries control characters (NUL...), which the importer must refuse cleanly.
Used by tests/fuzz/test_hostile_input.py and benchmarks/fuzz_soak.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from samverkan_desktop.report.options import ALL_SECTIONS, ReportOptions
from samverkan_desktop.services.interchange import fields as f
from tests.interchange.test_roundtrip_property import (
    ACTION_STATUS,
    COLORS,
    DATES,
    DATETIMES,
    ENTRY_KIND,
    ITEM_TYPE,
    OUTCOME,
    PRIORITY,
    RATING,
    ROLE,
    SESSION_KIND,
    SESSION_STATUS,
    SIDE,
    TIMES,
    make,
)

#: a real image on disk: an <img src> naming it must print literally, never embed it
IMAGE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "samverkan-desktop-24.png"
IMAGE_TAG = f'<img src="{IMAGE}" width="20" height="20"/>'
#: markup and query syntax a user may type (or paste) into any field
MARKUP = [
    "<b>fet</b>", "</para>", "<para>", "<br/>", "<img src=\"/etc/passwd\"/>", "<a href=\"http://x\">länk</a>",
    "&amp;", "&#0;", "&nbsp;", "AT&T;", "x<y", "a > b", "&lt;", "&#x41;", "]]>", "<!-- c -->",
    "<font size=40 color=red>", "<span style=\"color:red\">", "<html><body><h1>Qt</h1>", "<table><tr><td>",
    "<script>alert(1)</script>", "<qt>", "<img src=\"file:///etc/passwd\">", "<seq id=\"x\"/>", "<onDraw name=\"x\"/>",
    IMAGE_TAG, "\"", "*", "NEAR(", "NEAR(a b, 2)", "'; DROP TABLE entry; --", "a OR b", "NOT", "AND", "^", "col:val",
    "\"unterminated", "(", ")", "%", "_", "\\", "{x}", "%s", "{0}", "$(rm -rf /)", "\u202e", "\u200f",
    "\u0301", "e\u0301", "👩\u200d👩\u200d👧", "🇸🇪", "😀", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "محمد", "שלום", "\ufeff", "\u00ad",
    "\u2028", "\u2029", "\ufffd", "\U0010fffd", "Åsa Öberg", "Łódź", "İ", "ß", "ﬁ", " ", "\t", "\n", "\r\n",
]
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from("\t\n\r")
CONTROLS = st.characters(codec="utf-8", categories=("Cc",))
LONG = 50_000


def _piece(controls: bool) -> st.SearchStrategy[str]:
    pieces = (st.text(CHARS, max_size=12) | st.sampled_from(MARKUP)
              | st.integers(40, 400).map(lambda n: "Förbättringsområde"[n % 7:] * (n // 10))  # a very long word
              | st.just(" "))
    return pieces | st.text(CONTROLS, min_size=1, max_size=2) if controls else pieces


def hostile_text(controls: bool = False, min_size: int = 0) -> st.SearchStrategy[str]:
    """A string of a few hostile pieces (empty or whitespace-only now and then)."""
    text = st.lists(_piece(controls), max_size=5).map("".join)
    if min_size:
        text = text.filter(lambda t: len(t) >= min_size)
    return text


def huge(draw: st.DrawFn, text: str) -> str:
    """Rarely (about one document in 150), ``text`` grown to 50,000 characters."""
    if draw(st.integers(0, 149)) != 77:
        return text
    sentence = (text or "ord") + " Arbetsplatsträffarna behöver mer tid. <b>&amp;</b> "
    return (sentence * (LONG // len(sentence) + 1))[:LONG]


def _ids(prefix: str, n: int) -> list[str]:
    return [f"{prefix}-{i}" for i in range(1, n + 1)]


@st.composite
def hostile_documents(draw: st.DrawFn) -> dict[str, Any]:
    """A small valid project document whose every free text is hostile (see the module doc)."""
    controls = draw(st.integers(0, 19)) == 13  # now and then: the importer must refuse it
    text, name = hostile_text(controls), hostile_text(controls, min_size=1)
    party_ids, person_ids = _ids("party", draw(st.integers(2, 3))), _ids("person", draw(st.integers(2, 4)))
    mandate_ids, question_ids = _ids("mandate", draw(st.integers(1, 2))), _ids("question", 2)
    session_ids = _ids("session", draw(st.integers(1, 2)))
    kinds = ["theme", "theme", "strength", "improvement", "improvement"]
    tag_ids = _ids("tag", len(kinds))

    project = make(draw, f.PROJECT, {
        "id": "project-fuzz", "title": draw(name), "organisation": draw(text), "body": draw(text),
        "budget_year": 2026, "case_number": draw(text), "commissioned_by": draw(text),
        "commission": huge(draw, draw(text)), "decision_date": draw(DATES), "responsible": draw(text),
        "secretary": draw(text), "due_date": draw(DATES), "status": "draft",
        "summary": draw(text), "method": draw(text), "conclusions": draw(text),
    })
    parties = [make(draw, f.PARTY, {"id": uid, "name": draw(name), "side": draw(SIDE)}) for uid in party_ids]
    people = [make(draw, f.PERSON, {"id": uid, "name": draw(name), "party": party_ids[i % len(party_ids)],
                                    "role": draw(text)}) for i, uid in enumerate(person_ids)]
    mandates = [make(draw, f.MANDATE, {
        "id": uid, "code": draw(text), "title": draw(name), "description": draw(text),
        "assessment": make(draw, f.ASSESSMENT, {"rating": draw(RATING), "motivation": draw(text)}),
    }) for uid in mandate_ids]
    questions = [make(draw, f.QUESTION, {
        "id": uid, "position": i + 1, "text": draw(name), "guidance": draw(text), "mandates": mandate_ids[:1],
    }) for i, uid in enumerate(question_ids)]
    tags = [make(draw, f.TAG, {
        "id": uid, "kind": kind, "name": draw(name), "parent": tag_ids[0] if i == 1 else None,
        "description": draw(text), "color": draw(COLORS),
        **({"proposal": draw(text), "priority": draw(PRIORITY), "owner": draw(text), "mandates": mandate_ids}
           if kind == "improvement" else {}),
    }, keep_none=("parent",)) for i, (uid, kind) in enumerate(zip(tag_ids, kinds, strict=True))]

    sessions = []
    for s, uid in enumerate(session_ids):
        agenda_ids = [f"agenda-{s}-{n}" for n in (1, 2)]
        agenda = [make(draw, f.AGENDA, {
            "id": aid, "number": n + 1, "title": draw(name), "type": draw(ITEM_TYPE),
            "question": question_ids[n], "outcome": draw(OUTCOME),
            "minute_notes": [make(draw, f.MINUTE_NOTE, {"party": party_ids[n], "text": draw(text)})],
        }) for n, aid in enumerate(agenda_ids)]
        entries = []
        for n in range(draw(st.integers(2, 4))):
            body = huge(draw, draw(text)) if n == 0 else draw(text)
            spans = []
            for tag in draw(st.lists(st.sampled_from(tag_ids), min_size=1, max_size=3)):
                start = end = None
                if body and draw(st.booleans()):
                    start = draw(st.integers(0, len(body) - 1))
                    end = draw(st.integers(start + 1, len(body)))
                spans.append(make(draw, f.TAGGING, {"tag": tag, "start": start, "end": end, "memo": draw(text)}))
            entries.append(make(draw, f.ENTRY, {
                "id": f"entry-{s}-{n}", "agenda_item": agenda_ids[n % 2], "question": question_ids[n % 2],
                "party": party_ids[n % len(party_ids)], "person": person_ids[n % len(person_ids)],
                "kind": draw(ENTRY_KIND), "text": body, "recorded_at": draw(DATETIMES), "tags": spans,
            }))
        attendance = [make(draw, f.ATTENDANCE, {"person": person, "present": draw(st.booleans()),
                                                "role": draw(ROLE)}) for person in person_ids]
        status = draw(SESSION_STATUS)
        adjusted = (make(draw, f.ADJUSTED, {"by": person_ids[:1], "at": draw(DATES)})
                    if status == "adjusted" else None)
        sessions.append(make(draw, f.SESSION, {
            "id": uid, "title": draw(name), "kind": draw(SESSION_KIND), "date": draw(DATES),
            "start": draw(TIMES), "end": draw(TIMES), "location": draw(text), "protocol_number": draw(text),
            "status": status, "attendance": attendance, "agenda": agenda, "entries": entries, "adjusted": adjusted,
        }))

    actions = [make(draw, f.ACTION, {
        "id": "action-1", "text": draw(name), "owner": draw(text), "due": draw(DATES),
        "status": draw(ACTION_STATUS), "session": session_ids[0], "improvement": tag_ids[3],
    })]
    return {"format": "samverkan-project", "version": 1, "exported_at": "2026-11-27T02:00:00+01:00",
            "project": project, "parties": parties, "people": people, "mandates": mandates,
            "questions": questions, "tags": tags, "sessions": sessions, "actions": actions}


def report_options() -> st.SearchStrategy[ReportOptions]:
    """Settings a user can choose in the report dialog: at least one section, appendix, names, final."""
    sections = st.just(frozenset(ALL_SECTIONS)) | st.frozensets(st.sampled_from(ALL_SECTIONS), min_size=1)
    return st.builds(ReportOptions, sections=sections, minutes_appendix=st.booleans(), names=st.booleans(),
                     final=st.booleans())


def free_texts(value: Any) -> list[str]:
    """Every string in a document (ids and enum values included: they must round-trip too)."""
    if isinstance(value, dict):
        return [text for item in value.values() for text in free_texts(item)]
    if isinstance(value, list):
        return [text for item in value for text in free_texts(item)]
    return [value] if isinstance(value, str) else []
