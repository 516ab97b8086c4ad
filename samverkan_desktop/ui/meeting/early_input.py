"""What is typed into meeting mode before its minutes are open.

``samverkan-desktop --meeting …`` shows meeting mode's window before the library is opened
(app.py, docs/performance.md), so the secretary can start typing at once. The editor takes
the typing as always; what needs the minutes is kept here, in order: each entry saved with
Enter (its text, and when its first character was typed) and each choice of party, kind or
topic. Once the minutes are open, ``MeetingWindow.attach`` has ``EarlyTyping.catch_up`` do
them in that order, as if the minutes had been open all along; the text still being typed
then goes to the draft writer at once. ``EarlyTyping`` is the window's editor before the
minutes are open: it keeps what is typed there and, when they cannot be opened, gives it up.

The keys that act on earlier entries or open other windows (tagging, attendance, adjusting)
have nothing to act on yet: the window says so instead. Text that cannot be saved after all
(the minutes are locked, the session is not there, the library cannot be opened) is put on
the clipboard and the user is told (``keep_on_clipboard``): it is never dropped silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QMessageBox, QWidget

from samverkan_desktop.domain.rules import now_iso
from samverkan_desktop.ui.meeting.entry_editor import EntryEditor
from samverkan_desktop.ui.meeting.keys import KINDS, PARTIES, MeetingAction

if TYPE_CHECKING:
    from samverkan_desktop.ui.meeting.session import MeetingSession

# the keys whose choice is kept and made once the minutes are open
CHOICES = frozenset({*PARTIES, MeetingAction.NO_PARTY, *KINDS, MeetingAction.NEXT_TOPIC,
                     MeetingAction.PREVIOUS_TOPIC})
# the keys that work at once: they need nothing of the minutes
AT_ONCE = frozenset({MeetingAction.FULL_SCREEN, MeetingAction.HELP, MeetingAction.CLOSE})


@dataclass(frozen=True)
class EarlyEntry:
    """An entry saved with Enter before the minutes were open."""

    text: str
    # when its first character was typed (an entry's recorded_at)
    started_at: str | None


class EarlyInput:
    """The steps taken before the minutes were open, in order: entries and choices."""

    def __init__(self) -> None:
        self.steps: list[EarlyEntry | MeetingAction] = []
        # when the first character of the entry being typed was typed
        self.started_at: str | None = None

    def typed(self, empty: bool) -> None:
        """The editor's text changed; the first character of an entry starts its clock."""
        if empty:
            self.started_at = None
        elif self.started_at is None:
            self.started_at = now_iso()

    def commit(self, text: str) -> bool:
        """Enter: keep the entry as typed (meeting mode trims it when it saves it, after a stored
        draft is put in front); False for an empty one (as meeting mode itself ignores it)."""
        if not text.strip():
            return False
        self.steps.append(EarlyEntry(text, self.started_at or now_iso()))
        self.started_at = None
        return True

    def choose(self, action: MeetingAction) -> None:
        self.steps.append(action)

    def entries(self) -> list[EarlyEntry]:
        return [step for step in self.steps if isinstance(step, EarlyEntry)]

    def unsaved_text(self, typing: str) -> str:
        """Everything typed, the entries and then the text being typed, one paragraph each."""
        texts = [*(entry.text for entry in self.entries()), typing]
        return "\n\n".join(text.strip() for text in texts if text.strip())


def keep_on_clipboard(text: str) -> str:
    """Put text that cannot be saved on the clipboard; the sentence that tells the user so
    ("" when there is no text)."""
    if not text:
        return ""
    QGuiApplication.clipboard().setText(text)
    return QCoreApplication.translate(
        "EarlyInput", "What you typed could not be saved; it is on the clipboard, so that you can paste it "
                      "where it belongs.")


class EarlyTyping:
    """Meeting mode's entry editor while its minutes are being opened: what is typed and chosen
    there is kept (``EarlyInput``), then done (``catch_up``) or given up (``give_up``)."""

    def __init__(self, editor: EntryEditor, parent: QWidget) -> None:
        self.editor = editor
        # the window a message box opens over
        self.parent = parent
        self.input = EarlyInput()

    def typed(self) -> None:
        self.input.typed(self.editor.document().isEmpty())

    def commit(self) -> None:
        """Enter: the entry is kept, and saved once the minutes are open."""
        if self.input.commit(self.editor.toPlainText()):
            self.editor.clear_quietly()

    def choose(self, action: MeetingAction) -> None:
        self.input.choose(action)

    def unsaved_text(self) -> str:
        """Everything typed so far (nothing of it is saved yet)."""
        return self.input.unsaved_text(self.editor.toPlainText())

    def give_up(self, reason: str = "") -> None:
        """The typing cannot be saved: it goes on the clipboard, the user is told (``reason``
        first), the editor is emptied and nothing is kept any longer."""
        kept = keep_on_clipboard(self.unsaved_text())
        if reason or kept:
            QMessageBox.warning(self.parent, "Samverkan Desktop", "\n\n".join(text for text in (reason, kept) if text))
        self.input = EarlyInput()
        self.editor.clear_quietly()

    def catch_up(self, session: MeetingSession, act: Callable[[MeetingAction], object]) -> bool:
        """The minutes are open: the stored draft in the editor, in front of what was typed
        meanwhile (as if it had been there); then the entries and choices (``act``) of before,
        in their order. True when text is being typed: the window hands it to the writer at once."""
        if session.locked() and (self.input.steps or self.editor.toPlainText()):  # locked minutes take no entry
            self.give_up()
        early, self.input = self.input, EarlyInput()
        draft = session.data.draft.text if session.data.draft is not None else ""
        typing = self.editor.toPlainText()
        if early.entries() and draft:  # the draft is where the first entry began
            first = early.entries()[0]
            early.steps[early.steps.index(first)] = EarlyEntry(draft + first.text, first.started_at)
            draft = ""
        if draft:
            self.editor.blockSignals(True)
            document = self.editor.document()
            document.setUndoRedoEnabled(False)  # undoing must not take the draft out
            QTextCursor(document).insertText(draft)  # at the start: the typing keeps its cursor
            document.setUndoRedoEnabled(True)
            if not typing:
                self.editor.moveCursor(QTextCursor.MoveOperation.End)
            self.editor.blockSignals(False)
        for step in early.steps:
            if isinstance(step, EarlyEntry):
                session.started_at = session.started_at or step.started_at
                session.commit(step.text)
            else:
                act(step)
        if typing:
            session.started_at = session.started_at or early.started_at
        return bool(typing)
