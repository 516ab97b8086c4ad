"""Undoable edits of an entry's text and taggings.

``SetEntryText`` changes the text and moves the tagged spans along in one step
(``services.tagging.set_entry_text``); undo puts the text, every span and every memo
back exactly. ``TagEntry`` puts a tag on an entry or a span; undo removes it and redo
restores the very same tagging. Both announce ``ctx.list_changed("tagging", entry id)``
so that views showing highlights refresh.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services import tagging
from samverkan_desktop.services.editing import Tombstone
from samverkan_desktop.ui.undo import EditCommand

if TYPE_CHECKING:
    from samverkan_desktop.ui.context import EditContext


class SetEntryText(EditCommand):
    def __init__(self, ctx: EditContext, entry_id: int, text: str, label: str) -> None:
        super().__init__(ctx, label)
        self.entry_id, self.new_text = entry_id, text
        self.before = tagging.anchors_of_entry(ctx.library, entry_id)
        self.result: tagging.EntryTextResult | None = None

    def retry_key(self) -> object | None:
        return ("entry-text", self.entry_id)

    def _announce(self) -> None:
        self.ctx.emit_changed(RecordKind.ENTRY, self.entry_id)
        self.ctx.emit_list_changed(RecordKind.TAGGING, self.entry_id, None)

    def apply(self) -> None:
        self.result = tagging.set_entry_text(self.ctx.library, self.entry_id, self.new_text)
        self._announce()

    def revert(self) -> None:
        tagging.restore_entry_text(self.ctx.library, self.entry_id, *self.before)
        self._announce()


class TagEntry(EditCommand):
    def __init__(self, ctx: EditContext, entry_id: int, tag_id: int, start: int | None, end: int | None,
                 label: str) -> None:
        super().__init__(ctx, label)
        self.entry_id, self.tag_id, self.start, self.end = entry_id, tag_id, start, end
        self.tagging_id: int | None = None
        self.tombstone: Tombstone | None = None

    def apply(self) -> None:
        if self.tombstone is not None:
            self.tagging_id = self.ctx.editor.restore(self.tombstone).id
        else:
            self.tagging_id = tagging.tag_entry(self.ctx.library, self.entry_id, self.tag_id, self.start, self.end)
        self.ctx.emit_list_changed(RecordKind.TAGGING, self.entry_id, self.tagging_id)

    def revert(self) -> None:
        assert self.tagging_id is not None
        self.tombstone = self.ctx.editor.delete(RecordKind.TAGGING, self.tagging_id)
        self.ctx.emit_list_changed(RecordKind.TAGGING, self.entry_id, None)
