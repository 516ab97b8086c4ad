"""The evidence behind a mandate, and action items: listing, making one from an entry,
and the open ones left from earlier sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import actions, assessment
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library, demo_document: dict[str, Any]) -> int:
    return import_document(library, demo_document).project_id


def uid_map(library: Library, model: Any) -> dict[int, str]:
    with library.engine.connect() as c:
        return {int(r[0]): str(r[1]) for r in c.execute(select(model.id, model.uid))}


def internal_id(library: Library, model: Any, uid: str) -> int:
    with library.engine.connect() as c:
        return int(c.execute(select(model.id).where(model.uid == uid)).scalar_one())


def expected_evidence(document: dict[str, Any], mandate_uid: str) -> tuple[list[str], list[tuple[str, str]]]:
    """From the file itself: entries answering linked questions, (entry, tag) of linked tags."""
    questions = {q["id"] for q in document["questions"] if mandate_uid in q.get("mandates", [])}
    tags = {t["id"] for t in document["tags"] if mandate_uid in t.get("mandates", [])}
    by_question: list[str] = []
    by_tag: list[tuple[str, str]] = []
    for session in sorted(document["sessions"], key=lambda s: s["date"]):
        agenda = {a["id"]: a.get("question") for a in session.get("agenda", [])}
        for entry in session.get("entries", []):
            question = entry.get("question") or agenda.get(entry.get("agenda_item"))
            if question in questions:
                by_question.append(entry["id"])
            by_tag += [(entry["id"], t["tag"]) for t in entry.get("tags", []) if t["tag"] in tags]
    return by_question, by_tag


@pytest.mark.parametrize("mandate_uid", ["mandate-u1", "mandate-u3"])
def test_evidence_matches_the_links_of_the_demo_file(
    library: Library, project: int, demo_document: dict[str, Any], mandate_uid: str
) -> None:
    found = assessment.mandate_evidence(library, internal_id(library, m.Mandate, mandate_uid))
    entries = uid_map(library, m.Entry)
    want_questions, want_tags = expected_evidence(demo_document, mandate_uid)
    assert want_questions and want_tags
    got_questions = [entries[e.entry_id] for e in found if e.route == assessment.ROUTE_QUESTION]
    got_tags = [e for e in found if e.route == assessment.ROUTE_TAG]
    assert got_questions == want_questions
    assert sorted(entries[e.entry_id] for e in got_tags) == sorted(entry for entry, _tag in want_tags)
    dates = [e.session_date for e in found if e.route == assessment.ROUTE_QUESTION]
    assert dates == sorted(dates)
    sample = next(e for e in found if e.route == assessment.ROUTE_QUESTION)
    assert sample.session_title and sample.question and sample.question_number
    assert all(e.tag and e.tag_kind for e in got_tags)


def test_a_tagged_span_is_the_passage(library: Library, project: int) -> None:
    found = assessment.mandate_evidence(library, internal_id(library, m.Mandate, "mandate-u1"))
    assert any(e.party == "Kommunal" for e in found)
    assert assessment.passage("Ett två tre", 4, 7) == "två"
    assert assessment.passage("Ett två", None, None) == "Ett två"
    assert assessment.passage("Ett", 2, 40) == "Ett"


def test_list_actions_and_only_open(library: Library, project: int) -> None:
    every = actions.list_actions(library, project)
    assert len(every) == 5
    assert [a.uid for a in every] == [f"action-0{n}" for n in range(1, 6)]
    first = every[0]
    assert first.owner == "HR-chefen" and first.due == dt.date(2025, 12, 15) and first.is_open
    assert first.session_title and first.improvement
    open_ones = actions.list_actions(library, project, only_open=True)
    assert [a.uid for a in open_ones] == ["action-01", "action-03", "action-04", "action-05"]


def test_create_action_from_entry(library: Library, project: int) -> None:
    entry_id = internal_id(library, m.Entry, "entry-005")
    entry = Editor(library).get("entry", entry_id)
    row = actions.create_action_from_entry(library, entry_id)
    assert row["text"] == entry["text"] and row["session_id"] == entry.parent_id
    assert row.parent_id == project and row["status"] == "open"
    assert [a.id for a in actions.list_actions(library, project)][-1] == row.id
    with pytest.raises(NotFound):
        actions.create_action_from_entry(library, 987654)


def test_open_actions_before_a_session_by_date(library: Library, project: int) -> None:
    sessions = {s.uid: s.id for s in Editor(library).children("session", project)}
    latest = sessions["session-2025-11-06-hemtjanst-norra"]
    before = actions.open_actions_before(library, project, latest)
    assert [a.uid for a in before] == ["action-01", "action-03", "action-04"]
    assert [a.session_date for a in before] == sorted(a.session_date for a in before if a.session_date)
    assert actions.open_actions_before(library, project, sessions["session-2025-09-18-csg"]) == []
    # a session moved to a later date sees the actions of every earlier one
    Editor(library).set("session", sessions["session-2025-09-18-csg"], date=dt.date(2026, 2, 1))
    later = actions.open_actions_before(library, project, sessions["session-2025-09-18-csg"])
    assert [a.uid for a in later] == ["action-03", "action-04", "action-05"]
    # done actions are left out
    Editor(library).set("action", before[0].id, status="done")
    assert [a.uid for a in actions.open_actions_before(library, project, latest)] == ["action-03", "action-04"]
    assert actions.open_actions_before(library, project, 987654) == []
