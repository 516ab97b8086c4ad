"""Written answers and the previous round in the UI: the import mapping dialog (identity named before
import), a bad file, the comparison beside the assessment, the follow-up of earlier improvement
areas, the matching dialog with undo, the survey tab of the analysis and a written-answers session."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import analysis
from samverkan_desktop.services.comparison import comparison
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.previous_round import link_previous
from samverkan_desktop.services.survey.columns import automatic, describe
from samverkan_desktop.services.survey.importing import guide_questions, import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.services.tagging import tag_entry
from samverkan_desktop.storage.library import Library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.analysis.analysis_view import AnalysisView
from samverkan_desktop.ui.analysis.assessment import AssessmentEditor
from samverkan_desktop.ui.analysis.evidence_model import PARTY, EvidenceModel
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.jobs import SyncRunner
from samverkan_desktop.ui.locale_format import number_text
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.survey import actions as survey_actions
from samverkan_desktop.ui.survey.follow_up import EntryRole, FollowUpEditor
from samverkan_desktop.ui.survey.import_dialog import ResponsesImportDialog
from samverkan_desktop.ui.survey.previous_dialog import PreviousRoundDialog
from tests import survey_files as sf
from tests.gui.conftest import type_text
from tests.i18n.test_translations import swedish  # noqa: F401 - fixture
from tests.services.test_previous_round import _previous_document


def window_for(qtbot: QtBot, ctx: EditContext, root: Path) -> MainWindow:
    window = MainWindow(ctx, DataPaths(root), S.Settings(root / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    return window


def entries(library: Library) -> int:
    with library.sessions() as db:
        return int(db.scalar(select(func.count(m.Entry.id))) or 0)


def import_survey(library: Library, project_id: int, data: bytes | None = None) -> int:
    table = read_survey_bytes(data or sf.forms_workbook(), "svar.xlsx")
    mapping = automatic(describe(table, guide_questions(library, project_id)), sf.GROUP)
    return import_responses(library, project_id, table, mapping).session_id


@pytest.fixture
def linked(library: Library, demo_project: int, demo_document: dict[str, Any]) -> int:
    """The demo project linked to last year's (same names but one mandate), both with survey answers."""
    previous = import_document(library, _previous_document(demo_document)).project_id
    lower = [[*r[:8], 2, 2, *r[10:]] if 0 < i < 5 else r for i, r in enumerate(sf.rows())]
    import_survey(library, previous, sf.forms_workbook(lower))
    import_survey(library, demo_project)
    link_previous(library, demo_project, previous)
    return previous


