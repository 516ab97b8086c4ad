"""Property: exporting an imported project gives the document back, for any valid project.

A Hypothesis strategy builds valid project documents of varied shape in the normalized
form the exporter writes: known keys in the schema's order, then unknown keys; optional
values either present or absent; the top-level lists always present, empty nested lists
left out, root tags with ``"parent": null``. Text mixes any Unicode (no control
characters or surrogates, which the validator refuses) with emoji, ``<``, ``&``,
Swedish letters, newlines and tabs. Tag parents may point forward in the list; spans
use code-point offsets inside their entry's text; entries point only at agenda items
of their own session. A document is of version 1, or of version 2 with the report part
(chosen quotes of whole entries or tagged spans, name choices), the rating items and the
previous round; either exports as version 2. An entry may have a group and a session its
respondents (written answers) in either version.
"""

from __future__ import annotations

import datetime as dt
import json
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.services.interchange import fields as f
from samverkan_desktop.services.interchange import rounds
from samverkan_desktop.services.interchange.exporter import export_document, export_to_file
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.parse import read_file
from samverkan_desktop.services.interchange.schema import project_schema
from samverkan_desktop.storage.library import open_memory_library

Document = dict[str, Any]

SPICE = list("\n\t\r<>&\"'\\/åäöÅÄÖé–§€ \u00a0\u2028\u0301😀👩\u200d🇸🇪")
CHARS = st.characters(exclude_categories=("Cc", "Cs")) | st.sampled_from(SPICE)
#: whole strings with clusters of several code points (a family emoji, a flag)
SAMPLES = ["Vi 👩\u200d👩\u200d👧 i Örebro & <CSG>", "🇸🇪\tflagga\n", "Åtgärd: \"läs\" <b>&amp;</b>", "a"]


@cache
def texts(min_size: int = 0, max_size: int = 24) -> st.SearchStrategy[str]:
    samples = [text for text in SAMPLES if min_size <= len(text) <= max_size]
    return st.text(CHARS, min_size=min_size, max_size=max_size) | st.sampled_from(samples)


IDS = texts(1, 64) | st.from_regex(r"[a-z]{1,8}-[0-9]{1,4}", fullmatch=True)
LEAVES = (st.none() | st.booleans() | st.integers(-100_000, 100_000)
          | st.floats(-1e5, 1e5, allow_nan=False, allow_infinity=False) | texts())
JSON_VALUES = st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(texts(0, 6), inner, max_size=3),
    max_leaves=6,
)
DATES = st.dates(dt.date(1900, 1, 1), dt.date(2200, 12, 31)).map(dt.date.isoformat)
TIMES = st.builds("{:02d}:{:02d}".format, st.integers(0, 23), st.integers(0, 59))
OFFSETS = st.just("Z") | st.builds("{}{:02d}:{:02d}".format, st.sampled_from("+-"), st.integers(0, 14),
                                    st.sampled_from([0, 30, 45]))
FRACTIONS = st.just("") | st.from_regex(r"\.[0-9]{1,6}", fullmatch=True)
DATETIMES = st.builds(
    lambda moment, fraction, offset: moment.strftime("%Y-%m-%dT%H:%M:%S") + fraction + offset,
    st.datetimes(dt.datetime(1900, 1, 1), dt.datetime(2200, 12, 31, 23, 59, 59)), FRACTIONS, OFFSETS,
)
COLORS = st.from_regex(r"#[0-9a-fA-F]{6}", fullmatch=True)


def enum(*where: str) -> st.SearchStrategy[str]:
    """The values the schema allows at ``$defs`` / ``where`` (through "properties")."""
    node = project_schema()["$defs"][where[0]]
    for name in where[1:]:
        node = node["properties"][name]
    return st.sampled_from(node["enum"])


RATING, STATUS, SIDE = enum("mandate", "assessment", "rating"), enum("project", "status"), enum("party", "side")
TAG_KIND, PRIORITY = enum("tag", "kind"), enum("tag", "priority")
ITEM_TYPE, OUTCOME = enum("agenda_item", "type"), enum("agenda_item", "outcome")
ENTRY_KIND, ROLE = enum("entry", "kind"), enum("attendance", "role")
SESSION_KIND, SESSION_STATUS = enum("session", "kind"), enum("session", "status")
ACTION_STATUS = enum("action", "status")
HME = st.sampled_from(project_schema()["$defs"]["hme_item"]["enum"])
FOLLOW_UP = st.sampled_from(["done", "in_progress", "not_started", "not_relevant"])
COUNTS = st.lists(st.integers(0, 100_000), min_size=5, max_size=5)
COUNT = st.integers(0, 100_000)


def keys_of(pairs: list[tuple[str, str | None]] | list[str]) -> list[str]:
    return [p if isinstance(p, str) else p[0] for p in pairs]


