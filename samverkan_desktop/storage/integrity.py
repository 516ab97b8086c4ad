"""Is a library file healthy? Answers for any bytes on disk, never raises.

The file is opened read-only: a damaged library is never written to. Besides
SQLite's own check, a zero-length or cut-short file (the library's data is gone), a
file that is no SQLite database, and a database that holds tables but is no Samverkan
library (no schema revision) count as damaged.

A check that cannot run because of the disk rather than the file (full, locked by
another program, not readable, gone) proves nothing about the file: its report is not
healthy either, so nothing opens the library, but it carries the error as ``fault``
and callers say what is wrong with the disk instead of calling the library damaged.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.storage.backup import schema_revision
from samverkan_desktop.storage.sqlite_uri import connect_read_only

SQLITE_MAGIC = b"SQLite format 3\x00"


#: SQLite's primary result codes that speak of the file's contents (SQLITE_CORRUPT,
#: SQLITE_NOTADB); others (busy, locked, I/O, full, cannot open) speak of the disk
_DAMAGE_CODES = {11, 26}


@dataclass(frozen=True)
class IntegrityReport:
    healthy: bool
    detail: str
    #: the disk's error when the check could not run at all (then ``healthy`` is False)
    fault: sqlite3.Error | None = None

    @property
    def damaged(self) -> bool:
        return not self.healthy and self.fault is None


def check_file(path: Path, full: bool = False) -> IntegrityReport:
    """Run ``quick_check`` (or ``integrity_check``) read-only on the file at ``path``."""
    try:
        if not path.exists():
            return IntegrityReport(True, "missing")
        problem = _header_problem(path)
        if problem:
            return IntegrityReport(False, problem)
        return _check(path, full)
    except sqlite3.Error as exc:
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(exc, sqlite3.OperationalError) and code is not None and code & 0xFF not in _DAMAGE_CODES:
            return IntegrityReport(False, str(exc) or exc.__class__.__name__, fault=exc)
        return IntegrityReport(False, str(exc) or exc.__class__.__name__)
    except (OSError, ValueError, MemoryError) as exc:
        return IntegrityReport(False, f"the file cannot be read: {exc}")


def _header_problem(path: Path) -> str | None:
    """What SQLite would not notice: it takes a file shorter than one page for an empty
    database (and would write a new one over it), and it tolerates a torn last page."""
    if not path.is_file():
        return "not a file"
    size = path.stat().st_size
    if size == 0:
        return "the file is empty"
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        return "not an SQLite database (its header is wrong)"
    if size < 512 or len(header) < 100:
        return f"the file is cut short ({size} bytes)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return f"the file is cut short or its page size is wrong ({size} bytes, pages of {page_size})"
    return None


def _check(path: Path, full: bool) -> IntegrityReport:
    pragma = "integrity_check" if full else "quick_check"
    connection = connect_read_only(path, timeout=5)
    try:
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
        if not problems:
            fk = connection.execute("PRAGMA foreign_key_check").fetchall()
            if fk:
                problems.append(f"{len(fk)} broken references")
        if not problems:
            tables = connection.execute("SELECT count(*) FROM sqlite_schema WHERE type = 'table'").fetchone()[0]
            if tables and schema_revision(connection) is None:
                problems.append("not a Samverkan Desktop library (no schema revision)")
    finally:
        connection.close()
    if problems:
        return IntegrityReport(False, "; ".join(problems[:5]))
    return IntegrityReport(True, "ok")
