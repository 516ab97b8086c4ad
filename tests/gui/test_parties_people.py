"""The parties and people editor: two linked panes, the list of common parties, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.parties_catalogue import COMMON_PARTIES, CatalogueParty
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.parties import PartiesPeopleEditor
from samverkan_desktop.ui.editors.party_catalogue_dialog import PartyCatalogueDialog
from samverkan_desktop.ui.editors.people import ALL_PARTIES, NO_PARTY
from tests.gui.conftest import type_text


def make(qtbot: QtBot, ctx: EditContext, project: int) -> PartiesPeopleEditor:
    editor = PartiesPeopleEditor(ctx, project)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    return editor


def names(rows: list[Any]) -> list[str]:
    return [row["name"] for row in rows]


def party_id(ctx: EditContext, project: int, name: str) -> int:
    return next(row.id for row in ctx.editor.children("party", project) if row["name"] == name)


def reopened(tmp_path: Path) -> Library:
    return open_library(DataPaths(tmp_path / "data"))


def answer_and_read(accept: bool) -> list[str]:
    """Answer the next confirmation; the list receives the question it asked."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        wanted = QMessageBox.ButtonRole.YesRole if accept else QMessageBox.ButtonRole.NoRole
        next(b for b in box.buttons() if box.buttonRole(b) == wanted).click()

    QTimer.singleShot(0, click)
    return seen


def count(library: Library, model: Any, *where: Any) -> int:
    with library.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# -- the two panes --------------------------------------------------------------------------