def make(draw: st.DrawFn, pairs: list[tuple[str, str | None]] | list[str], values: dict[str, Any],
         keep_none: tuple[str, ...] = ()) -> dict[str, Any]:
    """An object of the known keys in their order (absent when None), then unknown keys."""
    known = keys_of(pairs)
    assert set(values) <= set(known)
    item = {key: values[key] for key in known if key in values and (values[key] is not None or key in keep_none)}
    return item | draw(_extras(tuple(known)))


def maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(st.none() | strategy)


@cache
def _extras(known: tuple[str, ...]) -> st.SearchStrategy[dict[str, Any]]:
    return st.just({}) | st.dictionaries(texts(0, 8).filter(lambda key: key not in known), JSON_VALUES, max_size=2)


def some(draw: st.DrawFn, pool: list[str], max_size: int = 3) -> list[str] | None:
    """A list of distinct ids from ``pool`` (None when empty: the exporter omits it)."""
    if not pool:
        return None
    return draw(st.lists(st.sampled_from(pool), unique=True, max_size=max_size)) or None


def one(draw: st.DrawFn, pool: list[str]) -> str | None:
    return maybe(draw, st.sampled_from(pool)) if pool else None


def split(draw: st.DrawFn, ids: list[str], buckets: int) -> list[list[str]]:
    """Spread ``ids`` (unique across the file) over ``buckets`` lists, keeping their order."""
    out: list[list[str]] = [[] for _ in range(buckets)]
    for uid in ids:
        out[draw(st.integers(0, buckets - 1))].append(uid)
    return out


def tagging(draw: st.DrawFn, text: str, tag_ids: list[str]) -> dict[str, Any]:
    start = end = None
    if text and draw(st.booleans()):
        start = draw(st.integers(0, len(text) - 1))
        end = draw(st.integers(start + 1, len(text)))
    return make(draw, f.TAGGING, {"tag": draw(st.sampled_from(tag_ids)), "start": start, "end": end,
                                  "memo": maybe(draw, texts())})


def assessment(draw: st.DrawFn) -> dict[str, Any] | None:
    if not draw(st.booleans()):
        return None
    return make(draw, f.ASSESSMENT, {
        "rating": maybe(draw, RATING),
        "motivation": maybe(draw, texts()),
    })


def minute_notes(draw: st.DrawFn, party_ids: list[str]) -> list[dict[str, Any]] | None:
    if not party_ids:
        return None
    notes = [make(draw, f.MINUTE_NOTE, {"party": draw(st.sampled_from(party_ids)), "text": draw(texts())})
             for _ in range(draw(st.integers(0, 2)))]
    return notes or None


def taggings(draw: st.DrawFn, text: str, tag_ids: list[str]) -> list[dict[str, Any]] | None:
    if not tag_ids:
        return None
    return [tagging(draw, text, tag_ids) for _ in range(draw(st.integers(0, 3)))] or None


