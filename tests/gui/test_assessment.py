"""Mandate assessment: the rating and the motivation (typed in Swedish) are stored and
undoable, the evidence linked to the mandate is listed, and activating it asks to jump."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.assessment import mandate_evidence
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.ui.analysis.assessment import AssessmentEditor
from samverkan_desktop.ui.context import EditContext
from tests.gui.conftest import type_text


def make(qtbot: QtBot, ctx: EditContext, project: int) -> AssessmentEditor:
    editor = AssessmentEditor(ctx, project)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    return editor


def test_mandates_listed_with_their_rating(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    assert editor.model.rowCount() == 4
    assert editor.model.data(editor.model.index(0)).startswith("U1 – ")
    assert editor.radios["partly"].isChecked()  # the demo's U1 is "delvis"
    editor.list.setCurrentIndex(editor.model.index(1))
    assert editor.radios["strengthened"].isChecked() and not editor.radios["partly"].isChecked()


def test_rating_and_motivation_stored_and_undone(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    editor.list.setCurrentIndex(editor.model.index(3))  # U4, "kan inte bedömas"
    mandate = editor.current_row()
    assert mandate is not None and mandate["rating"] == "not_assessed"
    editor.radios["not_strengthened"].click()
    assert ctx.editor.get("mandate", mandate.id)["rating"] == "not_strengthened"
    editor.motivation.clear()
    editor.binder.flush()
    type_text(editor.motivation, "Fackliga företrädare får inte tid – därför inte stärkt. Åtgärd krävs!")
    editor.binder.flush()
    stored = ctx.editor.get("mandate", mandate.id)["motivation"]
    assert stored == "Fackliga företrädare får inte tid – därför inte stärkt. Åtgärd krävs!"

    reopened = open_library(DataPaths(ctx.library.path.parent))
    try:
        from samverkan_desktop.services.editing import Editor

        assert Editor(reopened).get("mandate", mandate.id)["motivation"] == stored
    finally:
        reopened.close()

    while ctx.editor.get("mandate", mandate.id)["motivation"] == stored:
        ctx.undo_stack.undo()
    assert ctx.editor.get("mandate", mandate.id)["rating"] == "not_strengthened"
    ctx.undo_stack.undo()  # clearing the motivation
    ctx.undo_stack.undo()  # the rating
    row = ctx.editor.get("mandate", mandate.id)
    assert row["rating"] == "not_assessed" and row["motivation"] == mandate["motivation"]
    assert editor.radios["not_assessed"].isChecked()
    assert editor.motivation.toPlainText() == mandate["motivation"]
    ctx.undo_stack.redo()
    assert editor.radios["not_strengthened"].isChecked()


def test_evidence_listed_and_jump(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    mandate = editor.current_row()
    assert mandate is not None
    expected = mandate_evidence(ctx.library, mandate.id)
    items = editor.evidence_items()
    assert len(items) == len(expected) > 0
    first = items[0].text(0)
    assert first.startswith(" ".join(expected[0].text.split()))
    assert (expected[0].party or "–") in first and expected[0].session_date.isoformat() in first
    with qtbot.waitSignal(editor.jump_to_entry) as signal:
        editor.evidence.itemActivated.emit(items[0], 0)
    assert signal.args == [expected[0].entry_id]


def test_main_window_opens_the_assessment_and_jumps_to_evidence(
    qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path
) -> None:
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.models.navigator import Node, Section

    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    assert window.select_node(Node(Section.ASSESSMENT, demo_project))
    editor = window.stack.currentWidget()
    assert isinstance(editor, AssessmentEditor)
    item = editor.evidence_items()[0]
    editor.evidence.itemActivated.emit(item, 0)
    node = window.current_node()
    assert node is not None and node.section is Section.SESSION
    entry = ctx.editor.get("entry", mandate_evidence(ctx.library, editor.model.rows[0].id)[0].entry_id)
    assert node.session_id == entry.parent_id


def test_evidence_without_a_party_says_so(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    from PySide6.QtCore import QCoreApplication

    from samverkan_desktop.domain import models as m

    editor = make(qtbot, ctx, demo_project)
    mandate = editor.current_row()
    assert mandate is not None
    first = mandate_evidence(ctx.library, mandate.id)[0]
    with ctx.library.sessions() as db, db.begin():
        entry = db.get(m.Entry, first.entry_id)
        assert entry is not None
        entry.party_id = None
    editor.deleteLater()
    editor = make(qtbot, ctx, demo_project)
    text = next(item.text(0) for item in editor.evidence_items() if item.text(0).startswith(
        " ".join(first.text.split())))
    assert "— –" not in text
    assert f"— {QCoreApplication.translate('AssessmentEditor', '(no party)')} · " in text
