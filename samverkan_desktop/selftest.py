"""``samverkan-desktop --self-test``: does this build work, on this machine, end to end?

Runs offscreen (no window appears; ``--on-screen`` uses the machine's own Qt platform,
e.g. ``windows``) in a temporary data folder that is removed
afterwards, so the user's own library is never touched. One line per step, in Swedish
and English; exit code 0 when every step passed, 1 at the first failing step (its
traceback goes to stderr). CI runs it against the PyInstaller bundle; it is equally
useful on a secretary's laptop after an installation.
"""

from __future__ import annotations

import importlib.util
import os
import re
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED = 0, 1
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


class StepFailed(Exception):
    """A check of the self-test did not hold; the message says what was found."""


def pdf_pages(data: bytes) -> int:
    """Pages of a PDF, counted from its page objects (ReportLab writes them uncompressed)."""
    if not data.startswith(b"%PDF"):
        raise StepFailed(f"not a PDF: starts with {data[:8]!r}")
    pages = len(_PAGE.findall(data))
    if pages == 0:
        raise StepFailed("the PDF has no pages")
    return pages


class _Run:
    """The state the steps share, and the printing of their lines."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.values: dict[str, Any] = {}
        self.number = 0

    def step(self, sv: str, en: str, action: Callable[[], str | None]) -> None:
        self.number += 1
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:
            print(f"[{self.number}] FEL / FAILED: {sv} / {en}: {exc.__class__.__name__}: {exc}", flush=True)
            traceback.print_exc(file=sys.stderr)
            raise
        took = time.perf_counter() - started
        suffix = f" ({detail})" if detail else ""
        print(f"[{self.number}] ok  {sv} / {en}{suffix} [{took:.1f} s]", flush=True)


def _qt(run: _Run) -> str:
    from PySide6.QtCore import qVersion
    from PySide6.QtWidgets import QApplication

    import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first

    app = QApplication.instance() or QApplication([sys.argv[0]])
    run.values["app"] = app
    return f"Qt {qVersion()}, {QApplication.platformName()}"


def _icon(_run: _Run) -> str:
    from PySide6.QtGui import QIcon

    from samverkan_desktop.assets import app_icon_file

    sizes = sorted(size.width() for size in QIcon(str(app_icon_file())).availableSizes())
    if not {16, 32, 256} <= set(sizes):
        raise StepFailed(f"the app icon has the sizes {sizes}")
    return f"{len(sizes)} sizes"


def _translations(run: _Run) -> str:
    from PySide6.QtCore import QTranslator
    from PySide6.QtWidgets import QDialogButtonBox

    from samverkan_desktop.ui import i18n

    cache = run.data_dir / "cache"
    if i18n.install("sv", cache) != "sv":
        raise StepFailed("Swedish was not chosen")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "")
    if cancel != "Avbryt":
        raise StepFailed(f"Qt's own Swedish (qtbase_sv) is missing: the Cancel button says {cancel!r}")
    found = []
    for language in i18n.LANGUAGES:
        catalogue = i18n.compiled_catalogue(language, cache)
        translator = QTranslator()
        if catalogue is None or not translator.load(str(catalogue)) or translator.isEmpty():
            raise StepFailed(f"the {language} catalogue is missing or empty ({catalogue})")
        found.append(catalogue.name)
    return ", ".join(found)


def _library(run: _Run) -> str:
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.storage.library import open_library

    paths = DataPaths(run.data_dir).ensure()
    run.values["paths"] = paths
    run.values["library"] = open_library(paths)
    return str(paths.database)


def _demo(run: _Run) -> str:
    from samverkan_desktop.app import ensure_demo_project
    from samverkan_desktop.services.library_service import list_sessions

    project_uid = ensure_demo_project(run.values["library"])
    sessions = list_sessions(run.values["library"], project_uid)
    if not sessions:
        raise StepFailed("the demo project has no sessions")
    run.values["project_uid"], run.values["session_uid"] = project_uid, sessions[0].uid
    return f"{project_uid}, {len(sessions)} sessions"


def _main_window(run: _Run) -> str:
    from PySide6.QtCore import QEventLoop, QTimer

    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.main_window import MainWindow

    ctx = EditContext(run.values["library"], "sv")
    window = MainWindow(ctx, run.values["paths"], S.Settings(run.data_dir / "settings.ini"))
    try:
        if not window.open_project(run.values["project_uid"]):
            raise StepFailed("the main window did not open the demo project")
        window.show()
        loop = QEventLoop()
        QTimer.singleShot(300, loop.quit)
        loop.exec()
        if not window.isVisible() or window.grab().isNull():
            raise StepFailed("the main window was not drawn")
        return window.windowTitle()
    finally:
        window.close()
        window.deleteLater()


def _user_guide(_run: _Run) -> str:
    """Hjälp > Användarguide: the guide is shipped, Qt reads it, and every picture it shows is there."""
    from samverkan_desktop.ui.user_guide import START_CHAPTER, UserGuideWindow

    window = UserGuideWindow()
    try:
        if not window.load():
            raise StepFailed("the user guide (docs/anvandarguide.md) is missing")
        if window.problem.isVisibleTo(window):
            raise StepFailed(window.problem.text())
        if not window.show_chapter(START_CHAPTER):
            raise StepFailed(f"the guide has no chapter {START_CHAPTER!r}")
        return f"{window.contents.topLevelItemCount()} chapters"
    finally:
        window.deleteLater()


def _report(run: _Run) -> str:
    if importlib.util.find_spec("_rl_accel") is None:
        raise StepFailed("ReportLab's accelerator (rl-accel) is missing: reports build slowly")
    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_report_pdf

    data = build_report_pdf(run.values["library"], run.values["project_uid"], ReportOptions())
    run.values["report_pdf"] = data
    return f"{pdf_pages(data)} pages, {len(data) // 1024} kB"


def _pdf_view(run: _Run) -> str:
    """Qt's own PDF engine (what the preview shows) reads the report and draws its first page."""
    from PySide6.QtCore import QBuffer, QByteArray, QDeadlineTimer, QIODevice, QSize
    from PySide6.QtGui import QImage
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication

    data: bytes = run.values["report_pdf"]
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    deadline = QDeadlineTimer(10_000)
    while document.status() == QPdfDocument.Status.Loading and not deadline.hasExpired():
        QApplication.processEvents()
    if document.status() != QPdfDocument.Status.Ready:
        raise StepFailed(f"Qt Pdf could not read the report: {document.status().name}, {document.error().name}")
    if document.pageCount() != pdf_pages(data):
        raise StepFailed(f"Qt Pdf sees {document.pageCount()} pages, the file has {pdf_pages(data)}")
    image = document.render(0, QSize(420, 594)).convertToFormat(QImage.Format.Format_Alpha8)
    inked = image.sizeInBytes() - bytes(image.constBits()).count(0)  # pages are drawn on transparency
    if image.isNull() or inked < 1000:
        raise StepFailed(f"Qt Pdf drew an empty first page ({inked} pixels inked)")
    return f"{document.pageCount()} pages"


