"""An import fills the search index in bulk (its insert triggers suspended inside the
transaction): the index rows and every search result are exactly those the triggers give,
and the triggers are back afterwards, unchanged."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.search import search
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.storage.search_index import INSERT_TRIGGERS

GENERATOR = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_project.py"
QUERIES = ["möte", "samverkan", "s", "för*", '"arbetsmiljö och"', "budget OR lön", "å", "Arbetsgivaren",
           "uppdrag", "fråga", "xyzzy", "ä*", "NOT", "2026"]


def generated(sessions: int, entries: int, seed: int) -> dict[str, Any]:
    spec = importlib.util.spec_from_file_location("generate_project_for_index_test", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document: dict[str, Any] = module.generate(sessions, entries, seed=seed)
    return document


@pytest.fixture
def library(tmp_path: Path) -> Any:
    lib = open_library(DataPaths(tmp_path / "data"))
    yield lib
    lib.close()


def index_rows(library: Library) -> list[tuple[Any, ...]]:
    with library.engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(
            "SELECT rowid, kind, ref_id, project_id, session_id, entry_id, body FROM search_index ORDER BY rowid")]


def triggers(library: Library) -> list[tuple[str, str]]:
    with library.engine.connect() as c:
        return [tuple(r) for r in c.exec_driver_sql(  # type: ignore[misc]
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")]


def reindex_through_the_triggers(library: Library) -> None:
    """Empty the index and have the update triggers (migrations 0003, 0004) write every row again."""
    with library.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM search_index")
        for table, column in (("project", "title"), ("project", "summary"), ("mandate", "title"), ("question", "text"),
                              ("minute_note", "text"), ("entry", "text"), ("tagging", "memo")):
            c.exec_driver_sql(f"UPDATE {table} SET {column} = {column}")


def results(library: Library, project: int) -> list[list[tuple[Any, ...]]]:
    return [[(h.kind, h.ref_id, h.snippet, round(h.rank, 9)) for h in search(library, project, q)] for q in QUERIES]


def test_the_bulk_index_is_the_triggers_index(library: Library, demo_document: dict[str, Any]) -> None:
    before = triggers(library)
    assert {name for name, _sql in before} >= set(INSERT_TRIGGERS)
    demo = import_document(library, demo_document).project_id
    big = import_document(library, generated(4, 60, seed=5)).project_id
    bulk, found = index_rows(library), results(library, big) + results(library, demo)
    assert triggers(library) == before
    assert len(bulk) > 300
    reindex_through_the_triggers(library)
    assert index_rows(library) == bulk
    assert results(library, big) + results(library, demo) == found
    assert any(found), "the queries found nothing: the comparison would prove nothing"


def test_a_replaced_project_keeps_one_index_row_per_text(library: Library) -> None:
    document = generated(2, 30, seed=1)
    import_document(library, document)
    document["project"]["title"] = "Ersatt"
    project = import_document(library, document, replace=True).project_id
    bulk = index_rows(library)
    reindex_through_the_triggers(library)
    assert index_rows(library) == bulk
    assert [h.kind for h in search(library, project, "Ersatt")] == ["project"]


def test_the_triggers_index_what_is_typed_after_an_import(library: Library, demo_document: dict[str, Any]) -> None:
    project = import_document(library, demo_document).project_id
    editor = Editor(library)
    session = editor.children("session", project)[0]
    editor.create("entry", session.id, {"text": "Ett helt nytt ord: fjällripa"})
    assert [h.kind for h in search(library, project, "fjällripa")] == ["entry"]
