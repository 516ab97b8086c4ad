"""The tag manager: create, rename, colour, nest, merge, delete, improvement fields; all undoable."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QColor
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import links, tags
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors import tags as tags_editor
from samverkan_desktop.ui.editors.tag_form import MergeDialog
from samverkan_desktop.ui.editors.tags import TagManager
from samverkan_desktop.ui.models.tag_tree import COUNT, MIME_TYPE, NAME, TagTreeModel
from tests.gui.conftest import answer_next_dialog, type_text


@pytest.fixture
def manager(qtbot, ctx: EditContext, demo_project: int) -> TagManager:
    widget = TagManager(ctx, demo_project)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def named(ctx: EditContext, project: int) -> dict[str, tags.TagNode]:
    return {node.name: node for node in tags.tag_tree(ctx.library, project)}


def choose(manager: TagManager, name: str) -> tags.TagNode:
    node = named(manager.ctx, manager.project_id)[name]
    manager.reload(node.id)
    assert manager.current_id() == node.id
    return node


def reopened(library: Library, project: int) -> dict[str, tags.TagNode]:
    again = open_library(DataPaths(Path(str(library.path)).parent))
    try:
        return {node.name: node for node in tags.tag_tree(again, project)}
    finally:
        again.close()


def drop(model: TagTreeModel, tag_id: int, target_id: int | None, row: int = -1) -> bool:
    data = QMimeData()
    data.setData(MIME_TYPE, str(tag_id).encode())
    parent = model.index_of(target_id) if target_id is not None else model.index(-1, -1)
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_tree_model_without_widgets(qapp, library: Library, demo_project: int) -> None:
    model = TagTreeModel("theme")
    nodes = tags.tag_tree(library, demo_project)
    assert model.set_nodes(nodes) is True
    assert model.set_nodes(nodes) is False  # same shape: updated in place
    top = [model.index(r, NAME).data() for r in range(model.rowCount())]
    assert top == ["Dialog och inflytande", "Arbetsmiljö", "Tillitsbaserad styrning", "Arbetsplatsträffar (APT)"]
    first = model.index(0, NAME)
    assert model.rowCount(first) == 2 and model.index(0, NAME, first).data() == "Information i tid"
    assert model.parent(model.index(0, NAME, first)) == first
    assert isinstance(first.data(Qt.ItemDataRole.DecorationRole), QColor)
    node = {n.name: n for n in nodes}["Tidig dialog"]
    assert model.index_of(node.id, COUNT).data() == str(node.taggings)
    assert model.headerData(COUNT, Qt.Orientation.Horizontal) == "Taggings"

    renamed, moved = [], []
    model.rename_requested.connect(lambda *a: renamed.append(a))
    model.reparent_requested.connect(lambda *a: moved.append(a))
    assert model.setData(first, "Dialog och påverkan")
    assert renamed == [(first.internalId(), "Dialog och påverkan")]
    parent_id = first.internalId()
    assert not drop(model, parent_id, node.id)  # not under its own child
    assert not drop(model, parent_id, parent_id)
    assert drop(model, node.id, None, 0)
    assert drop(model, parent_id, model.index(1, NAME).internalId())
    assert moved == [(node.id, -1, 0), (parent_id, model.index(1, NAME).internalId(), -1)]


def test_create_rename_colour_with_undo(qtbot, manager: TagManager, ctx: EditContext, library: Library,
                                        demo_project: int) -> None:
    parent = choose(manager, "Arbetsmiljö")
    manager.add()
    new_id = manager.current_id()
    assert new_id is not None and new_id != parent.id
    row = ctx.editor.get("tag", new_id)
    assert row["kind"] == "theme" and row["parent_id"] is None and row["color"] in tags.PALETTES["theme"]
    manager.form.name.selectAll()
    type_text(manager.form.name, "Löneöversyn & återkoppling")
    manager.form.binder.flush()
    assert ctx.editor.get("tag", new_id)["name"] == "Löneöversyn & återkoppling"

    choose(manager, "Arbetsmiljö")
    manager.add(child=True)
    child = ctx.editor.get("tag", manager.current_id())
    assert child["parent_id"] == parent.id

    # F2 in the tree goes through the model: an undoable rename
    index = manager.models["theme"].index_of(child.id)
    manager.models["theme"].setData(index, "Övertid")
    assert ctx.editor.get("tag", child.id)["name"] == "Övertid"
    ctx.undo_stack.undo()
    assert ctx.editor.get("tag", child.id)["name"] == child["name"]
    ctx.undo_stack.redo()
    assert manager.models["theme"].nodes[child.id].name == "Övertid"

    manager.reload(child.id)
    manager.form.swatches[2].click()
    assert ctx.editor.get("tag", child.id)["color"] == tags.default_color("theme", 2)
    manager.form.set_color("#123456")
    assert manager.models["theme"].nodes[child.id].color == "#123456"
    ctx.undo_stack.undo()
    assert ctx.editor.get("tag", child.id)["color"] == tags.default_color("theme", 2)

    stored = reopened(library, demo_project)
    assert stored["Löneöversyn & återkoppling"].kind == "theme"
    assert stored["Övertid"].parent_id == parent.id

    for _ in range(6):
        ctx.undo_stack.undo()
    assert "Övertid" not in named(ctx, demo_project) and "Löneöversyn & återkoppling" not in named(ctx, demo_project)
    while ctx.undo_stack.canRedo():
        ctx.undo_stack.redo()
    assert named(ctx, demo_project)["Övertid"].color == "#123456"


def test_reparent_by_drop_keys_and_combo(qtbot, manager: TagManager, ctx: EditContext, demo_project: int) -> None:
    model = manager.models["theme"]
    before = named(ctx, demo_project)
    apt, tillit = before["Arbetsplatsträffar (APT)"], before["Tillitsbaserad styrning"]
    assert drop(model, apt.id, tillit.id)
    qtbot.waitUntil(lambda: ctx.editor.get("tag", apt.id)["parent_id"] == tillit.id)
    assert model.parent_of(apt.id) == tillit.id
    ctx.undo_stack.undo()
    assert ctx.editor.get("tag", apt.id)["parent_id"] is None
    ctx.undo_stack.redo()
    assert model.parent_of(apt.id) == tillit.id

    # Alt+Left takes it out again, to just below its old parent; Alt+Right puts it back in
    manager.reload(apt.id)
    manager.tree().setFocus()
    qtbot.keyClick(manager.tree(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert ctx.editor.get("tag", apt.id)["parent_id"] is None
    assert model.kids[None][-1] == apt.id
    qtbot.keyClick(manager.tree(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert ctx.editor.get("tag", apt.id)["parent_id"] == tillit.id

    # "Move under…": the combo offers neither the tag itself nor what is below it
    dialog = choose(manager, "Dialog och inflytande")
    combo = manager.form.parent_combo
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert dialog.id not in offered and named(ctx, demo_project)["Tidig dialog"].id not in offered
    target = combo.findData(named(ctx, demo_project)["Arbetsmiljö"].id)
    combo.setCurrentIndex(target)
    combo.activated.emit(target)
    assert ctx.editor.get("tag", dialog.id)["parent_id"] == named(ctx, demo_project)["Arbetsmiljö"].id
    ctx.undo_stack.undo()
    assert ctx.editor.get("tag", dialog.id)["parent_id"] is None


def test_merge_with_confirmation_and_undo(qtbot, monkeypatch, manager: TagManager, ctx: EditContext, library: Library,
                                          demo_project: int) -> None:
    before = named(ctx, demo_project)
    source, target = before["Tidig dialog"], before["Information i tid"]
    choose(manager, "Tidig dialog")
    dialog = MergeDialog(manager.model(), source.id)
    qtbot.addWidget(dialog)
    choices = [dialog.targets.itemData(i) for i in range(dialog.targets.count())]
    assert source.id not in choices and target.id in choices

    asked: list[str] = []
    monkeypatch.setattr(tags_editor, "ask_merge_target", lambda model, source_id, parent: target.id)
    monkeypatch.setattr(tags_editor, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    assert not manager.merge_current()
    assert asked and f"{source.taggings} " in asked[0] and "Information i tid" in asked[0]
    monkeypatch.undo()
    answer_next_dialog(accept=False)
    assert not manager.merge_current(target.id)
    assert "Tidig dialog" in named(ctx, demo_project)
    answer_next_dialog(accept=True)
    assert manager.merge_current(target.id)
    after = named(ctx, demo_project)
    assert "Tidig dialog" not in after
    assert after["Information i tid"].taggings == source.taggings + target.taggings
    assert manager.current_id() == target.id
    assert "Tidig dialog" not in reopened(library, demo_project)
    ctx.undo_stack.undo()
    assert named(ctx, demo_project) == before
    ctx.undo_stack.redo()
    assert "Tidig dialog" not in named(ctx, demo_project)


def test_delete_both_ways_children_move_up(qtbot, monkeypatch, manager: TagManager, ctx: EditContext, library: Library,
                                           demo_project: int) -> None:
    before = named(ctx, demo_project)
    parent = choose(manager, "Arbetsmiljö")
    asked: list[str] = []
    monkeypatch.setattr(tags_editor, "confirm", lambda parent, title, text, yes: asked.append(text) or False)
    assert not manager.delete_current()
    assert f"{parent.taggings} " in asked[0] and "sub-tags move up" in asked[0]
    monkeypatch.undo()
    answer_next_dialog(accept=False)
    assert not manager.delete_current()
    assert "Arbetsmiljö" in named(ctx, demo_project)
    answer_next_dialog(accept=True)
    assert manager.delete_current()
    after = named(ctx, demo_project)
    assert "Arbetsmiljö" not in after and after["Skyddsombudens roll"].parent_id is None
    with library.engine.connect() as c:
        left = c.execute(select_taggings(parent.id)).all()
    assert left == []
    assert "Arbetsmiljö" not in reopened(library, demo_project)
    ctx.undo_stack.undo()
    assert named(ctx, demo_project) == before
    ctx.undo_stack.redo()
    assert "Arbetsmiljö" not in named(ctx, demo_project)


def select_taggings(tag_id: int):
    table = table_of(m.Tagging)
    return select(table.c.id).where(table.c.tag_id == tag_id)


def test_improvement_fields_are_stored(qtbot, manager: TagManager, ctx: EditContext, library: Library,
                                       demo_project: int) -> None:
    manager.tabs.setCurrentIndex(2)
    assert manager.kind() == "improvement" and manager.current_id() is not None
    assert manager.form.proposal.isVisible() and manager.form.mandates.isVisible()
    manager.add()
    new_id = manager.current_id()
    assert ctx.editor.get("tag", new_id)["kind"] == "improvement"
    manager.form.proposal.clear()
    type_text(manager.form.proposal, "Inför gemensam återkoppling på APT.")
    manager.form.binder.flush()
    manager.form.priority.setCurrentIndex(manager.form.priority.findData("low"))
    type_text(manager.form.owner, "HR-chefen")
    manager.form.binder.flush()
    checklist = manager.form.mandates.list
    checklist.item(1).setCheckState(Qt.CheckState.Checked)
    mandate_ids = links.mandates_of_tag(library, new_id)
    assert len(mandate_ids) == 1

    stored = reopened(library, demo_project)
    node = next(n for n in stored.values() if n.id == new_id)
    assert node.proposal == "Inför gemensam återkoppling på APT."
    assert node.priority == "low" and node.owner == "HR-chefen" and node.mandate_ids == tuple(mandate_ids)

    ctx.undo_stack.undo()
    assert links.mandates_of_tag(library, new_id) == []
    ctx.undo_stack.undo()
    assert ctx.editor.get("tag", new_id)["owner"] is None

    manager.tabs.setCurrentIndex(0)
    assert not manager.form.proposal.isVisible()
