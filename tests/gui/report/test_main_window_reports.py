"""The main window's report commands: the real builders behind Projekt > Protokoll / Dialograpport."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
from samverkan_desktop.ui.report.preview import PreviewWindow
from tests.gui.report.test_report_actions import when_dialog_opens


def make_window(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def previews() -> list[PreviewWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PreviewWindow) and w.isVisible()]


def test_minutes_of_the_selected_session_open_in_the_preview(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                            tmp_path: Path, messages: list[str]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    with ctx.library.sessions() as db:
        session = db.query(m.Session).filter_by(project_id=demo_project).order_by(m.Session.date).first()
        assert session is not None
        session_id, title = session.id, session.title
    window.select_node(Node(Section.DETAILS, demo_project))
    window.actions_by_id[ActionId.PREVIEW_MINUTES].trigger()  # no session chosen: a hint, nothing built
    assert "session" in window.statusBar().currentMessage() and previews() == []
    window.select_node(Node(Section.SESSION, demo_project, session_id))
    window.actions_by_id[ActionId.PREVIEW_MINUTES].trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=30000)
    [preview] = previews()
    assert preview.page_count >= 1 and title in preview.windowTitle()
    assert preview.suggested_name.startswith("Protokoll-") and preview.suggested_name.endswith(".pdf")
    assert messages == []
    preview.close()


def test_the_dialogue_report_asks_for_its_settings_then_previews(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                                tmp_path: Path, messages: list[str]) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.MANDATES, demo_project))
    seen: list[ReportOptionsDialog] = []

    def accept(dialog: ReportOptionsDialog) -> None:
        seen.append(dialog)
        dialog.accept()

    when_dialog_opens(accept)
    window.actions_by_id[ActionId.PREVIEW_REPORT].trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=60000)
    [preview] = previews()
    assert seen and preview.page_count >= 5
    assert preview.suggested_name.startswith("Dialograpport-") and preview.suggested_name.endswith("-utkast.pdf")
    assert messages == []
    preview.close()


def test_the_notice_of_the_selected_session_beside_the_minutes(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                              tmp_path: Path, messages: list[str]) -> None:
    import docx

    window = make_window(qtbot, ctx, tmp_path)
    project_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Project")
    texts = [a.text() for a in project_menu.actions()]
    assert texts.index("&Notice and agenda…") + 1 == texts.index("&Minutes of the session…")
    with ctx.library.sessions() as db:
        session = db.query(m.Session).filter_by(project_id=demo_project).order_by(m.Session.date).first()
        assert session is not None
        session_id, title = session.id, session.title
    window.select_node(Node(Section.SESSION, demo_project, session_id))
    window.actions_by_id[ActionId.PREVIEW_NOTICE].trigger()
    qtbot.waitUntil(lambda: bool(previews()), timeout=30000)
    [preview] = previews()
    assert title in preview.windowTitle() and preview.suggested_name.startswith("Kallelse-")
    assert preview.word is not None and preview.word.file_name.endswith(".docx")
    target = tmp_path / "kallelse.docx"
    preview.save_word_to(target)
    qtbot.waitUntil(target.exists, timeout=30000)
    paragraphs = [p.text for p in docx.Document(str(target)).paragraphs]
    assert "Dagordning" in paragraphs and "Kallade" in paragraphs
    assert messages == []
    preview.close()


def test_every_main_window_shortcut_is_taken_once(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ctx, tmp_path)
    keys = [key.toString() for action in window.actions_by_id.values() for key in action.shortcuts()]
    assert "Ctrl+Shift+D" in keys and len(keys) == len(set(keys)), sorted(keys)
