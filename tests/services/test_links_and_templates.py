"""Links between questions/tags and mandates, numbered lists, and the question guide template."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import links
from samverkan_desktop.services.editing import Editor, InvalidValue
from samverkan_desktop.services.errors import NotFound
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.templates import question_guide_template
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library, demo_document: dict[str, Any]) -> int:
    return import_document(library, demo_document).project_id


def ids(library: Library, kind: str, project: int) -> list[int]:
    return [row.id for row in Editor(library).children(kind, project)]


def numbers(library: Library, kind: str, parent: int) -> list[int | None]:
    return [row["number"] for row in Editor(library).children(kind, parent)]


# -- links ----------------------------------------------------------------------------
def test_question_mandates_read_in_the_imported_order(library: Library, project: int,
                                                      demo_document: dict[str, Any]) -> None:
    mandate_uid = {row.id: row.uid for row in Editor(library).children("mandate", project)}
    for question, data in zip(Editor(library).children("question", project), demo_document["questions"],
                              strict=True):
        linked = links.mandates_of_question(library, question.id)
        assert [mandate_uid[i] for i in linked] == data["mandates"]


def test_set_question_mandates_keeps_order_drops_duplicates_and_persists(library: Library, project: int,
                                                                         tmp_path: Path) -> None:
    question = ids(library, "question", project)[0]
    u1, u2, u3, _u4 = ids(library, "mandate", project)
    assert links.set_question_mandates(library, question, [u3, u1, u3, u2]) == [u3, u1, u2]
    other = open_library(DataPaths(tmp_path / "data"))
    try:
        assert links.mandates_of_question(other, question) == [u3, u1, u2]
    finally:
        other.close()
    assert links.set_question_mandates(library, question, []) == []
    assert links.mandates_of_question(library, question) == []


def test_links_refuse_a_mandate_of_another_project(library: Library, project: int,
                                                   demo_document: dict[str, Any]) -> None:
    editor = Editor(library)
    other_project = editor.create("project", None, {"title": "Annat projekt"}).id
    foreign = editor.create("mandate", other_project, {"title": "Främmande uppdrag"}).id
    question = ids(library, "question", project)[0]
    before = links.mandates_of_question(library, question)
    with pytest.raises(InvalidValue):
        links.set_question_mandates(library, question, [foreign])
    with pytest.raises(InvalidValue):
        links.set_question_mandates(library, question, [999_999])
    assert links.mandates_of_question(library, question) == before
    with pytest.raises(NotFound):
        links.set_question_mandates(library, 999_999, [])


def test_tag_mandates_use_the_same_mechanism(library: Library, project: int) -> None:
    with library.sessions() as db:
        tag = db.execute(select(m.Tag.id).where(m.Tag.project_id == project).order_by(m.Tag.id)).scalars().first()
    assert tag is not None
    u1, _u2, _u3, u4 = ids(library, "mandate", project)
    assert links.set_tag_mandates(library, tag, [u4, u1]) == [u4, u1]
    assert links.mandates_of_tag(library, tag) == [u4, u1]
    assert links.LINKS["tag_mandate"] is links.TAG_MANDATE
    assert links.LINKS["question_mandate"] is links.QUESTION_MANDATE


def test_with_link_adds_at_the_end_and_removes_in_place() -> None:
    assert links.with_link([3, 1], 2, True) == [3, 1, 2]
    assert links.with_link([3, 1, 2], 1, False) == [3, 2]
    assert links.with_link([3, 1], 3, True) == [3, 1]
    assert links.with_link([3, 1], 7, False) == [3, 1]


def test_deleting_a_question_takes_its_links_and_restore_brings_them_back(library: Library, project: int) -> None:
    editor = Editor(library)
    question = ids(library, "question", project)[3]
    linked = links.mandates_of_question(library, question)
    assert linked
    tombstone = editor.delete("question", question)
    with library.sessions() as db:
        assert db.execute(select(m.QuestionMandate).where(m.QuestionMandate.question_id == question)).first() is None
    editor.restore(tombstone)
    assert links.mandates_of_question(library, question) == linked


# -- numbering follows the order ------------------------------------------------------------
def test_question_numbers_follow_moves_creates_deletes_and_restores(library: Library, project: int) -> None:
    editor = Editor(library)
    first, second, *_ = ids(library, "question", project)
    assert numbers(library, "question", project) == [1, 2, 3, 4, 5]

    editor.move("question", first, 3)
    assert ids(library, "question", project)[3] == first
    assert editor.get("question", first)["number"] == 4
    assert numbers(library, "question", project) == [1, 2, 3, 4, 5]

    new = editor.create("question", project, {"text": "Ny fråga först"}, 0)
    assert editor.get("question", new.id)["number"] == 1
    assert numbers(library, "question", project) == [1, 2, 3, 4, 5, 6]

    tombstone = editor.delete("question", second)
    assert numbers(library, "question", project) == [1, 2, 3, 4, 5]
    editor.restore(tombstone)
    assert numbers(library, "question", project) == [1, 2, 3, 4, 5, 6]
    assert editor.get("question", second)["number"] == 2


def test_an_unnumbered_guide_stays_unnumbered(library: Library) -> None:
    editor = Editor(library)
    project = editor.create("project", None, {"title": "Utan nummer"}).id
    a = editor.create("question", project, {"text": "Första"}).id
    editor.create("question", project, {"text": "Andra"})
    editor.move("question", a, 1)
    assert numbers(library, "question", project) == [None, None]
    editor.create("question", project, {"text": "Tredje", "number": 9}, 0)
    assert numbers(library, "question", project) == [1, 2, 3]


def test_agenda_numbers_keep_their_start(library: Library, project: int) -> None:
    editor = Editor(library)
    session = editor.create("session", project, {"title": "Möte"}).id
    first = editor.create("agenda_item", session, {"title": "Mötets öppnande", "number": 4}).id
    editor.create("agenda_item", session, {"title": "Val av justerare", "number": 99})
    assert numbers(library, "agenda_item", session) == [4, 5]
    editor.move("agenda_item", first, 1)
    assert numbers(library, "agenda_item", session) == [4, 5]
    assert editor.get("agenda_item", first)["number"] == 5


# -- the template ------------------------------------------------------------------------
def test_template_is_frozen_and_has_the_same_questions_in_both_languages() -> None:
    sv, en = question_guide_template("sv"), question_guide_template("en")
    assert 5 <= len(sv.questions) <= 6
    assert len(sv.questions) == len(en.questions)
    for swedish, english in zip(sv.questions, en.questions, strict=True):
        assert swedish.text.strip() and swedish.guidance.strip()
        assert english.text.strip() and english.guidance.strip()
        assert swedish.text != english.text
        assert swedish.text.endswith("?") and english.text.endswith("?")
    everything = " ".join(q.text + " " + q.guidance for q in sv.questions)
    for word in ("CSG", "FSG", "APT", "skyddsombud", "MBL", "19 §", "11 §", "samverkansavtal",
                 "arbetsmiljö", "tillitsbaserad styrning", "förslag"):
        assert word in everything
    with pytest.raises(dataclasses.FrozenInstanceError):
        sv.questions[0].text = "ändrad"  # type: ignore[misc]
    assert question_guide_template("en-GB") is en
    assert question_guide_template() is sv
