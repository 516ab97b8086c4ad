"""The meeting-mode writer: drafts and entries reach the disk in order, off the caller's
thread, and a failing disk loses nothing (the write is retried until it succeeds)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.services.minutes_writer import Draft, MinutesWriter, NewEntry
from samverkan_desktop.storage.library import Library, open_library


@pytest.fixture
def meeting(tmp_path: Path, demo_document: dict[str, Any]) -> tuple[Library, int]:
    library = open_library(DataPaths(tmp_path / "data"))
    import_document(library, demo_document)
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        session_id = raw.execute("SELECT id FROM session ORDER BY date DESC LIMIT 1").fetchone()[0]
    return library, session_id


def entry(session_id: int, uid: str, text: str, next_text: str | None = "") -> NewEntry:
    return NewEntry(session_id, uid, text, None, None, "statement", None, None, "2025-11-06T10:00:00+01:00",
                    None if next_text is None else Draft(session_id, next_text, kind="statement"))


def test_drafts_and_entries_are_written_in_order(meeting: tuple[Library, int]) -> None:
    library, session_id = meeting
    before = len(load_meeting(library, session_id).entries)
    stored: list[int] = []
    writer = MinutesWriter(library)
    try:
        for text in ("V", "Vi ", "Vi behöver", "Vi behöver tidigare information"):
            writer.save_draft(Draft(session_id, text, kind="statement"))
        writer.commit_entry(entry(session_id, "entry-test-1", "Vi behöver tidigare information – även i FSG."),
                            stored.append)
        writer.save_draft(Draft(session_id, "Skyddsombuden å", kind="note"))
        assert writer.flush(10)
    finally:
        writer.close()
    data = load_meeting(library, session_id)
    assert len(data.entries) == before + 1
    assert data.entries[-1].text == "Vi behöver tidigare information – även i FSG."
    assert stored == [data.entries[-1].id]
    assert data.draft is not None and data.draft.text == "Skyddsombuden å" and data.draft.kind == "note"


def test_a_failing_disk_keeps_the_entry_and_retries(meeting: tuple[Library, int]) -> None:
    library, session_id = meeting
    raw = sqlite3.connect(library.path)  # type: ignore[arg-type]
    raw.execute("CREATE TABLE fault (on_ INTEGER)")
    raw.execute("INSERT INTO fault VALUES (1)")
    raw.execute("CREATE TRIGGER fail_entry BEFORE INSERT ON entry WHEN (SELECT on_ FROM fault) = 1 "
                "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END")
    raw.commit()
    statuses: list[tuple[bool, LocalText | None]] = []
    failed = threading.Event()

    def on_status(ok: bool, message: LocalText | None) -> None:
        statuses.append((ok, message))
        if not ok:
            failed.set()

    writer = MinutesWriter(library, on_status=on_status)
    try:
        writer.commit_entry(entry(session_id, "entry-retry", "Får inte försvinna."))
        assert failed.wait(10)
        assert not writer.flush(0.3)  # still pending, not dropped
        raw.execute("UPDATE fault SET on_ = 0")
        raw.commit()
        assert writer.flush(15)
    finally:
        writer.close()
        raw.close()
    assert [e.text for e in load_meeting(library, session_id).entries][-1] == "Får inte försvinna."
    assert statuses[0][0] is False and "sparas" in statuses[0][1].sv  # type: ignore[union-attr]
    assert statuses[-1][0] is True


def test_committing_without_next_draft_removes_the_draft(meeting: tuple[Library, int]) -> None:
    library, session_id = meeting
    writer = MinutesWriter(library)
    try:
        writer.save_draft(Draft(session_id, "halvfärdig"))
        writer.commit_entry(entry(session_id, "entry-x", "klar", next_text=None))
        assert writer.flush(10)
    finally:
        writer.close()
    assert load_meeting(library, session_id).draft is None