def _word(run: _Run) -> str:
    """The report as Word: python-docx's default template and the chart's picture are in the bundle."""
    import io
    import zipfile

    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_report_docx

    data = build_report_docx(run.values["library"], run.values["project_uid"], ReportOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if "word/document.xml" not in names or not any(n.startswith("word/media/") for n in names):
            raise StepFailed("the Word report lacks its text or the chart's picture")
    return f"{len(data) // 1024} kB"


def _minutes(run: _Run) -> str:
    from samverkan_desktop.services.reports import build_minutes_pdf

    data = build_minutes_pdf(run.values["library"], run.values["project_uid"], run.values["session_uid"])
    return f"{pdf_pages(data)} pages, {len(data) // 1024} kB"


Step = tuple[str, str, Callable[[_Run], str | None]]
#: (Swedish, English, check): a check returns a short detail or raises
STEPS: list[Step] = [
    ("Qt startar", "Qt starts", _qt),
    ("programikonen", "the app icon", _icon),
    ("svenska översättningar", "Swedish translations", _translations),
    ("tillfälligt bibliotek", "temporary library", _library),
    ("exempelprojektet importerat", "demo project imported", _demo),
    ("huvudfönstret öppnat", "main window opened", _main_window),
    ("användarguiden", "the user guide", _user_guide),
    ("dialograpporten som PDF", "dialogue report as PDF", _report),
    ("rapporten visad av Qt Pdf", "the report shown by Qt Pdf", _pdf_view),
    ("protokollet som PDF", "minutes as PDF", _minutes),
    ("dialograpporten som Word", "dialogue report as Word", _word),
]


def run_self_test(steps: list[Step] | None = None, on_screen: bool = False) -> int:
    """Every step in order; 0 when all passed, 1 at the first failure (later steps do not run).
    ``on_screen``: on the machine's own Qt platform (``windows``, ``xcb``), not offscreen."""
    if on_screen:
        os.environ.pop("QT_QPA_PLATFORM", None)
    else:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    started = time.perf_counter()
    print("Samverkan Desktop självtest / self-test", flush=True)
    with tempfile.TemporaryDirectory(prefix="samverkan-selftest-", ignore_cleanup_errors=True) as folder:
        run = _Run(Path(folder) / "data")
        try:
            for sv, en, action in STEPS if steps is None else steps:
                run.step(sv, en, partial(action, run))
        except Exception:
            print("Självtestet misslyckades / The self-test failed", flush=True)
            return EXIT_FAILED
        finally:
            library = run.values.get("library")
            if library is not None:
                library.close()
    print(f"Självtestet gick igenom / The self-test passed [{time.perf_counter() - started:.1f} s]", flush=True)
    return EXIT_OK
