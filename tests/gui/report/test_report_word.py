"""'Spara som Word…' in the preview (built off the GUI thread, written atomically) and the Word template setting."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from samverkan_desktop.report.minutes import minutes_content
from samverkan_desktop.report.word import render_docx
from samverkan_desktop.services import library_service
from samverkan_desktop.services.errors import LocalText, TemplateRefused
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.jobs import Progress, SyncRunner, ThreadRunner
from samverkan_desktop.ui.report import actions
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
from samverkan_desktop.ui.report.preview import PreviewWindow, WordExport
from tests.gui.report.conftest import make_pdf
from tests.report.conftest import sample_minutes
from tests.report.test_word_office import make_template


def word_build(threads: list[str]) -> WordExport:
    def build(progress: Progress) -> bytes:
        threads.append(threading.current_thread().name)
        progress(1, 2)
        return render_docx(minutes_content(sample_minutes("Ordet")), progress=progress)

    return WordExport(build, "Protokoll-2026-11-27.docx")


@pytest.fixture
def threads() -> list[str]:
    return []


@pytest.fixture
def window(qtbot: QtBot, threads: list[str]) -> Iterator[PreviewWindow]:
    preview = PreviewWindow(make_pdf(2), "Protokoll", "Protokoll.pdf", runner=ThreadRunner(),
                            word=word_build(threads))
    preview.show()
    qtbot.waitExposed(preview)
    yield preview
    preview.close()


def when_modal(act: type, then: object) -> None:
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, act):
            QTimer.singleShot(20, poll)
            return
        then(dialog)  # type: ignore[operator]

    QTimer.singleShot(0, poll)


def test_save_as_word_builds_off_the_gui_thread_and_writes_the_file(
        qtbot: QtBot, window: PreviewWindow, threads: list[str], tmp_path: Path, messages: list[str]) -> None:
    target = tmp_path / "protokoll.docx"
    saved: list[Path] = []
    window.saved.connect(saved.append)
    task = window.save_word_to(target)
    assert task is not None
    qtbot.waitUntil(lambda: saved == [target], timeout=10000)
    assert threads == ["samverkan-job"]
    assert "Justering" in [p.text for p in docx.Document(str(target)).paragraphs]
    assert str(target) in window.statusBar().currentMessage()
    assert messages == [] and sorted(p.name for p in tmp_path.iterdir()) == ["protokoll.docx"]


def test_save_as_word_through_the_file_dialog(qtbot: QtBot, window: PreviewWindow, tmp_path: Path) -> None:
    def fill_in(dialog: QFileDialog) -> None:
        assert dialog.selectedFiles()[0].endswith("Protokoll-2026-11-27.docx")  # the Word file's own name
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile("Till nämnden")
        dialog.accept()

    assert window.save_word_action.isEnabled() and window.save_word_action.text() == "Save as Word…"
    when_modal(QFileDialog, fill_in)
    window.save_word_action.trigger()
    target = tmp_path / "Till nämnden.docx"
    qtbot.waitUntil(target.exists, timeout=10000)
    assert zipfile.is_zipfile(target)


def test_a_refused_template_is_said_and_nothing_is_written(qtbot: QtBot, tmp_path: Path, messages: list[str]) -> None:
    def refuse(_progress: Progress) -> bytes:
        raise TemplateRefused(LocalText("Word-mallen kan inte användas: trasig.", "The Word template: broken."))

    preview = PreviewWindow(make_pdf(1), "Rapport", "Rapport.pdf", runner=SyncRunner(),
                            word=WordExport(refuse, "Rapport.docx"))
    qtbot.addWidget(preview)
    preview.save_word_to(tmp_path / "rapport.docx")
    qtbot.waitUntil(lambda: bool(messages), timeout=5000)
    assert messages == ["Word-mallen kan inte användas: trasig."]
    assert list(tmp_path.iterdir()) == []


def test_without_a_word_build_there_is_no_word_button(qtbot: QtBot) -> None:
    preview = PreviewWindow(make_pdf(1), "Rapport", "Rapport.pdf")
    qtbot.addWidget(preview)
    assert not preview.save_word_action.isEnabled()


def test_the_word_template_is_chosen_remembered_and_used(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                        tmp_path: Path, messages: list[str]) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    _docx, dotx = make_template(tmp_path)
    dialog = ReportOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.template_name.text() == "None: the app's own look"
    not_word = tmp_path / "mall.docx"
    not_word.write_text("inte Word", encoding="utf-8")
    assert not dialog.use_template_file(not_word)
    assert len(messages) == 1 and "Word-mallen kan inte användas" in messages[0]
    assert dialog.use_template_file(dotx)
    assert dialog.options().template == dotx.read_bytes()
    dialog.accept()
    assert settings.get(S.REPORT_WORD_TEMPLATE) == str(dotx)

    uid = library_service.list_projects(ctx.library)[0].uid
    opened: list[PreviewWindow] = []
    when_modal(ReportOptionsDialog, lambda d: d.findChild(QDialogButtonBox).button(
        QDialogButtonBox.StandardButton.Ok).click())
    actions.preview_report(None, ctx, settings, uid, build=lambda *_a: make_pdf(1), runner=SyncRunner(),
                           on_open=opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    target = tmp_path / "rapport.docx"
    opened[0].save_word_to(target)
    qtbot.waitUntil(target.exists, timeout=20000)
    header = docx.Document(str(target)).sections[0].header.paragraphs[0].text
    assert header == "Ekdala kommun – kommunledningskontoret"  # the template's own header
    opened[0].close()


def test_a_remembered_template_that_is_gone_is_dropped_quietly(qtbot: QtBot, tmp_path: Path,
                                                              messages: list[str]) -> None:
    settings = S.Settings(tmp_path / "settings.ini")
    settings.set(S.REPORT_WORD_TEMPLATE, str(tmp_path / "borttagen.dotx"))
    dialog = ReportOptionsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.options().template is None and not dialog.remove_template.isEnabled()
    assert messages == []