@st.composite
def documents(draw: st.DrawFn) -> Document:
    unique = lambda n: st.lists(IDS, unique=True, max_size=n)  # noqa: E731
    party_ids, person_ids, mandate_ids = draw(unique(4)), draw(unique(5)), draw(unique(3))
    question_ids, tag_ids, session_ids = draw(unique(3)), draw(unique(6)), draw(unique(3))
    agenda_ids, entry_ids, action_ids = draw(unique(5)), draw(unique(8)), draw(unique(3))
    if not session_ids:
        agenda_ids, entry_ids = [], []

    project = make(draw, f.PROJECT, {
        "id": draw(IDS), "title": draw(texts(1)), "organisation": maybe(draw, texts()),
        "body": maybe(draw, texts()), "budget_year": maybe(draw, st.integers(1900, 2200)),
        "case_number": maybe(draw, texts()), "commissioned_by": maybe(draw, texts()),
        "commission": maybe(draw, texts(0, 200)), "decision_date": maybe(draw, DATES),
        "responsible": maybe(draw, texts()), "secretary": maybe(draw, texts()),
        "due_date": maybe(draw, DATES), "status": maybe(draw, STATUS),
        "summary": maybe(draw, texts(0, 200)), "method": maybe(draw, texts()), "conclusions": maybe(draw, texts()),
    })
    parties = [make(draw, f.PARTY, {"id": uid, "name": draw(texts(1)),
                                    "side": draw(SIDE)})
               for uid in party_ids]
    people = [make(draw, f.PERSON, {"id": uid, "name": draw(texts(1)), "party": one(draw, party_ids),
                                    "role": maybe(draw, texts())}) for uid in person_ids]
    mandates = [make(draw, f.MANDATE, {
        "id": uid, "code": maybe(draw, texts(0, 4)), "title": draw(texts(1)), "description": maybe(draw, texts()),
        "assessment": assessment(draw),
    }) for uid in mandate_ids]
    questions = [make(draw, f.QUESTION, {
        "id": uid, "position": maybe(draw, st.integers(1, 100_000)), "text": draw(texts(1)),
        "guidance": maybe(draw, texts()), "mandates": some(draw, mandate_ids),
    }) for uid in question_ids]

    # parents point only at tags of lower rank: acyclic, yet sometimes forward in the list
    rank = draw(st.permutations(range(len(tag_ids))))
    kinds = [draw(TAG_KIND) for _ in tag_ids]
    tags = [make(draw, f.TAG, {
        "id": uid, "kind": kinds[i], "name": draw(texts(1)),
        "parent": one(draw, [tag_ids[j] for j in range(len(tag_ids)) if rank[j] < rank[i]]),
        "description": maybe(draw, texts()), "color": maybe(draw, COLORS), "proposal": maybe(draw, texts()),
        "priority": maybe(draw, PRIORITY), "owner": maybe(draw, texts()),
        "mandates": some(draw, mandate_ids),
    }, keep_none=("parent",)) for i, uid in enumerate(tag_ids)]

    sessions = []
    all_entries: list[dict[str, Any]] = []
    agenda_of, entries_of = split(draw, agenda_ids, len(session_ids)), split(draw, entry_ids, len(session_ids))
    for s_index, uid in enumerate(session_ids):
        agenda = [make(draw, f.AGENDA, {
            "id": aid, "number": draw(st.integers(1, 100_000)), "title": draw(texts(1)),
            "type": maybe(draw, ITEM_TYPE),
            "question": one(draw, question_ids),
            "outcome": maybe(draw, OUTCOME),
            "minute_notes": minute_notes(draw, party_ids),
        }) for aid in agenda_of[s_index]]
        entries = []
        for eid in entries_of[s_index]:
            text = draw(texts(0, 60))
            entries.append(make(draw, f.ENTRY, {
                "id": eid, "agenda_item": one(draw, agenda_of[s_index]), "question": one(draw, question_ids),
                "party": one(draw, party_ids), "person": one(draw, person_ids),
                "kind": maybe(draw, ENTRY_KIND),
                "text": text, "recorded_at": maybe(draw, DATETIMES),
                "tags": taggings(draw, text, tag_ids), "group": maybe(draw, texts(1)),
            }))
        all_entries.extend(entries)
        attendance = [make(draw, f.ATTENDANCE, {
            "person": person, "present": draw(st.booleans()),
            "role": maybe(draw, ROLE),
        }) for person in some(draw, person_ids, 5) or []]
        adjusted = None
        if draw(st.booleans()):
            adjusted = make(draw, f.ADJUSTED, {"by": some(draw, person_ids), "at": maybe(draw, DATES),
                                               "content_hash": maybe(draw, texts(0, 64))})
        sessions.append(make(draw, f.SESSION, {
            "id": uid, "title": draw(texts(1)),
            "kind": maybe(draw, SESSION_KIND),
            "date": draw(DATES), "start": maybe(draw, TIMES), "end": maybe(draw, TIMES),
            "location": maybe(draw, texts()), "protocol_number": maybe(draw, texts(0, 8)),
            "status": maybe(draw, SESSION_STATUS),
            "attendance": attendance or None, "agenda": agenda or None, "entries": entries or None,
            "adjusted": adjusted, "respondents": maybe(draw, COUNT),
        }))

    improvements = [uid for uid, kind in zip(tag_ids, kinds, strict=True) if kind == "improvement"]
    actions = [make(draw, f.ACTION, {
        "id": uid, "text": draw(texts(1)), "owner": maybe(draw, texts()), "due": maybe(draw, DATES),
        "status": maybe(draw, ACTION_STATUS), "session": one(draw, session_ids),
        "improvement": one(draw, improvements),
    }) for uid in action_ids]

    version = draw(st.sampled_from([1, 2]))
    document = {"format": "samverkan-project", "version": version, "exported_at": "2024-11-04T16:12:45+01:00",
                "project": project, "parties": parties, "people": people, "mandates": mandates,
                "questions": questions, "tags": tags, "sessions": sessions, "actions": actions}
    report = report_part(draw, all_entries, mandate_ids, tag_ids) if version == 2 else None
    if report is not None:
        document["report"] = report
    if version == 2:
        document |= version_2_rounds(draw, session_ids, mandate_ids, question_ids, tag_ids)
    return document | draw(_extras(tuple(f.DOCUMENT)))


