"""Undoable edits: each command performs one editing service call and its inverse.

Commands run their operation *before* they are pushed (``EditContext.push``), so a
failure never leaves a command on the stack that did nothing; the first ``redo``
that QUndoStack calls on push is skipped. An undo or redo that fails (a full disk)
makes its command obsolete, so the stack drops it instead of getting out of step with
the library.

A command needs only what ``CommandContext`` names of its context (``ui/context.py``'s
``EditContext`` is the one in the app), so this module imports no context and the
context may import the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack

from samverkan_desktop.domain.enums import RecordKind
from samverkan_desktop.services.editing import Editor, Row, Tombstone
from samverkan_desktop.storage.library import Library

_MERGE_ID = 0x5A11


class CommandContext(Protocol):
    """What a command uses of its edit context."""

    @property
    def library(self) -> Library: ...

    @property
    def editor(self) -> Editor: ...

    @property
    def burst(self) -> int:
        """The current typing burst: changes of one field within one burst are one undo step."""

    def guard(self, work: Callable[[], Any], keeps_text: bool = False) -> bool:
        """Run an edit; on failure tell the user and return False."""

    def emit_changed(self, kind: RecordKind, record_id: int) -> None: ...

    def emit_list_changed(self, kind: RecordKind, parent_id: int | None, select_id: int | None) -> None: ...


class EditCommand(QUndoCommand):
    """Base: ``apply`` does the edit, ``revert`` undoes it; errors are reported, not raised."""

    def __init__(self, ctx: CommandContext, text: str) -> None:
        super().__init__(text)
        self.ctx = ctx
        self._pushed = False
        #: the undo history the command goes on; None: the context's shared one (a window with
        #: its own history, meeting mode, sets it so that its Ctrl+Z acts only on what it shows)
        self.history: QUndoStack | None = None

    def apply(self) -> None:
        raise NotImplementedError  # pragma: no cover - every subclass defines it

    def revert(self) -> None:
        raise NotImplementedError  # pragma: no cover

    def retry_key(self) -> object | None:
        """What the command changes, when it stores typed text that must be retried until the
        disk takes it (a newer command with the same key replaces it); None: not retried."""
        return None

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        if not self.ctx.guard(self.apply):
            self.setObsolete(True)  # the stack drops it rather than claim a change that was not made

    def undo(self) -> None:
        if not self.ctx.guard(self.revert):
            self.setObsolete(True)  # the change stays as it is, and out of the history


class SetField(EditCommand):
    """Change one field; consecutive changes of the same field merge into one undo step."""

    def __init__(self, ctx: CommandContext, row: Row, field: str, new: Any, label: str) -> None:
        super().__init__(ctx, label)
        self.kind, self.record_id, self.field = row.kind, row.id, field
        self.old, self.new = row.values[field], new
        self.burst = ctx.burst
        self.result: Row | None = None

    def id(self) -> int:
        return _MERGE_ID

    def retry_key(self) -> object | None:
        return ("field", self.kind, self.record_id, self.field)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (not isinstance(other, SetField) or (other.kind, other.record_id, other.field)
                != (self.kind, self.record_id, self.field) or other.burst != self.burst):
            return False
        self.new = other.new
        return True

    def apply(self) -> None:
        self.result = self.ctx.editor.set(self.kind, self.record_id, **{self.field: self.new})
        self.ctx.emit_changed(self.kind, self.record_id)

    def revert(self) -> None:
        self.ctx.editor.set(self.kind, self.record_id, **{self.field: self.old})
        self.ctx.emit_changed(self.kind, self.record_id)


class Create(EditCommand):
    """Create a record; undo deletes it, redo puts the very same record back."""

    def __init__(self, ctx: CommandContext, kind: RecordKind, parent_id: int | None, values: dict[str, Any],
                 index: int | None, label: str) -> None:
        super().__init__(ctx, label)
        self.kind, self.parent_id, self.values, self.index = kind, parent_id, values, index
        self.row: Row | None = None
        self.tombstone: Tombstone | None = None

    def apply(self) -> None:
        if self.tombstone is not None:
            self.row = self.ctx.editor.restore(self.tombstone)
        else:
            self.row = self.ctx.editor.create(self.kind, self.parent_id, self.values, self.index)
        self.ctx.emit_list_changed(self.kind, self.parent_id, self.row.id)

    def revert(self) -> None:
        assert self.row is not None
        self.tombstone = self.ctx.editor.delete(self.kind, self.row.id)
        self.ctx.emit_list_changed(self.kind, self.parent_id, None)


class Delete(EditCommand):
    def __init__(self, ctx: CommandContext, row: Row, label: str) -> None:
        super().__init__(ctx, label)
        self.row = row
        self.tombstone: Tombstone | None = None

    def apply(self) -> None:
        self.tombstone = self.ctx.editor.delete(self.row.kind, self.row.id)
        self.ctx.emit_list_changed(self.row.kind, self.row.parent_id, None)

    def revert(self) -> None:
        assert self.tombstone is not None
        self.ctx.editor.restore(self.tombstone)
        self.ctx.emit_list_changed(self.row.kind, self.row.parent_id, self.row.id)


class Move(EditCommand):
    def __init__(self, ctx: CommandContext, row: Row, old: int, new: int, label: str) -> None:
        super().__init__(ctx, label)
        self.row, self.old, self.new = row, old, new

    def _to(self, index: int) -> None:
        self.ctx.editor.move(self.row.kind, self.row.id, index)
        self.ctx.emit_list_changed(self.row.kind, self.row.parent_id, self.row.id)

    def apply(self) -> None:
        self._to(self.new)

    def revert(self) -> None:
        self._to(self.old)


class Batch(EditCommand):
    """Several commands as one undo step (e.g. create a session with its attendance)."""

    def __init__(self, ctx: CommandContext, label: str, steps: list[Callable[[], EditCommand]]) -> None:
        super().__init__(ctx, label)
        self.factories = steps
        self.done: list[EditCommand] = []

    def apply(self) -> None:
        if not self.done:
            for make in self.factories:
                command = make()
                command.apply()
                self.done.append(command)
        else:
            for command in self.done:
                command.apply()

    def revert(self) -> None:
        for command in reversed(self.done):
            command.revert()
