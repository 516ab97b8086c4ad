"""The new-project wizard: what it gathers becomes a project in one step (details,
mandates, the ticked questions of the template, the ticked parties), readable after
the library is reopened; it says in words what is missing; and it leaves nothing
half-created when the database refuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.editing import Editor, InvalidValue
from samverkan_desktop.services.project_setup import MandateDraft, ProjectDraft, create_project
from samverkan_desktop.services.templates import question_guide_template
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.project_details import ProjectDetailsEditor
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.project_wizard import ProjectWizard
from tests.gui.conftest import type_text


def make_wizard(qtbot: QtBot, library: Library) -> ProjectWizard:
    wizard = ProjectWizard(library, "sv")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def fill(wizard: ProjectWizard) -> None:
    """Type a whole project the way the secretary would, and press Create project."""
    d = wizard.details
    type_text(d.title_edit, "Dialograpport – samverkan i Östra Göinge 2027")
    type_text(d.organisation, "Östra Göinge kommun")
    type_text(d.body, "Central samverkan")
    type_text(d.case_number, "KS 2026/0311")
    d.budget_year.setValue(2027)
    type_text(d.commissioned_by, "Kommunstyrelsen")
    type_text(d.decision_date.line, "2026-09-14")
    type_text(d.commission, "Följ upp hur samverkansavtalet tillämpas.")
    wizard.next()
    assert wizard.currentPage() is wizard.mandates
    m = wizard.mandates
    m.add_button.click()
    editor = QApplication.focusWidget()  # the new row's first cell opens for typing
    type_text(editor, "U1")
    m.table.item(0, 1).setText("Stärk samverkan på arbetsplatsnivå")
    m.table.item(0, 2).setText("APT ska vara ett forum för dialog.")
    m.add_row("U2", "Tidig dialog inför beslut", "")
    m.table.setCurrentCell(1, 0)
    m.add_row("U3", "Tas bort", "")
    m.table.setCurrentCell(2, 0)
    m.remove_button.click()
    wizard.next()
    q = wizard.questions
    assert q.table.rowCount() == len(question_guide_template("sv").questions)
    q.table.item(1, 0).setCheckState(Qt.CheckState.Unchecked)
    q.table.item(0, 0).setText("Hur fungerar samverkan i dag – i CSG och i FSG?")
    q.add_row("Vad har ni lärt er av pandemin?", "")
    wizard.next()
    p = wizard.parties
    assert p.list.item(0).text() == "Arbetsgivaren"
    assert p.list.item(0).checkState() == Qt.CheckState.Checked  # the employer side takes part
    p.set_ticked("Kommunal")
    p.list.setCurrentRow(2)
    p.list.setFocus()
    p.list.item(2).setCheckState(Qt.CheckState.Checked)  # Vision
    wizard.button(QWizard.WizardButton.FinishButton).click()


def test_wizard_creates_the_project_readable_after_reopening(qtbot: QtBot, library: Library) -> None:
    wizard = make_wizard(qtbot, library)
    fill(wizard)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.project_id is not None
    path = Path(str(library.path))
    library.close()
    again = open_library(DataPaths(path.parent))
    try:
        editor = Editor(again)
        (summary,) = library_service.list_projects(again)
        project = editor.get("project", summary.id)
        assert project["title"] == "Dialograpport – samverkan i Östra Göinge 2027"
        assert (project["organisation"], project["body"], project["case_number"], project["budget_year"],
                project["commissioned_by"], project["decision_date"], project["commission"]) == (
            "Östra Göinge kommun", "Central samverkan", "KS 2026/0311", 2027, "Kommunstyrelsen",
            dt.date(2026, 9, 14), "Följ upp hur samverkansavtalet tillämpas.")
        mandates = editor.children("mandate", summary.id)
        assert [(r["code"], r["title"], r["description"]) for r in mandates] == [
            ("U1", "Stärk samverkan på arbetsplatsnivå", "APT ska vara ett forum för dialog."),
            ("U2", "Tidig dialog inför beslut", None)]
        questions = editor.children("question", summary.id)
        template = question_guide_template("sv").questions
        assert [r["text"] for r in questions] == [
            "Hur fungerar samverkan i dag – i CSG och i FSG?", *(t.text for t in template[2:]),
            "Vad har ni lärt er av pandemin?"]
        assert [r["number"] for r in questions] == list(range(1, len(questions) + 1))
        assert questions[1]["guidance"] == template[2].guidance
        parties = editor.children("party", summary.id)
        assert [(r["name"], str(r["side"])) for r in parties] == [
            ("Arbetsgivaren", "employer"), ("Kommunal", "union"), ("Vision", "union")]
        assert parties[1].uid == "party-kommunal"
    finally:
        again.close()


def test_wizard_says_what_is_missing(qtbot: QtBot, library: Library) -> None:
    wizard = make_wizard(qtbot, library)
    wizard.next()
    assert wizard.currentPage() is wizard.details  # no title: stays
    assert wizard.details.problem.isVisible()
    assert wizard.details.problem.text() == "The project needs a title."
    qtbot.waitUntil(wizard.details.title_edit.hasFocus)
    type_text(wizard.details.title_edit, "Samverkan 2027")
    wizard.next()
    assert wizard.currentPage() is wizard.mandates
    wizard.mandates.add_row("U1", "", "Bara en beskrivning")
    wizard.next()
    assert wizard.currentPage() is wizard.mandates
    assert "needs a title" in wizard.mandates.problem.text()
    wizard.mandates.remove_current()
    wizard.next()
    q = wizard.questions
    q.table.item(0, 0).setText("")
    q.table.item(0, 1).setText("")
    q.add_row("", "Bara följdfrågor")
    wizard.next()
    assert wizard.currentPage() is q and "no text" in q.problem.text()
    q.table.item(q.table.rowCount() - 1, 0).setCheckState(Qt.CheckState.Unchecked)
    wizard.next()
    assert wizard.currentPage() is wizard.parties
    assert library_service.list_projects(library) == []  # nothing is written before Create project
    wizard.reject()
    assert library_service.list_projects(library) == []


def test_wizard_leaves_nothing_when_the_database_refuses(qtbot: QtBot, library: Library) -> None:
    with library.engine.begin() as c:
        c.execute(text("CREATE TRIGGER refuse_party BEFORE INSERT ON party "
                       "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"))
    wizard = make_wizard(qtbot, library)
    fill(wizard)
    assert wizard.isVisible() and wizard.currentPage() is wizard.parties  # still open, nothing lost
    assert "could not be saved" in wizard.parties.problem.text() or "kunde inte sparas" in \
        wizard.parties.problem.text()
    assert library_service.list_projects(library) == []
    with library.engine.connect() as c:
        assert c.execute(text("SELECT count(*) FROM mandate")).scalar() == 0
        assert c.execute(text("SELECT count(*) FROM question")).scalar() == 0
    with library.engine.begin() as c:
        c.execute(text("DROP TRIGGER refuse_party"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert len(library_service.list_projects(library)) == 1


def test_service_refuses_a_draft_with_problems(library: Library) -> None:
    with pytest.raises(InvalidValue) as refused:
        create_project(library, ProjectDraft("  ", mandates=[MandateDraft("")], budget_year=12))
    assert refused.value.text("sv") == ("Projektet behöver en titel. Varje politiskt uppdrag behöver en rubrik. "
                                        "Budgetåret ska vara ett årtal, till exempel 2026.")
    assert library_service.list_projects(library) == []
    first = create_project(library, ProjectDraft("Samverkan"))
    second = create_project(library, ProjectDraft("Samverkan"))
    uids = {p.id: p.uid for p in library_service.list_projects(library)}
    assert (uids[first], uids[second]) == ("project-samverkan", "project-samverkan-2")


def test_new_project_from_the_welcome_page_opens_it(qtbot: QtBot, ctx: EditContext, library: Library,
                                                    tmp_path: Path) -> None:
    window = MainWindow(ctx, DataPaths(tmp_path), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, ProjectWizard):
            QTimer.singleShot(20, drive)
            return
        type_text(wizard.details.title_edit, "Samverkan 2027")
        for _page in range(3):
            wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    window.welcome.new_button.click()
    editor = window.stack.currentWidget()
    assert isinstance(editor, ProjectDetailsEditor)
    assert editor.title.text() == "Samverkan 2027"
    (project,) = library_service.list_projects(library)
    assert window.settings.get(S.RECENT_PROJECTS) == [project.uid]
    assert not ctx.undo_stack.canUndo()  # a new project starts its own history


def press(key: Qt.Key) -> None:
    """A key press and release on whatever has the focus."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QKeyEvent

    widget = QApplication.focusWidget()
    assert widget is not None
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ""))
    QCoreApplication.processEvents()


