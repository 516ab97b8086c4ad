"""A file another program holds open (Windows): retried briefly, then named plainly.

On Windows, replacing or deleting a file that Adobe Reader shows, that an antivirus
scanner or OneDrive is reading, fails with ERROR_ACCESS_DENIED (5), ERROR_SHARING_VIOLATION
(32) or ERROR_LOCK_VIOLATION (33): Python raises an ``OSError`` whose ``winerror`` says so
(its ``errno`` is EACCES, which alone would read as "no permission"). Such a hold is
usually brief, so the operation is tried about ten times 50–100 ms apart; after that it
fails as ``FileInUse``, which names the file. Every ``os.replace``/``unlink`` of a file
the user may have open elsewhere goes through here.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

#: the Windows error codes of a file held by another program
IN_USE_CODES = frozenset({5, 32, 33})
ATTEMPTS = 10
FIRST_DELAY_S, LAST_DELAY_S = 0.05, 0.1


class FileInUse(OSError):
    """Another program still held ``path`` after every retry."""

    def __init__(self, path: os.PathLike[str] | str, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), os.fspath(path))
        self.path = Path(path)
        self.winerror = getattr(cause, "winerror", None)


def held_by_another_program(exc: BaseException) -> bool:
    """Whether ``exc`` is Windows refusing because another program has the file open."""
    return isinstance(exc, FileInUse) or (
        isinstance(exc, OSError) and getattr(exc, "winerror", None) in IN_USE_CODES)


def retry_while_in_use(action: Callable[[], T], path: os.PathLike[str] | str,
                       attempts: int = ATTEMPTS, sleep: Callable[[float], object] = time.sleep) -> T:
    """Run ``action``; while Windows says ``path`` is in use, wait and try again (raises
    ``FileInUse`` after ``attempts``). Any other error is raised at once."""
    for attempt in range(attempts):
        try:
            return action()
        except OSError as exc:
            if not held_by_another_program(exc):
                raise
            if attempt == attempts - 1:
                raise FileInUse(path, exc) from exc
            sleep(FIRST_DELAY_S + (LAST_DELAY_S - FIRST_DELAY_S) * attempt / max(1, attempts - 2))
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


def replace(source: Path, target: Path) -> None:
    """``os.replace(source, target)``, waiting out a brief hold on ``target``."""
    retry_while_in_use(lambda: os.replace(source, target), target)


def unlink(path: Path) -> None:
    """Delete ``path`` if it exists, waiting out a brief hold on it."""
    retry_while_in_use(lambda: path.unlink(missing_ok=True), path)
