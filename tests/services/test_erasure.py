"""Erasing a person: the canary test, and what the minutes keep.

A person with a unique canary name is used everywhere a name can go (attendance,
speaker links, free texts, a span, a memo, a draft, adjusted minutes, an action's
owner, the project's secretary, the log), the texts are edited so old versions sit in
the WAL and on free pages, and backups are made. After the erasure, every byte of
every file in the data folder is read: the canary is nowhere, in UTF-8 or UTF-16,
in any case, also not as the slug of its id; and the entries are still there with
their party.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.logsetup import configure_logging
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import erasure
from samverkan_desktop.services.adjustment import adjust, content_hash
from samverkan_desktop.services.editing import Editor
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.minutes_writer import Draft, MinutesWriter
from samverkan_desktop.services.search import search
from samverkan_desktop.services.tagging import set_entry_text, tag_entry
from samverkan_desktop.services.uids import readable_uid
from samverkan_desktop.storage.backup import backup_database, timestamped_name
from samverkan_desktop.storage.library import Library, open_library

CANARY = "Zqxkanarie Östblom-Wiik"
TOKEN = "zqxkanarie"


def leaks(root: Path) -> list[str]:
    """Every file under ``root`` that holds the canary in any form, with the form found."""
    forms = {
        "utf-8": CANARY.encode("utf-8"), "utf-16-le": CANARY.encode("utf-16-le"),
        "token": TOKEN.encode(), "token utf-16-le": TOKEN.encode("utf-16-le"),
    }
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes()
            lowered = data.lower()
            found += [f"{path.relative_to(root)}: {form}" for form, needle in forms.items()
                      if needle.lower() in lowered or needle in data]
    return found


@pytest.fixture
def paths(tmp_path: Path) -> Iterator[DataPaths]:
    data = DataPaths(tmp_path / "data").ensure()
    configure_logging(data.logs)
    yield data
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_samverkan", False):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def lib(paths: DataPaths) -> Iterator[Library]:
    library = open_library(paths)
    yield library
    library.close()


def _ids(lib: Library, model: Any, project_id: int) -> dict[str, int]:
    with lib.sessions() as db:
        return dict(db.execute(select(model.uid, model.id).where(model.project_id == project_id)).all())


def _use_the_canary_everywhere(lib: Library, paths: DataPaths, project_id: int) -> dict[str, int]:
    editor = Editor(lib)
    parties, sessions = _ids(lib, m.Party, project_id), _ids(lib, m.Session, project_id)
    vision = parties["party-vision"]
    session_id = sorted(sessions.values())[0]
    person = editor.create("person", project_id, {"name": CANARY, "party_id": vision, "role": "ombud",
                                                  "uid": readable_uid("person", CANARY)})
    editor.create("attendance", session_id, {"person_id": person.id, "present": True, "role": "adjuster"})
    spoken = editor.create("entry", session_id, {"text": "Vision tycker att arbetsmiljön ska följas upp.",
                                                 "party_id": vision, "person_id": person.id})
    named = editor.create("entry", session_id, {"text": f"{CANARY} (Vision) lyfte frågan om bemanning.",
                                                "party_id": vision, "person_id": person.id})
    tag_id = _ids(lib, m.Tag, project_id)[next(iter(_ids(lib, m.Tag, project_id)))]
    tag_entry(lib, named.id, tag_id, 0, len(CANARY) + 9, memo=f"Citat av {CANARY.upper()}")
    tag_entry(lib, named.id, tag_id, len(CANARY) + 16, len(CANARY) + 22)  # "frågan": survives the erasure
    # an older version of a text, to sit in the WAL and on a free page
    set_entry_text(lib, spoken.id, f"Först skrev sekreteraren {CANARY} här.")
    set_entry_text(lib, spoken.id, "Vision tycker att arbetsmiljön ska följas upp.")
    agenda = editor.children("agenda_item", session_id)[0]
    editor.create("minute_note", agenda.id, {"party_id": vision,
                                             "text": f"Protokollsanteckning: {CANARY.lower()} reserverade sig."})
    editor.create("action", project_id, {"text": "Följ upp bemanningen", "owner": CANARY})
    editor.set("project", project_id, secretary=CANARY)
    writer = MinutesWriter(lib)
    writer.save_draft(Draft(session_id, f"Ordet går till  {CANARY}", vision, person.id))
    assert writer.close(10.0)
    adjust(lib, session_id, [person.id], dt.date(2026, 11, 1))
    logging.getLogger("samverkan_desktop.test").warning("edit failed: value %r", CANARY)
    backup_database(paths.database, paths.backups / timestamped_name("close"))
    backup_database(paths.database, paths.backups / timestamped_name("before-migration-0002"))
    backup_database(paths.database, paths.root / "library-damaged-20261101.sqlite3")  # a copy set aside
    return {"person": person.id, "session": session_id, "vision": vision, "named": named.id, "spoken": spoken.id}


def test_canary_is_nowhere_in_the_data_folder_and_the_minutes_stay(
        lib: Library, paths: DataPaths, demo_document: dict[str, Any]) -> None:
    project_id = import_document(lib, demo_document).project_id
    ids = _use_the_canary_everywhere(lib, paths, project_id)
    assert leaks(paths.root), "the test must first put the canary where the scan finds it"
    with lib.sessions() as db:
        vision_entries = db.scalars(select(m.Entry.id).where(m.Entry.party_id == ids["vision"])).all()
    plan = erasure.plan_erasure(lib, paths, ids["person"])
    assert (plan.name, plan.party, plan.entries, plan.attendance) == (CANARY, "Vision", 2, 1)
    assert plan.occurrences == 6 and plan.adjusted_sessions == 1
    assert len(plan.backups) == 3

    result = erasure.erase_person(lib, paths, ids["person"])

    assert result.occurrences == 6 and result.entries == 2 and result.attendance == 1
    assert result.backups_removed == 3 and result.logs_scrubbed == 1 and result.adjusted_sessions == 1
    assert leaks(paths.root) == []
    assert [p.name for p in paths.backups.iterdir()] == [result.backup.name] if result.backup else False
    with lib.sessions() as db:
        assert db.scalars(select(m.Entry.id).where(m.Entry.party_id == ids["vision"])).all() == vision_entries
        named = db.get(m.Entry, ids["named"])
        assert named is not None and named.person_id is None and named.party_id == ids["vision"]
        assert named.text == "[namn borttaget] (Vision) lyfte frågan om bemanning."
        whole, span = sorted(named.taggings, key=lambda t: t.start is not None)
        assert (whole.start, whole.end, whole.memo) == (None, None, "Citat av [namn borttaget]")
        assert span.start is not None and named.text[span.start:span.end] == "frågan"
        person = db.get(m.Person, ids["person"])
        assert person is not None and (person.name, person.role, person.uid) == (
            "[namn borttaget]", None, "person-anonymiserad")
        line = db.scalars(select(m.Attendance).where(m.Attendance.person_id == ids["person"])).one()
        assert line.present and line.role is not None and person.party_id == ids["vision"]
        session = db.get(m.Session, ids["session"])
        assert session is not None and session.adjusted_extra is not None
        assert len(session.adjusted_extra["anonymised"]) == 1
        assert session.adjusted_hash == content_hash(lib, ids["session"])
        draft = db.get(m.EntryDraft, ids["session"])
        assert draft is not None and draft.text == "Ordet går till  [namn borttaget]" and draft.person_id is None
    assert search(lib, project_id, TOKEN) == []
    assert TOKEN not in str(export_document(lib, demo_document["project"]["id"])).lower()
    lib.close()
    assert leaks(paths.root) == []


def test_nothing_but_the_project_changes_when_the_name_is_elsewhere(
        lib: Library, paths: DataPaths, demo_document: dict[str, Any]) -> None:
    """A same-named person of another project is another person: untouched."""
    first = import_document(lib, demo_document).project_id
    other_document = {**demo_document, "project": {**demo_document["project"], "id": "annat-projekt"}}
    second = import_document(lib, other_document).project_id
    editor = Editor(lib)
    mine = editor.create("person", first, {"name": CANARY})
    theirs = editor.create("person", second, {"name": CANARY})
    erasure.erase_person(lib, None, mine.id)
    assert editor.get("person", theirs.id)["name"] == CANARY
    assert editor.get("person", mine.id)["name"] == "[namn borttaget]"


def test_name_pattern_matches_whole_names_only() -> None:
    pattern = erasure.name_pattern("Anna  Berg")
    assert pattern is not None
    assert pattern.sub("X", "anna berg, ANNA\nBERG och Annaberg, Anna Bergström") == "X, X och Annaberg, Anna Bergström"
    assert erasure.name_pattern("Al") is None and erasure.name_pattern("[namn borttaget]") is None


def test_an_unknown_person_is_a_clear_error(lib: Library) -> None:
    with pytest.raises(erasure.NotFound) as error:
        erasure.erase_person(lib, None, 999)
    assert "finns inte" in error.value.text("sv")


def test_database_errors_do_not_carry_typed_text(lib: Library) -> None:
    """Errors are logged; the values the user typed (names) must not ride along."""
    from samverkan_desktop.services.errors import StorageFailed

    editor = Editor(lib)
    with pytest.raises(StorageFailed) as error:
        editor.create("person", 999_999, {"name": CANARY})  # no such project: a foreign key error
    assert CANARY not in repr(error.value.__cause__) and CANARY not in str(error.value.__cause__)


def test_erasing_the_anonymous_person_again_clears_backups_again(
        lib: Library, paths: DataPaths, demo_document: dict[str, Any]) -> None:
    """What the message after a failed rewrite tells the user to do works."""
    project_id = import_document(lib, demo_document).project_id
    person = Editor(lib).create("person", project_id, {"name": CANARY})
    erasure.erase_person(lib, paths, person.id)
    backup_database(paths.database, paths.backups / "library-left-over.sqlite3")
    again = erasure.erase_person(lib, paths, person.id)
    assert (again.occurrences, again.backups_removed, again.person_uid) == (0, 2, "person-anonymiserad")
    assert [p.name for p in paths.backups.iterdir()] == [again.backup.name if again.backup else ""]


def test_a_backup_that_cannot_be_deleted_is_named_in_a_clear_error(
        lib: Library, paths: DataPaths, demo_document: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """Fault injection (root deletes anything here): an antivirus scanner holding a backup on Windows."""
    from samverkan_desktop.services.errors import StorageFailed

    project_id = import_document(lib, demo_document).project_id
    person = Editor(lib).create("person", project_id, {"name": CANARY})
    held = backup_database(paths.database, paths.backups / "library-held.sqlite3")

    def refuse(path: Path) -> None:
        if path == held:
            raise PermissionError(13, "Permission denied", str(path))
        path.unlink()

    monkeypatch.setattr(erasure, "remove_file", refuse)
    with pytest.raises(StorageFailed) as error:
        erasure.erase_person(lib, paths, person.id)
    message = error.value.text("sv")
    assert "library-held.sqlite3" in message and "en gång till" in message
    assert Editor(lib).get("person", person.id)["name"] == "[namn borttaget]"
    assert any(p.name.endswith("after-erasure.sqlite3") for p in paths.backups.iterdir())
    monkeypatch.undo()
    again = erasure.erase_person(lib, paths, person.id)  # what the message says to do
    assert again.backups_removed == 2 and [p.name for p in paths.backups.iterdir()] == [
        again.backup.name if again.backup else ""]
