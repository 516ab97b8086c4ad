"""Writing the report in the app: the texts (typed, undone, drafts that never overwrite unasked),
choosing quotes from every view, reordering and unmarking them, deciding about names, and the
report dialog's "Vad återstår" with a click to where each thing is fixed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.options import REPORT_OPTIONS, option_fields
from samverkan_desktop.services import quotes
from samverkan_desktop.services.report_drafts import draft
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.actions import ActionId
from samverkan_desktop.ui.analysis.assessment import AssessmentEditor, EntryRole
from samverkan_desktop.ui.analysis.evidence_panel import EvidencePanel
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from samverkan_desktop.ui.report.options_dialog import ReportOptionsDialog
from samverkan_desktop.ui.report_writing.quote_dialog import QuoteDialog
from samverkan_desktop.ui.report_writing.report_place import NAMES, QUOTES, REMAINS, ReportPlace
from tests.gui.conftest import answer_next_dialog, show_meeting, type_text
from tests.i18n.test_translations import swedish, untranslated_sources, visible_texts  # noqa: F401 - fixture


def place(qtbot: QtBot, ctx: EditContext, project: int) -> ReportPlace:
    widget = ReportPlace(ctx, project)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    return widget


def stored(ctx: EditContext, project: int, field: str) -> Any:
    return ctx.editor.get("project", project)[field]


def when_open(kind: type[QWidget], act: Callable[[Any], None]) -> None:
    """Run ``act`` on the next modal dialog of ``kind`` as soon as it shows."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        act(dialog)
    QTimer.singleShot(0, poll)


