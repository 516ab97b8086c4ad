"""Tag an entry interactively: the palette asks which tag, then the change is made, undoably.

Shared by the review view and meeting mode. A new theme typed into the palette is created
and put on the entry as one undo step. ``push`` runs the step: meeting mode passes its own,
which keeps the step in meeting mode's history (its Ctrl+Z never changes a screen behind
it) and says a refusal in the meeting window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.ui import undo
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.entry_commands import TagEntry
from samverkan_desktop.ui.tagging.palette import choose_tag, recent_tags, remember_tag


def tag_interactively(parent: QWidget, ctx: EditContext, project_id: int, entry_id: int, text: str,
                      start: int | None = None, end: int | None = None,
                      push: Callable[[undo.EditCommand], bool] | None = None) -> int | None:
    """Ask for a tag with the palette and put it on the entry (or the span ``text[start:end]``);
    the new tagging's id, or None when cancelled or refused."""
    from samverkan_desktop.services.tagging import tags_of_project

    tags = tags_of_project(ctx.library, project_id)
    if start is not None and end is not None:
        target = QCoreApplication.translate("Tagging", "Tag the passage “%1”").replace("%1", _shorten(text[start:end]))
    else:
        target = QCoreApplication.translate("Tagging", "Tag the whole entry “%1”").replace("%1", _shorten(text))
    choice = choose_tag(parent, tags, recent_tags(project_id), target)
    if choice is None:
        return None
    label = QCoreApplication.translate("Tagging", "Tag entry")
    if choice.tag_id is not None:
        command: undo.EditCommand = TagEntry(ctx, entry_id, choice.tag_id, start, end, label)
    else:
        themes = sum(tag.kind == "theme" for tag in tags)
        command = _new_theme_and_tagging(ctx, project_id, str(choice.new_theme), themes, entry_id, start, end)
    if not (push or ctx.push)(command):
        return None
    tagging = command.done[-1] if isinstance(command, undo.Batch) else command
    assert isinstance(tagging, TagEntry) and tagging.tagging_id is not None
    remember_tag(project_id, tagging.tag_id)
    return tagging.tagging_id


def _new_theme_and_tagging(ctx: EditContext, project_id: int, name: str, count: int, entry_id: int,
                           start: int | None, end: int | None) -> undo.Batch:
    """Create the theme ``name`` and tag the entry with it, as one undo step."""
    from samverkan_desktop.services.tags import default_color

    label = QCoreApplication.translate("Tagging", "Tag with the new theme “%1”").replace("%1", name)
    create = undo.Create(ctx, RecordKind.TAG, project_id, {"kind": "theme", "name": name,
                                                  "color": default_color("theme", count)}, None, label)

    def tagging() -> undo.EditCommand:
        assert create.row is not None
        return TagEntry(ctx, entry_id, create.row.id, start, end, label)

    return undo.Batch(ctx, label, [lambda: create, tagging])


def _shorten(text: str, limit: int = 80) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"
