"""An import writes everything or nothing, refuses a duplicate project, and replaces on request.

Faults are real: an SQLite trigger installed in the library database aborts an INSERT
in the middle of the import's transaction. Before and after each failed attempt a full
``iterdump()`` of the database must be the same.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.progress import Cancelled
from samverkan_desktop.services.errors import AlreadyExists, StorageFailed
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library

Document = dict[str, Any]
Dump = Callable[[Library], list[str]]
SEED_UID = "project-seed"  # the project the seeded library holds (see conftest)


def execute(library: Library, sql: str) -> None:
    assert library.path is not None
    connection = sqlite3.connect(library.path)
    try:
        connection.execute(sql)
        connection.commit()
    finally:
        connection.close()


def count(library: Library, table: str) -> int:
    assert library.path is not None
    connection = sqlite3.connect(library.path)
    try:
        (number,) = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
        return int(number)
    finally:
        connection.close()


def with_boom(document: Document) -> Document:
    """The document with a last tagging, on its very last entry, whose memo is BOOM."""
    last_entry = document["sessions"][-1]["entries"][-1]
    last_entry.setdefault("tags", []).append({"tag": document["tags"][0]["id"], "memo": "BOOM"})
    return document


TRIGGERS = {
    # table: the WHEN clause that makes the trigger fire
    "project": "1",
    "party": "1",
    "entry": "NEW.uid = 'entry-060'",
    "tagging": "NEW.memo = 'BOOM'",
    "action_item": "1",
}


@pytest.mark.parametrize("table", list(TRIGGERS))
def test_fault_mid_write_leaves_the_library_unchanged(
    table: str, example: Document, seeded_library: Library, db_dump: Dump
) -> None:
    execute(seeded_library, f"CREATE TRIGGER fail BEFORE INSERT ON \"{table}\" WHEN {TRIGGERS[table]} "
                            "BEGIN SELECT RAISE(ABORT, 'injected'); END")
    assert example["sessions"][-1]["entries"][-1]["id"] == "entry-060"
    before = db_dump(seeded_library)
    assert any("CREATE TRIGGER fail" in line for line in before)

    with pytest.raises(StorageFailed) as caught:
        import_document(seeded_library, with_boom(example))

    assert "ingenting ändrades" in caught.value.text("sv")
    assert "injected" in str(caught.value.__cause__)
    assert db_dump(seeded_library) == before


def test_library_still_imports_after_a_fault(
    example: Document, seeded_library: Library, db_dump: Dump, strip_stamp: Callable[[Document], Document]
) -> None:
    execute(seeded_library, "CREATE TRIGGER fail BEFORE INSERT ON tagging WHEN NEW.memo = 'BOOM' "
                            "BEGIN SELECT RAISE(ABORT, 'injected'); END")
    document = with_boom(example)
    with pytest.raises(StorageFailed):
        import_document(seeded_library, json.loads(json.dumps(document)))
    execute(seeded_library, "DROP TRIGGER fail")

    result = import_document(seeded_library, json.loads(json.dumps(document)))
    assert result.replaced is False
    assert strip_stamp(export_document(seeded_library, result.project_uid)) == {**strip_stamp(document), "version": 2}


def test_fault_while_replacing_keeps_the_old_project(
    example: Document, seeded_library: Library, db_dump: Dump, strip_stamp: Callable[[Document], Document]
) -> None:
    old = export_document(seeded_library, SEED_UID)
    execute(seeded_library, "CREATE TRIGGER fail BEFORE INSERT ON tagging WHEN NEW.memo = 'BOOM' "
                            "BEGIN SELECT RAISE(ABORT, 'injected'); END")
    before = db_dump(seeded_library)
    example["project"]["id"] = SEED_UID
    example["project"]["title"] = "Ersatt titel"

    with pytest.raises(StorageFailed):
        import_document(seeded_library, with_boom(example), replace=True)

    assert db_dump(seeded_library) == before
    assert strip_stamp(export_document(seeded_library, SEED_UID)) == strip_stamp(old)


@pytest.mark.parametrize("stop_at", [1, 20, 50, 100])
def test_cancel_at_any_step_leaves_the_library_unchanged(
    stop_at: int, example: Document, seeded_library: Library, db_dump: Dump
) -> None:
    """The progress callback raising Cancelled (the user pressed Cancel) rolls back the whole
    import, even at its last report, while the old project is being replaced."""
    before = db_dump(seeded_library)
    example["project"]["id"] = SEED_UID
    example["project"]["title"] = "Ersatt titel"
    reports: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        reports.append((done, total))
        if done * 100 >= stop_at * total:
            raise Cancelled()

    with pytest.raises(Cancelled):
        import_document(seeded_library, example, replace=True, progress=progress)
    assert reports[-1][0] * 100 >= stop_at * reports[-1][1]
    assert db_dump(seeded_library) == before


def test_progress_rises_to_the_end(example: Document, seeded_library: Library) -> None:
    reports: list[tuple[int, int]] = []
    import_document(seeded_library, example, progress=lambda done, total: reports.append((done, total)))
    assert reports[0] == (0, 100) and reports[-1] == (100, 100)
    assert [done for done, _total in reports] == sorted(done for done, _total in reports)


def test_same_project_twice_is_refused_and_changes_nothing(
    example: Document, open_disk_library: Callable[[str], Library], db_dump: Dump
) -> None:
    library = open_disk_library("data")
    import_document(library, json.loads(json.dumps(example)))
    before = db_dump(library)

    with pytest.raises(AlreadyExists) as caught:
        import_document(library, json.loads(json.dumps(example)))

    message = caught.value.text("sv")
    assert f'Projektet "{example["project"]["id"]}" finns redan i biblioteket' in message
    assert caught.value.code == "already_exists"
    assert db_dump(library) == before


def test_replace_overwrites_the_project(
    example: Document,
    open_disk_library: Callable[[str], Library],
    strip_stamp: Callable[[Document], Document],
) -> None:
    library = open_disk_library("data")
    first = import_document(library, json.loads(json.dumps(example)))
    other = json.loads(json.dumps(example))
    other["project"]["id"] = "project-other"
    import_document(library, other)
    entries_before = count(library, "entry")

    changed = json.loads(json.dumps(example))
    changed["project"]["title"] = "Dialograpport – reviderad"
    changed["sessions"][0]["entries"][0]["text"] = "Ändrad text <&> 😀"
    result = import_document(library, changed, replace=True)

    assert result.replaced is True
    assert result.project_uid == first.project_uid
    assert result.title == "Dialograpport – reviderad"
    assert result.entries == first.entries
    assert count(library, "entry") == entries_before
    assert count(library, "project") == 2
    assert strip_stamp(export_document(library, result.project_uid)) == {**strip_stamp(changed), "version": 2}
    assert strip_stamp(export_document(library, "project-other")) == {**strip_stamp(other), "version": 2}


def test_replace_of_an_absent_project_just_imports(
    example: Document, open_disk_library: Callable[[str], Library]
) -> None:
    library = open_disk_library("data")
    result = import_document(library, example, replace=True)
    assert result.replaced is False
    assert export_document(library, result.project_uid)["project"]["title"] == example["project"]["title"]


def test_data_folder_holds_only_the_library(example: Document, tmp_path: Path,
                                            open_disk_library: Callable[[str], Library]) -> None:
    """An import writes into the database only: no stray files beside it."""
    library = open_disk_library("data")
    import_document(library, example)
    names = {p.name for p in (tmp_path / "data").iterdir()}
    assert names <= {"library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm", "backups", "logs"}
