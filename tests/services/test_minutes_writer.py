"""The meeting-mode writer: drafts and entries reach the disk in order, off the caller's
thread, and a failing disk loses nothing (the write is retried until it succeeds)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.services.minutes_writer import Draft, MinutesWriter, NewEntry
from samverkan_desktop.storage.library import Library, open_library
from tests.disk_faults import fill, free, locked_by_another_program, tiny_disk


def load_meeting_session(library: Library) -> int:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        session_id = int(raw.execute("SELECT id FROM session ORDER BY date DESC LIMIT 1").fetchone()[0])
    raw.close()
    return session_id


@pytest.fixture
def meeting(tmp_path: Path, demo_document: dict[str, Any]) -> tuple[Library, int]:
    library = open_library(DataPaths(tmp_path / "data"))
    import_document(library, demo_document)
    return library, load_meeting_session(library)


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


def _status_log() -> tuple[list[tuple[bool, str]], threading.Event, threading.Event,
                           Callable[[bool, LocalText | None], None]]:
    statuses: list[tuple[bool, str]] = []
    failed, recovered = threading.Event(), threading.Event()

    def on_status(ok: bool, message: LocalText | None) -> None:
        statuses.append((ok, message.sv if message else ""))
        (recovered if ok else failed).set()

    return statuses, failed, recovered, on_status


def test_a_full_disk_is_named_and_nothing_typed_is_lost(tmp_path: Path, demo_document: dict[str, Any]) -> None:
    """A real full disk (a tiny tmpfs filled to the last byte) while typing and committing."""
    with tiny_disk(tmp_path / "disk") as disk:
        library = open_library(DataPaths(disk / "data"))
        try:
            import_document(library, demo_document)
            session_id = load_meeting_session(library)
            statuses, failed, recovered, on_status = _status_log()
            writer = MinutesWriter(library, on_status=on_status)
            writer.save_draft(Draft(session_id, "Före felet", kind="statement"))
            assert writer.flush(10)
            fill(disk, library.path)
            writer.commit_entry(entry(session_id, "entry-full-1", "Före felet, och sedan är disken full."))
            writer.save_draft(Draft(session_id, "Skrivet medan disken", kind="statement"))
            assert failed.wait(15)
            writer.save_draft(Draft(session_id, "Skrivet medan disken är full – åäö", kind="statement"))
            assert not writer.flush(1.0)  # still held in memory, not dropped
            free(disk)
            assert writer.flush(20) and recovered.wait(5)
            writer.close()
            data = load_meeting(library, session_id)
            assert data.entries[-1].text == "Före felet, och sedan är disken full."
            assert data.draft is not None and data.draft.text == "Skrivet medan disken är full – åäö"
            assert statuses[0] == (False, "Det går inte att spara just nu: disken är full. Din text finns kvar "
                                          "och sparas så fort det går.")
            assert statuses[-1] == (True, "Allt är sparat igen.")
            with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
                assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            raw.close()
        finally:
            library.close()


def test_a_library_locked_by_another_program_is_named_and_waited_for(meeting: tuple[Library, int]) -> None:
    library, session_id = meeting
    statuses, failed, recovered, on_status = _status_log()
    writer = MinutesWriter(library, on_status=on_status)
    try:
        with locked_by_another_program(library.path):  # type: ignore[arg-type]
            writer.commit_entry(entry(session_id, "entry-locked", "Skrivet medan antivirus låser filen."))
            assert failed.wait(20)  # after the busy timeout (5 s)
            assert not writer.flush(0.5)
        assert writer.flush(20) and recovered.wait(5)
    finally:
        writer.close()
    assert load_meeting(library, session_id).entries[-1].text == "Skrivet medan antivirus låser filen."
    assert "låst av ett annat program" in statuses[0][1] and statuses[0][0] is False
