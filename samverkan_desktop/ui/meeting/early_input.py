"""What is typed into meeting mode before its minutes are open.

``samverkan-desktop --meeting …`` shows meeting mode's window before the library is opened
(app.py, docs/performance.md), so the secretary can start typing at once. The editor takes
the typing as always; what needs the minutes is kept here, in order: each entry saved with
Enter (its text, and when its first character was typed) and each choice of party, kind or
topic. Once the minutes are open, ``MeetingWindow.attach`` does them in that order, as if
the minutes had been open all along, and hands the text still being typed to the draft
writer at once.

The keys that act on earlier entries or open other windows (tagging, attendance, adjusting)
have nothing to act on yet: the window says so instead. Text that cannot be saved after all
(the minutes are locked, the session is not there, the library cannot be opened) is put on
the clipboard and the user is told (``keep_on_clipboard``): it is never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from samverkan_desktop.domain.rules import now_iso
from samverkan_desktop.ui.meeting.keys import KINDS, PARTIES, MeetingAction

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
