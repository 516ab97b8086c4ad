"""A screen the user leaves is gone: no signal of the app-wide EditContext keeps it alive or calls into it.

The main window deletes the editor it replaces, and a meeting window is deleted when it
closes, but the EditContext lives as long as the library is open. A lambda connected to
one of its signals is not disconnected when the widget it refers to is deleted (Qt only
does that for a receiver's own methods): each visit to a session leaked its agenda,
attendance and minute-note panes and each meeting its whole window (about 5 MB a visit in
the fuzz soak, which ran out of memory), and the next change of a question or party called
into the deleted panes.
"""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.editors.registry import create_editor
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models.navigator import Node, Section
from tests.gui.test_session_editor import HELD, session_id

KINDS = ("project", "mandate", "question", "party", "person", "session", "agenda_item", "entry", "tag",
         "tagging", "attendance", "minute_note", "action", "quote", "report_name")


def _delete(widget: QWidget) -> weakref.ref[QWidget]:
    gone = weakref.ref(widget)
    widget.close()
    widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    return gone


@pytest.mark.parametrize("section", [s for s in Section if s is not Section.PROJECT] + ["meeting window"],
                         ids=lambda s: getattr(s, "value", s))
def test_a_deleted_screen_is_freed_and_never_called_again(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                          section: Section | str) -> None:
    session = session_id(ctx, demo_project, HELD)
    if isinstance(section, Section):
        widget = create_editor(ctx, Node(section, demo_project, session if section is Section.SESSION else None))
    else:
        widget = MeetingWindow(ctx, session)
    widget.show()
    qtbot.waitExposed(widget)
    gone = _delete(widget)
    del widget
    gc.collect()
    assert gone() is None  # nothing holds it: not a signal of the context, not a timer
    for kind in KINDS:  # an exception in a slot fails the test (pytest-qt)
        ctx.changed.emit(kind, 1)
        ctx.list_changed.emit(kind, 0, 0)
