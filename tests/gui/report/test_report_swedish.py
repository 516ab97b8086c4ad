"""With Swedish installed, the preview, the report settings and the progress dialog show no English."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.jobs import run_job
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
from samverkan_desktop.ui.report.preview import PreviewWindow
from tests.gui.report.conftest import make_pdf
from tests.i18n.test_translations import swedish, untranslated_sources, visible_texts  # noqa: F401 - fixture


def test_the_report_screens_are_swedish(swedish: None, qtbot: QtBot, tmp_path: Path) -> None:  # noqa: F811
    exact, patterns = untranslated_sources()
    assert {"Save as PDF…", "Show names", "Cancelling…"} <= exact  # the check knows this UI's strings
    shown: list[tuple[str, str]] = []

    def look(screen: str, root: QWidget) -> None:
        QApplication.processEvents()
        shown.extend((f"{screen}: {where}", text) for where, text in visible_texts(root))

    window = PreviewWindow(make_pdf(3), "Dialograpport", "dialograpport.pdf")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    look("preview", window)
    assert window.page_box.text() == "Sida 1 av 3"
    assert window.save_action.text() == "Spara som PDF…"
    tips = [action.toolTip() for action in window.actions()] + [action.statusTip() for action in window.actions()]
    shown += [("preview tooltip", tip.split(" (")[0]) for tip in tips]

    dialog = ReportOptionsDialog(S.Settings(tmp_path / "s.ini"))
    qtbot.addWidget(dialog)
    dialog.show()
    look("report settings", dialog)
    assert dialog.windowTitle() == "Rapportinställningar"
    assert dialog.section_boxes["summary"].text() == "Sammanfattning"

    task = run_job(None, "Rapporten skapas…", lambda progress: progress(0, 1) or b"", lambda pdf: None)
    task.dialog.show()
    look("progress", task.dialog)
    qtbot.waitUntil(lambda: task.state != "running", timeout=5000)

    english = sorted({f"{where}: {text!r}" for where, text in shown
                      if text.strip() in exact or any(p.fullmatch(text.strip()) for p in patterns)})
    assert english == [], "English source text shows in Swedish:\n" + "\n".join(english)
