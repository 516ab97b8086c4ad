"""Copies of the library made with SQLite's online backup API, never a file copy, and
their rotation.

A file copy of a WAL database taken while the app writes can miss the WAL or catch
a half-written page; the backup API copies a consistent snapshot. Every copy is
written under a temporary name, verified (integrity check, and the schema revision
it should have) and only then moved to its name with ``os.replace`` (waiting out
another program's brief hold, ``in_use``); a copy that
fails its verification is removed, so the backups folder never holds a copy that
would not restore.

A backup's name says when and why it was made:
``library-YYYYmmdd-HHMMSS-ffffff-REASON.sqlite3`` (local time). ``keep_by_age`` is the
pure rule of rotation: the newest 10, the newest of each of the last 7 days and the
newest of each of the last 4 weeks are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.storage import in_use
from samverkan_desktop.storage.sqlite_uri import connect_read_only

#: rotation: the newest this many, plus one per day and one per week for this long
KEEP_NEWEST, KEEP_DAYS, KEEP_WEEKS = 10, 7, 4
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^library-(\d{8}-\d{6}-\d{6})-([a-z0-9-]+)\.sqlite3$")


class BackupFailed(Exception):
    """A backup could not be written or did not pass its verification; no copy is left."""


def backup_database(source: Path, target: Path, expected_revision: str | None = None,
                    full_check: bool = False) -> Path:
    """Write a consistent copy of ``source`` to ``target`` and verify it.

    The copy is checked with ``quick_check`` (``integrity_check`` when ``full_check``)
    and, given ``expected_revision``, must be at that schema revision. Raises
    ``BackupFailed`` (or ``sqlite3.Error``/``OSError`` from reading the source) and
    then leaves nothing at ``target``'s temporary name.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    in_use.unlink(partial)
    try:
        src = connect_read_only(source)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problem = verify_copy(partial, expected_revision, full_check)
        if problem:
            raise BackupFailed(f"the copy of {source} failed its check: {problem}")
        _fsync(partial)
        in_use.replace(partial, target)
    except BaseException:
        remove_quietly(partial)
        raise
    return target


def verify_copy(path: Path, expected_revision: str | None = None, full_check: bool = False) -> str | None:
    """What is wrong with the database copy at ``path``; None when it is sound."""
    try:
        connection = connect_read_only(path)
        try:
            rows = connection.execute(f"PRAGMA {'integrity_check' if full_check else 'quick_check'}").fetchall()
            problems = [str(row[0]) for row in rows if row and row[0] != "ok"]
            if problems:
                return "; ".join(problems[:3])
            if expected_revision is not None:
                revision = schema_revision(connection)
                if revision != expected_revision:
                    return f"schema revision {revision!r}, expected {expected_revision!r}"
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    return None


def schema_revision(connection: sqlite3.Connection) -> str | None:
    """The Alembic revision recorded in a database; None without a version table."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    return None if row is None else str(row[0])


def _fsync(path: Path) -> None:
    """Flush the copy to the disk before it gets its name (a power cut leaves no empty backup)."""
    with contextlib.suppress(OSError), open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def timestamped_name(reason: str, now: dt.datetime | None = None) -> str:
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    return f"library-{stamp}-{reason}.sqlite3"


@dataclass(frozen=True)
class BackupFile:
    """A backup in the backups folder, as its name describes it."""

    path: Path
    made_at: dt.datetime
    reason: str


def parse_name(path: Path) -> BackupFile | None:
    """The backup a file name describes; None for any other file (a damaged copy, a partial one)."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made_at = dt.datetime.strptime(match.group(1), _STAMP)
    except ValueError:
        return None
    return BackupFile(path, made_at, match.group(2))


def list_backup_files(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first."""
    try:
        names = list(folder.iterdir())
    except OSError:
        return []
    found = [b for b in (parse_name(p) for p in names if p.is_file()) if b is not None]
    return sorted(found, key=lambda b: (b.made_at, b.path.name), reverse=True)


def keep_by_age(stamps: Iterable[dt.datetime], now: dt.datetime) -> set[dt.datetime]:
    """The times of the backups to keep: the newest ``KEEP_NEWEST``, the newest of each of the
    last ``KEEP_DAYS`` calendar days and the newest of each of the last ``KEEP_WEEKS`` weeks
    (Monday to Sunday). Times after ``now`` (a clock set back) count as today."""
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:KEEP_NEWEST])
    today = now.date()
    this_monday = today - dt.timedelta(days=today.weekday())
    newest_of_day: dict[dt.date, dt.datetime] = {}
    newest_of_week: dict[dt.date, dt.datetime] = {}
    for stamp in ordered:  # newest first: the first seen of a day or week is its newest
        day = stamp.date()
        if (today - day).days < KEEP_DAYS:
            newest_of_day.setdefault(day, stamp)
        monday = day - dt.timedelta(days=day.weekday())
        if (this_monday - monday).days < 7 * KEEP_WEEKS:
            newest_of_week.setdefault(monday, stamp)
    return keep | set(newest_of_day.values()) | set(newest_of_week.values())


def rotate(folder: Path, now: dt.datetime | None = None, protect: Iterable[Path] = ()) -> list[Path]:
    """Remove the backups rotation does not keep, and leftover partial copies; returns the removed."""
    backups = list_backup_files(folder)
    keep = keep_by_age((b.made_at for b in backups), now or dt.datetime.now())
    protected = {Path(p) for p in protect}
    removed: list[Path] = []
    for backup in backups:
        if backup.made_at not in keep and backup.path not in protected and remove_quietly(backup.path):
            removed.append(backup.path)
    with contextlib.suppress(OSError):
        for partial in folder.glob("*.partial"):
            if remove_quietly(partial):
                removed.append(partial)
    return removed


def remove_quietly(path: Path) -> bool:
    """Delete a file if it can be; True when it is gone."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
        return True
    return False
