"""Telling disk faults apart: real errors from SQLite and the operating system are each
classified as a full disk, a read-only folder, a locked file or a vanished disk, through
SQLAlchemy's wrapping and the services' own errors; anything else is not a disk fault."""

from __future__ import annotations

import errno
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor, run_write
from samverkan_desktop.services.errors import StorageFailed
from samverkan_desktop.services.storage_faults import FaultKind, classify, locked_now
from samverkan_desktop.storage.library import open_library
from tests.disk_faults import locked_by_another_program


def sqlite_error(path: Path, setup: str, statement: str, uri: str | None = None) -> sqlite3.Error:
    with sqlite3.connect(path) as raw:
        raw.executescript(setup)
    raw.close()
    raw = sqlite3.connect(uri or str(path), uri=uri is not None, timeout=0)
    try:
        raw.executescript(statement)
    except sqlite3.Error as exc:
        return exc
    finally:
        raw.close()
    raise AssertionError("the statement did not fail")


def test_a_full_database_or_disk(tmp_path: Path) -> None:
    error = sqlite_error(tmp_path / "full.db", "CREATE TABLE t (x BLOB);",
                         "PRAGMA max_page_count = 3; INSERT INTO t VALUES (zeroblob(100000))")
    fault = classify(error)
    assert fault is not None and fault.kind is FaultKind.DISK_FULL
    assert "disken är full" in fault.while_typing().sv and "Din text finns kvar" in fault.while_typing().sv


def test_a_full_disk_as_the_os_says_it(tmp_path: Path) -> None:
    with pytest.raises(OSError) as caught, open("/dev/full", "wb", buffering=0) as device:
        device.write(b"x")
    assert caught.value.errno == errno.ENOSPC
    fault = classify(caught.value)
    assert fault is not None and fault.kind is FaultKind.DISK_FULL


def test_a_read_only_database(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    error = sqlite_error(path, "CREATE TABLE t (x);", "INSERT INTO t VALUES (1)", uri=f"file:{path}?mode=ro")
    assert "readonly" in str(error)
    fault = classify(error)
    assert fault is not None and fault.kind is FaultKind.READ_ONLY
    assert "skrivskyddad" in fault.not_done().sv and "Ändringen gjordes inte" in fault.not_done().sv
    for number in (errno.EROFS, errno.EACCES):
        os_fault = classify(PermissionError(number, "refused") if number == errno.EACCES else OSError(number, "ro"))
        assert os_fault is not None and os_fault.kind is FaultKind.READ_ONLY


def test_a_database_locked_by_another_program(tmp_path: Path) -> None:
    path = tmp_path / "locked.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    with locked_by_another_program(path):
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 0})
        with pytest.raises(SQLAlchemyError) as caught, engine.begin() as connection:
            connection.execute(text("INSERT INTO t VALUES (1)"))
        engine.dispose()
    fault = classify(caught.value)  # through SQLAlchemy's wrapping
    assert fault is not None and fault.kind is FaultKind.LOCKED
    assert "annat program" in fault.reason.sv and "antivirus" in fault.reason.sv


def test_the_services_errors_carry_the_fault(tmp_path: Path) -> None:
    library = open_library(DataPaths(tmp_path / "data"))
    try:
        with library.engine.begin() as connection:
            connection.exec_driver_sql("CREATE TABLE ballast (x BLOB)")
        pages = run_write(library, lambda c: c.exec_driver_sql("PRAGMA page_count").scalar())

        def grow(connection: object) -> None:
            connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")  # type: ignore[attr-defined]
            connection.exec_driver_sql("INSERT INTO ballast VALUES (zeroblob(1000000))")  # type: ignore[attr-defined]

        with pytest.raises(StorageFailed) as caught:
            run_write(library, grow)
        assert "disken är full" in caught.value.text("sv") and "the disk is full" in caught.value.text("en")
        fault = classify(caught.value)
        assert fault is not None and fault.kind is FaultKind.DISK_FULL
    finally:
        library.close()


def test_other_errors_are_not_disk_faults(tmp_path: Path) -> None:
    library = open_library(DataPaths(tmp_path / "data"))
    try:
        with pytest.raises(Exception) as caught:
            Editor(library).create("party", None, {"name": "utan projekt"})
        assert classify(caught.value) is None
    finally:
        library.close()
    assert classify(ValueError("x")) is None
    assert classify(sqlite3.IntegrityError("UNIQUE constraint failed: entry.uid")) is None
    assert classify(OSError(errno.ENOENT, "no such file")) is None


def test_a_held_lock_is_seen_without_waiting(tmp_path: Path) -> None:
    path = tmp_path / "lib.db"
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA journal_mode = WAL")
        raw.execute("CREATE TABLE t (x)")
    raw.close()
    assert not locked_now(path) and not locked_now(None) and not locked_now(tmp_path / "none.db")
    with locked_by_another_program(path):
        started = time.monotonic()
        assert locked_now(path)
        assert time.monotonic() - started < 1.0
    assert not locked_now(path)
