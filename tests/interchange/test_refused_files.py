"""Broken project files are refused with a Swedish message naming the place, and nothing is written.

Each case derives a broken file from the shared example (a deep copy, mutated, or its
raw bytes, altered) and imports it into an on-disk library that already holds one valid
project. The import must raise ``ImportRefused``; its Swedish message must start with
the JSON path of the problem (where the problem has one) and contain the expected
Swedish words; and a full ``iterdump()`` of the database must be unchanged.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.services.errors import ImportRefused, ServiceError
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.parse import parse_bytes, read_file
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.storage.library import Library

Document = dict[str, Any]
Mutation = Callable[[Document], None]
Dump = Callable[[Library], list[str]]


def steps(path: str) -> list[str | int]:
    """``"sessions[0].entries[3].party"`` -> ``["sessions", 0, "entries", 3, "party"]``."""
    return [int(part[1:-1]) if part.startswith("[") else part
            for part in re.findall(r"\[\d+\]|[^.\[\]]+", path)]


def at(document: Any, path: str) -> Any:
    return _holder(document, steps(path))


def _holder(document: Any, path: list[str | int]) -> Any:
    for step in path:
        document = document[step]
    return document


def put(path: str, value: Any) -> Mutation:
    """Set the value at ``path``; a callable value is computed from the document."""
    *parent, last = steps(path)

    def mutate(document: Document) -> None:
        _holder(document, parent)[last] = value(document) if callable(value) else value
    return mutate


def drop(path: str) -> Mutation:
    *parent, last = steps(path)

    def mutate(document: Document) -> None:
        del _holder(document, parent)[last]
    return mutate


def dup(path: str, target: str | None = None, index: int = 1) -> Mutation:
    """Insert a copy of the item at ``path`` into the list ``target`` (default: its own) at ``index``."""
    into = steps(target) if target else steps(path)[:-1]

    def mutate(document: Document) -> None:
        _holder(document, into).insert(index, copy.deepcopy(at(document, path)))
    return mutate


def both(*mutations: Mutation) -> Mutation:
    def mutate(document: Document) -> None:
        for mutation in mutations:
            mutation(document)
    return mutate


def id_of(path: str) -> Callable[[Document], Any]:
    return lambda document: at(document, path)["id"]


def append(path: str, suffix: str) -> Mutation:
    return put(path, lambda document: at(document, path) + suffix)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[Document, bytes], bytes]
    where: str | None
    words: tuple[str, ...]


def broken(name: str, mutation: Mutation, where: str | None, *words: str) -> Case:
    def make(document: Document, _raw: bytes) -> bytes:
        original = json.dumps(document)
        mutation(document)
        data = json.dumps(document)  # ASCII escapes: lone surrogates survive
        assert data != original, f"{name}: the mutation changed nothing"
        return data.encode()
    return Case(name, make, where, words)


def raw(name: str, change: Callable[[bytes], bytes], *words: str, where: str | None = None) -> Case:
    return Case(name, lambda _document, data: change(data), where, words)


E4 = "sessions[0].entries[4]"  # 156 characters, tagged whole and on the span 90–123


def quote(**changes: Any) -> dict[str, Any]:
    """A sound quote of E4 (entry-005) for a mandate, changed by ``changes``."""
    return {"id": "quote-1", "entry": "entry-005", "mandate": "mandate-u1", **changes}


def report(*quotes: dict[str, Any]) -> dict[str, Any]:
    return {"quotes": list(quotes)}
SPAN = f"{E4}.tags[1]"
DEEP = "[" * 100_000 + "]" * 100_000

CASES = [
    # unknown references
    broken("unknown-party-of-person", put("people[0].party", "party-okand"), "people[0].party", "okänd part"),
    broken("unknown-party-of-entry", put("sessions[0].entries[3].party", "visio"),
           "sessions[0].entries[3].party", 'okänd part "visio"'),
    broken("unknown-party-of-minute-note", put("sessions[0].agenda[7].minute_notes[0].party", "party-x"),
           "sessions[0].agenda[7].minute_notes[0].party", "okänd part"),
    broken("unknown-person-of-entry", put("sessions[0].entries[0].person", "person-99"),
           "sessions[0].entries[0].person", 'okänd person "person-99"'),
    broken("unknown-person-in-attendance", put("sessions[0].attendance[0].person", "person-99"),
           "sessions[0].attendance[0].person", "okänd person"),
    broken("unknown-adjuster", put("sessions[0].adjusted.by[1]", "person-99"),
           "sessions[0].adjusted.by[1]", "okänd person"),
    broken("unknown-mandate-of-question", put("questions[0].mandates[0]", "mandate-u9"),
           "questions[0].mandates[0]", 'okänt politiskt uppdrag "mandate-u9"'),
    broken("unknown-mandate-of-tag", put("tags[6].mandates[0]", "mandate-u9"),
           "tags[6].mandates[0]", "okänt politiskt uppdrag"),
    broken("unknown-question-of-agenda-item", put("sessions[0].agenda[3].question", "question-9"),
           "sessions[0].agenda[3].question", "okänd fråga"),
    broken("unknown-question-of-entry", put("sessions[1].entries[0].question", "question-9"),
           "sessions[1].entries[0].question", "okänd fråga"),
    broken("unknown-tag-of-tagging", put(f"{E4}.tags[0].tag", "tag-x"), f"{E4}.tags[0].tag", 'okänd tagg "tag-x"'),
    broken("unknown-tag-parent", put("tags[1].parent", "tag-x"), "tags[1].parent", "okänd tagg"),
    broken("unknown-improvement", put("actions[0].improvement", "tag-x"), "actions[0].improvement", "okänd tagg"),
    broken("unknown-session-of-action", put("actions[0].session", "session-x"),
           "actions[0].session", 'okänt dialogtillfälle "session-x"'),
    broken("unknown-agenda-item", put("sessions[0].entries[0].agenda_item", "agenda-x"),
           "sessions[0].entries[0].agenda_item", "okänd dagordningspunkt"),
    broken("agenda-item-of-another-session", put("sessions[1].entries[0].agenda_item", "agenda-2024-09-12-01"),
           "sessions[1].entries[0].agenda_item", 'okänd dagordningspunkt "agenda-2024-09-12-01"'),
    # duplicate ids
    broken("duplicate-party", dup("parties[0]"), "parties[1].id", "används av mer än en part"),
    broken("duplicate-party-id-only", put("parties[1].id", id_of("parties[0]")), "parties[1].id", "mer än en part"),
    broken("duplicate-person", dup("people[0]"), "people[1].id", "mer än en person"),
    broken("duplicate-mandate", dup("mandates[2]", index=4), "mandates[4].id", "mer än ett politiskt uppdrag"),
    broken("duplicate-question", dup("questions[0]"), "questions[1].id", "mer än en fråga"),
    broken("duplicate-tag", dup("tags[0]"), "tags[1].id", "mer än en tagg"),
    broken("duplicate-session", dup("sessions[0]"), "sessions[1].id", "mer än ett dialogtillfälle"),
    broken("duplicate-action", dup("actions[0]"), "actions[1].id", "mer än en åtgärd"),
    broken("duplicate-entry", dup("sessions[0].entries[0]"), "sessions[0].entries[1].id", "mer än en anteckning"),
    broken("duplicate-entry-across-sessions", dup("sessions[0].entries[0]", "sessions[1].entries", 0),
           "sessions[1].entries[0].id", "mer än en anteckning"),
    broken("duplicate-agenda-item", dup("sessions[0].agenda[0]"), "sessions[0].agenda[1].id",
           "mer än en dagordningspunkt"),
    broken("duplicate-agenda-item-across-sessions",
           put("sessions[1].agenda", lambda d: [copy.deepcopy(at(d, "sessions[0].agenda[9]"))]),
           "sessions[1].agenda[0].id", "mer än en dagordningspunkt"),
    # spans (the entry has 156 characters)
    broken("span-end-past-text", put(f"{SPAN}.end", 157), SPAN,
           "markeringen 90–157 ligger utanför texten (156 tecken)"),
    broken("span-wholly-past-text", both(put(f"{SPAN}.start", 156), put(f"{SPAN}.end", 200)), SPAN, "utanför texten"),
    broken("span-start-equals-end", put(f"{SPAN}.end", 90), SPAN, "markeringen 90–90 ligger utanför"),
    broken("span-start-after-end", put(f"{SPAN}.start", 124), SPAN, "utanför texten"),
    broken("span-start-without-end", drop(f"{SPAN}.end"), SPAN, "behöver både start och end"),
    broken("span-end-without-start", drop(f"{SPAN}.start"), SPAN, "behöver både start och end"),
    broken("span-start-on-whole-tagging", put(f"{E4}.tags[0].start", 0), f"{E4}.tags[0]", "både start och end"),
    # tag parent cycles (tags[1] and tags[2] have tags[0] as parent)
    broken("tag-its-own-parent", put("tags[0].parent", id_of("tags[0]")), "tags[0].parent", "blir sin egen förälder"),
    broken("tag-two-cycle", put("tags[0].parent", id_of("tags[1]")), "tags[0].parent", "en cirkel"),
    broken("tag-two-cycle-later",
           both(put("tags[3].parent", id_of("tags[4]")), put("tags[4].parent", id_of("tags[3]"))),
           "tags[3].parent", "sin egen förälder"),
    broken("tag-three-cycle", both(put("tags[0].parent", id_of("tags[3]")), put("tags[3].parent", id_of("tags[1]"))),
           "tags[0].parent", "en cirkel"),
    # control characters
    broken("nul-in-title", append("project.title", "\x00"), "project.title", "otillåtet styrtecken (U+0000)"),
    broken("bell-in-entry", append("sessions[2].entries[5].text", "\x07"),
           "sessions[2].entries[5].text", "styrtecken (U+0007)"),
    broken("escape-in-minute-note", append("sessions[0].agenda[7].minute_notes[0].text", "\x1b"),
           "sessions[0].agenda[7].minute_notes[0].text", "styrtecken (U+001B)"),
    broken("delete-in-motivation", append("mandates[0].assessment.motivation", "\x7f"),
           "mandates[0].assessment.motivation", "styrtecken (U+007F)"),
    broken("vertical-tab-in-name", append("people[0].name", "\x0b"), "people[0].name", "(U+000B)"),
    broken("form-feed-in-description", append("tags[0].description", "\x0c"), "tags[0].description", "(U+000C)"),
    broken("unit-separator-in-memo", put(f"{SPAN}.memo", "a\x1fb"), f"{SPAN}.memo", "(U+001F)"),
    broken("lone-surrogate-in-entry", append("sessions[0].entries[0].text", "\ud800"),
           "sessions[0].entries[0].text", "otillåtet styrtecken (U+D800)"),
    broken("nul-in-id", put("parties[0].id", "party\x00"), "parties[0].id", "(U+0000)"),
    broken("control-in-unknown-key-value", put("project.x_note", "a\x01b"), "project.x_note", "(U+0001)"),
    broken("control-in-deep-unknown-value", put("sessions[0].x_meta", {"a": [{"b": "\x02"}]}),
           "sessions[0].x_meta.a[0].b", "(U+0002)"),
    broken("lone-surrogate-in-key", put("project.x\udc80", 1), "project", "nyckel", "(U+DC80)"),
    broken("nul-in-key", put("sessions[0].entries[0].x\x00", "v"), "sessions[0].entries[0]", "nyckel", "(U+0000)"),
    # absurd numbers
    broken("agenda-number-billion", put("sessions[0].agenda[0].number", 10**9),
           "sessions[0].agenda[0].number", "orimligt tal: 1000000000"),
    broken("budget-year-99999", put("project.budget_year", 99999), "project.budget_year", "orimligt budgetår: 99999"),
    broken("budget-year-1899", put("project.budget_year", 1899), "project.budget_year", "orimligt budgetår"),
    broken("question-position-million", put("questions[0].position", 10**6), "questions[0].position", "orimligt tal"),
    broken("span-start-billion", put(f"{SPAN}.start", 10**9), f"{SPAN}.start", "orimligt tal"),
    broken("unknown-key-huge-number", put("project.x_count", -(10**7)), "project.x_count", "orimligt tal"),
    raw("integer-of-5000-digits", lambda d: d.replace(b'"budget_year": 2025', b'"budget_year": 1' + b"0" * 5000, 1),
        "orimligt"),
    raw("float-overflow-in-budget-year", lambda d: d.replace(b'"budget_year": 2025', b'"budget_year": 1e999', 1),
        "ska vara ett heltal", where="project.budget_year"),
    raw("float-overflow-in-unknown-key", lambda d: d.replace(b'"budget_year": 2025', b'"x": 1e999', 1),
        "orimligt tal", where="project.x"),
    # dates, times, date-times
    broken("date-february-30", put("project.decision_date", "2024-02-30"),
           "project.decision_date", '"2024-02-30" är inget giltigt datum'),
    broken("date-without-dashes", put("sessions[0].date", "20240912"), "sessions[0].date", "inget giltigt datum"),
    broken("date-iso-week", put("actions[0].due", "2024-W01-1"), "actions[0].due", "inget giltigt datum"),
    broken("date-month-13", put("sessions[0].adjusted.at", "2024-13-01"), "sessions[0].adjusted.at", "giltigt datum"),
    broken("date-year-1899", put("project.due_date", "1899-12-31"), "project.due_date", "giltigt datum"),
    broken("date-short-month", put("sessions[1].date", "2024-9-26"), "sessions[1].date", "giltigt datum"),
    broken("date-empty", put("sessions[1].date", ""), "sessions[1].date", "giltigt datum"),
    broken("time-hour-25", put("sessions[0].start", "25:00"), "sessions[0].start", '"25:00" är ingen giltig tid'),
    broken("time-minute-60", put("sessions[0].end", "12:60"), "sessions[0].end", 'har fel form: "12:60"'),
    broken("time-one-digit-hour", put("sessions[1].start", "9:00"), "sessions[1].start", "fel form"),
    broken("time-with-seconds", put("sessions[1].end", "12:00:00"), "sessions[1].end", "fel form"),
    broken("datetime-with-space", put("sessions[0].entries[0].recorded_at", "2024-09-12 13:03:00+02:00"),
           "sessions[0].entries[0].recorded_at", "ingen giltig tidpunkt"),
    broken("datetime-without-offset", put("sessions[0].entries[0].recorded_at", "2024-09-12T13:03:00"),
           "sessions[0].entries[0].recorded_at", "giltig tidpunkt"),
    broken("datetime-september-31", put("sessions[0].entries[1].recorded_at", "2024-09-31T13:03:00+02:00"),
           "sessions[0].entries[1].recorded_at", "giltig tidpunkt"),
    broken("datetime-hour-24", put("sessions[0].entries[1].recorded_at", "2024-09-12T24:00:00+02:00"),
           "sessions[0].entries[1].recorded_at", "giltig tidpunkt"),
    broken("datetime-offset-25h", put("sessions[0].entries[1].recorded_at", "2024-09-12T13:00:00+25:00"),
           "sessions[0].entries[1].recorded_at", "giltig tidpunkt"),
    # wrong types and values
    broken("present-is-text", put("sessions[0].attendance[0].present", "ja"),
           "sessions[0].attendance[0].present", "ska vara true eller false"),
    broken("budget-year-is-text", put("project.budget_year", "2025"), "project.budget_year", "ska vara ett heltal"),
    broken("parties-is-object", put("parties", {}), "parties", "ska vara en lista"),
    broken("title-is-number", put("project.title", 5), "project.title", "ska vara en text"),
    broken("span-start-is-text", put(f"{SPAN}.start", "90"), f"{SPAN}.start", "ska vara ett heltal"),
    broken("agenda-number-is-bool", put("sessions[0].agenda[0].number", True), "sessions[0].agenda[0].number",
           "heltal"),
    broken("agenda-number-is-fraction", put("sessions[0].agenda[0].number", 1.5), "sessions[0].agenda[0].number",
           "heltal"),
    broken("person-is-text", put("people[0]", "person-01"), "people[0]", "ska vara ett objekt"),
    broken("project-is-null", put("project", None), "project", "ska vara ett objekt"),
    broken("entries-is-null", put("sessions[0].entries", None), "sessions[0].entries", "ska vara en lista"),
    broken("mandates-is-text", put("questions[0].mandates", "mandate-u1"), "questions[0].mandates", "en lista"),
    broken("adjuster-is-number", put("sessions[0].adjusted.by[0]", 6), "sessions[0].adjusted.by[0]", "en text"),
    broken("side-unknown", put("parties[0].side", "arbetsgivare"), "parties[0].side", 'okänt värde "arbetsgivare"'),
    broken("color-not-hex", put("tags[0].color", "blue"), "tags[0].color", 'har fel form: "blue"'),
    broken("parent-is-number", put("tags[1].parent", 5), "tags[1].parent", "ska vara ett id eller null"),
    broken("agenda-number-zero", put("sessions[0].agenda[0].number", 0), "sessions[0].agenda[0].number",
           "ska vara minst 1"),
    broken("title-empty", put("project.title", ""), "project.title", "får inte vara tom"),
    broken("id-too-long", put("parties[0].id", "p" * 65), "parties[0].id", "längre än 64 tecken"),
    # missing required keys
    broken("project-without-title", drop("project.title"), "project", 'saknar "title"'),
    broken("party-without-side", drop("parties[0].side"), "parties[0]", 'saknar "side"'),
    broken("session-without-date", drop("sessions[0].date"), "sessions[0]", 'saknar "date"'),
    broken("entry-without-text", drop("sessions[0].entries[0].text"), "sessions[0].entries[0]", 'saknar "text"'),
    broken("tag-without-kind", drop("tags[0].kind"), "tags[0]", 'saknar "kind"'),
    broken("attendance-without-present", drop("sessions[0].attendance[0].present"),
           "sessions[0].attendance[0]", 'saknar "present"'),
    broken("minute-note-without-text", drop("sessions[0].agenda[7].minute_notes[0].text"),
           "sessions[0].agenda[7].minute_notes[0]", 'saknar "text"'),
    broken("tagging-without-tag", drop(f"{E4}.tags[0].tag"), f"{E4}.tags[0]", 'saknar "tag"'),
    broken("agenda-item-without-number", drop("sessions[0].agenda[0].number"), "sessions[0].agenda[0]", "saknar"),
    broken("action-without-text", drop("actions[0].text"), "actions[0]", 'saknar "text"'),
    broken("no-project", drop("project"), "(hela filen)", 'saknar "project"'),
    # format and version
    broken("wrong-format", put("format", "samverkan-projekt"), None, "ingen projektfil", '"format"'),
    broken("no-format", drop("format"), None, "ingen projektfil"),
    broken("version-3", put("version", 3), None, "version är 3", "läser version 1 och 2"),
    broken("version-is-text", put("version", "1"), None, 'version är "1"'),
    broken("no-version", drop("version"), None, "läser version 1 och 2"),
    broken("version-is-true", put("version", True), None, "version är true"),
    # the report part (version 2)
    broken("quote-of-unknown-entry", put("report", report(quote(entry="entry-999"))), "report.quotes[0].entry",
           'okänd anteckning "entry-999"'),
    broken("quote-for-mandate-and-tag", put("report", report(quote(tag="tag-tema-tillit"))), "report.quotes[0]",
           "antingen ett politiskt uppdrag"),
    broken("quote-for-nothing", put("report", report({"id": "q", "entry": "entry-005"})), "report.quotes[0]",
           "antingen ett politiskt uppdrag"),
    broken("quote-for-unknown-mandate", put("report", report(quote(mandate="mandate-u9"))),
           "report.quotes[0].mandate", 'okänt politiskt uppdrag "mandate-u9"'),
    broken("quote-span-not-a-tagging", put("report", report(quote(start=90, end=120))), "report.quotes[0]",
           "är inte en markering"),
    broken("quote-id-twice", put("report", report(quote(), quote())), "report.quotes[1].id", "mer än ett citat"),
    broken("name-choice-twice", put("report", {"names": [{"name": "Anna Berg", "replacement": None},
                                                         {"name": "anna  berg", "replacement": "chefen"}]}),
           "report.names[1].name", "står två gånger"),
    broken("name-choice-without-replacement", put("report", {"names": [{"name": "Anna Berg"}]}), "report.names[0]",
           'saknar "replacement"'),
    # other rules
    broken("improvement-of-wrong-kind", put("actions[0].improvement", "tag-styrka-samtalsklimat"),
           "actions[0].improvement", "inget förbättringsområde"),
    broken("attendance-person-twice", put("sessions[0].attendance[1].person", "person-01"),
           "sessions[0].attendance[1].person", '"person-01" står två gånger i närvarolistan'),
    broken("question-mandate-twice", put("questions[1].mandates[1]", "mandate-u1"),
           "questions[1].mandates[1]", '"mandate-u1" står två gånger i listan'),
    broken("tag-mandate-twice", put("tags[9].mandates[1]", "mandate-u1"), "tags[9].mandates[1]", "två gånger"),
    broken("adjuster-twice", put("sessions[0].adjusted.by[1]", "person-06"), "sessions[0].adjusted.by[1]",
           "två gånger"),
    broken("nesting-deep-in-unknown-key", put("project.x", json.loads("[" * 150 + "]" * 150)),
           None, "project.x[0][0][0]", "…: är för djupt nästlad"),
    # a list at the deepest level allowed (100) holding a value: the value is one level too deep
    broken("nesting-value-just-too-deep", put("project.x", json.loads("[" * 99 + "1" + "]" * 99)),
           None, "project.x[0][0][0]", "…: är för djupt nästlad"),
    broken("nesting-very-deep-in-unknown-key", put("sessions[0].x", json.loads("[" * 900 + "]" * 900)),
           None, "sessions[0].x[0]", "…: är för djupt nästlad"),
    # the file itself
    raw("duplicate-key", lambda d: d.replace(b'"name": "Arbetsgivaren",',
                                             b'"name": "Arbetsgivaren", "name": "Kommunen",', 1),
        'nyckeln "name" två gånger'),
    raw("duplicate-top-level-key", lambda d: d.replace(b'"version": 1,', b'"version": 1, "version": 1,', 1),
        'nyckeln "version" två gånger'),
    raw("nan", lambda d: d.replace(b'"budget_year": 2025', b'"budget_year": NaN', 1), "NaN", "inte är ett giltigt tal"),
    raw("infinity", lambda d: d.replace(b'"budget_year": 2025', b'"budget_year": Infinity', 1), "Infinity"),
    raw("minus-infinity", lambda d: d.replace(b'"budget_year": 2025', b'"x": -Infinity', 1), "-Infinity"),
    raw("invalid-utf8-byte", lambda d: d.replace(b"Arbetsgivaren", b"Arbetsgivar\xffen", 1), "inte UTF-8", "byte"),
    raw("latin-1-file", lambda d: d.decode().encode("latin-1", errors="replace"), "inte UTF-8"),
    raw("utf-16-file", lambda d: d.decode().encode("utf-16"), "inte UTF-8", "byte 0"),
    raw("not-json", lambda _: "Det här är ingen JSON".encode(), "inte giltig JSON", "rad 1"),
    raw("truncated", lambda d: d[: len(d) // 2], "inte giltig JSON"),
    raw("trailing-garbage", lambda d: d + b"x", "inte giltig JSON"),
    raw("trailing-comma", lambda _: b'{"format": "samverkan-project", "version": 1,}', "inte giltig JSON"),
    raw("empty-file", lambda _: b"", "inte giltig JSON: rad 1, kolumn 1"),
    raw("only-whitespace", lambda _: b" \n\t\n", "inte giltig JSON"),
    raw("only-bom", lambda _: b"\xef\xbb\xbf", "inte giltig JSON"),
    raw("top-level-empty-array", lambda _: b"[]", "ingen projektfil"),
    raw("top-level-array-of-project", lambda d: b"[" + d + b"]", "ingen projektfil"),
    raw("top-level-null", lambda _: b"null", "ingen projektfil"),
    raw("top-level-string", lambda _: b'"samverkan-project"', "ingen projektfil"),
    raw("top-level-number", lambda _: b"1", "ingen projektfil"),
    raw("huge-nesting-of-arrays", lambda _: DEEP.encode(), "för djupt nästlad"),
    raw("huge-nesting-of-objects", lambda _: b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "för djupt nästlad"),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_broken_file_is_refused_and_nothing_is_written(
    case: Case, example: Document, example_bytes: bytes, seeded_library: Library, db_dump: Dump
) -> None:
    data = case.make(example, example_bytes)
    before = db_dump(seeded_library)
    assert any("INSERT INTO \"entry\"" in line for line in before), "the library should hold a project"

    with pytest.raises(ImportRefused) as caught:
        import_document(seeded_library, parse_bytes(data))

    message = caught.value.text("sv")
    if case.where is not None:
        assert message.startswith(f"{case.where}: "), message
    for words in case.words:
        assert words in message, message
    assert isinstance(caught.value, ServiceError)
    assert caught.value.code == "import_refused"
    assert caught.value.text("en") != message
    assert db_dump(seeded_library) == before


def test_unbroken_example_is_accepted_by_the_same_path(
    example_bytes: bytes, seeded_library: Library, db_dump: Dump
) -> None:
    """The control: the cases are refused for their mutation, not for the route they take."""
    before = db_dump(seeded_library)
    result = import_document(seeded_library, parse_bytes(example_bytes))
    assert result.entries == 60
    assert db_dump(seeded_library) != before


def test_case_names_are_unique() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")], ids=["nan", "inf", "-inf"])
def test_non_finite_numbers_handed_over_directly_are_refused(example: Document, value: float) -> None:
    example["project"]["x_ratio"] = value
    with pytest.raises(ImportRefused) as caught:
        validate_document(example)
    assert caught.value.text("sv").startswith("project.x_ratio: orimligt tal")


def test_missing_file_and_folder_are_refused_in_swedish(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused, match="finns inte"):
        read_file(tmp_path / "saknas.json")
    with pytest.raises(ImportRefused, match="är en mapp"):
        read_file(tmp_path)
