"""Undoable structural changes of the tag tree: merge, delete (children move up), re-parent.

Each runs one ``services.tags`` change, which returns a snapshot of what it
overwrote; undo puts that snapshot back, redo runs the change again (the restored
rows keep their ids, so it does the same thing). Views learn of it through
``ctx.list_changed("tag", project id, tag to select)`` and, for the entries whose
taggings moved, ``ctx.list_changed("tagging", entry id, -1)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import tags
from samverkan_desktop.ui.undo import EditCommand

if TYPE_CHECKING:
    from samverkan_desktop.ui.context import EditContext


class TagChangeCommand(EditCommand):
    """One structural change; ``select_after`` / ``select_before`` name the tag to show."""

    def __init__(self, ctx: EditContext, project_id: int, label: str, change: Callable[[], tags.TagChange],
                 select_after: int | None, select_before: int | None) -> None:
        super().__init__(ctx, label)
        self.project_id, self.change = project_id, change
        self.select_after, self.select_before = select_after, select_before
        self.record: tags.TagChange | None = None

    def _announce(self, select_id: int | None) -> None:
        assert self.record is not None
        self.ctx.emit_list_changed(RecordKind.TAG, self.project_id, select_id)
        for entry_id in self.record.entry_ids:
            self.ctx.emit_list_changed(RecordKind.TAGGING, entry_id, None)

    def apply(self) -> None:
        self.record = self.change()
        self._announce(self.select_after)

    def revert(self) -> None:
        assert self.record is not None
        tags.undo_change(self.ctx.library, self.record)
        self._announce(self.select_before)


def merge(ctx: EditContext, project_id: int, source_id: int, target_id: int, label: str) -> bool:
    return ctx.push(TagChangeCommand(ctx, project_id, label,
                                     lambda: tags.merge_tags(ctx.library, source_id, target_id),
                                     target_id, source_id))


def delete(ctx: EditContext, project_id: int, tag_id: int, label: str) -> bool:
    return ctx.push(TagChangeCommand(ctx, project_id, label, lambda: tags.delete_tag(ctx.library, tag_id),
                                     None, tag_id))


def reparent(ctx: EditContext, project_id: int, tag_id: int, parent_id: int | None, index: int | None,
             label: str) -> bool:
    return ctx.push(TagChangeCommand(ctx, project_id, label,
                                     lambda: tags.reparent(ctx.library, tag_id, parent_id, index),
                                     tag_id, tag_id))
