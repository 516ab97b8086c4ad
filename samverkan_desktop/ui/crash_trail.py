"""What a failure leaves behind: every error of the app reaches the log, none reaches the
user as a traceback.

- A hard crash (access violation in a Qt or SQLite DLL, a stack overflow) kills the
  process before Python's own handlers run: ``faulthandler`` writes the stacks of all
  threads to ``logs/crash-trace.log``, and the next start moves them into the log.
- Qt's own warnings and criticals (a failed plugin, a painter misused) go through Qt's
  message handler to the log instead of a console a windowed app does not have.
- An exception on a thread (a backup, a report job) goes through ``threading.excepthook``.
- A data folder that cannot be created (a missing drive, no permission) is said in a
  Swedish dialog instead of the windowed bundle's traceback box.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from typing import IO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

from samverkan_desktop.paths import DataPaths, resolve_data_dir

log = logging.getLogger("samverkan_desktop.crash")
TRACE_NAME = "crash-trace.log"
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
#: the open trace file: faulthandler writes to its descriptor, which must stay open
_trace: list[IO[str]] = []


def install(log_dir: Path) -> None:
    """Send hard crashes, Qt's messages and thread errors to the log (after ``configure_logging``)."""
    _collect_previous_trace(log_dir / TRACE_NAME)
    try:
        trace = open(log_dir / TRACE_NAME, "w", encoding="utf-8")  # noqa: SIM115 - kept open for faulthandler
    except OSError as exc:
        log.warning("no crash trace file (%s)", exc)
    else:
        _trace[:] = [trace]
        faulthandler.enable(trace, all_threads=True)
    qInstallMessageHandler(qt_message)
    threading.excepthook = thread_exception


def _collect_previous_trace(path: Path) -> None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return
    if text:
        log.error("the previous run ended in a hard crash:\n%s", text)


def qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    category = getattr(context, "category", None) or "qt"
    log.log(_QT_LEVELS.get(kind, logging.WARNING), "Qt (%s): %s", category, message)


def thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.error("unexpected error on the thread %s:\n%s", name,
              "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)))


def data_folder_or_explain(option: str | None, language: str = "sv") -> DataPaths | None:
    """The data folder, created; None after telling the user (Swedish by default) why it cannot be."""
    paths = resolve_data_dir(option)
    try:
        return paths.ensure()
    except OSError as exc:  # what explains it is imported only then: the start is on its way to the window
        from PySide6.QtWidgets import QMessageBox

        from samverkan_desktop.services.errors import LocalText
        from samverkan_desktop.services.files import reason_for

        reason = reason_for(exc)(language)
        text = LocalText(
            f"Datamappen {paths.root} kunde inte skapas ({reason}). Ingenting har ändrats. Kontrollera att "
            "enheten finns och att du får skriva där, eller starta programmet med --data-dir och en annan mapp.",
            f"The data folder {paths.root} could not be created ({reason}). Nothing was changed. Check that the "
            "drive exists and that you may write there, or start the app with --data-dir and another folder.",
        )(language)
        print(text, file=sys.stderr, flush=True)
        QMessageBox.critical(None, "Samverkan Desktop", text)
        return None
