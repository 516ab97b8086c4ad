"""The main window's entry points: settings, background build, preview; with stand-in builders."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from samverkan_desktop.report.options import ALL_SECTIONS, Progress, ReportOptions, Section
from samverkan_desktop.services import library_service
from samverkan_desktop.services.reports import report_file_name
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.jobs import ThreadRunner
from samverkan_desktop.ui.report import actions
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
from samverkan_desktop.ui.report.preview import PreviewWindow
from tests.gui.report.conftest import make_pdf


def project_uid(library: Library) -> str:
    return library_service.list_projects(library)[0].uid


def when_dialog_opens(act: Callable[[ReportOptionsDialog], None]) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ReportOptionsDialog):
            QTimer.singleShot(20, poll)
            return
        act(dialog)

    QTimer.singleShot(0, poll)


def test_preview_report_asks_builds_in_the_background_and_shows(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, messages: list[str]) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    uid = project_uid(ctx.library)
    calls: list[tuple[str, ReportOptions, str]] = []

    def build(library: Library, project: str, options: ReportOptions, progress: Progress) -> bytes:
        calls.append((project, options, threading.current_thread().name))
        for step in range(3):
            progress(step, 3)
        return make_pdf(6, "Dialograpport")

    def choose(dialog: ReportOptionsDialog) -> None:
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        assert ok.text() == "Preview"
        dialog.section_boxes[Section.SUMMARY].setChecked(False)
        dialog.names.setChecked(True)
        dialog.accept()

    opened: list[PreviewWindow] = []
    when_dialog_opens(choose)
    task = actions.preview_report(None, ctx, settings, uid, build=build, runner=ThreadRunner(),
                                  on_open=opened.append)
    assert task is not None
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    window = opened[0]
    assert window.isVisible() and window.page_count == 6
    project_title = library_service.list_projects(ctx.library)[0].title
    assert window.windowTitle() == f"Preview – Dialogue report – {project_title}"
    assert window.suggested_name == report_file_name(ctx.library, uid, final=False)
    [(project, options, thread)] = calls
    assert project == uid and thread == "samverkan-job"
    assert options.sections == frozenset(ALL_SECTIONS) - {Section.SUMMARY} and options.names
    assert messages == []
    window.close()


def test_cancelling_the_settings_builds_nothing(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                tmp_path: Path) -> None:
    built: list[Any] = []
    when_dialog_opens(lambda dialog: dialog.reject())
    task = actions.preview_report(None, ctx, S.Settings(tmp_path / "s.ini"), project_uid(ctx.library),
                                  build=lambda *args: built.append(args) or b"")
    assert task is None and built == []


def test_the_report_of_a_project_marked_final_starts_as_final(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                              tmp_path: Path) -> None:
    from samverkan_desktop.services.editing import Editor

    settings, uid = S.Settings(tmp_path / "s.ini"), project_uid(ctx.library)
    seen: list[bool] = []

    def look(dialog: ReportOptionsDialog) -> None:
        seen.append(dialog.final.isChecked())
        assert dialog.final.isChecked() != dialog.draft.isChecked()
        dialog.reject()

    for status in ("draft", "final", "draft"):
        Editor(ctx.library).set("project", demo_project, status=status)
        when_dialog_opens(look)
        assert actions.preview_report(None, ctx, settings, uid, build=lambda *args: b"") is None
    assert seen == [False, True, False]


def test_preview_minutes_names_the_session(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                           messages: list[str]) -> None:
    uid = project_uid(ctx.library)
    session = library_service.list_sessions(ctx.library, uid)[0]
    opened: list[PreviewWindow] = []

    def build(library: Library, project: str, session_uid: str, progress: Progress) -> bytes:
        assert (project, session_uid) == (uid, session.uid)
        return make_pdf(2, "Protokoll")

    actions.preview_minutes(None, ctx, uid, session.uid, build=build, runner=ThreadRunner(), on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].windowTitle() == f"Preview – Minutes – {session.title} {session.date.isoformat()}"
    assert opened[0].page_count == 2
    assert messages == []
    opened[0].close()


def test_a_failing_build_shows_a_message_and_no_preview(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                        messages: list[str]) -> None:
    from samverkan_desktop.services.errors import LocalText, NotFound

    def build(library: Library, project: str, session_uid: str, progress: Progress) -> bytes:
        raise NotFound(LocalText("Dialogtillfället finns inte.", "The session does not exist."))

    opened: list[PreviewWindow] = []
    task = actions.preview_minutes(None, ctx, project_uid(ctx.library), "okänt", build=build,
                                   runner=ThreadRunner(), on_open=opened.append)
    qtbot.waitUntil(lambda: task.state != "running" and bool(messages), timeout=10000)
    assert messages == ["Dialogtillfället finns inte."]
    assert opened == []


def test_the_preview_belongs_to_the_window_that_asked(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    opened: list[PreviewWindow] = []
    uid = project_uid(ctx.library)
    session = library_service.list_sessions(ctx.library, uid)[0]
    actions.preview_minutes(main, ctx, uid, session.uid, build=lambda *args: make_pdf(1), runner=ThreadRunner(),
                            on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    assert opened[0].parent() is main and opened[0].isWindow()


def test_a_build_that_ends_after_its_window_closed_opens_nothing(qtbot: QtBot, ctx: EditContext,
                                                                 demo_project: int, messages: list[str]) -> None:
    from PySide6.QtWidgets import QMainWindow

    main = QMainWindow()
    main.show()
    release = threading.Event()
    opened: list[PreviewWindow] = []

    def slow_build(library: Library, project: str, session_uid: str, progress: Progress) -> bytes:
        release.wait(5)
        return make_pdf(1)

    task = actions.preview_minutes(main, ctx, project_uid(ctx.library), "x", build=slow_build,
                                   runner=ThreadRunner(), on_open=opened.append)
    main.close()
    main.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(main), timeout=3000)
    release.set()
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)
    assert opened == [] and messages == []
