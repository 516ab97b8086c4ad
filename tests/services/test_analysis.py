"""The analysis service: evidence per tag (content, order, filters, nesting, spans) and overview counts.

Expectations are computed from the demo document itself, so the tests follow the demo
project when it grows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import analysis as A
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = open_library(DataPaths(tmp_path / "data"))
    yield library
    library.close()


@pytest.fixture
def project(lib: Library, demo_document: dict[str, Any]) -> int:
    return import_document(lib, demo_document).project_id


def _ids(lib: Library, project: int, model: Any) -> dict[str, int]:
    with lib.sessions() as db:
        return {uid: id_ for uid, id_ in db.execute(select(model.uid, model.id).where(model.project_id == project))}


def _taggings(doc: dict[str, Any]) -> list[tuple[dict[str, Any], dict[str, Any], dict[str, Any]]]:
    """(session, entry, tagging) of the document, in session-date and minutes order."""
    found = []
    for session in sorted(doc["sessions"], key=lambda s: s["date"]):
        for entry in session.get("entries", []):
            for tagging in entry.get("tags", []):
                found.append((session, entry, tagging))
    return found


def _subtree(doc: dict[str, Any], uid: str) -> set[str]:
    found = {uid}
    while True:
        more = {t["id"] for t in doc["tags"] if t.get("parent") in found} - found
        if not more:
            return found
        found |= more


def test_evidence_matches_the_demo_taggings(lib: Library, project: int, demo_document: dict[str, Any]) -> None:
    tags = _ids(lib, project, m.Tag)
    parties = {p["id"]: p["name"] for p in demo_document["parties"]}
    for tag in demo_document["tags"]:
        wanted = [(s, e, t) for s, e, t in _taggings(demo_document) if t["tag"] in _subtree(demo_document, tag["id"])]
        passages = A.evidence(lib, project, tags[tag["id"]])
        assert len(passages) == len(wanted), tag["name"]
        for passage, (session, entry, tagging) in zip(passages, wanted, strict=True):
            assert passage.entry_text == entry["text"]
            assert passage.session_title == session["title"]
            assert passage.session_date.isoformat() == session["date"]
            assert passage.party_name == parties.get(entry.get("party", ""))
            assert passage.memo == tagging.get("memo")
            assert passage.entry_kind == entry.get("kind")
            if "start" in tagging:
                assert passage.text == entry["text"][tagging["start"]:tagging["end"]]
                assert (passage.start, passage.end) == (tagging["start"], tagging["end"])
            else:
                assert passage.text == entry["text"] and passage.start is None


def test_passages_are_in_session_date_then_minutes_order(lib: Library, project: int) -> None:
    root = next(t for t in A.project_tags(lib, project) if t.name == "Dialog och inflytande")
    passages = A.evidence(lib, project, root.id)
    dates = [p.session_date for p in passages]
    assert dates == sorted(dates) and len(set(dates)) > 1


def test_descendants_roll_in_only_when_asked(lib: Library, project: int, demo_document: dict[str, Any]) -> None:
    tags = _ids(lib, project, m.Tag)
    root = tags["tag-tema-dialog-inflytande"]
    own = A.evidence(lib, project, root, include_descendants=False)
    assert {p.tag_name for p in own} == {"Dialog och inflytande"}
    rolled = A.evidence(lib, project, root)
    assert {p.tag_name for p in rolled} == {"Dialog och inflytande", "Information i tid", "Tidig dialog"}


def test_question_comes_from_the_entry_or_its_agenda_item(lib: Library, project: int,
                                                         demo_document: dict[str, Any]) -> None:
    questions = {q["id"]: q["text"] for q in demo_document["questions"]}
    items = {a["id"]: a.get("question") for s in demo_document["sessions"] for a in s.get("agenda", [])}
    tags = _ids(lib, project, m.Tag)
    by_entry = {e["text"]: e for _s, e, _t in _taggings(demo_document)}
    for tag in tags.values():
        for passage in A.evidence(lib, project, tag, include_descendants=False):
            entry = by_entry[passage.entry_text]
            question = entry.get("question") or items.get(entry.get("agenda_item", ""))
            assert passage.question_text == (questions[question] if question else None)


def test_filters_are_applied(lib: Library, project: int) -> None:
    tags = _ids(lib, project, m.Tag)
    parties = _ids(lib, project, m.Party)
    root = tags["tag-tema-dialog-inflytande"]
    everything = A.evidence(lib, project, root)
    only_kommunal = A.EvidenceFilter(party_ids=frozenset({parties["party-kommunal"]}))
    kommunal = A.evidence(lib, project, root, filters=only_kommunal)
    assert kommunal and all(p.party_name == "Kommunal" for p in kommunal)
    assert len(kommunal) == sum(1 for p in everything if p.party_name == "Kommunal")

    session = everything[-1].session_id
    in_session = A.evidence(lib, project, root, filters=A.EvidenceFilter(session_ids=frozenset({session})))
    assert in_session == [p for p in everything if p.session_id == session]

    question = next(p.question_id for p in everything if p.question_id is not None)
    asked = A.evidence(lib, project, root, filters=A.EvidenceFilter(question_ids=frozenset({question})))
    assert asked == [p for p in everything if p.question_id == question]

    assert A.evidence(lib, project, root, filters=A.EvidenceFilter(kinds=frozenset({"decision"}))) == []
    both = A.EvidenceFilter(party_ids=frozenset({parties["party-kommunal"]}), session_ids=frozenset({session}))
    assert A.evidence(lib, project, root, filters=both) == [p for p in kommunal if p.session_id == session]


def test_spans_are_clamped_to_the_text() -> None:
    assert A.passage_text("Åsa är här", 4, 6) == "är"
    assert A.passage_text("kort", 2, 99) == "rt"
    assert A.passage_text("kort", 9, 12) == ""
    assert A.passage_text("kort", None, None) == "kort"


def test_overview_counts_distinct_entries_rolled_up(lib: Library, project: int,
                                                   demo_document: dict[str, Any]) -> None:
    tags, sessions = _ids(lib, project, m.Tag), _ids(lib, project, m.Session)
    parties = _ids(lib, project, m.Party)
    view = A.overview(lib, project)
    assert [t.id for t in view.tags] == [t.id for t in A.project_tags(lib, project)]
    assert [c.id for c in view.sessions] == [sessions[s["id"]] for s in sorted(demo_document["sessions"],
                                                                                 key=lambda s: s["date"])]
    for tag in demo_document["tags"]:
        subtree = _subtree(demo_document, tag["id"])
        hits = [(s, e) for s, e, t in _taggings(demo_document) if t["tag"] in subtree]
        tag_id = tags[tag["id"]]
        assert view.totals.get(tag_id, 0) == len({e["id"] for _s, e in hits})
        for session in demo_document["sessions"]:
            expected = len({e["id"] for s, e in hits if s is session})
            assert view.by_session.get((tag_id, sessions[session["id"]]), 0) == expected
        for party in demo_document["parties"]:
            expected = len({e["id"] for _s, e in hits if e.get("party") == party["id"]})
            assert view.by_party.get((tag_id, parties[party["id"]]), 0) == expected
        # a cell's count is the number of distinct entries its evidence shows
        for session_id in sessions.values():
            cell = A.evidence(lib, project, tag_id, filters=A.EvidenceFilter(session_ids=frozenset({session_id})))
            assert len({p.entry_id for p in cell}) == view.by_session.get((tag_id, session_id), 0)


def test_overview_of_a_project_without_tags(lib: Library, project: int) -> None:
    with lib.sessions() as db, db.begin():
        db.execute(m.table_of(m.Tagging).delete())
        db.execute(m.table_of(m.Tag).delete())
    view = A.overview(lib, project)
    assert view.tags == () and view.totals == {} and view.sessions
    assert A.project_tags(lib, project) == []


def test_parent_cycle_does_not_hang(lib: Library, project: int) -> None:
    tags = _ids(lib, project, m.Tag)
    a, b = tags["tag-tema-dialog-inflytande"], tags["tag-tema-information-i-tid"]
    with lib.sessions() as db, db.begin():
        db.execute(m.table_of(m.Tag).update().where(m.table_of(m.Tag).c.id == a).values(parent_id=b))
    listed = A.project_tags(lib, project)
    assert sorted(t.id for t in listed) == sorted(tags.values())
    view = A.overview(lib, project)
    assert view.totals[a] == view.totals[b]
    assert A.evidence(lib, project, a)


def test_fast_built_passages_equal_ordinary_ones(lib: Library, project: int) -> None:
    import dataclasses

    for passage in A.evidence(lib, project, A.project_tags(lib, project)[0].id):
        ordinary = A.Passage(*(getattr(passage, f.name) for f in dataclasses.fields(A.Passage)))
        assert ordinary == passage and hash(ordinary) == hash(passage)
        with pytest.raises(dataclasses.FrozenInstanceError):
            passage.text = "ändrad"  # type: ignore[misc]


def test_evidence_of_a_tag_of_another_project_is_empty(lib: Library, project: int) -> None:
    assert A.evidence(lib, project + 1, A.project_tags(lib, project)[0].id) == []


def test_entries_without_a_party_get_their_own_column_and_filter(lib: Library, project: int) -> None:
    root = next(t for t in A.project_tags(lib, project) if t.name == "Tillitsbaserad styrning")
    first = A.evidence(lib, project, root.id)[0]
    entry = m.table_of(m.Entry)
    with lib.sessions() as db, db.begin():
        db.execute(entry.update().where(entry.c.id == first.entry_id).values(party_id=None))
    view = A.overview(lib, project)
    assert view.parties[-1].id is None
    assert view.by_party[(root.id, None)] == 1
    orphans = A.evidence(lib, project, root.id, filters=A.EvidenceFilter(party_ids=frozenset({None})))
    assert [p.entry_id for p in orphans] == [first.entry_id] and orphans[0].party_name is None


def test_evidence_of_several_tags_is_each_tags_evidence_from_one_query(lib: Library, project: int) -> None:
    tags = list(_ids(lib, project, m.Tag).values())
    nested = [t for t in A.project_tags(lib, project) if t.parent_id is not None]
    assert nested, "the demo project nests a tag: a parent and its child share passages"
    asked = [nested[0].parent_id, nested[0].id, *tags, 999_999]  # a parent, its child, all, and an unknown tag
    together = A.evidence_of_tags(lib, project, asked)
    assert set(together) == set(tags)
    for tag_id in tags:
        assert together[tag_id] == A.evidence(lib, project, tag_id), tag_id
        assert A.evidence_of_tags(lib, project, [tag_id], include_descendants=False)[tag_id] == \
            A.evidence(lib, project, tag_id, include_descendants=False)
    assert together[nested[0].parent_id] and together[nested[0].id]
