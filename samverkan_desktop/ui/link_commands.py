"""Undoable changes of link lists (which mandates a question or a tag serves).

A change replaces the owner's whole ordered link list, so undo simply puts the old
list back. Views learn of it through ``ctx.changed(<link table name>, owner id)``,
e.g. ``("question_mandate", 12)``; record views of the owner are not disturbed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from samverkan_desktop.services import links
from samverkan_desktop.ui.undo import EditCommand

if TYPE_CHECKING:
    from samverkan_desktop.ui.context import EditContext


class SetLinks(EditCommand):
    """Replace the links of one owner; undo restores the previous list and its order."""

    def __init__(self, ctx: EditContext, link: links.Link, owner_id: int, target_ids: list[int],
                 label: str) -> None:
        super().__init__(ctx, label)
        self.link, self.owner_id = link, owner_id
        self.old = links.linked_ids(ctx.library, link, owner_id)
        self.new = list(target_ids)

    def _store(self, ids: list[int]) -> None:
        links.set_links(self.ctx.library, self.link, self.owner_id, ids)
        self.ctx.emit_changed(self.link.kind, self.owner_id)

    def apply(self) -> None:
        self._store(self.new)

    def revert(self) -> None:
        self._store(self.old)


def set_links(ctx: EditContext, link: links.Link, owner_id: int, target_ids: list[int], label: str) -> bool:
    """Store a new link list as one undo step; False when it could not be stored."""
    if links.linked_ids(ctx.library, link, owner_id) == list(target_ids):
        return True
    return ctx.push(SetLinks(ctx, link, owner_id, target_ids, label))
