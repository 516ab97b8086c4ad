"""What went wrong when the disk or the database refused a write, in words for the user.

``classify`` is the one place that tells a full disk from a read-only folder, a file
locked by another program (antivirus, a sync client, a backup) and a disk that does not
answer, from whatever was raised: a ``sqlite3`` error, the SQLAlchemy error wrapping it,
an ``OSError`` (errno, or the Windows error code), or a ``ServiceError`` caused by one of
those. Meeting mode, the editors and the CLI build their messages from its answer.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.storage.in_use import FileInUse


class FaultKind(Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    LOCKED = "locked"
    UNAVAILABLE = "unavailable"


REASONS = {
    FaultKind.DISK_FULL: LocalText("disken är full", "the disk is full"),
    FaultKind.READ_ONLY: LocalText(
        "mappen är skrivskyddad eller så saknas behörighet att skriva i den",
        "the folder is read-only, or there is no permission to write in it"),
    FaultKind.LOCKED: LocalText(
        "filen är låst av ett annat program (till exempel antivirus, en säkerhetskopiering "
        "eller en synkroniseringstjänst)",
        "the file is locked by another program (for example antivirus, a backup or a sync client)"),
    FaultKind.UNAVAILABLE: LocalText(
        "disken svarar inte (den kan ha kopplats bort)",
        "the disk does not respond (it may have been disconnected)"),
}

NEARLY_FULL_BYTES = 1 << 20
# SQLite's primary result codes (the low byte of an extended code)
_SQLITE_KINDS = {
    3: FaultKind.READ_ONLY,  # SQLITE_PERM
    5: FaultKind.LOCKED,  # SQLITE_BUSY
    6: FaultKind.LOCKED,  # SQLITE_LOCKED
    8: FaultKind.READ_ONLY,  # SQLITE_READONLY
    10: FaultKind.UNAVAILABLE,  # SQLITE_IOERR
    13: FaultKind.DISK_FULL,  # SQLITE_FULL
    14: FaultKind.UNAVAILABLE,  # SQLITE_CANTOPEN
}
_SQLITE_WORDS = (
    ("disk is full", FaultKind.DISK_FULL),
    ("readonly database", FaultKind.READ_ONLY),
    ("database is locked", FaultKind.LOCKED),
    ("table is locked", FaultKind.LOCKED),
    ("disk i/o error", FaultKind.UNAVAILABLE),
    ("unable to open database", FaultKind.UNAVAILABLE),
)
_ERRNO_KINDS = {
    errno.ENOSPC: FaultKind.DISK_FULL,
    errno.EDQUOT: FaultKind.DISK_FULL,
    errno.EROFS: FaultKind.READ_ONLY,
    errno.EACCES: FaultKind.READ_ONLY,
    errno.EPERM: FaultKind.READ_ONLY,
    errno.EAGAIN: FaultKind.LOCKED,
    errno.EBUSY: FaultKind.LOCKED,
    errno.EIO: FaultKind.UNAVAILABLE,
    errno.ENXIO: FaultKind.UNAVAILABLE,
    errno.ENODEV: FaultKind.UNAVAILABLE,
}
# Windows system error codes, which OSError.winerror carries and which say more than errno
_WINERROR_KINDS = {
    5: FaultKind.READ_ONLY,  # ERROR_ACCESS_DENIED
    19: FaultKind.READ_ONLY,  # ERROR_WRITE_PROTECT
    21: FaultKind.UNAVAILABLE,  # ERROR_NOT_READY
    32: FaultKind.LOCKED,  # ERROR_SHARING_VIOLATION
    33: FaultKind.LOCKED,  # ERROR_LOCK_VIOLATION
    39: FaultKind.DISK_FULL,  # ERROR_HANDLE_DISK_FULL
    112: FaultKind.DISK_FULL,  # ERROR_DISK_FULL
    1006: FaultKind.UNAVAILABLE,  # ERROR_FILE_INVALID (the volume went away)
}


@dataclass(frozen=True)
class StorageFault:
    """A failed write the user can understand: its kind and the reason in words."""

    kind: FaultKind

    @property
    def reason(self) -> LocalText:
        return REASONS[self.kind]

    def while_typing(self) -> LocalText:
        """For text that stays on screen and is retried until it is saved."""
        sv, en = self.reason.sv, self.reason.en
        return LocalText(f"Det går inte att spara just nu: {sv}. Din text finns kvar och sparas så fort det går.",
                         f"Saving is not possible right now: {en}. Your text stays here and is saved as soon "
                         "as possible.")

    def not_done(self) -> LocalText:
        """For a change that was not made (nothing half-done was written)."""
        sv, en = self.reason.sv, self.reason.en
        return LocalText(f"Det går inte att spara just nu: {sv}. Ändringen gjordes inte; försök igen om en stund.",
                         f"Saving is not possible right now: {en}. The change was not made; try again in a while.")


def _causes(exc: BaseException) -> list[BaseException]:
    """``exc``, the DB-API error a SQLAlchemy error wraps, and what caused each, in order."""
    seen: list[BaseException] = []
    todo: list[BaseException] = [exc]
    while todo and len(seen) < 20:
        current = todo.pop(0)
        if any(current is known for known in seen):
            continue
        seen.append(current)
        for linked in (getattr(current, "orig", None), current.__cause__, current.__context__):
            if isinstance(linked, BaseException):
                todo.append(linked)
    return seen


def _kind_of(exc: BaseException) -> FaultKind | None:
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in _SQLITE_KINDS:
            return _SQLITE_KINDS[code & 0xFF]
        text = str(exc).lower()
        return next((kind for words, kind in _SQLITE_WORDS if words in text), None)
    if isinstance(exc, FileInUse):  # Windows' "access denied" after every retry: another program has it
        return FaultKind.LOCKED
    if isinstance(exc, OSError):
        winerror = getattr(exc, "winerror", None)
        if isinstance(winerror, int) and winerror in _WINERROR_KINDS:
            return _WINERROR_KINDS[winerror]
        return _ERRNO_KINDS.get(exc.errno or -1)
    return None


def _nearly_full(where: Path) -> bool:
    """Whether the disk holding ``where`` has (almost) no space left for the user."""
    for folder in (where, *where.parents):
        if folder.exists():
            try:
                return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
            except OSError:
                return False
    return False


def classify(exc: BaseException, where: Path | None = None) -> StorageFault | None:
    """The storage fault behind ``exc``, or None when it is not one (a bug, bad input).

    ``where``: the library's file or folder. SQLite reports a full disk as an I/O error
    or as "unable to open" when it is the shared-memory or WAL file that cannot grow;
    with ``where`` a vanished-disk answer is checked against the free space."""
    for cause in _causes(exc):
        kind = _kind_of(cause)
        if kind is not None:
            if kind is FaultKind.UNAVAILABLE and where is not None and _nearly_full(where):
                kind = FaultKind.DISK_FULL
            return StorageFault(kind)
    return None


def locked_now(database: Path | None) -> bool:
    """Whether another program holds the write lock on ``database`` right now, asked
    without waiting (a retry then need not block on the busy timeout)."""
    if database is None or not database.exists():
        return False
    try:
        raw = sqlite3.connect(database, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return _kind_of(exc) is FaultKind.LOCKED
    finally:
        raw.close()
    return False
