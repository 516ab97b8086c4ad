"""The composition root: paths, logging, library, translations, main window. Wired once.

A start goes in two steps, so that the window is there at once (docs/performance.md):

1. ``run_app``: Qt, the data folder, the log (rotating from step 2), the settings, the
   translation and the library's lock (a second start stops here, as before), then the
   main window, empty, shown. Nothing of the database layer is imported yet: SQLAlchemy alone takes longer
   than all of this.
2. ``_open_library``, once the window is drawn: the integrity check (and the damaged-
   library dialog), opening the library (Alembic only when a migration is due), the
   window attached to it; then ``_show_project``: the backups, the project. With
   ``--meeting``, meeting mode comes before ``_show_project``: it is what the user waits for.

The log marks both: "main window visible" and "main window drawn" (step 1, its first paint:
what step 1 leaves undone must not merely move behind ``show()``), "main window shown (node)" and
"main window ready" (the project is shown and drawn), "meeting mode shown" and
"meeting mode ready".
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from samverkan_desktop.assets import app_icon_pngs
from samverkan_desktop.logsetup import configure_logging, rotate_log
from samverkan_desktop.paths import DataPaths

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QLockFile

    from samverkan_desktop.storage.library import Library
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.meeting.window import MeetingWindow

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


def app_icon() -> QIcon:
    """The app icon, each size read when a window first needs it (``assets.app_icon_pngs``)."""
    icon = QIcon()
    for size, png in app_icon_pngs().items():
        icon.addFile(str(png), QSize(size, size))
    return icon


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """Log an unexpected error with its traceback; show the user a plain message."""
    from samverkan_desktop.services.storage_faults import classify

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
    from samverkan_desktop.storage.library import open_library

    try:
        return open_library(paths)
    except Exception:
        log.exception("the library could not be opened")
        _say_not_opened(paths)
        return None


def _say_not_opened(paths: DataPaths) -> None:
    QMessageBox.critical(None, "Samverkan Desktop", QCoreApplication.translate(
        "App", "The library in %1 could not be opened. It may be damaged or used by another "
               "program. Nothing was changed. Run “samverkan-desktop check” for details."
    ).replace("%1", str(paths.root)))


def ensure_demo_project(library: Library) -> str:
    """Import the bundled demo project unless the library already has it; returns its id."""
    from samverkan_desktop.services import demo_project

    return demo_project.ensure_demo_project(library)


def _show_meeting_early() -> MeetingWindow:
    """``--meeting``: meeting mode's window at once, taking typing before its minutes are open
    (ui/meeting/early_input.py); ``_open_meeting`` fills it in or gives it up."""
    from samverkan_desktop.ui.meeting.window import MeetingWindow

    meeting = MeetingWindow()
    meeting.present()
    log.info("meeting mode visible (typing is kept until the minutes are open)")
    _after_paint(lambda: log.info("meeting mode drawn, taking typing"))
    return meeting


def _open_meeting(window: MainWindow, library: Library, project_uid: str, session_uid: str, language: str,
                  early: MeetingWindow | None = None) -> None:
    """Meeting mode on the session; ``early`` is its window shown before the library was open.
    When the session cannot be found or read, what was typed in it is kept on the clipboard."""
    from samverkan_desktop.services.errors import ServiceError
    from samverkan_desktop.services.minutes import find_session

    try:
        _project_id, session_id = find_session(library, project_uid, session_uid)
        meeting = window.open_meeting(session_id, shown=early)
    except ServiceError as exc:
        log.warning("meeting mode could not open %s: %s", session_uid, exc)
        if early is not None:
            early.give_up(exc.text(language))
        else:
            QMessageBox.warning(window, "Samverkan Desktop", exc.text(language))
        return
    except Exception:  # the window must not take the typing down with it
        if early is None or early.attached:
            raise
        log.exception("meeting mode could not open %s", session_uid)
        early.give_up(QCoreApplication.translate(
            "App", "The minutes could not be opened; the details are in the log file."))
        return
    if meeting is None:  # not a meeting (written answers): the window said why
        return
    log.info("meeting mode shown for %s", session_uid)
    meeting.editor.setFocus()
    _after_paint(lambda: log.info("meeting mode ready"))


def _after_paint(then: Callable[[], None]) -> None:
    """Run ``then`` after the next event-loop iteration and paint: a zero timer queued from a
    zero timer (benchmarks/bench_startup.py measures start-up up to these moments)."""
    QTimer.singleShot(0, lambda: QTimer.singleShot(0, then))


class _Run:
    """What one run of the app holds: the lock, then the library; released once by ``finish``.

    Once the start is complete, ``shutdown.install`` has made the end of the run (the close
    backup, the run marked clean, the library closed, the lock released, within Windows'
    budget at a log-off) and ``finish`` is it. Before that (the app closed while the library
    was being opened) only what is held is released."""

    def __init__(self, paths: DataPaths, lock: QLockFile) -> None:
        self.paths, self.lock = paths, lock
        self.library: Library | None = None
        self.ended: Callable[[], None] | None = None  # shutdown.install's finish
        self.finished = False

    def finish(self) -> None:
        if self.finished:
            return
        self.finished = True
        if self.ended is not None:
            self.ended()
            return
        if self.library is not None:
            from samverkan_desktop.services import startup

            self.library.close()
            startup.mark_closed(self.paths)
        self.lock.unlock()


def run_app(args: argparse.Namespace) -> int:
    from samverkan_desktop.ui import appearance, crash_trail, i18n, instance_lock, terminate
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.main_window import MainWindow

    # Qt 6 rounds no scale factor (PassThrough) unless QT_SCALE_FACTOR_ROUNDING_POLICY says
    # otherwise, which wins over setHighDpiScaleFactorRoundingPolicy anyway: nothing to set
    # (tests/gui/test_app_start_cost.py checks it)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Samverkan Desktop")
    app.setOrganizationName("Samverkan Desktop")
    appearance.use_light_scheme(app)  # Windows' dark mode would put light text on the light panels
    app.setStyleSheet(STYLE)
    app.setWindowIcon(app_icon())
    paths = crash_trail.data_folder_or_explain(args.data_dir)  # a Swedish dialog, not a traceback
    if paths is None:
        return 2
    configure_logging(paths.logs, rotate=False)  # rotation once the window is drawn (logsetup)
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
    window = MainWindow(None, paths, settings)  # empty until the library is open
    window.show()
    log.info("main window visible (the library opens next)")
    _after_paint(lambda: log.info("main window drawn"))
    early = _show_meeting_early() if args.meeting else None
    run = _Run(paths, lock)
    _after_paint(lambda: _open_library(app, window, run, args, language, early))

    # Windows ends a process soon after aboutToQuit when the user logs off or shuts down,
    # before exec() returns; SIGTERM and Ctrl+C close the window as its close button does
    app.aboutToQuit.connect(run.finish)
    terminate.close_on_terminate(window, lambda: window.close() and app.quit())
    code = app.exec()
    run.finish()
    return int(code)


def _checked_library(paths: DataPaths, language: str, early: MeetingWindow | None = None) -> Library | None:
    """The library, checked and opened; None when it cannot be, or the user chose to quit on a
    damaged one: then what was typed in ``early`` meeting mode goes on the clipboard first."""
    from samverkan_desktop.ui.startup_checks import open_library_checked

    try:
        library = open_library_checked(paths, _open_library_or_explain, language)
    except Exception:  # run_app would have ended with the traceback; the window must not stay empty
        log.exception("the start-up check failed")
        _say_not_opened(paths)
        library = None
    if library is None and early is not None:
        early.give_up()
    return library


def _open_library(app: QApplication, window: MainWindow, run: _Run, args: argparse.Namespace,
                  language: str, early: MeetingWindow | None = None) -> None:
    """The second step of a start (see the module's text); ends the app with 2 when the library
    cannot be opened or the user chose to quit on a damaged one."""
    from samverkan_desktop.ui.context import EditContext

    rotate_log()  # the window is drawn: now the log may rotate (logsetup)
    library = _checked_library(window.paths, language, early)
    if library is None:
        app.exit(2)
        return
    if run.finished:  # the app was closed while the check's dialog was open
        library.close()
        return
    run.library = library
    window.attach(EditContext(library, language))
    if args.meeting:  # the secretary is in a meeting: meeting mode first, the rest once it is drawn
        _open_meeting(window, library, args.project or "", args.meeting, language, early)
        _after_paint(lambda: _show_project(app, window, run, args, language))
    else:
        _show_project(app, window, run, args, language)


def _show_project(app: QApplication, window: MainWindow, run: _Run, args: argparse.Namespace,
                  language: str) -> None:
    """The backups, the end of the run (log-off included), the note about a synchronised
    folder, and the project in the main window."""
    from samverkan_desktop.services.errors import ServiceError
    from samverkan_desktop.ui import location_notice, shutdown
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.startup_checks import start_backups

    if run.finished or run.library is None:
        return
    paths, settings, library = window.paths, window.settings, run.library
    keeper = start_backups(window, paths, language)
    run.ended = shutdown.install(app, window, keeper, paths, library, run.lock)
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
    log.info("main window shown (%s)", window.current_node())
    _after_paint(lambda: log.info("main window ready"))