def test_the_mapping_dialog_names_the_dropped_identity_and_imports(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    window = window_for(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    source = tmp_path / "Enkät.xlsx"
    source.write_bytes(sf.forms_workbook(sf.rows(swedish=True)))
    survey_actions.read_and_map(window, ctx, demo_project, source, runner=SyncRunner())
    dialog = window.responses_dialog
    assert isinstance(dialog, ResponsesImportDialog) and dialog.isVisible()
    notice = dialog.notice.text()
    for header in sf.SWEDISH_IDENTITY:
        assert f"“{header}”" in notice
    assert "never stored" in notice and sf.CANARY_NAME not in notice
    assert [dialog.grid.item(r, 0).text() for r in range(dialog.grid.rowCount())] == [
        h.strip() for h in sf.HEADERS]
    assert [dialog.choice(r).use.value for r in range(6)] == ["question", "question", "rating", "rating", "skip",
                                                              "skip"]
    assert "Every answer is attributed to “Medarbetare”" in dialog.summary.text()
    group = dialog.combos[4]
    group.setCurrentIndex(group.count() - 1)
    assert dialog.choice(4).use.value == "group" and "grouped by “Förvaltning”" in dialog.summary.text()
    assert dialog.summary.text().startswith("6 written answer(s) from 4 respondent(s) and 2 rating item(s)")
    dialog.title.setText("")
    type_text(dialog.title, "Medarbetarenkät – våren")
    before = entries(ctx.library)
    dialog.import_button.click()
    assert entries(ctx.library) == before + 6
    node = window.current_node()
    assert node is not None and node.section is Section.SESSION
    editor = window.editors[node]
    assert editor.heading.text() == "Medarbetarenkät – våren"
    tabs = editor.findChild(QTabWidget, "sessionTabs")
    assert [tabs.isTabVisible(i) for i in range(tabs.count())] == [True, False, False, True]
    assert editor.written_note.isVisible()
    assert "6 written answer(s)" in window.statusBar().currentMessage()
    assert window.save_label.text().startswith("Saved ")  # not "Nothing changed yet": the answers are stored


def test_the_counts_are_in_their_own_number_in_swedish(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path,
        swedish: None) -> None:  # noqa: F811 - the fixture
    """One rating item is "1 skattning", one answer "1 skriftligt svar" (not "1 skattningar")."""
    window = window_for(qtbot, ctx, tmp_path)
    window.select_node(Node(Section.DETAILS, demo_project))
    source = tmp_path / "Enkät.xlsx"
    source.write_bytes(sf.forms_workbook(sf.rows(swedish=True)))
    survey_actions.read_and_map(window, ctx, demo_project, source, runner=SyncRunner())
    dialog = window.responses_dialog
    dialog.combos[1].setCurrentIndex(0)  # the second question and the second rating item left out
    dialog.combos[3].setCurrentIndex(0)
    assert dialog.summary.text().startswith("3 skriftliga svar från 4 svarande och 1 skattning importeras.")
    dialog.reject()
    source.write_bytes(sf.forms_workbook(sf.rows(swedish=True)[:2]))  # one respondent
    survey_actions.read_and_map(window, ctx, demo_project, source, runner=SyncRunner())
    dialog = window.responses_dialog
    dialog.combos[1].setCurrentIndex(0)
    assert dialog.summary.text().startswith("1 skriftligt svar från 1 svarande och 2 skattningar importeras.")
    dialog.import_button.click()
    assert window.statusBar().currentMessage() == ("Importerade 1 skriftligt svar från 1 svarande och "
                                                   "2 skattningar.")


def test_nothing_chosen_keeps_import_disabled(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    table = read_survey_bytes(sf.forms_workbook(), "svar.xlsx")
    guide = guide_questions(ctx.library, demo_project)
    dialog = ResponsesImportDialog(table, describe(table, guide), guide, "svar.xlsx")
    qtbot.addWidget(dialog)
    for combo in dialog.combos:
        combo.setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "Choose at least one column" in dialog.summary.text()


def test_a_bad_file_is_a_message_and_nothing_is_written(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, messages: list[str]) -> None:
    window = window_for(qtbot, ctx, tmp_path)
    source = tmp_path / "svar.csv"
    source.write_bytes("Fråga;Skala\r\nHälsa på öl;3\r\n".encode("cp850"))
    before = entries(ctx.library)
    survey_actions.read_and_map(window, ctx, demo_project, source, runner=SyncRunner())
    qtbot.waitUntil(lambda: bool(messages))
    assert "å, ä och ö" in messages[0] and "CSV UTF-8" in messages[0]
    assert getattr(window, "responses_dialog", None) is None and entries(ctx.library) == before


def test_the_previous_rating_and_direction_show_beside_the_assessment(
        qtbot: QtBot, ctx: EditContext, demo_project: int, linked: int) -> None:
    editor = AssessmentEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.resize(1200, 760)
    editor.show()
    panel = editor.previous
    assert panel.isVisible() and "Dialograpport 2025" in panel.title()
    assert "Not strengthened" in panel.then.text() and "U1" in panel.then.text()  # U1 was rated lower then
    assert panel.motivation.toPlainText() == "Bedömt 2025: U1"
    assert "Strengthened further" in panel.direction.text()
    editor.radios["not_strengthened"].click()
    assert "Unchanged" in panel.direction.text()
    ctx.undo_stack.undo()
    assert "Strengthened further" in panel.direction.text()
    editor.list.setCurrentIndex(editor.model.index(2))  # U3 was renamed since: no match
    assert "No mandate of the previous round" in panel.then.text() and not panel.direction.isVisible()


def test_no_previous_round_no_panel(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = AssessmentEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.previous.isVisible()


def test_following_up_an_earlier_improvement_area(
        qtbot: QtBot, ctx: EditContext, demo_project: int, linked: int) -> None:
    area_tag = next(f.tag_id for f in comparison(ctx.library, demo_project).follow_ups
                    if f.name == "Arbetsplatsträffar som ger inflytande")
    assert area_tag is not None
    with ctx.library.sessions() as s:  # a span in the middle of an untagged entry: cut on both sides
        entry = s.scalars(select(m.Entry).where(~m.Entry.taggings.any(), func.length(m.Entry.text) > 80)
                          .limit(1)).one()
        entry_id, middle = entry.id, len(entry.text) // 2
    tag_entry(ctx.library, entry_id, area_tag, middle - 20, middle + 20)
    editor = FollowUpEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.resize(1200, 760)
    editor.show()
    assert editor.list.count() == 5 and "0 of 5 are followed up" in editor.intro.text()
    editor.select_area("Arbetsplatsträffar som ger inflytande")
    area = editor.current_area()
    assert area is not None and area.tag_id is not None
    shown = [editor.evidence.topLevelItem(i).data(0, EntryRole) for i in range(editor.evidence.topLevelItemCount())]
    expected = {p.entry_id for p in analysis.evidence(ctx.library, demo_project, area.tag_id)}
    assert set(shown) == expected and len(shown) == len(expected)
    spans = [p for p in analysis.evidence(ctx.library, demo_project, area.tag_id)
             if p.start is not None and (p.start > 0 or p.end < len(p.entry_text))]
    assert spans, "the demo's follow-up needs a tagged span for this check"
    texts = {editor.evidence.topLevelItem(i).data(0, EntryRole): editor.evidence.topLevelItem(i).text(0)
             for i in range(editor.evidence.topLevelItemCount())}
    assert all("[…]" in texts[p.entry_id] for p in spans)  # cut where the entry goes on, as the report
    editor.radios["in_progress"].click()
    assert "1 of 5 are followed up" in editor.intro.text()  # counted at once, not at the next visit
    assert editor.list.currentItem().toolTip().endswith("In progress")
    editor.comment.clear()
    type_text(editor.comment, "Gemensam APT-struktur beslutad – införs i vår.")
    editor.binder.flush()
    follow = next(f for f in comparison(ctx.library, demo_project).follow_ups if f.name == area.name)
    assert (follow.status, follow.comment) == ("in_progress", "Gemensam APT-struktur beslutad – införs i vår.")
    with qtbot.waitSignal(editor.jump_to_entry) as jumped:
        editor.evidence.itemActivated.emit(editor.evidence.topLevelItem(0), 0)
    assert jumped.args == [shown[0]]
    while comparison(ctx.library, demo_project).follow_ups[1].status is not None:
        ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: not any(r.isChecked() for r in editor.radios.values()))


def test_follow_up_without_a_link_offers_to_link(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = FollowUpEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.pages.currentWidget() is editor.empty
    with qtbot.waitSignal(editor.previous_requested):
        editor.findChild(type(editor.empty.layout().itemAt(0).widget()), "linkPreviousRound").click()


def test_linking_and_matching_by_hand_in_the_dialog(
        qtbot: QtBot, ctx: EditContext, library: Library, demo_project: int, demo_document: dict[str, Any]) -> None:
    previous = import_document(library, _previous_document(demo_document)).project_id
    dialog = PreviousRoundDialog(ctx, demo_project, runner=SyncRunner())
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Not linked" in dialog.state.text() and not dialog.tabs.isEnabled()
    dialog.projects.setCurrentIndex(dialog.projects.findData(previous))
    dialog.link_button.click()
    assert "22 of 24 are matched" in dialog.state.text()
    combo = dialog.combo_for("mandate", "Delaktighet på arbetsplatserna")
    assert combo.currentData() is None
    u3 = next(r.id for r in ctx.editor.children("mandate", demo_project) if r["code"] == "U3")
    combo.setCurrentIndex(combo.findData(u3))
    assert "23 of 24 are matched" in dialog.state.text()
    change = next(c for c in comparison(library, demo_project).mandates if c.title_then == "Delaktighet på "
                  "arbetsplatserna")
    assert change.mandate_id == u3
    ctx.undo_stack.undo()
    assert dialog.combo_for("mandate", "Delaktighet på arbetsplatserna").currentData() is None
    assert "22 of 24 are matched" in dialog.state.text()


def test_the_survey_tab_shows_the_written_answers_and_rating_items(
        qtbot: QtBot, ctx: EditContext, demo_project: int, linked: int) -> None:
    view = AnalysisView(ctx, demo_project)
    qtbot.addWidget(view)
    view.show()
    view.tabs.setCurrentWidget(view.ratings)
    panel = view.ratings
    assert "4 respondents" in panel.sources.text() and "6 answers" in panel.sources.text()
    items = panel.items
    header = [items.horizontalHeaderItem(c).text() for c in range(items.columnCount())]
    assert header[:5] == ["Item", "n", "Mean", "Index", "Answers 1 · 2 · 3 · 4 · 5"]
    assert header[5:] == ["Mean then", "Change"]
    first = [items.item(0, c).text() for c in range(items.columnCount())]
    assert first == [sf.HME_1, "4", number_text(3.5, 1), "63", "0 · 1 · 1 · 1 · 1", number_text(2.0, 1),
                     "+" + number_text(1.5, 1)]
    hme = [panel.hme.item(r, 0).text() for r in range(panel.hme.rowCount())]
    assert hme == ["Motivation (1 of 3 items)", "Leadership (1 of 3 items)", "HME (2 of 9 items)"]  # partial, said
    panel.group.setCurrentIndex(panel.group.findData("Socialförvaltningen"))
    assert [items.item(0, c).text() for c in range(5)] == [sf.HME_1, "2", number_text(3.5, 1), "63",
                                                           "0 · 0 · 1 · 1 · 0"]
    assert items.columnCount() == 5  # the previous round is compared for all respondents only


def test_written_answers_are_attributed_to_their_group_in_the_evidence(
        qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    session = import_survey(ctx.library, demo_project)
    tag = next(r.id for r in ctx.editor.children("tag", demo_project) if r.uid == "tag-forb-apt")
    entry = next(r.id for r in ctx.editor.children("entry", session))
    ctx.editor.create("tagging", entry, {"tag_id": tag})
    passages = [p for p in analysis.evidence(ctx.library, demo_project, tag) if p.entry_id == entry]
    model = EvidenceModel()
    model.set_passages(passages)
    assert model.data(model.index(0, PARTY)) == "Written answer · Socialförvaltningen"


def test_the_main_window_opens_the_previous_round_dialog(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, demo_document: dict[str, Any]) -> None:
    import_document(ctx.library, copy.deepcopy(_previous_document(demo_document)))
    window = window_for(qtbot, ctx, tmp_path)
    window.open_project(demo_document["project"]["id"])
    window.actions_by_id[next(a for a in window.actions_by_id if a.name == "PREVIOUS_ROUND")].trigger()
    assert isinstance(window.previous_dialog, PreviousRoundDialog) and window.previous_dialog.isVisible()
    assert window.previous_dialog.projects.count() == 1


def test_a_large_file_is_read_and_imported_off_the_gui_thread(
        qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real thread runner: reading and importing 3,000 respondents run on a worker thread (the
    real services, spied on for the thread they run on), and the event loop keeps running."""
    import threading

    from PySide6.QtCore import QTimer

    threads: dict[str, threading.Thread] = {}
    read, write = survey_actions.read_survey, survey_actions.import_responses

    def reading(*args: Any, **kwargs: Any) -> Any:
        threads["read"] = threading.current_thread()
        return read(*args, **kwargs)

    def importing(*args: Any, **kwargs: Any) -> Any:
        threads["import"] = threading.current_thread()
        return write(*args, **kwargs)

    monkeypatch.setattr(survey_actions, "read_survey", reading)
    monkeypatch.setattr(survey_actions, "import_responses", importing)
    rows = sf.rows()
    source = tmp_path / "stor.xlsx"
    source.write_bytes(sf.forms_workbook([rows[0]] + [rows[1 + i % 4] for i in range(3000)]))
    window = window_for(qtbot, ctx, tmp_path)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    task = survey_actions.read_and_map(window, ctx, demo_project, source)
    qtbot.waitUntil(lambda: task.state != "running", timeout=120_000)
    assert task.state == "done"
    before = entries(ctx.library)
    window.responses_dialog.import_button.click()
    qtbot.waitUntil(lambda: entries(ctx.library) > before, timeout=120_000)
    timer.stop()
    gui = threading.main_thread()
    assert set(threads) == {"read", "import"} and all(t is not gui for t in threads.values())
    assert ticks  # the event loop ran meanwhile
    assert entries(ctx.library) == before + 4500  # two questions, each answered in 3 of 4 rows: 2 x 2,250


def test_the_hme_areas_are_named_in_the_language_of_the_ui(
        swedish: None, qtbot: QtBot, ctx: EditContext, demo_project: int, linked: int) -> None:  # noqa: F811 - the fixture
    """SKR's Swedish names in Swedish (the English test above sees "Leadership")."""
    view = AnalysisView(ctx, demo_project)
    qtbot.addWidget(view)
    view.tabs.setCurrentWidget(view.ratings)
    hme = [view.ratings.hme.item(r, 0).text() for r in range(view.ratings.hme.rowCount())]
    assert hme == ["Motivation (1 av 3 frågor)", "Ledarskap (1 av 3 frågor)", "HME (2 av 9 frågor)"]
