"""Entry points for the main window: preview (then save or print) the dialogue report or a session's minutes.

Wiring (in ui/main_window.py; nothing else is needed)::

    from samverkan_desktop.ui.report import actions as report_actions

    # "Förhandsgranska rapport…": asks for the report settings, builds, shows the preview
    report_actions.preview_report(self, self.ctx, self.settings, project_uid)
    # "Förhandsgranska protokoll…" for the selected session
    report_actions.preview_minutes(self, self.ctx, project_uid, session_uid, settings=self.settings)
    # "Kallelse och dagordning…" for the selected session
    report_actions.preview_notice(self, self.ctx, project_uid, session_uid, settings=self.settings)

Both return at once: the document is built in the background with a progress dialog
and Cancel, then opens in a ``PreviewWindow``: a window of its own, non-modal, deleted
on close and closed with the window that asked (``parent``), from which the user saves
("Spara som PDF…", "Spara som Word…") or prints ("Skriv ut…"). The Word file is built
when asked for, with the municipality's Word template from the report settings. A
failed build shows a message; a cancelled one shows nothing. The builders default to
``services.reports.build_report_pdf`` / ``build_minutes_pdf``; tests pass their own
``build``. The suggested file names are the services' (``report_file_name`` /
``minutes_file_name``). The window is handed to ``on_open`` if you need it.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samverkan_desktop.domain.enums import ProjectStatus
from samverkan_desktop.report.options import Progress, ReportOptions
from samverkan_desktop.services import library_service, reports
from samverkan_desktop.services.errors import ServiceError
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.jobs import Runner, Task, run_job
from samverkan_desktop.ui.report.options_dialog import ask_report_options, remembered_template
from samverkan_desktop.ui.report.preview import PreviewWindow, WordExport
from samverkan_desktop.ui.settings import Settings

ReportBuild = Callable[[Library, str, ReportOptions, Progress], bytes]
MinutesBuild = Callable[[Library, str, str, Progress], bytes]

#: preview windows without a parent window; a window leaves this set when it is closed
_open_windows: set[PreviewWindow] = set()


def preview_document(parent: QWidget | None, label: str, job: Callable[[Progress], bytes], title: str,
                     file_name: str, *, language: str = "sv", runner: Runner | None = None,
                     on_open: Callable[[PreviewWindow], None] | None = None,
                     word: WordExport | None = None) -> Task[bytes]:
    """Build ``job`` in the background, then show the PDF in a preview window (``word``: it saves as Word too)."""

    def show(pdf: bytes) -> None:
        if parent is not None and not shiboken6.isValid(parent):
            return  # the window that asked was closed while the document was built
        # a window of its own, closed with the one that asked for it
        window = PreviewWindow(pdf, title, file_name, language=language, runner=runner, parent=parent, word=word)
        if parent is None:
            _open_windows.add(window)
            window.destroyed.connect(lambda *_: _open_windows.discard(window))
        window.show()
        window.raise_()
        window.activateWindow()
        if on_open is not None:
            on_open(window)

    return run_job(parent, label, job, show, language=language, runner=runner)


def preview_report(parent: QWidget | None, ctx: EditContext, settings: Settings, project_uid: str, *,
                   build: ReportBuild | None = None, runner: Runner | None = None,
                   on_open: Callable[[PreviewWindow], None] | None = None) -> Task[bytes] | None:
    """Ask for the report settings, then build and preview the dialogue report; None if cancelled."""
    project, final = _project(ctx.library, project_uid)
    try:
        project_id: int | None = library_service.project_id_for(ctx.library, project_uid)
    except ServiceError:
        project_id = None  # gone: the build says so
    options = ask_report_options(settings, parent, QCoreApplication.translate("ReportActions", "Preview"), final,
                                 ctx, project_id)
    if options is None:
        return None
    builder: ReportBuild = build or reports.build_report_pdf
    title = QCoreApplication.translate("ReportActions", "Dialogue report – %1").replace("%1", project)
    file_name = _file_name(lambda: reports.report_file_name(ctx.library, project_uid, options.final))
    word = WordExport(lambda progress: reports.build_report_docx(ctx.library, project_uid, options, progress),
                      _file_name(lambda: reports.report_file_name(ctx.library, project_uid, options.final, "docx")))
    return preview_document(
        parent, QCoreApplication.translate("ReportActions", "Building the report…"),
        lambda progress: builder(ctx.library, project_uid, options, progress), title,
        file_name, language=ctx.language, runner=runner, on_open=on_open, word=word)


def preview_minutes(parent: QWidget | None, ctx: EditContext, project_uid: str, session_uid: str, *,
                    build: MinutesBuild | None = None, runner: Runner | None = None,
                    on_open: Callable[[PreviewWindow], None] | None = None,
                    settings: Settings | None = None) -> Task[bytes]:
    """Build and preview the minutes of one session (as Word with the template in ``settings``)."""
    builder: MinutesBuild = build or reports.build_minutes_pdf
    session = next((s for s in library_service.list_sessions(ctx.library, project_uid) if s.uid == session_uid), None)
    name = f"{session.title} {session.date.isoformat()}" if session else session_uid
    title = QCoreApplication.translate("ReportActions", "Minutes – %1").replace("%1", name)
    template = remembered_template(settings) if settings is not None else None
    word = WordExport(
        lambda progress: reports.build_minutes_docx(ctx.library, project_uid, session_uid, progress, template),
        _file_name(lambda: reports.minutes_file_name(ctx.library, project_uid, session_uid, "docx")))
    return preview_document(
        parent, QCoreApplication.translate("ReportActions", "Building the minutes…"),
        lambda progress: builder(ctx.library, project_uid, session_uid, progress), title,
        _file_name(lambda: reports.minutes_file_name(ctx.library, project_uid, session_uid)),
        language=ctx.language, runner=runner, on_open=on_open, word=word)


def preview_notice(parent: QWidget | None, ctx: EditContext, project_uid: str, session_uid: str, *,
                   runner: Runner | None = None, on_open: Callable[[PreviewWindow], None] | None = None,
                   settings: Settings | None = None) -> Task[bytes]:
    """Build and preview the notice of one session (kallelse och dagordning), to send before the meeting."""
    session = next((s for s in library_service.list_sessions(ctx.library, project_uid) if s.uid == session_uid), None)
    name = f"{session.title} {session.date.isoformat()}" if session else session_uid
    title = QCoreApplication.translate("ReportActions", "Notice – %1").replace("%1", name)
    template = remembered_template(settings) if settings is not None else None
    word = WordExport(
        lambda progress: reports.build_notice(ctx.library, project_uid, session_uid, "docx", progress, template),
        _file_name(lambda: reports.notice_file_name(ctx.library, project_uid, session_uid, "docx")))
    return preview_document(
        parent, QCoreApplication.translate("ReportActions", "Building the notice…"),
        lambda progress: reports.build_notice(ctx.library, project_uid, session_uid, "pdf", progress), title,
        _file_name(lambda: reports.notice_file_name(ctx.library, project_uid, session_uid)),
        language=ctx.language, runner=runner, on_open=on_open, word=word)


def _file_name(suggest: Callable[[], str]) -> str:
    """The services' suggested file name; a neutral one when the project or session is gone
    (the build then says so)."""
    try:
        return suggest()
    except ServiceError:
        return "dokument.pdf"


def _project(library: Library, project_uid: str) -> tuple[str, bool]:
    """The project's title and whether it is final (the uid and False if it is gone: the build says so)."""
    found = next((p for p in library_service.list_projects(library) if p.uid == project_uid), None)
    if found is None:
        return project_uid, False
    return found.title, found.status == ProjectStatus.FINAL.value