def report_part(draw: st.DrawFn, entries: list[dict[str, Any]], mandate_ids: list[str],
                tag_ids: list[str]) -> dict[str, Any] | None:
    """Version 2's report part: quotes of whole entries or tagged spans, and name choices."""
    quotes = []
    targets = [("mandate", uid) for uid in mandate_ids] + [("tag", uid) for uid in tag_ids]
    quote_ids = draw(st.lists(IDS, unique=True, max_size=4))
    for uid in quote_ids if entries and targets else []:
        entry = draw(st.sampled_from(entries))
        spans = [(t["start"], t["end"]) for t in entry.get("tags", []) if "start" in t]
        start, end = draw(st.sampled_from(spans)) if spans and draw(st.booleans()) else (None, None)
        kind, target = draw(st.sampled_from(targets))
        quotes.append(make(draw, f.QUOTE, {"id": uid, "entry": entry["id"], "start": start, "end": end,
                                           kind: target}))
    names = [make(draw, f.NAME_CHOICE, {"name": name, "replacement": maybe(draw, texts())},
                  keep_none=("replacement",))
             for name in draw(st.lists(texts(1, 20), unique_by=lambda n: " ".join(n.split()).casefold(),
                                       max_size=3))]
    report = make(draw, f.REPORT, {"quotes": quotes or None, "names": names or None})
    return report or None


def version_2_rounds(draw: st.DrawFn, session_ids: list[str], mandate_ids: list[str], question_ids: list[str],
                     tag_ids: list[str]) -> Document:
    """The rating items and the previous round (version 2), each left out when the project has none."""
    unique = lambda n: st.lists(IDS, unique=True, max_size=n)  # noqa: E731
    out: Document = {}
    items = [make(draw, rounds.RATING_ITEM, {
        "id": uid, "text": draw(texts(1)), "session": one(draw, session_ids), "hme": maybe(draw, HME),
        "counts": draw(COUNTS), "groups": draw(st.lists(st.fixed_dictionaries(
            {"group": texts(1), "counts": COUNTS}), max_size=2)) or None,
    }) for uid in draw(unique(3))]
    if items:
        out["rating_items"] = items
    if not draw(st.booleans()):
        return out
    lists = {
        "mandates": [make(draw, rounds.PREVIOUS_MANDATE, {
            "id": uid, "code": maybe(draw, texts(0, 4)), "title": draw(texts(1)), "rating": maybe(draw, RATING),
            "motivation": maybe(draw, texts()), "entry_count": maybe(draw, COUNT), "match": one(draw, mandate_ids),
        }) for uid in draw(unique(3))],
        "questions": [make(draw, rounds.PREVIOUS_QUESTION, {
            "id": uid, "text": draw(texts(1)), "entry_count": maybe(draw, COUNT), "match": one(draw, question_ids),
        }) for uid in draw(unique(3))],
        "tags": [make(draw, rounds.PREVIOUS_TAG, {
            "id": uid, "kind": draw(TAG_KIND), "name": draw(texts(1)), "proposal": maybe(draw, texts()),
            "entry_count": maybe(draw, COUNT), "match": one(draw, tag_ids), "status": maybe(draw, FOLLOW_UP),
            "comment": maybe(draw, texts()),
        }) for uid in draw(unique(3))],
        "rating_items": [make(draw, rounds.PREVIOUS_RATING_ITEM, {
            "id": uid, "text": draw(texts(1)), "hme": maybe(draw, HME), "counts": draw(COUNTS),
        }) for uid in draw(unique(2))],
    }
    out["previous_round"] = make(draw, rounds.PREVIOUS_ROUND, {
        "project": draw(IDS), "title": draw(texts(1)), "date": maybe(draw, DATES),
        **{key: value or None for key, value in lists.items()},
    })
    return out


def key_orders(value: Any, path: str = "") -> list[tuple[str, list[str]]]:
    """The keys of every object, in order, with its path."""
    if isinstance(value, dict):
        found = [(path, list(value))]
        for key, item in value.items():
            found += key_orders(item, f"{path}.{key}")
        return found
    if isinstance(value, list):
        return [pair for index, item in enumerate(value) for pair in key_orders(item, f"{path}[{index}]")]
    return []


def plain(document: Document) -> Document:
    """The document as the exporter writes it back: without its stamp, at version 2."""
    out: Document = json.loads(json.dumps(document))
    out.pop("exported_at")
    out["version"] = 2
    return out


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_export_of_import_is_the_document(document: Document) -> None:
    library = open_memory_library()
    try:
        import_document(library, json.loads(json.dumps(document)))
        exported = export_document(library, document["project"]["id"])
        with tempfile.TemporaryDirectory() as folder:
            from_file = read_file(export_to_file(library, document["project"]["id"], Path(folder) / "p.json"))
    finally:
        library.close()
    assert exported["version"] == 2
    assert plain(exported) == plain(document)
    assert key_orders(plain(exported)) == key_orders(plain(document))
    assert plain(from_file) == plain(document)
