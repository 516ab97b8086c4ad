"""The question guide editor (samtalsguide): questions, follow-up prompts, mandate links, template."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import links
from samverkan_desktop.services.templates import question_guide_template
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.questions import QuestionGuideEditor
from tests.gui.conftest import answer_next_dialog, type_text


def make(qtbot: QtBot, ctx: EditContext, project: int) -> QuestionGuideEditor:
    editor = QuestionGuideEditor(ctx, project)
    qtbot.addWidget(editor)
    editor.resize(1100, 700)
    editor.show()
    return editor


def labels(editor: QuestionGuideEditor) -> list[str]:
    return [editor.model.data(editor.model.index(i)) for i in range(editor.model.rowCount())]


def stored_texts(ctx: EditContext, project: int) -> list[str]:
    return [row["text"] for row in ctx.editor.children("question", project)]


def reopened(tmp_path: Path) -> Library:
    return open_library(DataPaths(tmp_path / "data"))


def select(editor: QuestionGuideEditor, position: int) -> None:
    editor.list.setCurrentIndex(editor.model.index(position))


def check(editor: QuestionGuideEditor, position: int, checked: bool) -> None:
    item = editor.mandates.list.item(position)
    item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def empty_project(ctx: EditContext) -> int:
    return ctx.editor.create("project", None, {"title": "Nytt projekt"}).id


# -- list and form ------------------------------------------------------------------------
def test_lists_numbered_questions_and_shows_the_selected_one(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    shown = labels(editor)
    assert len(shown) == 5
    assert shown[0].startswith("1. Kommer arbetstagarorganisationerna in")
    assert [label.split(".")[0] for label in shown] == ["1", "2", "3", "4", "5"]
    assert editor.text.toPlainText().startswith("Kommer arbetstagarorganisationerna")
    assert editor.guidance.toPlainText().startswith("Be om ett aktuellt exempel")
    # the mandate checklist: every mandate, the first question's one checked
    assert editor.mandates.list.count() == 4
    assert editor.mandates.list.item(0).text() == "U1 – Tidig dialog inför beslut"
    assert editor.mandates.checked_ids() == links.mandates_of_question(ctx.library, editor.current_row().id)


def test_add_question_type_swedish_and_it_is_on_disk(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                     tmp_path: Path) -> None:
    editor = make(qtbot, ctx, demo_project)
    select(editor, 1)
    editor.add_button.click()
    assert editor.list.currentIndex().row() == 2  # after the selected question
    assert editor.text.textCursor().selectedText() == editor.current_row()["text"]  # typing replaces it
    type_text(editor.text, "Hur påverkar förändringsarbetet medarbetarnas vardag – och på vilket sätt?")
    type_text(editor.guidance, "Be om exempel från äldreomsorgen.")
    editor.binder.flush()
    assert labels(editor)[2] == "3. Hur påverkar förändringsarbetet medarbetarnas vardag – och på vilket sätt?"
    assert [label.split(".")[0] for label in labels(editor)] == ["1", "2", "3", "4", "5", "6"]
    other = reopened(tmp_path)
    try:
        from samverkan_desktop.services.editing import Editor

        row = Editor(other).children("question", demo_project)[2]
        assert row["text"] == "Hur påverkar förändringsarbetet medarbetarnas vardag – och på vilket sätt?"
        assert row["guidance"] == "Be om exempel från äldreomsorgen."
        assert row["number"] == 3
    finally:
        other.close()
    # undo the typing, then the creation
    while ctx.undo_stack.canUndo():
        ctx.undo_stack.undo()
    assert len(stored_texts(ctx, demo_project)) == 5
    assert len(labels(editor)) == 5


def test_typing_is_stored_after_the_pause_and_undo_redo(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    select(editor, 2)
    question = editor.current_row()
    editor.guidance.selectAll()
    type_text(editor.guidance, "Fråga även om skyddsombudens roll på APT.")
    qtbot.waitUntil(lambda: ctx.editor.get("question", question.id)["guidance"]
                    == "Fråga även om skyddsombudens roll på APT.", timeout=2000)
    ctx.undo_stack.undo()
    assert ctx.editor.get("question", question.id)["guidance"] == question["guidance"]
    assert editor.guidance.toPlainText() == question["guidance"]
    ctx.undo_stack.redo()
    assert editor.guidance.toPlainText() == "Fråga även om skyddsombudens roll på APT."


def test_an_empty_question_text_is_refused(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    question = editor.current_row()
    with qtbot.waitSignal(ctx.failed, timeout=2000):
        editor.text.clear()
        editor.binder.flush()
    assert ctx.editor.get("question", question.id)["text"] == question["text"]


# -- reorder and delete ------------------------------------------------------------------------
def test_move_renumbers_and_undo_puts_it_back(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    before = stored_texts(ctx, demo_project)
    select(editor, 0)
    editor.down_button.click()
    editor.down_button.click()
    assert stored_texts(ctx, demo_project) == [before[1], before[2], before[0], *before[3:]]
    assert editor.list.currentIndex().row() == 2
    assert labels(editor)[2] == f"3. {before[0]}"
    assert [row["number"] for row in ctx.editor.children("question", demo_project)] == [1, 2, 3, 4, 5]
    editor.up_button.click()
    assert labels(editor)[1] == f"2. {before[0]}"
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert stored_texts(ctx, demo_project) == before
    assert labels(editor)[0] == f"1. {before[0]}"
    ctx.undo_stack.redo()
    assert labels(editor)[1] == f"2. {before[0]}"


@pytest.mark.parametrize("accept", [False, True])
def test_delete_asks_first(qtbot: QtBot, ctx: EditContext, demo_project: int, accept: bool) -> None:
    editor = make(qtbot, ctx, demo_project)
    select(editor, 3)
    question = editor.current_row()
    linked = links.mandates_of_question(ctx.library, question.id)
    answer_next_dialog(accept=accept)
    editor.delete_button.click()
    texts = stored_texts(ctx, demo_project)
    if not accept:
        assert question["text"] in texts and len(texts) == 5
        return
    assert question["text"] not in texts and len(texts) == 4
    assert [label.split(".")[0] for label in labels(editor)] == ["1", "2", "3", "4"]
    ctx.undo_stack.undo()
    assert stored_texts(ctx, demo_project)[3] == question["text"]
    assert links.mandates_of_question(ctx.library, question.id) == linked
    assert labels(editor)[3].startswith("4. ")


# -- mandate links ----------------------------------------------------------------------------
def test_checking_mandates_links_them_undoably(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                               tmp_path: Path) -> None:
    editor = make(qtbot, ctx, demo_project)
    question = editor.current_row().id
    mandates = [row.id for row in ctx.editor.children("mandate", demo_project)]
    assert links.mandates_of_question(ctx.library, question) == [mandates[0]]
    check(editor, 3, True)
    check(editor, 1, True)
    check(editor, 0, False)
    assert links.mandates_of_question(ctx.library, question) == [mandates[3], mandates[1]]
    other = reopened(tmp_path)
    try:
        assert links.mandates_of_question(other, question) == [mandates[3], mandates[1]]
    finally:
        other.close()
    ctx.undo_stack.undo()
    assert links.mandates_of_question(ctx.library, question) == [mandates[0], mandates[3], mandates[1]]
    assert editor.mandates.checked_ids() == [mandates[0], mandates[1], mandates[3]]
    ctx.undo_stack.undo()
    ctx.undo_stack.undo()
    assert links.mandates_of_question(ctx.library, question) == [mandates[0]]
    assert editor.mandates.checked_ids() == [mandates[0]]
    ctx.undo_stack.redo()
    assert editor.mandates.checked_ids() == [mandates[0], mandates[3]]
    # another question shows its own links
    select(editor, 4)
    assert editor.mandates.checked_ids() == links.mandates_of_question(ctx.library, editor.current_row().id)


def test_the_checklist_follows_the_project_mandates(qtbot: QtBot, ctx: EditContext) -> None:
    project = empty_project(ctx)
    editor = make(qtbot, ctx, project)
    assert editor.mandates.hint.isVisible() and not editor.mandates.list.isVisible()
    editor.add_button.click()
    mandate = ctx.create("mandate", project, "Add mandate", {"title": "Stärkt delaktighet", "code": "U1"})
    assert mandate is not None
    assert editor.mandates.list.count() == 1 and editor.mandates.list.isVisible()
    ctx.set_field(mandate, "title", "Stärkt delaktighet på APT", "Mandate title")
    assert editor.mandates.list.item(0).text() == "U1 – Stärkt delaktighet på APT"
    check(editor, 0, True)
    assert links.mandates_of_question(ctx.library, editor.current_row().id) == [mandate.id]


# -- the template --------------------------------------------------------------------------------
def test_template_fills_an_empty_guide_in_one_undo_step(qtbot: QtBot, ctx: EditContext, tmp_path: Path) -> None:
    project = empty_project(ctx)
    editor = make(qtbot, ctx, project)
    template = question_guide_template("sv")
    steps = ctx.undo_stack.count()
    editor.template_button.click()  # no question: the guide is empty
    assert stored_texts(ctx, project) == [q.text for q in template.questions]
    assert [row["guidance"] for row in ctx.editor.children("question", project)] == [
        q.guidance for q in template.questions]
    assert [row["number"] for row in ctx.editor.children("question", project)] == list(
        range(1, len(template.questions) + 1))
    assert labels(editor)[0] == f"1. {template.questions[0].text}"
    assert ctx.undo_stack.count() == steps + 1
    other = reopened(tmp_path)
    try:
        from samverkan_desktop.services.editing import Editor

        assert [row["text"] for row in Editor(other).children("question", project)] == [
            q.text for q in template.questions]
    finally:
        other.close()
    ctx.undo_stack.undo()
    assert stored_texts(ctx, project) == []
    assert labels(editor) == []
    ctx.undo_stack.redo()
    assert stored_texts(ctx, project) == [q.text for q in template.questions]
    assert len(labels(editor)) == len(template.questions)


def test_template_shortcut(qtbot: QtBot, ctx: EditContext) -> None:
    project = empty_project(ctx)
    editor = make(qtbot, ctx, project)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert len(stored_texts(ctx, project)) == len(question_guide_template("sv").questions)


@pytest.mark.parametrize("accept", [False, True])
def test_template_on_a_guide_with_questions_asks_to_append(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                           accept: bool) -> None:
    editor = make(qtbot, ctx, demo_project)
    before = stored_texts(ctx, demo_project)
    template = question_guide_template("sv")
    answer_next_dialog(accept=accept)
    editor.template_button.click()
    if not accept:
        assert stored_texts(ctx, demo_project) == before
        return
    assert stored_texts(ctx, demo_project) == before + [q.text for q in template.questions]
    assert [row["number"] for row in ctx.editor.children("question", demo_project)] == list(
        range(1, len(before) + len(template.questions) + 1))
    assert editor.current_row()["text"] == template.questions[0].text
    ctx.undo_stack.undo()
    assert stored_texts(ctx, demo_project) == before


def test_template_in_english(qtbot: QtBot, library: Library) -> None:
    ctx = EditContext(library, "en")
    project = empty_project(ctx)
    editor = make(qtbot, ctx, project)
    editor.template_button.click()
    assert stored_texts(ctx, project) == [q.text for q in question_guide_template("en").questions]


def test_space_toggles_a_mandate_from_the_keyboard(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    editor = make(qtbot, ctx, demo_project)
    question = editor.current_row().id
    mandates = [row.id for row in ctx.editor.children("mandate", demo_project)]
    checklist = editor.mandates.list
    checklist.setFocus()
    checklist.setCurrentRow(2)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert links.mandates_of_question(ctx.library, question) == [mandates[0], mandates[2]]
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    assert links.mandates_of_question(ctx.library, question) == [mandates[0]]


# -- the same links, from the mandate (issue 18, item 14) -------------------------------------------
def test_a_mandate_links_questions_from_its_own_editor(qtbot: QtBot, ctx: EditContext, demo_project: int) -> None:
    """Space on a question in the mandate's list links them; the question guide shows it; undo undoes it."""
    from samverkan_desktop.ui.editors.mandates import MandatesEditor

    mandates_editor = MandatesEditor(ctx, demo_project)
    qtbot.addWidget(mandates_editor)
    mandates_editor.show()
    questions_editor = make(qtbot, ctx, demo_project)
    mandate = mandates_editor.current_row().id
    questions = [row.id for row in ctx.editor.children("question", demo_project)]
    checklist = mandates_editor.questions
    assert checklist.list.count() == len(questions)
    assert checklist.checked_ids() == links.questions_of_mandate(ctx.library, mandate) != []
    target = next(i for i, q in enumerate(questions) if q not in checklist.checked_ids())
    before = links.mandates_of_question(ctx.library, questions[target])
    checklist.list.setFocus()
    checklist.list.setCurrentRow(target)
    qtbot.keyClick(checklist.list, Qt.Key.Key_Space)
    assert links.mandates_of_question(ctx.library, questions[target]) == [*before, mandate]
    assert questions[target] in checklist.checked_ids()
    select(questions_editor, target)  # the question's side shows the same link
    assert mandate in questions_editor.mandates.checked_ids()
    check(questions_editor, [r.id for r in ctx.editor.children("mandate", demo_project)].index(mandate), False)
    assert questions[target] not in checklist.checked_ids()  # and the mandate's list follows the question's
    ctx.undo_stack.undo()
    assert questions[target] in checklist.checked_ids()
    ctx.undo_stack.undo()
    assert links.mandates_of_question(ctx.library, questions[target]) == before
    assert questions[target] not in checklist.checked_ids()
    assert checklist.list.item(0).text().startswith("1. ")


def test_questions_of_a_mandate(library: Library, demo_project: int) -> None:
    from samverkan_desktop.services.editing import Editor

    editor = Editor(library)
    mandates = [row.id for row in editor.children("mandate", demo_project)]
    for mandate in mandates:
        expected = sorted(q.id for q in editor.children("question", demo_project)
                          if mandate in links.mandates_of_question(library, q.id))
        assert links.questions_of_mandate(library, mandate) == expected
    assert any(links.questions_of_mandate(library, mandate) for mandate in mandates)