def key(qtbot: QtBot, widget: QWidget, code: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A real key press on ``widget`` (through the application, so its shortcuts fire)."""
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, code, modifiers)
    QCoreApplication.processEvents()


# -- the texts ------------------------------------------------------------------------------
def test_the_texts_are_stored_as_typed_and_undone(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    view = place(qtbot, ctx, demo_project)
    summary = view.texts.editors["summary"]
    summary.clear()
    view.binder.flush()
    ctx.end_merge()
    text = "Samverkan har stärkts.\n\n- årsplanen för CSG\n- skyddsombuden är med"
    type_text(summary, text)
    view.binder.flush()
    assert stored(ctx, demo_project, "summary") == text
    ctx.undo_stack.undo()
    assert stored(ctx, demo_project, "summary") is None and summary.toPlainText() == ""


def test_a_draft_fills_an_empty_text_and_is_one_undo_step(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    ctx.editor.set("project", demo_project, conclusions=None)
    view = place(qtbot, ctx, demo_project)
    view.texts.reload()
    view.texts.draft_buttons["conclusions"].click()
    expected = draft(ctx.library, demo_project, "conclusions")
    assert expected.startswith("Utifrån dialogerna föreslås följande:\n\n1. Tidiga underlag och öppna alternativ:")
    assert view.texts.editors["conclusions"].toPlainText() == expected
    assert stored(ctx, demo_project, "conclusions") == expected
    ctx.undo_stack.undo()
    assert stored(ctx, demo_project, "conclusions") is None


def test_a_draft_never_overwrites_written_text_without_asking(qtbot: QtBot, ctx: EditContext,
                                                              demo_project: int) -> None:
    view = place(qtbot, ctx, demo_project)
    written = stored(ctx, demo_project, "summary")
    assert written
    answer_next_dialog("Cancel")
    assert not view.texts.insert_draft("summary")
    assert stored(ctx, demo_project, "summary") == written
    answer_next_dialog("Add after it")
    assert view.texts.insert_draft("summary")
    assert stored(ctx, demo_project, "summary") == f"{written}\n\n{draft(ctx.library, demo_project, 'summary')}"
    ctx.undo_stack.undo()
    assert stored(ctx, demo_project, "summary") == written
    answer_next_dialog("Replace the text")
    assert view.texts.insert_draft("method")
    assert stored(ctx, demo_project, "method") == draft(ctx.library, demo_project, "method")


# -- choosing quotes -----------------------------------------------------------------------
def entry_with_span(ctx: EditContext, project: int) -> tuple[int, int, int]:
    """An entry of the demo with a tagged span: (entry, tagging, tag)."""
    with ctx.library.sessions() as db:
        row = db.execute(select(m.Tagging.entry_id, m.Tagging.id, m.Tagging.tag_id).join(m.Entry)
                         .join(m.Session).where(m.Session.project_id == project, m.Tagging.start.is_not(None))
                         .order_by(m.Tagging.id)).first()
    assert row is not None
    return int(row[0]), int(row[1]), int(row[2])


def mandate_ids(ctx: EditContext, project: int) -> list[int]:
    return [row.id for row in ctx.editor.children("mandate", project)]


def test_the_quote_dialog_marks_and_unmarks_as_one_undo_step(qtbot: QtBot, ctx: EditContext,
                                                             demo_project: int) -> None:
    entry, tagging, tag = entry_with_span(ctx, demo_project)
    first, second = mandate_ids(ctx, demo_project)[:2]
    dialog = QuoteDialog(ctx, demo_project, entry, tagging, ("mandate", first))
    qtbot.addWidget(dialog)
    assert dialog.current_passage()[0] == tagging  # the tagged span is the passage
    assert dialog.preview.text().startswith("”[…]") or dialog.preview.text().startswith("”")
    checked = dialog.checked_targets()
    assert checked == [("mandate", first)]  # the preferred target, checked for the user
    for row in range(dialog.targets.count()):
        if dialog.targets.item(row).data(Qt.ItemDataRole.UserRole + 1) == ("mandate", second):
            dialog.targets.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.apply()
    chosen = quotes.quotes_of_project(ctx.library, demo_project)
    assert {(q.entry_id, q.tagging_id, q.target) for q in chosen} == {
        (entry, tagging, ("mandate", first)), (entry, tagging, ("mandate", second))}
    again = QuoteDialog(ctx, demo_project, entry, tagging)
    qtbot.addWidget(again)
    assert set(again.checked_targets()) == {("mandate", first), ("mandate", second)}
    for row in range(again.targets.count()):
        again.targets.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert again.apply()
    assert quotes.quotes_of_project(ctx.library, demo_project) == []
    ctx.undo_stack.undo()
    assert len(quotes.quotes_of_project(ctx.library, demo_project)) == 2
    ctx.undo_stack.undo()
    assert quotes.quotes_of_project(ctx.library, demo_project) == []
    assert tag  # the span's own tag is offered too (it is a target like any other)


def accept_quote_dialog(seen: list[QuoteDialog]) -> None:
    def act(dialog: QuoteDialog) -> None:
        seen.append(dialog)
        dialog.accept()
    when_open(QuoteDialog, act)


def test_the_evidence_view_quotes_the_passage_for_its_tag(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    entry, tagging, tag = entry_with_span(ctx, demo_project)
    panel = EvidencePanel(ctx, demo_project)
    qtbot.addWidget(panel)
    from samverkan_desktop.services import analysis

    panel.load(analysis.overview(ctx.library, demo_project), analysis.choices(ctx.library, demo_project))
    panel.subtags.setChecked(False)
    panel.select_tag(tag)
    row = next(i for i, p in enumerate(panel.model.passages) if p.tagging_id == tagging)
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    seen: list[QuoteDialog] = []
    accept_quote_dialog(seen)
    panel.quote_button.click()
    assert seen and [(q.entry_id, q.tagging_id, q.target) for q in quotes.quotes_of_project(
        ctx.library, demo_project)] == [(entry, tagging, ("tag", tag))]


def test_the_assessment_view_quotes_for_its_mandate_and_stars_it(qtbot: QtBot, ctx: EditContext,
                                                                 demo_project: int) -> None:
    editor = AssessmentEditor(ctx, demo_project)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    mandate = editor.current_row()
    assert mandate is not None
    [item] = editor.evidence_items()[:1]
    editor.evidence.setCurrentItem(item)
    seen: list[QuoteDialog] = []
    accept_quote_dialog(seen)
    editor.quote_button.click()
    [chosen] = quotes.quotes_of_project(ctx.library, demo_project)
    assert chosen.target == ("mandate", mandate.id)
    assert editor.evidence_items()[0].text(0).startswith("★ ")
    # a passage far down the list: after quoting it, it is still the one selected, and starred
    last = editor.evidence_items()[-1]
    entry = last.data(0, EntryRole)
    editor.evidence.setCurrentItem(last)
    editor.evidence.scrollToItem(last)
    accept_quote_dialog(seen)
    editor.quote_button.click()
    again = editor.evidence.currentItem()
    assert again is not None and again.text(0).startswith("★ ") and again.data(0, EntryRole) == entry
    assert again is editor.evidence_items()[-1]
    assert editor.evidence.visualItemRect(again).intersects(editor.evidence.viewport().rect())


def test_the_session_review_quotes_even_adjusted_minutes(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    from samverkan_desktop.ui.tagging.review_view import ReviewView

    with ctx.library.sessions() as db:
        session = db.scalars(select(m.Session).where(m.Session.project_id == demo_project,
                                                     m.Session.status == "adjusted")).first()
        assert session is not None
        session_id = session.id
    view = ReviewView(ctx, demo_project, session_id)
    qtbot.addWidget(view)
    view.set_read_only(True)
    assert view.quote_button.isEnabled() and view.tag_button.isEnabled()  # analysis stays open when adjusted
    seen: list[QuoteDialog] = []
    accept_quote_dialog(seen)
    view.quote()
    assert seen and not quotes.quotes_of_project(ctx.library, demo_project)  # nothing checked: nothing chosen
    entry = view.current_entry()
    assert entry is not None

    def check_first(dialog: QuoteDialog) -> None:
        dialog.targets.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()
    when_open(QuoteDialog, check_first)
    view.quote()
    assert [q.entry_id for q in quotes.quotes_of_project(ctx.library, demo_project)] == [entry.id]


def test_meeting_mode_quotes_the_selected_entry_with_ctrl_shift_c(qtbot: QtBot, ctx: EditContext,
                                                                  demo_project: int) -> None:
    session_id = ctx.editor.children("session", demo_project)[1].id
    window = show_meeting(qtbot, ctx, session_id)
    window.entries.setFocus()
    window.entries.setCurrentIndex(window.session.model.index(0))
    mandate = mandate_ids(ctx, demo_project)[0]

    def check(dialog: QuoteDialog) -> None:
        for row in range(dialog.targets.count()):
            if dialog.targets.item(row).data(Qt.ItemDataRole.UserRole + 1) == ("mandate", mandate):
                dialog.targets.item(row).setCheckState(Qt.CheckState.Checked)
        dialog.accept()
    when_open(QuoteDialog, check)
    key(qtbot, window.entries, Qt.Key.Key_C,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [chosen] = quotes.quotes_of_project(ctx.library, demo_project)
    assert chosen.entry_id == window.session.model.entries[0].id and chosen.target == ("mandate", mandate)
    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    key(qtbot, window.entries, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # an undo step of meeting mode
    assert quotes.quotes_of_project(ctx.library, demo_project) == []
    window.close()


# -- the chosen quotes ---------------------------------------------------------------------
def test_chosen_quotes_are_reordered_with_alt_arrows_and_unmarked_with_delete(qtbot: QtBot, ctx: EditContext,
                                                                               demo_project: int) -> None:
    mandate = mandate_ids(ctx, demo_project)[0]
    entries = [row.id for row in ctx.editor.children("entry", ctx.editor.children("session", demo_project)[1].id)]
    for entry in entries[:2]:
        ctx.editor.create("quote", demo_project, quotes.quote_values(ctx.library, demo_project, entry, None,
                                                                     ("mandate", mandate)))
    view = place(qtbot, ctx, demo_project)
    view.tabs.setCurrentIndex(QUOTES)
    panel = view.quotes
    first = panel.current_quote()
    assert first is not None and first.entry_id == entries[0]
    panel.tree.setFocus()
    key(qtbot, panel.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [q.entry_id for q in quotes.quotes_of_project(ctx.library, demo_project)] == [entries[1], entries[0]]
    assert panel.current_quote() is not None and panel.current_quote().entry_id == entries[0]  # type: ignore[union-attr]
    key(qtbot, panel.tree, Qt.Key.Key_Delete)
    assert [q.entry_id for q in quotes.quotes_of_project(ctx.library, demo_project)] == [entries[1]]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert [q.entry_id for q in quotes.quotes_of_project(ctx.library, demo_project)] == entries[:2]


def test_no_quotes_yet_says_so_right_under_the_intro(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    """The empty state sits where the list would be, not floating in the middle of the tab."""
    view = place(qtbot, ctx, demo_project)
    view.tabs.setCurrentIndex(QUOTES)
    panel = view.quotes
    qtbot.waitExposed(panel)
    intro = panel.layout().itemAt(0).widget()
    assert panel.empty.isVisible() and not panel.tree.isVisible()
    assert intro.height() <= intro.heightForWidth(intro.width()) + 4  # the intro as tall as its text ...
    assert panel.empty.geometry().top() <= intro.geometry().bottom() + 16  # ... the message right under it
    assert panel.empty.alignment() & Qt.AlignmentFlag.AlignTop


# -- names in the entries ------------------------------------------------------------------
@pytest.fixture
def named_entry(ctx: EditContext, demo_project: int) -> int:
    session = ctx.editor.children("session", demo_project)[1].id
    entry = ctx.editor.children("entry", session)[0]
    ctx.editor.set("entry", entry.id, text="Förskolläraren Lisa Ek menade att APT ofta ställs in.")
    return entry.id


def test_a_name_is_replaced_in_the_report_only_and_undone(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                          named_entry: int) -> None:
    view = place(qtbot, ctx, demo_project)
    view.tabs.setCurrentIndex(NAMES)
    panel = view.names
    assert [f.name for f in panel.findings] == ["Lisa Ek"]
    assert panel.select_name("lisa ek")
    panel.replacement.clear()
    type_text(panel.replacement, "förskolläraren")
    panel.replace_button.click()
    [finding] = panel.findings
    assert finding.decided and finding.replacement == "förskolläraren"
    assert ctx.editor.get("entry", named_entry)["text"].startswith("Förskolläraren Lisa Ek")  # the minutes keep it
    panel.keep_button.click()
    assert panel.findings[0].decided and panel.findings[0].replacement is None
    ctx.undo_stack.undo()
    assert panel.findings[0].replacement == "förskolläraren"
    ctx.undo_stack.undo()
    assert not panel.findings[0].decided


# -- the report dialog ---------------------------------------------------------------------
def test_every_report_option_has_its_widget_in_the_dialog(qtbot: QtBot, tmp_path: Path, ctx: EditContext,
                                                          demo_project: int) -> None:
    """The command line's options and the dialog's widgets come from one declaration."""
    dialog = ReportOptionsDialog(S.Settings(tmp_path / "s.ini"), None, None, False, ctx, demo_project)
    qtbot.addWidget(dialog)
    assert {spec.name for spec in REPORT_OPTIONS} == set(option_fields())
    for spec in REPORT_OPTIONS:
        assert dialog.findChild(QWidget, spec.widget) is not None, spec.widget


def test_the_dialog_lists_what_remains_and_a_click_goes_there(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                              tmp_path: Path, named_entry: int) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.DETAILS, demo_project))
    [mandate] = mandate_ids(ctx, demo_project)[3:4]
    ctx.editor.set("mandate", mandate, rating=None)
    seen: list[list[str]] = []

    def act(dialog: ReportOptionsDialog) -> None:
        assert dialog.before is not None
        remains = dialog.before.remains
        seen.append([remains.item(i).text() for i in range(remains.count())])
        assert dialog.before.names_box.isVisibleTo(dialog)
        dialog.names.setChecked(True)  # a report with names: the names are no concern
        assert not dialog.before.names_box.isVisibleTo(dialog)
        assert not any("Lisa Ek" in remains.item(i).text() for i in range(remains.count()))
        row = next(i for i in range(remains.count()) if "U4" in remains.item(i).text())
        remains.itemActivated.emit(remains.item(row))
    when_open(ReportOptionsDialog, act)
    window.actions_by_id[ActionId.PREVIEW_REPORT].trigger()
    assert "Uppdraget ”U4 Förutsättningar för fackliga uppdrag” är inte bedömt." in seen[0]
    assert any("Lisa Ek" in t for t in seen[0])
    assert window.current_node() == Node(Section.ASSESSMENT, demo_project)
    assessment = window.editors[Node(Section.ASSESSMENT, demo_project)]
    assert isinstance(assessment, AssessmentEditor) and assessment.current_row().id == mandate  # type: ignore[union-attr]


def test_the_report_place_lists_what_remains_and_opens_a_session(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                                 tmp_path: Path) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.REPORT, demo_project))
    view = window.editors[Node(Section.REPORT, demo_project)]
    assert isinstance(view, ReportPlace)
    view.tabs.setCurrentIndex(REMAINS)
    remains = view.remains
    row = next(i for i in range(remains.count()) if "är inte justerat" in remains.item(i).text())
    remains.itemActivated.emit(remains.item(row))
    node = window.current_node()
    assert node is not None and node.section is Section.SESSION


def test_a_search_hit_in_the_report_texts_opens_the_report_place(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                                 tmp_path: Path) -> None:
    ctx.editor.set("project", demo_project, conclusions="Vi föreslår pärlplattor åt alla.")
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.DETAILS, demo_project))
    search = window.show_search()
    type_text(search.field, "pärlplattor")
    search.run_search()
    assert [h.kind for h in search.hits] == ["report"]
    assert "The report's texts" in search._hit_html(search.hits[0], search.kind_labels())
    assert search.activate_current()
    assert window.current_node() == Node(Section.REPORT, demo_project)
    search.close()


def test_the_new_screens_are_swedish(swedish: None, qtbot: QtBot, ctx: EditContext, demo_project: int,  # noqa: F811
                                     tmp_path: Path, named_entry: int) -> None:
    """With Swedish installed, the report's place (every tab), the quote dialog and the report dialog's
    new column show no English source text."""
    exact, patterns = untranslated_sources()
    assert {"Draft from the material", "Chosen &quotes", "Quote in the report"} <= exact
    shown: list[tuple[str, str]] = []

    def look(screen: str, root: QWidget) -> None:
        QApplication.processEvents()
        shown.extend((f"{screen}: {where}", text) for where, text in visible_texts(root))

    view = place(qtbot, ctx, demo_project)
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        look(f"report tab {tab}", view)
    assert view.texts.draft_buttons["summary"].text() == "Utkast från underlaget"
    entry, tagging, _tag = entry_with_span(ctx, demo_project)
    dialog = QuoteDialog(ctx, demo_project, entry, tagging)
    qtbot.addWidget(dialog)
    dialog.show()
    look("quote dialog", dialog)
    assert dialog.windowTitle() == "Citera i rapporten" and dialog.passage.itemText(0) == "Hela inlägget"
    options = ReportOptionsDialog(S.Settings(tmp_path / "s.ini"), None, None, False, ctx, demo_project)
    qtbot.addWidget(options)
    options.show()
    look("report settings", options)
    english = sorted({f"{where}: {text!r}" for where, text in shown
                      if text.strip() in exact or any(p.fullmatch(text.strip()) for p in patterns)})
    assert english == [], "English source text shows in Swedish:\n" + "\n".join(english)


def test_a_name_in_the_report_dialog_is_a_click_from_its_entry(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                                tmp_path: Path, named_entry: int) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.select_node(Node(Section.DETAILS, demo_project))

    def act(dialog: ReportOptionsDialog) -> None:
        assert dialog.before is not None
        tree = dialog.before.names.tree
        top = tree.topLevelItem(0)
        assert top is not None and top.text(0).startswith("Lisa Ek")
        tree.itemActivated.emit(top.child(0), 0)
    when_open(ReportOptionsDialog, act)
    window.actions_by_id[ActionId.PREVIEW_REPORT].trigger()
    node = window.current_node()
    assert node is not None and node.section is Section.SESSION
    session = window.editors[node]
    assert session.review.current_entry().id == named_entry  # type: ignore[attr-defined]


def test_each_place_of_what_remains_is_reached(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    from samverkan_desktop.services.readiness import Place
    from samverkan_desktop.ui.editors.tags import TagManager

    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitActive(window)
    window.select_node(Node(Section.DETAILS, demo_project))
    with ctx.library.sessions() as db:
        area = db.scalars(select(m.Tag.id).where(m.Tag.project_id == demo_project, m.Tag.kind == "improvement")
                          .order_by(m.Tag.sort_order.desc())).first()
    assert window.go_to(Place("tag", area))
    tags = window.editors[Node(Section.TAGS, demo_project)]
    assert isinstance(tags, TagManager) and tags.current_id() == area and tags.kind() == "improvement"
    assert window.go_to(Place("report", field="conclusions"))
    view = window.editors[Node(Section.REPORT, demo_project)]
    assert isinstance(view, ReportPlace) and view.tabs.currentIndex() == 0
    qtbot.waitUntil(view.texts.editors["conclusions"].hasFocus, timeout=2000)
    assert window.go_to(Place("report", field="names", name="Ingen Sådan"))
    assert view.tabs.currentIndex() == NAMES
