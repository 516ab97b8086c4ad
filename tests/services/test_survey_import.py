"""Importing written answers: entries with their question and group, rating items as sums, one
transaction, and the canary: no respondent's name or e-mail anywhere in the data folder afterwards."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.logsetup import configure_logging
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.progress import Cancelled
from samverkan_desktop.services.errors import ImportRefused
from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.search import search
from samverkan_desktop.services.survey.columns import Choice, Use, automatic, describe
from samverkan_desktop.services.survey.importing import DEFAULT_GROUP, import_responses
from samverkan_desktop.services.survey.reading import read_survey_bytes
from samverkan_desktop.services.survey.results import hme_summary, rating_results
from samverkan_desktop.storage.backup import backup_database, timestamped_name
from samverkan_desktop.storage.library import Library, open_library
from tests import survey_files as sf


def leaks(root: Path) -> list[str]:
    """Every file under ``root`` that holds a respondent's identity, in UTF-8 or UTF-16, any case."""
    needles = [value.encode(codec) for value in (sf.CANARY_NAME, sf.CANARY_MAIL, sf.CANARY_TOKEN)
               for codec in ("utf-8", "utf-16-le")]
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = path.read_bytes().lower()
            found += [f"{path.relative_to(root)}: {n!r}" for n in needles if n.lower() in data]
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


def _questions(lib: Library, project_id: int) -> list[tuple[int, str]]:
    with lib.sessions() as db:
        return [(q.id, q.text) for q in db.scalars(select(m.Question).where(m.Question.project_id == project_id)
                                                      .order_by(m.Question.sort_order))]


def _import(lib: Library, project_id: int, data: bytes, name: str = "svar.xlsx", group: str | None = sf.GROUP,
            **kwargs: Any) -> Any:
    table = read_survey_bytes(data, name)
    mapping = automatic(describe(table, _questions(lib, project_id)), group=group)
    return import_responses(lib, project_id, table, mapping, **kwargs)


