"""The preview window: pages, navigation, zoom, keyboard, and "Spara som PDF…" (atomic, with clear failures)."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from samverkan_desktop.ui.report.preview import PreviewWindow


@pytest.fixture
def window(qtbot: QtBot, five_pages: bytes) -> Iterator[PreviewWindow]:
    preview = PreviewWindow(five_pages, "Dialograpport 2026", "Dialograpport 2026.pdf")
    preview.resize(900, 700)
    preview.show()
    qtbot.waitExposed(preview)
    yield preview
    preview.close()


def settle(qtbot: QtBot) -> None:
    qtbot.wait(30)  # the view lays pages out and the deferred re-jump after a zoom runs


def test_all_pages_are_loaded_and_the_first_is_shown(window: PreviewWindow) -> None:
    assert window.page_count == 5
    assert window.document.pageCount() == 5
    assert window.view.pageMode() == QPdfView.PageMode.MultiPage
    assert window.current_page() == 0
    assert window.page_box.text() == "Page 1 of 5"
    assert window.windowTitle() == "Preview – Dialograpport 2026"
    assert not window.prev_action.isEnabled() and window.next_action.isEnabled()


def test_page_navigation_by_buttons_field_and_keys(qtbot: QtBot, window: PreviewWindow) -> None:
    window.next_action.trigger()
    window.next_action.trigger()
    assert window.current_page() == 2
    assert window.page_box.text() == "Page 3 of 5"
    window.prev_action.trigger()
    assert window.current_page() == 1
    window.last_action.trigger()
    assert window.current_page() == 4
    assert not window.next_action.isEnabled() and not window.last_action.isEnabled()
    window.next_action.trigger()  # disabled: stays
    assert window.current_page() == 4
    window.first_action.trigger()
    assert window.current_page() == 0

    window.page_box.lineEdit().selectAll()
    qtbot.keyClicks(window.page_box, "4")
    qtbot.keyClick(window.page_box, Qt.Key.Key_Return)
    assert window.current_page() == 3

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_PageDown)
    assert window.current_page() == 4
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.view, Qt.Key.Key_PageUp)
    assert window.current_page() == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == 0
    qtbot.keyClick(window.view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == 4


def test_scrolling_through_the_pages_follows_the_page_number(qtbot: QtBot, window: PreviewWindow) -> None:
    bar = window.view.verticalScrollBar()
    assert bar.maximum() > 0, "the pages do not scroll as one document"
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.current_page() == 4, timeout=2000)
    assert window.page_box.text() == "Page 5 of 5"
    bar.setValue(0)
    qtbot.waitUntil(lambda: window.current_page() == 0, timeout=2000)


def test_zoom_steps_and_fit_modes_keep_the_page_in_view(qtbot: QtBot, window: PreviewWindow) -> None:
    window.go_to_page(2)
    fit_page = window.zoom()
    assert window.fit_page_action.isChecked()  # the whole page first: it is a preview
    assert window.zoom_label.text() == f"{round(fit_page * 100)} %"

    window.zoom_in_action.trigger()
    settle(qtbot)
    assert window.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert window.zoom() > fit_page
    assert window.current_page() == 2
    bigger = window.zoom()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.zoom() > bigger
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot)
    assert window.zoom() < bigger
    assert window.zoom_label.text() == f"{round(window.zoom() * 100)} %"

    window.fit_width_action.trigger()
    settle(qtbot)
    assert window.fit_width_action.isChecked() and not window.fit_page_action.isChecked()
    page_width = window.document.pagePointSize(2).width() * window.view.logicalDpiX() / 72 * window.zoom()
    margins = window.view.documentMargins()
    assert page_width == pytest.approx(window.view.viewport().width() - margins.left() - margins.right(), abs=2)
    assert window.current_page() == 2

    window.fit_page_action.trigger()
    settle(qtbot)
    assert window.zoom() == pytest.approx(fit_page, rel=0.01)
    assert window.current_page() == 2


@pytest.mark.parametrize("change", ["fit_width", "fit_page", "zoom_in", "zoom_out"])
def test_after_a_zoom_the_page_is_really_in_view(qtbot: QtBot, window: PreviewWindow, change: str) -> None:
    bar = window.view.verticalScrollBar()
    window.fit_width() if change == "fit_page" else window.fit_page()
    settle(qtbot)
    window.go_to_page(2)
    settle(qtbot)
    getattr(window, change)()
    settle(qtbot)
    shown_at = bar.value()
    window.go_to_page(0)
    settle(qtbot)
    window.go_to_page(2)  # from another page: where page 3 begins in this zoom
    settle(qtbot)
    assert bar.value() == shown_at
    assert window.current_page() == 2 and window.page_box.value() == 3


def test_resizing_the_window_keeps_the_page_in_view(qtbot: QtBot, window: PreviewWindow) -> None:
    window.fit_width()
    window.go_to_page(3)
    settle(qtbot)
    for width, height in ((700, 600), (1200, 800), (900, 700)):
        window.resize(width, height)
        settle(qtbot)
        assert window.current_page() == 3, (width, height)
        margins = window.view.documentMargins()
        shown = window.document.pagePointSize(3).width() * window.view.logicalDpiX() / 72 * window.zoom()
        assert shown == pytest.approx(window.view.viewport().width() - margins.left() - margins.right(), abs=2)
        assert window.zoom_label.text() == f"{round(window.zoom() * 100)} %"


def test_save_as_writes_the_very_bytes(window: PreviewWindow, five_pages: bytes, tmp_path: Path,
                                       messages: list[str]) -> None:
    target = tmp_path / "rapport.pdf"
    saved: list[Path] = []
    window.saved.connect(saved.append)
    assert window.save_to(target)
    assert target.read_bytes() == five_pages
    assert saved == [target]
    assert str(target) in window.statusBar().currentMessage()
    assert messages == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.pdf"]  # no temporary file left


def test_save_as_through_the_file_dialog_adds_the_pdf_suffix(qtbot: QtBot, window: PreviewWindow,
                                                             five_pages: bytes, tmp_path: Path) -> None:
    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, fill_in)
            return
        assert dialog.selectedFiles()[0].endswith("Dialograpport 2026.pdf")  # the suggested name
        dialog.setDirectory(str(tmp_path))
        dialog.selectFile("Till nämnden")
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    window.save_action.trigger()
    assert (tmp_path / "Till nämnden.pdf").read_bytes() == five_pages


@pytest.mark.parametrize("where", ["missing folder", "a file as folder", "a folder as target"])
def test_a_failed_save_says_why_writes_nothing_and_keeps_the_preview(
        window: PreviewWindow, tmp_path: Path, messages: list[str], where: str) -> None:
    blocker = tmp_path / "anteckningar.txt"
    blocker.write_text("orörd", encoding="utf-8")
    existing = tmp_path / "Rapport.pdf"
    existing.mkdir()
    target = {"missing folder": tmp_path / "finns-inte" / "rapport.pdf",
              "a file as folder": blocker / "rapport.pdf",
              "a folder as target": existing}[where]
    before = sorted(p.name for p in tmp_path.rglob("*"))

    assert not window.save_to(target)

    assert len(messages) == 1
    assert messages[0].startswith(f"Filen {target} kunde inte sparas")
    assert "Ingen fil ändrades" in messages[0]
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing half-written, no temp file
    assert blocker.read_text(encoding="utf-8") == "orörd"
    assert window.isVisible() and window.page_count == 5


def test_a_broken_pdf_opens_an_empty_preview_without_a_crash(qtbot: QtBot) -> None:
    preview = PreviewWindow(b"%PDF-1.4 this is not a document", "Trasig", "trasig.pdf")
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.page_count == 0
    assert not preview.save_action.isEnabled() and not preview.print_action.isEnabled()
    preview.next_page()
    preview.zoom_in()
    preview.close()


def test_the_toolbar_strings_are_translatable(window: PreviewWindow) -> None:
    assert window.save_action.text() == QCoreApplication.translate("PreviewWindow", "Save as PDF…")
    assert window.print_action.text() == QCoreApplication.translate("PreviewWindow", "Print…")


# Opens and closes a preview 40 times in a fresh process (no other PDF open), printing how
# many memory mappings the process gained after the first.
_REOPEN = """
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from samverkan_desktop.ui.report.preview import PreviewWindow
from tests.gui.report.conftest import make_pdf

app = QApplication([])
data = make_pdf(2)

def preview_once():
    window = PreviewWindow(data, "Rapport", "Rapport.pdf")
    window.show()
    app.processEvents()
    window.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

preview_once()
before = len(Path("/proc/self/maps").read_text().splitlines())
for _ in range(40):
    preview_once()
print(len(Path("/proc/self/maps").read_text().splitlines()) - before)
"""


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="counts Linux memory mappings")
def test_reopening_the_preview_does_not_use_up_memory_mappings() -> None:
    # QtPdf restarted PDFium whenever the last document closed, leaving 8 mappings behind
    # each time: a process has 65,530, so about 8,000 previews ended the app without a word
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _REOPEN], env=env, capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).parents[3])
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.split()[-1]) < 40, done.stdout
