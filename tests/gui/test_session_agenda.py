"""Dagordning: agenda items with § numbers that follow the order, the standard agenda as one
undo step, item type and outcome, linked questions, and the minute notes of an item."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.storage.library import open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.agenda import AgendaTab
from tests.gui.conftest import answer_next_dialog, type_text

HELD = "session-2025-10-02-fsg-utb"  # has no agenda yet


def open_agenda(qtbot: QtBot, ctx: EditContext, project_id: int) -> AgendaTab:
    session = next(row.id for row in ctx.editor.children("session", project_id) if row.uid == HELD)
    tab = AgendaTab(ctx, project_id, session)
    qtbot.addWidget(tab)
    tab.resize(1000, 700)
    tab.show()
    return tab


def numbered(ctx: EditContext, session_id: int) -> list[tuple[int, str]]:
    return [(row["number"], row["title"]) for row in ctx.editor.children("agenda_item", session_id)]


def labels(tab: AgendaTab) -> list[str]:
    model = tab.agenda.model
    return [model.index(i).data() for i in range(model.rowCount())]


def test_standard_agenda_fills_an_empty_agenda_in_one_undo_step(qtbot: QtBot, ctx: EditContext,
                                                                 demo_project: int) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda = tab.agenda
    assert agenda.model.rows == [] and agenda.standard_button.isEnabled()
    steps = ctx.undo_stack.count()
    agenda.standard_button.click()
    items = numbered(ctx, agenda.parent_id)
    assert items[:3] == [(1, "Mötets öppnande"), (2, "Val av justerare"), (3, "Godkännande av dagordning")]
    assert items[-1] == (len(items), "Mötets avslutande")
    assert labels(tab)[0] == "§ 1  Mötets öppnande"
    assert ctx.editor.children("agenda_item", agenda.parent_id)[0]["item_type"] == "formal"
    assert ctx.undo_stack.count() == steps + 1
    assert not agenda.standard_button.isEnabled()
    agenda.fill_standard_agenda()  # refused on a filled agenda
    assert len(numbered(ctx, agenda.parent_id)) == len(items)
    ctx.undo_stack.undo()
    assert numbered(ctx, agenda.parent_id) == [] and agenda.standard_button.isEnabled()
    ctx.undo_stack.redo()
    assert numbered(ctx, agenda.parent_id) == items


def test_new_items_get_the_next_number_and_numbers_follow_moves(qtbot: QtBot, ctx: EditContext,
                                                                demo_project: int, tmp_path: Path) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda, sid = tab.agenda, tab.agenda.parent_id
    agenda.add_button.click()
    assert numbered(ctx, sid) == [(1, "New item")]
    agenda.title.selectAll()
    type_text(agenda.title, "Information: Budgetförutsättningar för år 2026")
    agenda.binder.flush()
    agenda.add()
    agenda.title.selectAll()
    type_text(agenda.title, "Samverkan före beslut: Översyn av ärendegången")
    agenda.binder.flush()
    agenda.add()
    assert agenda.new_values()["number"] == 4
    assert [n for n, _ in numbered(ctx, sid)] == [1, 2, 3]
    # the last item moves to the top: § numbers follow the order
    agenda.move_current(-1)
    agenda.move_current(-1)
    assert numbered(ctx, sid) == [(1, "New item"), (2, "Information: Budgetförutsättningar för år 2026"),
                                  (3, "Samverkan före beslut: Översyn av ärendegången")]
    assert labels(tab)[0] == "§ 1  New item"
    assert agenda.current_row()["number"] == 1
    # inserting after § 1 renumbers the rest
    agenda.add()
    assert [n for n, _ in numbered(ctx, sid)] == [1, 2, 3, 4]
    assert numbered(ctx, sid)[2][1].startswith("Information")
    ctx.undo_stack.undo()  # the insert
    ctx.undo_stack.undo()  # the second move
    assert numbered(ctx, sid)[0] == (1, "Information: Budgetförutsättningar för år 2026")
    again = open_library(DataPaths(tmp_path / "data"))
    try:
        stored = [(r["number"], r["title"]) for r in Editor(again).children("agenda_item", sid)]
        assert stored == numbered(ctx, sid)
    finally:
        again.close()


def test_delete_asks_and_renumbers_and_undo_puts_it_back(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda, sid = tab.agenda, tab.agenda.parent_id
    agenda.fill_standard_agenda()
    before = numbered(ctx, sid)
    agenda.list.setCurrentIndex(agenda.model.index(1))
    answer_next_dialog(accept=False)
    agenda.delete_current()
    assert numbered(ctx, sid) == before
    answer_next_dialog("Delete")
    agenda.delete_current()
    after = numbered(ctx, sid)
    assert [n for n, _ in after] == list(range(1, len(before)))
    assert "Val av justerare" not in [t for _, t in after]
    ctx.undo_stack.undo()
    assert numbered(ctx, sid) == before


def test_outcome_only_for_consultation_and_negotiation(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda = tab.agenda
    agenda.add()
    assert not agenda.outcome.isEnabled()
    agenda.item_type.setCurrentIndex(agenda.item_type.findData("consultation"))
    assert agenda.outcome.isEnabled()
    agenda.outcome.setCurrentIndex(agenda.outcome.findData("disagreement"))
    agenda.item_type.setCurrentIndex(agenda.item_type.findData("negotiation"))
    assert agenda.outcome.isEnabled()
    agenda.item_type.setCurrentIndex(agenda.item_type.findData("information"))
    assert not agenda.outcome.isEnabled()
    row = ctx.editor.get("agenda_item", agenda.current_row().id)
    assert (row["item_type"], row["outcome"]) == ("information", "disagreement")


def test_an_item_links_to_a_question_of_the_guide(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda = tab.agenda
    agenda.add()
    questions = ctx.editor.children("question", demo_project)
    assert agenda.question.count() == len(questions) + 1
    assert agenda.question.currentData() is None
    agenda.question.setCurrentIndex(agenda.question.findData(questions[1].id))
    assert agenda.question.currentText().startswith("2. ")
    assert ctx.editor.get("agenda_item", agenda.current_row().id)["question_id"] == questions[1].id
    # a question edited elsewhere is relabelled without changing the link
    ctx.set_field(questions[1], "text", "Fungerar samverkan på arbetsplatsen?", "Edit question")
    assert agenda.question.currentText() == "2. Fungerar samverkan på arbetsplatsen?"
    assert ctx.editor.get("agenda_item", agenda.current_row().id)["question_id"] == questions[1].id
    agenda.question.setCurrentIndex(0)
    assert ctx.editor.get("agenda_item", agenda.current_row().id)["question_id"] is None


def test_minute_notes_follow_the_selected_item(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    tab = open_agenda(qtbot, ctx, demo_project)
    agenda, notes = tab.agenda, tab.notes
    agenda.fill_standard_agenda()
    agenda.list.setCurrentIndex(agenda.model.index(4))
    assert notes.heading.text() == "Minute notes for § 5"
    item = agenda.current_row()
    notes.add_button.click()
    parties = ctx.editor.children("party", demo_project)
    note = ctx.editor.children("minute_note", item.id)[0]
    assert (note["party_id"], note["text"]) == (parties[0].id, "")
    notes.party.setCurrentIndex(notes.party.findData(parties[2].id))
    type_text(notes.text, "Vision anser att förslaget bör skjutas upp – vi återkommer.")
    notes.binder.flush()
    note = ctx.editor.get("minute_note", note.id)
    vision_says = "Vision anser att förslaget bör skjutas upp – vi återkommer."
    assert (note["party_id"], note["text"]) == (parties[2].id, vision_says)
    assert notes.model.index(0).data().startswith("Vision: Vision anser")
    ctx.end_merge()  # as leaving the field does
    notes.text.clear()  # an empty note is allowed while waiting for the party's wording
    notes.binder.flush()
    assert ctx.editor.get("minute_note", note.id)["text"] == ""
    ctx.undo_stack.undo()
    assert ctx.editor.get("minute_note", note.id)["text"] == vision_says
    # another item has its own (no) notes
    agenda.list.setCurrentIndex(agenda.model.index(0))
    assert notes.model.rows == [] and notes.heading.text() == "Minute notes for § 1"
    agenda.list.setCurrentIndex(agenda.model.index(4))
    assert len(notes.model.rows) == 1
    # deleting the agenda item says it takes its notes along
    assert "1 minute note(s)" in agenda.delete_question(agenda.current_row())
    answer_next_dialog(accept=False)
    notes.delete_current()
    assert len(ctx.editor.children("minute_note", item.id)) == 1
    answer_next_dialog("Delete")
    notes.delete_current()
    assert ctx.editor.children("minute_note", item.id) == []
    ctx.undo_stack.undo()
    restored = ctx.editor.children("minute_note", item.id)
    assert [r["text"] for r in restored] == [vision_says]
    again = open_library(DataPaths(tmp_path / "data"))
    try:
        assert Editor(again).children("minute_note", item.id)[0]["party_id"] == parties[2].id
    finally:
        again.close()
