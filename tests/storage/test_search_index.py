"""The FTS5 search index stays in sync with every way the texts change, through triggers:
the importer, the editing service (set, delete, restore), meeting mode's writer, cascades."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.minutes_writer import MinutesWriter, NewEntry
from samverkan_desktop.services.search import search
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Any:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


@pytest.fixture
def project(library: Library, demo_document: dict[str, Any]) -> int:
    return import_document(library, demo_document).project_id


def indexed(library: Library, kind: str | None = None) -> dict[tuple[str, int], str]:
    """The index's rows: (kind, ref_id) -> text."""
    with library.engine.connect() as c:
        rows = c.exec_driver_sql("SELECT kind, ref_id, body FROM search_index").all()
    return {(k, int(r)): b for k, r, b in rows if kind is None or k == kind}


def source_texts(library: Library) -> dict[tuple[str, int], str]:
    """What the index should hold, read from the source tables."""
    with library.engine.connect() as c:
        q = c.exec_driver_sql
        expected = {("entry", i): t for i, t in q("SELECT id, text FROM entry")}
        expected |= {("minute_note", i): t for i, t in q("SELECT id, text FROM minute_note WHERE text <> ''")}
        expected |= {("memo", i): t for i, t in q("SELECT id, memo FROM tagging WHERE memo <> ''")}
        for i, *parts in q("SELECT id, title, commission FROM project"):
            expected[("project", i)] = "\n".join(p for p in parts if p is not None)
        for i, *parts in q("SELECT id, summary, method, conclusions FROM project"):
            if any(p and p.strip() for p in parts):
                expected[("report", i)] = "\n".join(p for p in parts if p is not None).strip("\n")
        for i, *parts in q("SELECT id, title, description, motivation FROM mandate"):
            expected[("mandate", i)] = "\n".join(p for p in parts if p is not None)
        for i, *parts in q("SELECT id, text, guidance FROM question"):
            expected[("question", i)] = "\n".join(p for p in parts if p is not None)
    return expected


def entry_uids(library: Library, project: int, query: str) -> list[str | None]:
    return [h.entry_uid for h in search(library, project, query, kinds=("entry",))]


def test_import_fills_the_index(library: Library, project: int) -> None:
    index = indexed(library)
    assert index == source_texts(library)
    assert {kind for kind, _ in index} == {"entry", "minute_note", "memo", "project", "report", "mandate",
                                            "question"}
    assert entry_uids(library, project, '"öppnade mötet"') == ["entry-001"]


def test_editing_an_entry_reindexes_it(library: Library, project: int) -> None:
    editor = Editor(library)
    entry_id = search(library, project, '"öppnade mötet"')[0].entry_id
    assert entry_id is not None
    editor.set("entry", entry_id, text="Sammanträdet inleddes med en återblick på året.")
    assert entry_uids(library, project, '"öppnade mötet"') == []
    assert entry_uids(library, project, "återblick") == ["entry-001"]
    editor.set("entry", entry_id, kind="decision")  # a change of another field keeps the text indexed
    assert entry_uids(library, project, "återblick") == ["entry-001"]
    assert indexed(library) == source_texts(library)


def test_meeting_mode_writer_commit_is_searchable(library: Library, project: int) -> None:
    session_id = search(library, project, '"öppnade mötet"')[0].session_id
    assert session_id is not None
    writer = MinutesWriter(library)
    try:
        writer.commit_entry(NewEntry(session_id, "entry-live", "Huvudskyddsombudet efterlyser en åtgärdsplan.",
                                     None, None, "statement", None, None, None))
        assert writer.flush()
    finally:
        writer.close()
    assert entry_uids(library, project, "åtgärdsplan") == ["entry-live"]


def test_deleting_and_restoring_an_entry(library: Library, project: int) -> None:
    editor = Editor(library)
    hit = search(library, project, '"tidig dialog"', kinds=("memo",))[0]  # entry-017 has a memo
    assert hit.entry_id is not None
    before = indexed(library)
    tombstone = editor.delete("entry", hit.entry_id)
    after = indexed(library)
    assert ("entry", hit.entry_id) not in after and ("memo", hit.ref_id) not in after
    assert after == source_texts(library)
    editor.restore(tombstone)
    assert indexed(library) == before


def test_deleting_a_session_and_a_project_cascades(library: Library, project: int) -> None:
    editor = Editor(library)
    session_id = search(library, project, '"öppnade mötet"')[0].session_id
    assert session_id is not None
    tombstone = editor.delete("session", session_id)
    assert entry_uids(library, project, '"öppnade mötet"') == []
    assert indexed(library) == source_texts(library)
    editor.restore(tombstone)
    assert entry_uids(library, project, '"öppnade mötet"') == ["entry-001"]
    editor.delete("project", project)
    assert indexed(library) == {}


def test_memo_edits_are_indexed(library: Library, project: int) -> None:
    editor = Editor(library)
    hit = search(library, project, '"tidig dialog"', kinds=("memo",))[0]
    editor.set("tagging", hit.ref_id, memo="Tydligt exempel på förtroendefull samverkan.")
    assert [h.ref_id for h in search(library, project, "förtroendefull", kinds=("memo",))] == [hit.ref_id]
    editor.set("tagging", hit.ref_id, memo=None)
    assert search(library, project, "förtroendefull", kinds=("memo",)) == []
    assert ("memo", hit.ref_id) not in indexed(library)
    assert indexed(library) == source_texts(library)


def test_project_texts_minute_notes_and_questions(library: Library, project: int) -> None:
    editor = Editor(library)
    editor.set("project", project, conclusions="Slutsatsen är att pärlplattor saknas.")
    assert [h.kind for h in search(library, project, "pärlplattor")] == ["report"]
    editor.set("project", project, commission="Uppdraget gäller pärlplattor.")
    assert sorted(h.kind for h in search(library, project, "pärlplattor")) == ["project", "report"]
    editor.set("project", project, summary=None, method=None, conclusions=None)
    assert [h.kind for h in search(library, project, "pärlplattor")] == ["project"]
    assert ("report", project) not in indexed(library)  # no texts: no row
    mandate = editor.children("mandate", project)[0]
    editor.set("mandate", mandate.id, motivation="Bedömningen vilar på ögonvittnen.")
    assert [h.kind for h in search(library, project, "ögonvittnen")] == ["mandate"]
    question = editor.children("question", project)[0]
    editor.set("question", question.id, guidance="Fråga efter älgpassen.")
    assert [h.kind for h in search(library, project, "älgpassen")] == ["question"]
    note = search(library, project, "tillstyrka", kinds=("minute_note",))[0]
    assert note.session_id is not None and note.entry_id is None and note.party == "Vision"
    editor.set("minute_note", note.ref_id, text="Vision instämmer i sak.")
    assert search(library, project, "tillstyrka", kinds=("minute_note",)) == []
    assert indexed(library) == source_texts(library)


def test_replacing_a_project_on_import_keeps_one_copy(library: Library, project: int,
                                                      demo_document: dict[str, Any]) -> None:
    import_document(library, demo_document, replace=True)
    assert indexed(library) == source_texts(library)
