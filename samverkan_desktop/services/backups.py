"""Backups of the library and restoring from them: the use-cases behind start, close,
the periodic backup and "Återställ från säkerhetskopia".

Every backup goes through the SQLite backup API (``storage.backup``), is verified
after writing and rotated. A restore first backs up the current state (reason
``before-restore``), so a restore can itself be undone by restoring that backup. The
running app restores through the backup API into its live database file (it holds
the library's lock, so nothing else writes it); at start, a damaged library is first
copied aside byte for byte and then replaced by a verified backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.progress import Progress, no_progress
from samverkan_desktop.services.errors import LocalText, ServiceError
from samverkan_desktop.storage import in_use, migrate
from samverkan_desktop.storage.backup import (
    BackupFailed,
    BackupFile,
    backup_database,
    list_backup_files,
    rotate,
    schema_revision,
    timestamped_name,
    verify_copy,
)
from samverkan_desktop.storage.library import Library
from samverkan_desktop.storage.sqlite_uri import connect_read_only

log = logging.getLogger(__name__)
START, CLOSE, PERIODIC, BEFORE_RESTORE = "start", "close", "periodic", "before-restore"
#: one backup or restore at a time (the periodic backup runs on a thread of its own)
_LOCK = threading.Lock()
_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class BackupError(ServiceError):
    """A backup or a restore could not be made; the library is as it was."""

    code = "backup_failed"


@dataclass(frozen=True)
class Contents:
    """What a library file holds, counted read-only."""

    projects: int
    sessions: int
    entries: int


@dataclass(frozen=True)
class BackupInfo:
    """A backup as the restore dialog lists it."""

    path: Path
    made_at: dt.datetime
    reason: str
    contents: Contents | None  # None: the file cannot be read


def reason_text(reason: str) -> LocalText:
    """The reason of a backup in words."""
    if reason.startswith("before-migration"):
        return LocalText("före uppgradering", "before upgrade")
    return {
        START: LocalText("vid start", "at start"),
        CLOSE: LocalText("vid avslut", "at close"),
        PERIODIC: LocalText("under arbetet", "while working"),
        BEFORE_RESTORE: LocalText("före återställning", "before restore"),
        "after-erasure": LocalText("efter radering av personuppgifter", "after erasing personal data"),
        "before-merge": LocalText("före sammanfogning", "before merge"),
    }.get(reason, LocalText(reason, reason))


def contents_of(path: Path) -> Contents | None:
    """Count the projects, sessions and entries in a library file, read-only."""
    try:
        connection = connect_read_only(path, timeout=2)
        try:
            counts = [connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("project", "session", "entry")]
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return Contents(*(int(c) for c in counts))


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """The backups, newest first, with what each holds."""
    return [BackupInfo(b.path, b.made_at, b.reason, contents_of(b.path)) for b in list_backup_files(paths.backups)]


@functools.cache
def known_revisions() -> frozenset[str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate.alembic_config())
    return frozenset(script.revision for script in scripts.walk_revisions())


def problem_with(path: Path) -> str | None:
    """Why the backup at ``path`` cannot be restored (a full check); None when it can."""
    problem = verify_copy(path, full_check=True)
    if problem:
        return problem
    try:
        connection = connect_read_only(path)
        try:
            revision = schema_revision(connection)
        finally:
            connection.close()
    except sqlite3.Error as exc:
        return str(exc)
    if revision != migrate.HEAD and revision not in known_revisions():
        return f"unknown schema revision {revision!r}"
    return None


def newest_good_backup(paths: DataPaths) -> BackupInfo | None:
    """The newest backup that passes a full check, or None."""
    for backup in list_backup_files(paths.backups):
        problem = problem_with(backup.path)
        if problem is None:
            return BackupInfo(backup.path, backup.made_at, backup.reason, contents_of(backup.path))
        log.warning("backup %s cannot be restored: %s", backup.path.name, problem)
    return None


@contextlib.contextmanager
def no_backup_meanwhile() -> Iterator[None]:
    """Hold off every backup and restore of this process while the block runs (an erasure
    that rewrites the backups must not meet a periodic backup started before it)."""
    with _LOCK:
        yield


def make_backup(paths: DataPaths, reason: str, now: dt.datetime | None = None) -> BackupFile:
    """Back up the library (backup API, verified, then rotated); raises ``BackupError``."""
    with _LOCK:
        return _make_backup(paths, reason, now)


def _make_backup(paths: DataPaths, reason: str, now: dt.datetime | None = None,
                 protect: tuple[Path, ...] = ()) -> BackupFile:
    made_at = now or dt.datetime.now()
    target = paths.backups / timestamped_name(reason, made_at)
    try:
        backup_database(paths.database, target, expected_revision=migrate.HEAD, full_check=True)
    except (BackupFailed, sqlite3.Error, OSError) as exc:
        log.error("backup (%s) failed: %s", reason, exc)
        why = _why(exc)
        raise BackupError(LocalText(
            f"Säkerhetskopian kunde inte göras ({why.sv}). Biblioteket är oförändrat; "
            "en ny säkerhetskopia görs vid nästa tillfälle.",
            f"The backup could not be made ({why.en}). The library is unchanged; "
            "a new backup is made at the next opportunity.")) from exc
    log.info("backup (%s) written: %s", reason, target.name)
    newest_undo = next((b.path for b in list_backup_files(paths.backups) if b.reason == BEFORE_RESTORE), None)
    # the newest "before restore" backup is the undo of the last restore: rotation keeps it
    keep = protect + ((newest_undo,) if newest_undo else ())
    for removed in rotate(paths.backups, made_at, protect=keep):
        log.info("rotation removed %s", removed.name)
    return BackupFile(target, made_at, reason)


def _why(exc: BaseException) -> LocalText:
    """Why a backup failed, in words: a file another program holds is named."""
    if isinstance(exc, in_use.FileInUse):
        return LocalText(f"filen {exc.path.name} är öppen i ett annat program",
                         f"the file {exc.path.name} is open in another program")
    return LocalText(str(exc), str(exc))


def restore(library: Library, paths: DataPaths, backup: Path, progress: Progress = no_progress) -> BackupFile:
    """Replace the open library's content with the backup's; returns the ``before-restore``
    backup of what was there, which undoes the restore.

    The caller must have stopped every writer of the library (meeting mode) and must
    drop every object read from it: the content changes under them. ``progress``
    follows the steps (``(done, 100)``); it is not a place to stop a restore.
    """
    progress(0, 100)
    problem = problem_with(backup)
    if problem:
        raise BackupError(LocalText(
            f"Säkerhetskopian {backup.name} kan inte återställas ({problem}). Biblioteket är oförändrat.",
            f"The backup {backup.name} cannot be restored ({problem}). The library is unchanged."))
    progress(20, 100)
    with _LOCK:
        undo = _make_backup(paths, BEFORE_RESTORE, protect=(backup,))
        progress(60, 100)
        library.engine.dispose()  # no pooled connection keeps pages of the old content
        try:
            source = connect_read_only(backup)
            try:
                target = sqlite3.connect(paths.database, timeout=10)
                try:
                    source.backup(target)
                    target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    target.close()
            finally:
                source.close()
        except sqlite3.Error as exc:
            log.error("restore from %s failed: %s", backup, exc)
            raise BackupError(LocalText(
                f"Återställningen misslyckades ({exc}). Det som fanns före finns i säkerhetskopian {undo.path.name}.",
                f"The restore failed ({exc}). What was there before is in the backup {undo.path.name}.")) from exc
    progress(90, 100)
    migrate.upgrade(library.engine, paths.database, paths.backups)  # a backup from an older version
    progress(100, 100)
    log.info("restored %s (the state before is in %s)", backup.name, undo.path.name)
    return undo


def copy_aside_damaged(paths: DataPaths, now: dt.datetime | None = None) -> Path:
    """Copy the damaged library (with its -wal and -shm) byte for byte beside the backups,
    never touching it; returns the copy of the main file. A copy identical to the newest
    earlier one is not made again (the app started twice on the same damage)."""
    stamp = (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")
    earlier = sorted(paths.backups.glob("library-damaged-*.sqlite3"))
    if earlier and _same_bytes(earlier[-1], paths.database):
        return earlier[-1]
    target = paths.backups / f"library-damaged-{stamp}.sqlite3"
    paths.backups.mkdir(parents=True, exist_ok=True)
    for suffix in _SIDE_FILES:
        source = paths.database.with_name(paths.database.name + suffix)
        if source.exists():
            shutil.copy2(source, target.with_name(target.name + suffix))
    log.warning("the damaged library was copied to %s", target)
    return target


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        return a.stat().st_size == b.stat().st_size and a.read_bytes() == b.read_bytes()
    except OSError:
        return False


def replace_damaged(paths: DataPaths, backup: Path) -> None:
    """At start, before the library is opened: put a verified backup in place of the
    damaged library (which ``copy_aside_damaged`` has copied first)."""
    problem = problem_with(backup)
    if problem:
        raise BackupError(LocalText(
            f"Säkerhetskopian {backup.name} kan inte återställas ({problem}).",
            f"The backup {backup.name} cannot be restored ({problem})."))
    with _LOCK:
        try:
            for suffix in _SIDE_FILES[1:]:  # a stale WAL or journal would be replayed onto the restored file
                in_use.unlink(paths.database.with_name(paths.database.name + suffix))
            backup_database(backup, paths.database, full_check=True)
        except (BackupFailed, sqlite3.Error, OSError) as exc:
            log.error("restoring %s at start failed: %s", backup, exc)
            why = _why(exc)
            raise BackupError(LocalText(f"Säkerhetskopian kunde inte läggas tillbaka ({why.sv}).",
                                        f"The backup could not be put back ({why.en}).")) from exc
    log.info("the damaged library was replaced by %s", backup.name)


def start_empty(paths: DataPaths) -> None:
    """At start, with no good backup: remove the damaged library (``copy_aside_damaged``
    has copied it first), so that an empty one is made in its place."""
    try:
        for suffix in (*_SIDE_FILES[1:], ""):
            in_use.unlink(paths.database.with_name(paths.database.name + suffix))
    except OSError as exc:
        why = _why(exc)
        raise BackupError(LocalText(f"Det skadade biblioteket kunde inte flyttas undan ({why.sv}).",
                                    f"The damaged library could not be moved out of the way ({why.en}).")) from exc
    log.warning("the damaged library was removed (its copy stays); starting with an empty one")


def fingerprint(paths: DataPaths) -> tuple[int, ...]:
    """Changes when the library is written (its file or its WAL): a periodic backup is
    only made when this differs from the one at the last backup."""
    values: list[int] = []
    for suffix in ("", "-wal"):
        try:
            stat = paths.database.with_name(paths.database.name + suffix).stat()
            values += [stat.st_mtime_ns, stat.st_size]
        except OSError:
            values += [0, 0]
    return tuple(values)

