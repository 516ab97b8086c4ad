"""Real disk faults for tests: a tiny tmpfs that can be filled to the last byte and freed
again, and a lock on the library held by another connection (as an antivirus scanner,
a backup or a sync client holds it).

Mounting needs root (or CAP_SYS_ADMIN); where that is refused the tests that need a
tiny disk are skipped with the reason.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

BALLAST = "ballast.bin"


@contextmanager
def tiny_disk(mountpoint: Path, size_mb: int = 24) -> Iterator[Path]:
    """A tmpfs of ``size_mb`` MB at ``mountpoint``, unmounted afterwards; skips the test
    where mounting is not allowed."""
    mountpoint.mkdir(parents=True, exist_ok=True)
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a tiny disk needs root (mount -t tmpfs)")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m", "tmpfs", str(mountpoint)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"mount -t tmpfs is refused here: {mounted.stderr.strip()}")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], capture_output=True, check=False)


def fill(disk: Path, database: Path | None = None) -> None:
    """Fill ``disk`` to the last byte. With ``database``, its WAL is first checkpointed and
    truncated, so that the next write needs new space (SQLite reuses WAL space it has)."""
    if database is not None:
        with sqlite3.connect(database) as raw:
            busy, _log, _done = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        raw.close()
        assert busy == 0, "the WAL could not be truncated: a reader holds it"
    chunk = b"\0" * (1 << 16)
    with open(disk / BALLAST, "ab", buffering=0) as ballast:
        while True:
            try:
                ballast.write(chunk)
            except OSError as exc:
                if exc.errno != errno.ENOSPC:
                    raise
                if len(chunk) == 1:
                    break
                chunk = chunk[: len(chunk) // 2]


def free(disk: Path) -> None:
    (disk / BALLAST).unlink(missing_ok=True)


@contextmanager
def locked_by_another_program(database: Path) -> Iterator[sqlite3.Connection]:
    """Hold an exclusive lock on ``database`` until the block ends."""
    raw = sqlite3.connect(database, isolation_level=None)
    raw.execute("BEGIN EXCLUSIVE")
    try:
        yield raw
    finally:
        raw.execute("ROLLBACK")
        raw.close()
