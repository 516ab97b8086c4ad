"""Rotating log files in the data folder: the tracebacks users never see go here.

The app writes ``samverkan.log``, the command line ``samverkan-cli.log``: a command run
while the app is open must not share its file, because on Windows a file another
process holds open cannot be renamed, so the rotation fails and records are dropped.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when the disk refuses it (full, read-only) the record is dropped
    quietly instead of printing a traceback in the user's face."""

    def handleError(self, record: logging.LogRecord) -> None:
        pass


APP_LOG, CLI_LOG = "samverkan.log", "samverkan-cli.log"


def configure_logging(log_dir: Path, level: int = logging.INFO, file_name: str = APP_LOG) -> Path:
    """Send the log records to ``log_dir/file_name`` (5 files of 1 MB)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / file_name
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_samverkan", False):
            root.removeHandler(handler)
            handler.close()
    handler = _LogFile(
        path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler._samverkan = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(level)
    return path
