"""The check of the library at start, before the app writes anything to it.

Every start runs ``quick_check``; a start after an unclean shutdown (the app was
killed, crashed or lost power) runs the full ``integrity_check``. An unclean shutdown
is told by a marker file in the data folder: written once the library is open, removed
at a clean exit, so it is still there after any other end.
"""

from __future__ import annotations

import contextlib
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText, ServiceError, StorageFailed
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.storage.integrity import IntegrityReport, check_file
from samverkan_desktop.storage.library import Library, open_library

log = logging.getLogger(__name__)
MARKER_NAME = "library.running"


@dataclass(frozen=True)
class StartCheck:
    """What the start-up check found."""

    unclean_shutdown: bool
    report: IntegrityReport

    @property
    def damaged(self) -> bool:
        return self.report.damaged

    @property
    def unreadable(self) -> StorageFailed | None:
        """Why the check could not run (the disk, not the library), or None."""
        return unreadable_error(self.report, self.report_path)

    report_path: Path | None = None


def marker(paths: DataPaths) -> Path:
    return paths.root / MARKER_NAME


def check_at_start(paths: DataPaths) -> StartCheck:
    """Check the library read-only; a full check when the last run did not end cleanly."""
    unclean = marker(paths).exists() and paths.database.exists()
    report = check_file(paths.database, full=unclean)
    log.info("start-up check (%s%s): %s", "integrity_check" if unclean else "quick_check",
             " after an unclean shutdown" if unclean else "", report.detail)
    return StartCheck(unclean, report, paths.database)


class LibraryDamaged(ServiceError):
    """The library did not pass its check; it was not opened (nothing was written)."""

    code = "library_damaged"


def open_if_healthy(paths: DataPaths) -> Library:
    """Open the library for a command that does not ask (the command line): a damaged
    one is refused before anything, a migration included, is written to it."""
    report = check_file(paths.database)
    problem = unreadable_error(report, paths.database)
    if problem is not None:
        raise problem
    if not report.healthy:
        log.error("refusing to open the damaged library %s: %s", paths.database, report.detail)
        raise LibraryDamaged(LocalText(
            f"Biblioteket {paths.database} är skadat ({report.detail}) och öppnas inte. Kör "
            "”samverkan-desktop check” eller starta appen för att återställa en säkerhetskopia.",
            f"The library {paths.database} is damaged ({report.detail}) and is not opened. Run "
            "“samverkan-desktop check” or start the app to restore a backup."))
    return open_library(paths)


def unreadable_error(report: IntegrityReport, database: Path | None) -> StorageFailed | None:
    """A plain message when the check could not run because of the disk (full, locked,
    gone): the library is not opened, and it is not called damaged either."""
    if report.fault is None:
        return None
    fault = classify(report.fault, database)
    reason = fault.reason if fault is not None else LocalText(report.detail, report.detail)
    log.info("the library %s could not be checked: %s", database, report.detail)
    return StorageFailed(LocalText(
        f"Biblioteket {database} kunde inte läsas: {reason.sv}. Det är inte ändrat; försök igen när "
        "felet är åtgärdat.",
        f"The library {database} could not be read: {reason.en}. It is unchanged; try again once the "
        "problem is fixed."))


def mark_running(paths: DataPaths) -> None:
    with contextlib.suppress(OSError):
        marker(paths).write_text(str(os.getpid()), encoding="ascii")


def mark_closed(paths: DataPaths) -> None:
    with contextlib.suppress(OSError):
        marker(paths).unlink(missing_ok=True)
