"""Rotating log files in the data folder: the tracebacks users never see go here.

The app writes ``samverkan.log``, the command line ``samverkan-cli.log``: a command run
while the app is open must not share its file, because on Windows a file another
process holds open cannot be renamed, so the rotation fails and records are dropped.

The app starts its log without rotation (``rotate=False``) and turns rotation on once its
window is drawn (``rotate_log``): ``logging.handlers`` alone takes longer to import than
several steps of the start. Every record goes to the same file either way, none is held
back, and the switch happens under the handler's lock, so no record is lost or doubled.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_BYTES, BACKUPS = 1_000_000, 5

APP_LOG, CLI_LOG = "samverkan.log", "samverkan-cli.log"


class _PlainFile(logging.FileHandler):
    """The file before rotation; a record the disk refuses (full, read-only) is dropped
    quietly instead of printing a traceback in the user's face."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


@functools.cache
def _rotating_file() -> type[logging.FileHandler]:
    import logging.handlers

    class _RotatingFile(logging.handlers.RotatingFileHandler):
        """The file with rotation (``MAX_BYTES``, ``BACKUPS`` old files); quiet as ``_PlainFile``."""

        def handleError(self, record: logging.LogRecord) -> None:
            pass

    return _RotatingFile


def _open(path: Path, rotate: bool) -> logging.FileHandler:
    if rotate:
        return _rotating_file()(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")  # type: ignore[call-arg]
    return _PlainFile(path, encoding="utf-8")


class _LogFile(logging.Handler):
    """The app's (or the command line's) log file: passes each record to ``file``, which
    ``rotate`` replaces by the rotating one while holding this handler's lock."""

    def __init__(self, path: Path, rotate: bool) -> None:
        super().__init__()
        self.file = _open(path, rotate)
        self.file.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:  # handle() holds the lock
        self.file.emit(record)

    def rotate(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # createLock made it
            if isinstance(self.file, _rotating_file()):
                return
            self.file.close()  # first: Windows cannot rename a file still open
            self.file = _open(Path(self.file.baseFilename), rotate=True)
            self.file.setFormatter(logging.Formatter(LOG_FORMAT))

    def close(self) -> None:
        self.file.close()
        super().close()


def configure_logging(log_dir: Path, level: int = logging.INFO, file_name: str = APP_LOG,
                      rotate: bool = True) -> Path:
    """Send the log records to ``log_dir/file_name`` (5 files of 1 MB; without ``rotate``, one
    file until ``rotate_log``)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / file_name
    root = logging.getLogger()
    for handler in _ours():
        root.removeHandler(handler)
        handler.close()
    root.addHandler(_LogFile(path, rotate))
    root.setLevel(level)
    return path


def rotate_log() -> None:
    """Turn rotation on for the log ``configure_logging(..., rotate=False)`` opened."""
    for handler in _ours():
        handler.rotate()


def _ours() -> list[_LogFile]:
    return [handler for handler in logging.getLogger().handlers if isinstance(handler, _LogFile)]