def _dump(lib: Library) -> list[str]:
    assert lib.path is not None
    connection = sqlite3.connect(lib.path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def test_answers_become_entries_of_a_written_answers_session(lib: Library, demo_document: dict[str, Any]) -> None:
    project_id = import_document(lib, demo_document).project_id
    result = _import(lib, project_id, sf.forms_workbook(), title="Medarbetarenkät våren 2026",
                     date=dt.date(2026, 3, 20))
    assert (result.respondents, result.answers, result.rating_items) == (4, 6, 2)
    assert result.dropped == tuple(sf.ENGLISH_IDENTITY)
    questions = dict((text, qid) for qid, text in _questions(lib, project_id))
    with lib.sessions() as db:
        session = db.get(m.Session, result.session_id)
        assert session is not None
        assert (session.kind, session.title, session.date, session.respondents, session.status) == (
            "written_answers", "Medarbetarenkät våren 2026", dt.date(2026, 3, 20), 4, "held")
        entries = [(e.question_id, e.text, e.party_id, e.person_id, e.respondent_group, e.kind)
                   for e in session.entries]
    q1, q3 = questions[sf.Q1], questions[sf.Q3]
    assert entries == [
        (q1, sf.ANSWERS[0][0], None, None, "Socialförvaltningen", "statement"),
        (q1, "=cmd|' /C calc'!A0", None, None, "Socialförvaltningen", "statement"),
        (q1, sf.ANSWERS[3][0], None, None, "Utbildningsförvaltningen", "statement"),
        (q3, "APT är mest information.", None, None, "Socialförvaltningen", "statement"),
        (q3, "<b>Inget</b> & inget 😀\nNy rad här.", None, None, "Socialförvaltningen", "statement"),
        (q3, "Vi påverkar schemat, ”ibland”.", None, None, "Utbildningsförvaltningen", "statement"),
    ]
    items = rating_results(lib, project_id)
    assert [(r.text, r.hme, r.figures.counts, r.figures.n) for r in items] == [
        (sf.HME_1, "motivation_1", (0, 1, 1, 1, 1), 4), (sf.HME_4, "ledarskap_1", (0, 0, 1, 1, 1), 3)]
    assert items[0].figures.mean == 3.5 and items[0].figures.index == 62.5
    assert [(g.group, g.figures.counts) for g in items[0].groups] == [
        ("Socialförvaltningen", (0, 0, 1, 1, 0)), ("Utbildningsförvaltningen", (0, 1, 0, 0, 1))]
    summary = hme_summary((r.hme, r.figures) for r in items)
    assert [(a.key, a.figures.n, a.items) for a in summary] == [
        ("motivation", 4, 1), ("ledarskap", 3, 1), ("hme", 7, 2)]
    hits = search(lib, project_id, "årsplan")  # the demo's minutes say it too
    with lib.sessions() as db:
        found = {db.get(m.Entry, h.entry_id).text for h in hits if h.session_id == result.session_id}  # type: ignore[union-attr]
    assert found == {sf.ANSWERS[3][0]}


def test_without_a_group_every_answer_is_an_employees(lib: Library, demo_document: dict[str, Any]) -> None:
    project_id = import_document(lib, demo_document).project_id
    result = _import(lib, project_id, sf.csv_variants()["excel-semicolon-1252"], "svar.csv", group=None)
    with lib.sessions() as db:
        groups = set(db.scalars(select(m.Entry.respondent_group).where(m.Entry.session_id == result.session_id)))
    assert groups == {DEFAULT_GROUP}
    assert all(r.groups == () for r in rating_results(lib, project_id))


def test_a_column_can_become_a_new_question_of_the_guide(lib: Library, demo_document: dict[str, Any]) -> None:
    project_id = import_document(lib, demo_document).project_id
    table = read_survey_bytes(sf.forms_workbook(), "svar.xlsx")
    mapping = automatic(describe(table, _questions(lib, project_id))) | {5: Choice(Use.NEW_QUESTION)}
    before = len(_questions(lib, project_id))
    result = import_responses(lib, project_id, table, mapping)
    guide = _questions(lib, project_id)
    assert len(guide) == before + 1 and guide[-1][1] == sf.OWN
    with lib.sessions() as db:
        texts = db.scalars(select(m.Entry.text).where(m.Entry.question_id == guide[-1][0])).all()
        number = db.get(m.Question, guide[-1][0])
    assert texts == ["Bra att ni frågar!", "Mer tid för skyddsombuden – tack."]
    assert number is not None and number.number == before + 1
    assert result.new_questions == 1


@pytest.mark.parametrize("mapping", [
    {},  # nothing chosen
    {0: Choice(Use.SKIP), 4: Choice(Use.GROUP)},
    {0: Choice(Use.RATING)},  # text is no rating item
    {0: Choice(Use.QUESTION, 999_999)},  # a question of no guide
    {4: Choice(Use.GROUP), 5: Choice(Use.GROUP), 2: Choice(Use.RATING)},
])
def test_a_refused_import_writes_nothing(lib: Library, demo_document: dict[str, Any],
                                         mapping: dict[int, Choice]) -> None:
    project_id = import_document(lib, demo_document).project_id
    table = read_survey_bytes(sf.forms_workbook(), "svar.xlsx")
    before = _dump(lib)
    with pytest.raises(ImportRefused) as caught:
        import_responses(lib, project_id, table, mapping)
    assert "\n" not in caught.value.text()
    assert _dump(lib) == before


def test_a_cancelled_import_leaves_the_library_as_it_was(lib: Library, demo_document: dict[str, Any]) -> None:
    project_id = import_document(lib, demo_document).project_id
    before = _dump(lib)
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        raise Cancelled()

    with pytest.raises(Cancelled):
        _import(lib, project_id, sf.forms_workbook(), progress=progress)
    assert calls and _dump(lib) == before


def test_written_answers_round_trip_through_the_project_file(lib: Library, demo_document: dict[str, Any],
                                                             tmp_path: Path) -> None:
    project_id = import_document(lib, demo_document).project_id
    _import(lib, project_id, sf.forms_workbook())
    uid = demo_document["project"]["id"]
    exported = export_document(lib, uid)
    session = exported["sessions"][-1]
    assert session["kind"] == "written_answers" and session["respondents"] == 4
    assert {e["group"] for e in session["entries"]} == {"Socialförvaltningen", "Utbildningsförvaltningen"}
    assert all("party" not in e and "person" not in e for e in session["entries"])
    assert [i["counts"] for i in exported["rating_items"]] == [[0, 1, 1, 1, 1], [0, 0, 1, 1, 1]]
    other = open_library(DataPaths(tmp_path / "other"))
    try:
        import_document(other, exported)
        again = export_document(other, uid)
    finally:
        other.close()
    for document in (exported, again):
        document.pop("exported_at")
    assert again == exported


@pytest.mark.parametrize("source", ["forms-english", "forms-swedish", "excel-csv-utf8", "excel-semicolon-1252",
                                    "comma-utf8"])
def test_no_respondent_identity_anywhere_in_the_data_folder(
        lib: Library, paths: DataPaths, demo_document: dict[str, Any], source: str) -> None:
    project_id = import_document(lib, demo_document).project_id
    swedish = source != "forms-english"
    rows = sf.rows(swedish=swedish)
    data = sf.forms_workbook(rows) if source.startswith("forms") else sf.csv_variants(rows)[source]
    raw = paths.root.parent / f"input-{source}"
    raw.write_bytes(data)
    assert sf.CANARY_NAME.encode("utf-8") in data or sf.CANARY_NAME.encode("cp1252") in data or source.startswith(
        "forms"), "the canary must be in the file"
    table = read_survey_bytes(data, "svar.xlsx" if source.startswith("forms") else "svar.csv")
    # the most the user could ask for: every column of the file in, as a question of its own
    everything = {c.index: Choice(Use.RATING if c.rating else Use.NEW_QUESTION)
                  for c in describe(table, _questions(lib, project_id))}
    result = import_responses(lib, project_id, table, everything)
    assert result.answers == 12 and result.rating_items == 2
    logging.getLogger("samverkan_desktop.test").info("imported %s", result)
    backup_database(paths.database, paths.backups / timestamped_name("after-import"))
    export_document(lib, demo_document["project"]["id"])
    assert search(lib, project_id, sf.CANARY_TOKEN) == []
    lib.close()
    assert leaks(paths.root) == []
    assert (paths.backups.iterdir() and any(paths.logs.iterdir()))


def test_deleting_the_written_answers_takes_their_rating_items_and_undo_brings_both_back(
        lib: Library, demo_document: dict[str, Any]) -> None:
    from samverkan_desktop.services.editing import Editor

    project_id = import_document(lib, demo_document).project_id
    result = _import(lib, project_id, sf.forms_workbook())
    before = [(r.uid, r.figures, r.groups) for r in rating_results(lib, project_id)]
    editor = Editor(lib)
    tombstone = editor.delete("session", result.session_id)
    assert rating_results(lib, project_id) == [] and search(lib, project_id, "årsplan") != []
    editor.restore(tombstone)
    assert [(r.uid, r.figures, r.groups) for r in rating_results(lib, project_id)] == before
    with lib.sessions() as db:
        assert db.scalar(select(m.Session.respondents).where(m.Session.id == result.session_id)) == 4
