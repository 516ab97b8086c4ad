"""Send out, record in meeting mode on a second laptop, and receive it back through the app's
dialogs: the preview, the conflict side by side, the choice, the merge off the GUI thread."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import library_service
from samverkan_desktop.services.archive import read_project_or_archive, write_archive
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.merge.sendout import send_out
from samverkan_desktop.services.minutes import load_meeting
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui import settings as S
from samverkan_desktop.ui.collaboration.merge_dialog import MergeDialog
from samverkan_desktop.ui.collaboration.receive import receive_file
from samverkan_desktop.ui.collaboration.send_out import SendOutDialog
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.main_window import MainWindow
from samverkan_desktop.ui.meeting.window import MeetingWindow
from samverkan_desktop.ui.models import session_table as T
from tests.gui.conftest import type_text
from tests.gui.test_meeting_mode import key
from tests.i18n.test_translations import swedish  # noqa: F401 - fixture
from tests.merge.conftest import FOCUS, FSG, PROJECT

RECIPIENT = "FSG Utbildning – Åsa Öberg"


def _session_id(library: Library, uid: str) -> int:
    return next(s.id for s in library_service.list_sessions(library, PROJECT) if s.uid == uid)


def _entries(library: Library, session: str) -> list[dict[str, Any]]:
    found = next(s for s in export_document(library, PROJECT)["sessions"] if s["id"] == session)
    return list(found.get("entries", []))


@pytest.fixture
def fsg(tmp_path: Path, ctx: EditContext, demo_project: int) -> Iterator[Library]:
    """The FSG secretary's laptop, with the two sessions the central secretary sent out."""
    sent = send_out(ctx.library, PROJECT, [FSG, FOCUS], RECIPIENT, tmp_path / "ut.samverkan").path
    library = open_library(DataPaths(tmp_path / "fsg"))
    import_document(library, read_project_or_archive(sent))
    yield library
    library.close()


def test_the_session_lists_show_what_is_out_and_what_was_received(ctx: EditContext, demo_project: int,
                                                                  fsg: Library) -> None:
    def column(library: Library, project_id: int) -> dict[str, str]:
        sessions = library_service.sessions_of_project(library, project_id)
        model = T.SessionTableModel()
        model.set_sessions(sessions)
        return {s.uid: model.data(model.index(row, T.RECORDER)) for row, s in enumerate(sessions)}

    here = column(ctx.library, demo_project)
    assert here[FSG] == here[FOCUS] == f"Sent out to {RECIPIENT}"
    assert set(here.values()) == {"", f"Sent out to {RECIPIENT}"}
    there = column(fsg, library_service.project_id_for(fsg, PROJECT))
    assert set(there) == {FSG, FOCUS}
    assert all(text.startswith("Recorded here (sent by ") for text in there.values())


def test_the_send_out_dialog_lists_the_sessions_and_needs_a_recipient(qtbot: QtBot, ctx: EditContext,
                                                                       demo_project: int) -> None:
    dialog = SendOutDialog(library_service.sessions_of_project(ctx.library, demo_project))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 4 and not dialog.send_button.isEnabled()
    dialog.list.item(1).setCheckState(Qt.CheckState.Checked)
    assert not dialog.send_button.isEnabled()
    type_text(dialog.recipient_edit, RECIPIENT)
    assert dialog.send_button.isEnabled()
    assert dialog.sessions() == [FSG] and dialog.recipient() == RECIPIENT


def test_record_in_meeting_mode_there_and_receive_it_here(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                          fsg: Library, tmp_path: Path,
                                                          swedish: None) -> None:  # noqa: F811 - the fixture
    # the FSG secretary records in meeting mode on the second laptop
    there = EditContext(fsg, "sv")
    meeting = MeetingWindow(there, _session_id(fsg, FSG))
    qtbot.addWidget(meeting)
    meeting.show()
    type_text(meeting.editor, "Lärarna vill ha återkoppling – före jul.")
    key(meeting.editor, Qt.Key.Key_Return)
    assert meeting.session.writer.flush(10)
    meeting.close()
    assert any(e.text == "Lärarna vill ha återkoppling – före jul." for e in load_meeting(fsg, _session_id(fsg, FSG))
               .entries)
    # one entry edited on both sides
    for library, text in ((fsg, "FSG:s version."), (ctx.library, "Den centrala versionen.")):
        doc = export_document(library, PROJECT)
        next(s for s in doc["sessions"] if s["id"] == FSG)["entries"][0]["text"] = text
        import_document(library, json.loads(json.dumps(doc)), replace=True)
    back = write_archive(fsg, PROJECT, tmp_path / "tillbaka.samverkan")

    window = MainWindow(ctx, DataPaths(tmp_path / "data"), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    window.open_project(PROJECT)
    receive_file(window, back)  # reads and compares off the GUI thread, then shows the preview
    qtbot.waitUntil(lambda: window.findChild(MergeDialog) is not None, timeout=10000)
    dialog = window.findChild(MergeDialog)
    assert dialog is not None
    assert dialog.list.count() == 1 and not dialog.receive_button.isEnabled()
    assert "Den centrala versionen." in dialog.mine_view.toPlainText()
    assert "FSG:s version." in dialog.theirs_view.toPlainText()
    assert "Antecknat: 2025-10-02 08:34" in dialog.mine_view.toPlainText().splitlines()  # not an ISO stamp
    assert dialog.waiting.text() == "1 konflikt väntar på ditt val."  # not "1 konflikter"
    dialog.radios["both"].click()
    assert dialog.receive_button.isEnabled()
    dialog.receive_button.click()
    qtbot.waitUntil(lambda: RECIPIENT in window.statusBar().currentMessage(), timeout=15000)

    texts = [e["text"] for e in _entries(ctx.library, FSG)]
    assert "Lärarna vill ha återkoppling – före jul." in texts
    assert "Den centrala versionen." in texts and "FSG:s version." in texts
    sessions = library_service.sessions_of_project(ctx.library, demo_project)
    model = T.SessionTableModel()
    model.set_sessions(sessions)
    row = next(i for i, s in enumerate(sessions) if s.uid == FSG)
    shown = model.data(model.index(row, T.RECORDER))
    assert shown.startswith(RECIPIENT)


def test_a_change_to_an_adjusted_session_can_only_be_kept_out(qtbot: QtBot, ctx: EditContext, demo_project: int,
                                                              fsg: Library, tmp_path: Path) -> None:
    import datetime as dt

    from samverkan_desktop.services import adjustment
    from samverkan_desktop.services.merge import service

    doc = export_document(fsg, PROJECT)
    entry = next(s for s in doc["sessions"] if s["id"] == FOCUS)["entries"][0]
    entry["text"] = "Ändrat hos FSG."
    entry.pop("tags", None)
    import_document(fsg, json.loads(json.dumps(doc)), replace=True)
    adjustment.adjust(ctx.library, _session_id(ctx.library, FOCUS), [], dt.date(2025, 10, 20))
    prepared = service.prepare(ctx.library, PROJECT, read_project_or_archive(write_archive(
        fsg, PROJECT, tmp_path / "b.samverkan")))
    dialog = MergeDialog(prepared, service.plan(prepared))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.list.count() == 1
    assert not dialog.radios["theirs"].isEnabled() and not dialog.radios["both"].isEnabled()
    assert "reopen" in dialog.reason.text()
    dialog.choose_all("both")  # what cannot be kept both ways is kept out
    assert dialog.choices() == {f"session/{FOCUS}": "mine"} and dialog.receive_button.isEnabled()
