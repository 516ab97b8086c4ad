"""A rotating log file in the data folder: the tracebacks users never see go here."""

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


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    """Send the app's log records to ``log_dir/samverkan.log`` (5 files of 1 MB)."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "samverkan.log"
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
