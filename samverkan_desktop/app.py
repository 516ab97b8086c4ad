"""The composition root: paths, logging, library, translations, main window. Wired once."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from samverkan_desktop.assets import app_icon_file
from samverkan_desktop.logsetup import configure_logging
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.storage.library import Library, open_library

if TYPE_CHECKING:
    from samverkan_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

STYLE = """
QLabel#editorHeading { font-size: 16pt; font-weight: 600; padding: 4px 0 2px 0; }
QLabel#editorIntro { color: palette(placeholder-text); padding-bottom: 6px; }
QLabel#welcomeTitle { font-size: 20pt; font-weight: 600; }
QLabel#saveState { padding: 0 8px; }
QWidget#meetingHeader { background: palette(alternate-base); border-bottom: 1px solid palette(mid); }
QLabel#meetingTitle { font-size: 13pt; font-weight: 600; }
QLabel#meetingWhere { color: palette(placeholder-text); }
QLabel#meetingClock { font-size: 15pt; font-weight: 600; }
QLabel#meetingTopicLabel { font-size: 15pt; font-weight: 700; padding-right: 10px; }
QLabel#meetingTopic { font-size: 15pt; font-weight: 600; }
QLabel#meetingGuidance { color: palette(placeholder-text); font-size: 11pt; }
QLabel#readOnlyBanner { background: #fff3cd; color: #5c4400; padding: 8px 12px; font-weight: 600; }
"""


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error with its traceback; show the user a plain message."""
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
    app = QApplication.instance()
    fault = classify(value)
    if fault is not None and app is not None and not QCoreApplication.closingDown():  # the disk refused
        english = QLocale().language() == QLocale.Language.English  # i18n.install set the default locale
        QMessageBox.warning(None, "Samverkan Desktop", fault.not_done()("en" if english else "sv"))
    elif app is not None and not QCoreApplication.closingDown():
        QMessageBox.warning(None, "Samverkan Desktop", QCoreApplication.translate(
            "App", "Something unexpected went wrong. Your text is saved; the details are in the "
                   "log file. You can keep working."))


def _open_library_or_explain(paths: DataPaths) -> Library | None:
    try:
        return open_library(paths)
    except Exception:
        log.exception("the library could not be opened")
        QMessageBox.critical(None, "Samverkan Desktop", QCoreApplication.translate(
            "App", "The library in %1 could not be opened. It may be damaged or used by another "
                   "program. Nothing was changed. Run “samverkan-desktop check” for details."
        ).replace("%1", str(paths.root)))
        return None


def ensure_demo_project(library: Library) -> str:
    """Import the bundled demo project unless the library already has it; returns its id."""
    from samverkan_desktop.services import demo_project

    return demo_project.ensure_demo_project(library)


def _open_meeting(window: MainWindow, library: Library, project_uid: str, session_uid: str, language: str) -> None:
    from samverkan_desktop.services.minutes import find_session

    try:
        _project_id, session_id = find_session(library, project_uid, session_uid)
    except ServiceError as exc:
        QMessageBox.warning(window, "Samverkan Desktop", exc.text(language))
        return
    meeting = window.open_meeting(session_id)
    log.info("meeting mode shown for %s", session_uid)
    meeting.editor.setFocus()


def run_app(args: argparse.Namespace) -> int:
    from samverkan_desktop.ui import appearance, crash_trail, i18n, instance_lock, location_notice, shutdown, terminate
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.startup_checks import open_library_checked, start_backups

    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Samverkan Desktop")
    app.setOrganizationName("Samverkan Desktop")
    appearance.use_light_scheme(app)  # Windows' dark mode would put light text on the light panels
    app.setStyleSheet(STYLE)
    app.setWindowIcon(QIcon(str(app_icon_file())))
    paths = crash_trail.data_folder_or_explain(args.data_dir)  # a Swedish dialog, not a traceback
    if paths is None:
        return 2
    configure_logging(paths.logs)
    sys.excepthook = _excepthook
    settings = S.Settings(paths.root / "settings.ini")
    language = i18n.install(settings.get(S.LANGUAGE), paths.root / "cache",
                            pseudo=bool(getattr(args, "pseudo", False)) or os.environ.get("SAMVERKAN_PSEUDO") == "1")
    lock = instance_lock.acquire(paths)
    if lock is None:
        print(instance_lock.already_open_message(paths), file=sys.stderr)
        QMessageBox.information(None, "Samverkan Desktop", instance_lock.already_open_message(paths))
        return 2
    crash_trail.install(paths.logs)  # after the lock: a refused second start leaves the trace alone
    library = open_library_checked(paths, _open_library_or_explain, language)
    if library is None:
        return 2
    ctx = EditContext(library, language)
    window = MainWindow(ctx, paths, settings)
    keeper = start_backups(window, paths, language)
    location_notice.install(window, paths.root, settings, language)  # a OneDrive/Dropbox/network folder
    target = args.project
    if args.demo:
        try:
            target = ensure_demo_project(library)
        except ServiceError as exc:
            QMessageBox.warning(None, "Samverkan Desktop", exc.text(language))
        window.refresh_navigator()
    if not target:
        target = settings.get(S.LAST_PROJECT) or None
    if target and not window.open_project(target) and args.project:
        QMessageBox.warning(None, "Samverkan Desktop", QCoreApplication.translate(
            "App", "There is no project “%1” in the library.").replace("%1", target))
    window.show()
    log.info("main window shown (%s)", window.current_node())
    # a zero timer queued from a zero timer runs after the first paint: "ready" marks when the
    # window is drawn and takes input (benchmarks/bench_startup.py measures start-up up to it)
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: log.info("main window ready")))
    if args.meeting:
        _open_meeting(window, library, args.project or "", args.meeting, language)
    finish = shutdown.install(app, window, keeper, paths, library, lock)  # log-off, and the end of the run
    terminate.close_on_terminate(window, lambda: window.close() and app.quit())
    code = app.exec()
    finish()
    return int(code)