def keyboard(text: str) -> None:
    """Type ``text`` as a keyboard does: each character goes to whatever has the focus then."""
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        type_text(widget, char)


def test_the_optional_people_step_types_people_party_by_party(qtbot: QtBot, library: Library) -> None:
    wizard = make_wizard(qtbot, library)
    qtbot.waitActive(wizard)
    type_text(wizard.details.title_edit, "Samverkan 2027")
    for _page in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.parties
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()  # people are optional
    wizard.parties.set_ticked("Vision")
    wizard.next()
    page = wizard.people
    assert wizard.currentPage() is page and page.table.rowCount() == 1
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and page.table.isAncestorOf(
        QApplication.focusWidget()))
    keyboard("Åsa Öberg")  # typing on the name cell edits it
    press(Qt.Key.Key_Tab)  # to the party: a list of the ticked parties
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.count() == 3  # none, Arbetsgivaren, Vision
    press(Qt.Key.Key_Down)
    press(Qt.Key.Key_Down)
    assert combo.currentText() == "Vision"
    press(Qt.Key.Key_Tab)
    keyboard("Huvudskyddsombud")
    press(Qt.Key.Key_Return)
    page.add_button.click()  # the next person, of the same party to begin with
    assert page.texts(1)[1] == "Vision"
    keyboard("Örjan Ek")
    press(Qt.Key.Key_Return)
    page.add_row("", "", "Bara en roll")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.currentPage() is page and "needs a name" in page.problem.text()  # nothing created yet
    assert library_service.list_projects(library) == []
    page.table.setCurrentCell(2, 0)
    page.remove_current()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted
    editor = Editor(library)
    parties = {row.id: row["name"] for row in editor.children("party", wizard.project_id)}
    people = [(row["name"], parties.get(row["party_id"]), row["role"])
              for row in editor.children("person", wizard.project_id)]
    assert people == [("Åsa Öberg", "Vision", "Huvudskyddsombud"), ("Örjan Ek", "Vision", None)]
    assert all(not row.uid.startswith("person-åsa") for row in editor.children("person", wizard.project_id))


def test_a_project_created_on_the_parties_page_has_no_people(qtbot: QtBot, library: Library) -> None:
    wizard = make_wizard(qtbot, library)
    type_text(wizard.details.title_edit, "Samverkan 2027")
    for _page in range(3):
        wizard.next()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result() == QWizard.DialogCode.Accepted and wizard.project_id is not None
    assert Editor(library).children("person", wizard.project_id) == []
    assert [row["name"] for row in Editor(library).children("party", wizard.project_id)] == ["Arbetsgivaren"]


def test_service_refuses_people_without_a_name_or_with_an_unknown_party(library: Library) -> None:
    from samverkan_desktop.services.parties_catalogue import COMMON_PARTIES
    from samverkan_desktop.services.project_setup import PersonDraft

    with pytest.raises(InvalidValue) as refused:
        create_project(library, ProjectDraft("Samverkan", parties=COMMON_PARTIES[:1],
                                             people=[PersonDraft("  "), PersonDraft("Eva", party=3)]))
    assert refused.value.text("sv") == ("Varje person behöver ett namn. "
                                        "En person hör till en part som inte är med i projektet.")
    assert library_service.list_projects(library) == []