def test_selecting_a_party_shows_its_people(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    parties, people = editor.parties, editor.people
    assert names(parties.model.rows) == ["Arbetsgivaren", "Kommunal", "Vision", "Sveriges Lärare",
                                         "Vårdförbundet", "Akademikerförbundet SSR"]
    assert people.filter == party_id(ctx, demo_project, "Arbetsgivaren")
    assert "Sanna Hedberg" in names(people.model.rows) and len(people.model.rows) == 6

    parties.select_party(party_id(ctx, demo_project, "Kommunal"))
    assert names(people.model.rows) == ["Pia Lundgren", "Ahmed Karimi"]
    assert people.filter_combo.currentText() == "Kommunal"
    assert people.model.data(people.model.index(1)) == "Ahmed Karimi – Huvudskyddsombud"
    assert people.party.currentText() == "Kommunal" and people.name.text() == "Pia Lundgren"

    people.filter_combo.setCurrentIndex(people.filter_combo.findData(ALL_PARTIES))
    assert len(people.model.rows) == 14
    assert people.model.data(people.model.index(0)) == "Eva Bergström – HR-chef, ordförande i CSG (Arbetsgivaren)"
    people.filter_combo.setCurrentIndex(people.filter_combo.findData(NO_PARTY))
    assert people.model.rows == []
    assert not people.name.isEnabled()

    # picking a party in the filter selects it among the parties too
    people.filter_combo.setCurrentIndex(people.filter_combo.findText("Vision"))
    assert parties.current_row() is not None and parties.current_row()["name"] == "Vision"
    assert names(people.model.rows) == ["Johanna Sjöberg", "Daniel Persson"]


def test_add_party_type_swedish_pick_side_and_it_is_on_disk(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                            tmp_path: Path) -> None:
    editor = make(qtbot, ctx, demo_project)
    parties = editor.parties
    parties.select_party(party_id(ctx, demo_project, "Vision"))
    parties.add_button.click()
    assert parties.list.currentIndex().row() == 3  # right after the selected party
    assert editor.focusWidget() is parties.name
    parties.name.selectAll()
    type_text(parties.name, "Sveriges Skolledare – Ekdala läns förening")
    parties.side.setCurrentIndex(parties.side.findData("other"))
    qtbot.waitUntil(lambda: parties.current_row()["name"] == "Sveriges Skolledare – Ekdala läns förening")
    # the people pane follows: an empty list, the new party in both combos
    assert editor.people.model.rows == []
    assert editor.people.filter_combo.currentText() == "Sveriges Skolledare – Ekdala läns förening"
    assert editor.people.party.findText("Sveriges Skolledare – Ekdala läns förening") >= 0

    other = reopened(tmp_path)
    try:
        with other.sessions() as db:
            stored = db.execute(select(m.Party.name, m.Party.side, m.Party.sort_order)
                                .where(m.Party.project_id == demo_project).order_by(m.Party.sort_order)).all()
    finally:
        other.close()
    assert stored[3] == ("Sveriges Skolledare – Ekdala läns förening", "other", 3)
    assert len(stored) == 7

    # undo the side, the name and the creation, step by step; redo puts it all back
    stack = ctx.undo_stack
    stack.undo()
    assert ctx.editor.get("party", parties.current_row().id)["side"] == "union"
    assert parties.side.currentData() == "union"
    stack.undo()
    stack.undo()
    assert "Sveriges Skolledare – Ekdala läns förening" not in names(ctx.editor.children("party", demo_project))
    assert len(parties.model.rows) == 6
    stack.redo()
    stack.redo()
    stack.redo()
    restored = ctx.editor.children("party", demo_project)[3]
    assert (restored["name"], restored["side"]) == ("Sveriges Skolledare – Ekdala läns förening", "other")


def test_add_person_to_the_shown_party(qtbot: QtBot, ctx: EditContext, demo_project: int, tmp_path: Path) -> None:
    editor = make(qtbot, ctx, demo_project)
    people = editor.people
    kommunal = party_id(ctx, demo_project, "Kommunal")
    editor.parties.select_party(kommunal)
    people.add_button.click()
    assert editor.focusWidget() is people.name
    people.name.selectAll()
    type_text(people.name, "Åsa Öberg")
    type_text(people.role, "Skyddsombud, äldreomsorgen")
    people.role.clearFocus()
    people.binder.flush()
    assert names(people.model.rows) == ["Pia Lundgren", "Åsa Öberg", "Ahmed Karimi"]
    assert people.model.data(people.model.index(1)) == "Åsa Öberg – Skyddsombud, äldreomsorgen"
    other = reopened(tmp_path)
    try:
        with other.sessions() as db:
            person = db.execute(select(m.Person).where(m.Person.name == "Åsa Öberg")).scalar_one()
            assert (person.party_id, person.role, person.sort_order) == (kommunal, "Skyddsombud, äldreomsorgen", 6)
    finally:
        other.close()
    ctx.undo_stack.undo()  # the role
    assert people.role.text() == ""
    ctx.undo_stack.undo()  # the name
    ctx.undo_stack.undo()  # the person
    assert names(people.model.rows) == ["Pia Lundgren", "Ahmed Karimi"]
    assert len(ctx.editor.children("person", demo_project)) == 14


def test_changing_a_persons_party_follows_the_person(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    people = editor.people
    vision = party_id(ctx, demo_project, "Vision")
    editor.parties.select_party(party_id(ctx, demo_project, "Kommunal"))
    people.list.setCurrentIndex(people.model.index(1))  # Ahmed Karimi
    people.party.setCurrentIndex(people.party.findData(vision))
    qtbot.waitUntil(lambda: people.filter == vision)
    assert editor.parties.current_row()["name"] == "Vision"
    assert people.current_row()["name"] == "Ahmed Karimi"
    assert ctx.editor.get("person", people.current_row().id)["party_id"] == vision
    ctx.undo_stack.undo()
    qtbot.waitUntil(lambda: editor.parties.current_row()["name"] == "Kommunal")
    assert people.current_row()["name"] == "Ahmed Karimi"
    assert names(people.model.rows) == ["Pia Lundgren", "Ahmed Karimi"]


def test_reorder_people_within_a_party_and_parties(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    people = editor.people
    # Arbetsgivaren: Sanna Hedberg is last among all people; moving her up passes Camilla Nordin only
    people.list.setCurrentIndex(people.model.index(5))
    assert people.current_row()["name"] == "Sanna Hedberg"
    people.up_button.click()
    assert names(people.model.rows)[4:] == ["Sanna Hedberg", "Camilla Nordin"]
    everyone = names(ctx.editor.children("person", demo_project))
    assert everyone[4:6] == ["Sanna Hedberg", "Camilla Nordin"] and len(everyone) == 14
    assert people.current_row()["name"] == "Sanna Hedberg"
    people.down_button.click()
    assert names(ctx.editor.children("person", demo_project))[4:6] == ["Camilla Nordin", "Sanna Hedberg"]

    parties = editor.parties
    parties.select_party(party_id(ctx, demo_project, "Vårdförbundet"))
    parties.up_button.click()
    parties.up_button.click()
    assert names(ctx.editor.children("party", demo_project))[2] == "Vårdförbundet"
    assert people.filter == party_id(ctx, demo_project, "Vårdförbundet")
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert names(ctx.editor.children("party", demo_project))[4] == "Vårdförbundet"
    ctx.undo_stack.undo()
    assert names(ctx.editor.children("person", demo_project))[4:6] == ["Sanna Hedberg", "Camilla Nordin"]
    ctx.undo_stack.undo()
    assert names(ctx.editor.children("person", demo_project))[13] == "Sanna Hedberg"
    ctx.undo_stack.redo()
    assert names(ctx.editor.children("person", demo_project))[4:6] == ["Sanna Hedberg", "Camilla Nordin"]


# -- deleting -----------------------------------------------------------------------------
def test_delete_party_says_what_it_touches_and_undo_restores_it(qtbot: QtBot, ctx: EditContext,
                                                                demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    vision = party_id(ctx, demo_project, "Vision")
    editor.parties.select_party(vision)
    entries = count(ctx.library, m.Entry, m.Entry.party_id == vision)
    assert entries > 0 and count(ctx.library, m.MinuteNote, m.MinuteNote.party_id == vision) == 1

    question = answer_and_read(accept=False)
    editor.parties.delete_button.click()
    qtbot.waitUntil(lambda: bool(question))
    assert question[0].startswith("Delete the party “Vision”?")
    assert "2 person(s) belong to the party" in question[0]
    assert f"{entries} entry(s) in the minutes are attributed to the party; they stay, but lose" in question[0]
    assert "1 minute note(s)" in question[0]
    assert vision in [row.id for row in ctx.editor.children("party", demo_project)]

    answer_and_read(accept=True)
    editor.parties.delete_button.click()
    qtbot.waitUntil(lambda: "Vision" not in names(editor.parties.model.rows))
    assert count(ctx.library, m.Entry, m.Entry.party_id == vision) == 0
    assert count(ctx.library, m.MinuteNote) == 0
    assert count(ctx.library, m.Person, m.Person.party_id.is_(None)) == 2
    assert editor.people.filter_combo.findText("Vision") < 0
    assert editor.people.party.findText("Vision") < 0

    ctx.undo_stack.undo()
    assert editor.parties.current_row()["name"] == "Vision"
    assert names(editor.people.model.rows) == ["Johanna Sjöberg", "Daniel Persson"]
    assert count(ctx.library, m.Entry, m.Entry.party_id == vision) == entries
    assert count(ctx.library, m.MinuteNote, m.MinuteNote.party_id == vision) == 1
    ctx.undo_stack.redo()
    assert "Vision" not in names(ctx.editor.children("party", demo_project))


def test_delete_person_warns_about_attendance(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    people = editor.people
    people.list.setCurrentIndex(people.model.index(0))  # Eva Bergström, chair of the meetings
    eva = people.current_row().id
    attendance = count(ctx.library, m.Attendance, m.Attendance.person_id == eva)
    assert attendance > 0

    question = answer_and_read(accept=False)
    people.delete_button.click()
    qtbot.waitUntil(lambda: bool(question))
    assert question[0].startswith("Delete “Eva Bergström”?")
    assert f"{attendance} attendance line(s)" in question[0]
    assert people.current_row().id == eva

    answer_and_read(accept=True)
    people.delete_button.click()
    qtbot.waitUntil(lambda: "Eva Bergström" not in names(people.model.rows))
    assert count(ctx.library, m.Attendance, m.Attendance.person_id == eva) == 0
    ctx.undo_stack.undo()
    assert people.current_row()["name"] == "Eva Bergström"
    assert count(ctx.library, m.Attendance, m.Attendance.person_id == eva) == attendance


# -- the list of common parties ------------------------------------------------------------
def test_catalogue_dialog_marks_parties_already_there(qtbot: QtBot) -> None:
    dialog = PartyCatalogueDialog(["arbetsgivaren", "Vision"], ["party-kommunal"])
    qtbot.addWidget(dialog)
    assert dialog.list.count() == len(COMMON_PARTIES)
    assert not dialog.add_button.isEnabled()
    disabled = [dialog.entries[i].name for i in range(dialog.list.count()) if not dialog._selectable(i)]
    assert disabled == ["Arbetsgivaren", "Kommunal", "Vision"]
    dialog.set_ticked("Vision")  # already there: ignored
    dialog.set_ticked("Ledarna")
    dialog.set_ticked("Akavia")
    assert [entry.name for entry in dialog.chosen()] == ["Ledarna", "Akavia"]
    assert dialog.add_button.isEnabled() and "2" in dialog.add_button.text()


def test_add_from_the_list_is_one_undo_step_with_readable_ids(qtbot: QtBot, ctx: EditContext,
                                                              demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PartyCatalogueDialog):
            QTimer.singleShot(10, pick)
            return
        for name in ("Ledarna", "Akavia", "Saco-förbunden (gemensamt)"):
            dialog.set_ticked(name)
        dialog.add_button.click()

    QTimer.singleShot(0, pick)
    editor.parties.catalogue_button.click()
    stored = ctx.editor.children("party", demo_project)
    assert [(row.uid, row["side"]) for row in stored[6:]] == [
        ("party-ledarna", "union"), ("party-akavia", "union"), ("party-saco-forbunden-gemensamt", "union")]
    assert editor.parties.current_row()["name"] == "Ledarna"
    assert editor.people.filter_combo.findText("Akavia") >= 0
    assert ctx.undo_stack.count() == 1

    ctx.undo_stack.undo()
    assert len(ctx.editor.children("party", demo_project)) == 6
    assert len(editor.parties.model.rows) == 6
    ctx.undo_stack.redo()
    assert [row.uid for row in ctx.editor.children("party", demo_project)[6:]] == [
        "party-ledarna", "party-akavia", "party-saco-forbunden-gemensamt"]


def test_the_employer_goes_first_in_an_empty_project(qtbot: QtBot, ctx: EditContext,
                                                     library: Library) -> None:
    project = ctx.editor.create("project", None, {"title": "Nytt projekt"}).id
    editor = make(qtbot, ctx, project)
    assert editor.people.filter == ALL_PARTIES and editor.people.model.rows == []
    def by_name(name: str) -> CatalogueParty:
        return next(entry for entry in COMMON_PARTIES if entry.name == name)

    assert editor.parties.add_catalogue_parties([by_name("Kommunal"), by_name("Arbetsgivaren"), by_name("Vision")])
    stored = ctx.editor.children("party", project)
    assert [(row.uid, row["side"]) for row in stored] == [
        ("party-arbetsgivaren", "employer"), ("party-kommunal", "union"), ("party-vision", "union")]
    # a second pick of the same party (typed by hand elsewhere) gets a suffixed id
    editor.parties.add_catalogue_parties([by_name("Vision")])
    assert ctx.editor.children("party", project)[-1].uid == "party-vision-2"
    assert not editor.parties.add_catalogue_parties([])


def test_ctrl_n_adds_a_person_with_the_name_ready_to_type_over(qtbot: QtBot, ctx: EditContext,
                                                                demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    editor.activateWindow()
    qtbot.waitActive(editor)
    people = editor.people
    editor.parties.select_party(party_id(ctx, demo_project, "Vision"))
    people.list.setFocus()
    qtbot.waitUntil(people.list.hasFocus)
    qtbot.keyClick(people.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(people.name.hasFocus)
    assert people.name.selectedText() == people.name.text() == "New person"
    type_text(QApplication.focusWidget(), "Örjan Ådahl")
    people.binder.flush()
    assert "Örjan Ådahl" in names(ctx.editor.children("person", demo_project))
    assert "New person" not in names(ctx.editor.children("person", demo_project))
    editor.parties.list.setFocus()
    qtbot.waitUntil(editor.parties.list.hasFocus)
    qtbot.keyClick(editor.parties.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(editor.parties.name.hasFocus)
    assert editor.parties.name.selectedText() == "New party"  # the same for every list and form
