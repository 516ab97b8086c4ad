"""The analysis view: evidence per tag, filters, the overview matrix, the bar chart, the jump to an entry."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage, QPainter
from pytestqt.qtbot import QtBot

from samverkan_desktop.services import analysis as A
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui.analysis.analysis_view import AnalysisView
from samverkan_desktop.ui.analysis.bar_chart import Bar, BarChart
from samverkan_desktop.ui.analysis.evidence_model import PASSAGE, EvidenceModel, PassageRole
from samverkan_desktop.ui.analysis.matrix_model import Across, CellRole, MatrixModel
from samverkan_desktop.ui.context import EditContext


def _tag(library: Library, project: int, name: str) -> A.TagInfo:
    return next(t for t in A.project_tags(library, project) if t.name == name)


@pytest.fixture
def view(qtbot: QtBot, ctx: EditContext, demo_project: int) -> AnalysisView:
    widget = AnalysisView(ctx, demo_project)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def test_models_pass_the_model_tester(qtmodeltester: Any, library: Library, demo_project: int) -> None:
    root = _tag(library, demo_project, "Dialog och inflytande")
    evidence = EvidenceModel()
    evidence.set_passages(A.evidence(library, demo_project, root.id))
    qtmodeltester.check(evidence)
    matrix = MatrixModel()
    matrix.set_overview(A.overview(library, demo_project))
    qtmodeltester.check(matrix)
    matrix.set_across(Across.PARTIES)
    qtmodeltester.check(matrix)
    qtmodeltester.check(EvidenceModel())


def test_matrix_model_counts(library: Library, demo_project: int) -> None:
    overview = A.overview(library, demo_project)
    matrix = MatrixModel()
    matrix.set_overview(overview)
    assert matrix.rowCount() == len(overview.tags)
    assert matrix.columnCount() == len(overview.sessions) + 1
    for row, tag in enumerate(overview.tags):
        total = matrix.index(row, len(overview.sessions)).data()
        assert total == (str(overview.totals[tag.id]) if overview.totals.get(tag.id) else "")
        for column, session in enumerate(overview.sessions):
            n = overview.by_session.get((tag.id, int(session.id or 0)), 0)
            assert matrix.index(row, column).data() == (str(n) if n else "")
            assert matrix.index(row, column).data(CellRole) == (tag.id, session.id, None, False)
    matrix.set_across(Across.PARTIES)
    assert matrix.columnCount() == len(overview.parties) + 1
    assert matrix.headerData(0, Qt.Orientation.Horizontal) == overview.parties[0].title
    names = [matrix.headerData(c, Qt.Orientation.Horizontal) for c in range(len(overview.parties))]
    assert "Akademikerförbundet\nSSR" in names and "Sveriges\nLärare" in names


def test_picking_a_tag_shows_its_passages(view: AnalysisView, library: Library, demo_project: int) -> None:
    tag = _tag(library, demo_project, "Tidig dialog")
    panel = view.evidence
    item = panel._item_of(tag.id)
    assert item is not None
    panel.tag_tree.setCurrentItem(item)
    expected = A.evidence(library, demo_project, tag.id)
    assert panel.model.passages == expected and expected
    assert panel.model.index(0, PASSAGE).data() == " ".join(expected[0].text.split())
    assert "Tidig dialog" in panel.detail.toPlainText()


def test_filters_narrow_the_evidence(view: AnalysisView, library: Library, demo_project: int) -> None:
    root = _tag(library, demo_project, "Dialog och inflytande")
    panel = view.evidence
    panel.select_tag(root.id)
    everything = list(panel.model.passages)
    panel.party.setCurrentIndex(panel.party.findText("Kommunal"))
    assert panel.model.passages == [p for p in everything if p.party_name == "Kommunal"]
    panel.subtags.setChecked(False)
    assert all(p.tag_id == root.id for p in panel.model.passages)
    panel.subtags.setChecked(True)
    panel.clear_filters()
    assert panel.model.passages == everything
    panel.kind.setCurrentIndex(panel.kind.findData("decision"))
    assert panel.model.passages == []


def test_a_matrix_cell_opens_its_evidence(view: AnalysisView, qtbot: QtBot, library: Library,
                                          demo_project: int) -> None:
    view.tabs.setCurrentWidget(view.overview)
    overview = view.overview.model.overview
    assert overview is not None
    row = next(i for i, t in enumerate(overview.tags) if t.name == "Arbetsmiljö")
    column = next(c for c in range(len(overview.sessions))
                  if view.overview.model.count(row, c) > 0 and c > 0)
    table = view.overview.table
    rect = table.visualRect(view.overview.model.index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.tabs.currentWidget() is view.evidence
    session = overview.sessions[column]
    passages = view.evidence.model.passages
    assert passages and {p.session_id for p in passages} == {session.id}
    assert len({p.entry_id for p in passages}) == view.overview.model.count(row, column)
    assert view.evidence.session.currentData() == session.id

    view.overview.by_party.setChecked(True)
    party_column = next(c for c, p in enumerate(overview.parties) if p.title == "Kommunal")
    view.overview._open(view.overview.model.index(row, party_column))
    assert {p.party_name for p in view.evidence.model.passages} == {"Kommunal"}
    assert view.evidence.session.currentData() is None


def test_enter_on_a_passage_asks_to_jump_to_its_entry(view: AnalysisView, qtbot: QtBot, library: Library,
                                                     demo_project: int) -> None:
    view.select_tag(_tag(library, demo_project, "Tillitsbaserad styrning").id)
    table = view.evidence.table
    table.setCurrentIndex(view.evidence.model.index(1, PASSAGE))
    wanted = view.evidence.model.index(1, PASSAGE).data(PassageRole).entry_id
    with qtbot.waitSignal(view.jump_to_entry, timeout=1000) as jumped:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert jumped.args == [wanted]
    with qtbot.waitSignal(view.jump_to_entry, timeout=1000) as again:
        view.evidence.open_button.click()
    assert again.args == [wanted]


def test_main_window_jumps_to_the_entry(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Any) -> None:
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.main_window import MainWindow
    from samverkan_desktop.ui.models.navigator import Node, Section

    window = MainWindow(ctx, DataPaths(tmp_path / "other"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    assert window.select_node(Node(Section.ANALYSIS, demo_project))
    view = window.editors[Node(Section.ANALYSIS, demo_project)]
    assert isinstance(view, AnalysisView)
    view.select_tag(_tag(ctx.library, demo_project, "Tillitsbaserad styrning").id)
    passage = view.evidence.model.passages[0]
    view.jump_to_entry.emit(passage.entry_id)
    node = window.current_node()
    assert node is not None and node.session_id == passage.session_id


def test_a_removed_tagging_disappears_from_the_view(view: AnalysisView, qtbot: QtBot, ctx: EditContext,
                                                   library: Library, demo_project: int) -> None:
    tag = _tag(library, demo_project, "Tillitsbaserad styrning")
    view.select_tag(tag.id)
    before = len(view.evidence.model.passages)
    row = ctx.editor.get("tagging", view.evidence.model.passages[0].tagging_id)
    assert ctx.delete(row, "Ta bort kodning")
    qtbot.waitUntil(lambda: len(view.evidence.model.passages) == before - 1, timeout=2000)
    assert view.overview.model.overview is not None
    assert view.overview.model.overview.totals[tag.id] == before - 1
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: len(view.evidence.model.passages) == before, timeout=2000)


def test_bar_chart_paints_and_scales(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("Dialog och inflytande", 8, "#1f5f8b"), Bar("Information i tid", 2, "#3d85c6", 1),
                    Bar("Årsplan för CSG", 0, "#b7950b")])
    chart.resize(600, chart.minimumSizeHint().height())
    image = QImage(chart.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    chart.render(painter, QPoint())
    painter.end()
    rects = chart.bar_rects()
    assert rects[0].width() == pytest.approx(4 * rects[1].width())
    assert rects[2].width() == 0
    assert rects[0].right() < chart.width()
    assert rects[1].top() > rects[0].bottom()
    bar_colour = image.pixelColor(int(rects[0].center().x()), int(rects[0].center().y()))
    assert bar_colour.name() == "#1f5f8b"
    wide = rects[0].width()
    chart.resize(900, chart.height())
    assert chart.bar_rects()[0].width() > wide


def test_bar_chart_with_nothing_and_with_forty_tags(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.empty_text = "Inga taggar"
    chart.resize(300, 100)
    chart.grab()
    chart.set_bars([Bar(f"Tema nummer {i} med ett långt namn som får kortas", 0, "#123456") for i in range(40)])
    chart.grab()
    assert chart.minimumSizeHint().height() >= 40 * chart.row_height()
    assert all(r.width() == 0 for r in chart.bar_rects())
