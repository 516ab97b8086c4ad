"""One app per library: a lock file in the data folder, taken before the database is opened.

A second start on the same library is told plainly that the library is open and never
touches the database. A lock left by a run that crashed (its process is gone) is
recovered by QLockFile itself, so a crash never locks the secretary out.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLockFile

from samverkan_desktop.paths import DataPaths

log = logging.getLogger(__name__)


def acquire(paths: DataPaths) -> QLockFile | None:
    """The held lock of this library, or None when another running app holds it."""
    lock = QLockFile(str(paths.lock))
    lock.setStaleLockTime(0)  # never stale by age: only when the process that took it is gone
    if lock.tryLock(500):
        return lock
    if lock.error() == QLockFile.LockError.LockFailedError:
        info = lock.getLockInfo()  # (pid, hostname, app name) in PySide6
        log.warning("library already open (process and host: %s); not opening it again", info[:2])
        return None
    log.warning("the lock file %s could not be created (%s); continuing without it", paths.lock, lock.error())
    return lock


def already_open_message(paths: DataPaths) -> str:
    return QCoreApplication.translate(
        "InstanceLock",
        "The library in %1 is already open in Samverkan Desktop. Switch to that window: a library "
        "can only be open once, so that no two windows write the same minutes.").replace("%1", str(paths.root))
