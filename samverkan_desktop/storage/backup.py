"""Copies of the library made with SQLite's online backup API, never a file copy.

A file copy of a WAL database taken while the app writes can miss the WAL or catch
a half-written page; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from pathlib import Path


def backup_database(source: Path, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` and verify it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            (result,) = dst.execute("PRAGMA quick_check").fetchone()
        finally:
            dst.close()
    finally:
        src.close()
    if result != "ok":
        partial.unlink(missing_ok=True)
        raise sqlite3.DatabaseError(f"backup failed its check: {result}")
    partial.replace(target)
    return target


def timestamped_name(reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S-%f")
    return f"library-{stamp}-{reason}.sqlite3"


def remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
