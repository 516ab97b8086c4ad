"""Write a survey's answers into a project: one session of written answers and the rating items.

Every non-empty free-text answer becomes an entry of a new session of the kind
``written_answers`` (skriftliga svar), with its question, no party and no person, and its
group (``DEFAULT_GROUP`` when no group column is chosen). Text is stored exactly as
written: formulas, markup, emoji and line breaks are just text; only an answer of
whitespace alone counts as empty. Entries follow the file's columns, then its rows.

Each rating column becomes a ``RatingItem`` of the round: its answers counted per step of
the scale, in total and per group. Single answers are not kept.

Everything is checked before anything is written, and then written in one transaction
(the search index follows through its triggers): a refused, failed or cancelled import
leaves the library as it was. The identity columns never got this far (``reading``).
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select
from sqlalchemy.exc import SQLAlchemyError

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import EntryKind, SessionKind, SessionStatus
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.progress import Progress
from samverkan_desktop.services.errors import ImportRefused, LocalText, NotFound, StorageFailed
from samverkan_desktop.services.storage_faults import classify
from samverkan_desktop.services.survey import hme
from samverkan_desktop.services.survey.columns import Choice, Use, uses
from samverkan_desktop.services.survey.reading import NO_RESPONSES, SurveyTable
from samverkan_desktop.services.uids import readable_uid
from samverkan_desktop.storage.library import Library

log = logging.getLogger(__name__)

#: the group of an answer when no group column is chosen (or the respondent left it empty)
DEFAULT_GROUP = "Medarbetare"
DEFAULT_TITLE = "Skriftliga svar från medarbetare"
#: entries written per executemany (and per progress step)
BATCH = 2_000
SCALE = ("1", "2", "3", "4", "5")

NOTHING_MAPPED = LocalText(
    "Ingen kolumn i filen motsvarar en fråga i samtalsguiden eller är en skattning (heltal 1–5), och ingen är "
    "vald. Välj vilken fråga varje kolumn besvarar, eller ge kolumnerna samma rubrik som frågorna i "
    "samtalsguiden.",
    "No column of the file matches a question of the guide or is a rating item (whole numbers 1–5), and none "
    "is chosen. Choose which question each column answers, or head the columns with the guide's questions.")


@dataclass(frozen=True)
class ResponsesImported:
    session_id: int
    session_uid: str
    title: str
    respondents: int
    answers: int
    rating_items: int
    new_questions: int
    #: the identity columns that were left out
    dropped: tuple[str, ...]


def guide_questions(library: Library, project_id: int) -> list[tuple[int, str]]:
    """The project's question guide as (id, text) pairs in its order: what columns are matched against."""
    q = table_of(m.Question)
    with library.engine.connect() as c:
        rows = c.execute(select(q.c.id, q.c.text).where(q.c.project_id == project_id).order_by(q.c.sort_order)).all()
    return [(int(i), str(t)) for i, t in rows]


def _refuse(sv: str, en: str) -> ImportRefused:
    return ImportRefused(LocalText(sv, en))


def _check(table: SurveyTable, mapping: Mapping[int, Choice], question_ids: set[int]) -> None:
    text_columns = uses(mapping, Use.QUESTION) + uses(mapping, Use.NEW_QUESTION)
    if not text_columns and not uses(mapping, Use.RATING):
        raise ImportRefused(NOTHING_MAPPED)
    if len(uses(mapping, Use.GROUP)) > 1:
        raise _refuse("Välj högst en kolumn som grupp.", "Choose at most one column as the group.")
    for index, choice in mapping.items():
        if not 0 <= index < len(table.headers):
            raise _refuse(f"Kolumn {index + 1} finns inte i filen.", f"Column {index + 1} is not in the file.")
        header = table.headers[index]
        if choice.use is Use.QUESTION and choice.question_id not in question_ids:
            raise _refuse(f"Kolumnen ”{header}” är kopplad till en fråga som inte finns i samtalsguiden.",
                          f"The column “{header}” is mapped to a question that is not in the guide.")
        if choice.use is Use.RATING and any(v is not None and v.strip() not in SCALE for v in table.columns[index]):
            raise _refuse(f"Kolumnen ”{header}” kan inte vara en skattning: alla svar är inte heltal 1–5.",
                          f"The column “{header}” cannot be a rating item: not every answer is a whole number 1–5.")


def import_responses(library: Library, project_id: int, table: SurveyTable, mapping: Mapping[int, Choice], *,
                     title: str | None = None, date: dt.date | None = None,
                     progress: Progress | None = None) -> ResponsesImported:
    """Import the answers ``mapping`` selects from ``table`` into project ``project_id`` (see the module)."""
    question = table_of(m.Question)
    with library.engine.connect() as c:
        if c.execute(select(table_of(m.Project).c.id).where(table_of(m.Project).c.id == project_id)).first() is None:
            raise NotFound(LocalText("Projektet finns inte längre.", "The project no longer exists."))
        question_ids = set(c.execute(select(question.c.id).where(question.c.project_id == project_id)).scalars())
    _check(table, mapping, question_ids)
    used = uses(mapping, Use.QUESTION) + uses(mapping, Use.NEW_QUESTION) + uses(mapping, Use.RATING)
    answered = [row for row in range(table.respondents) if any(table.columns[i][row] is not None for i in used)]
    if not answered:
        raise ImportRefused(NO_RESPONSES)
    group_column = next(iter(uses(mapping, Use.GROUP)), None)
    groups = [DEFAULT_GROUP if group_column is None or (g := table.columns[group_column][row]) is None
              else " ".join(g.split()) for row in range(table.respondents)]
    name = " ".join((title or DEFAULT_TITLE).split()) or DEFAULT_TITLE
    try:
        with library.engine.begin() as c:
            result = _write(c, project_id, table, mapping, groups, answered, name, date or dt.date.today(),
                            progress)
    except SQLAlchemyError as exc:
        fault = classify(exc, library.path)
        why = fault.reason if fault else LocalText(exc.__class__.__name__, exc.__class__.__name__)
        raise StorageFailed(LocalText(
            f"Svaren kunde inte sparas i biblioteket, och ingenting ändrades: {why.sv}.",
            f"The answers could not be stored in the library; nothing was changed: {why.en}.")) from exc
    log.info("imported written answers: %d respondents, %d answers, %d rating items, %d identity columns left out",
             result.respondents, result.answers, result.rating_items, len(result.dropped))
    return result


def _free(c: Connection, table: Any, project_id: int, wanted: str) -> str:
    taken = set(c.execute(select(table.c.uid).where(table.c.project_id == project_id,
                                                    table.c.uid.startswith(wanted, autoescape=True))).scalars())
    candidate, number = wanted, 1
    while candidate in taken:
        number += 1
        candidate = f"{wanted}-{number}"
    return candidate


def _next_order(c: Connection, table: Any, project_id: int) -> int:
    top = c.execute(select(func.max(table.c.sort_order)).where(table.c.project_id == project_id)).scalar()
    return -1 if top is None else int(top)


def _write(c: Connection, project_id: int, table: SurveyTable, mapping: Mapping[int, Choice], groups: list[str],
           answered: list[int], title: str, date: dt.date, progress: Progress | None) -> ResponsesImported:
    now = utcnow()
    stamps: dict[str, Any] = {"created_at": now, "updated_at": now, "extra": {}}
    session, question, entry = table_of(m.Session), table_of(m.Question), table_of(m.Entry)
    session_uid = _free(c, session, project_id, readable_uid("session", title))
    key = c.execute(insert(session).values(
        project_id=project_id, uid=session_uid, title=title, kind=SessionKind.WRITTEN_ANSWERS, date=date,
        status=SessionStatus.HELD, respondents=len(answered), sort_order=_next_order(c, session, project_id) + 1,
        **stamps)).inserted_primary_key
    assert key is not None
    session_id = int(key[0])
    targets: dict[int, int] = {}
    new_questions = uses(mapping, Use.NEW_QUESTION)
    if new_questions:
        order = _next_order(c, question, project_id)
        numbered = c.execute(select(func.max(question.c.number)).where(question.c.project_id == project_id)).scalar()
        for offset, index in enumerate(new_questions, start=1):
            header = table.headers[index]
            key = c.execute(insert(question).values(
                project_id=project_id, uid=_free(c, question, project_id, readable_uid("question", header)),
                text=header, number=None if numbered is None else int(numbered) + offset,
                sort_order=order + offset, **stamps)).inserted_primary_key
            assert key is not None
            targets[index] = int(key[0])
    for index in uses(mapping, Use.QUESTION):
        question_id = mapping[index].question_id
        assert question_id is not None
        targets[index] = question_id
    text_columns = [i for i in range(len(table.headers)) if i in targets]
    total = sum(1 for i in text_columns for v in table.columns[i] if v is not None) + 1
    batch: list[dict[str, Any]] = []
    written = 0
    for index in text_columns:
        for row, value in enumerate(table.columns[index]):
            if value is None:
                continue
            batch.append({"session_id": session_id, "uid": f"entry-{uuid.uuid4().hex[:12]}",
                          "question_id": targets[index], "kind": EntryKind.STATEMENT, "text": value,
                          "respondent_group": groups[row], "sort_order": written + len(batch), **stamps})
            if len(batch) >= BATCH:
                written = _flush(c, entry, batch, written, total, progress)
    written = _flush(c, entry, batch, written, total, progress)
    items = _rating_items(c, project_id, session_id, table, uses(mapping, Use.RATING), groups, stamps)
    if progress is not None:
        progress(total, total)
    return ResponsesImported(session_id, session_uid, title, len(answered), written, items, len(new_questions),
                             table.dropped)


def _flush(c: Connection, entry: Any, batch: list[dict[str, Any]], written: int, total: int,
           progress: Progress | None) -> int:
    if batch:
        c.execute(insert(entry), batch)
        written += len(batch)
        batch.clear()
    if progress is not None:
        progress(written, total)
    return written


def count(values: list[str | None] | tuple[str | None, ...]) -> list[int]:
    """Answers per step of the scale 1-5."""
    counts = [0] * len(SCALE)
    for value in values:
        if value is not None:
            counts[SCALE.index(value.strip())] += 1
    return counts


def _rating_items(c: Connection, project_id: int, session_id: int, table: SurveyTable, columns: list[int],
                  groups: list[str], stamps: dict[str, Any]) -> int:
    rating = table_of(m.RatingItem)
    order = _next_order(c, rating, project_id)
    names = list(dict.fromkeys(groups))
    for offset, index in enumerate(columns, start=1):
        values = table.columns[index]
        per_group = {name: count([v for v, g in zip(values, groups, strict=True) if g == name]) for name in names}
        by_group = [{"group": name, "counts": counts} for name, counts in per_group.items()
                    if sum(counts)] if names != [DEFAULT_GROUP] else []
        header = table.headers[index]
        c.execute(insert(rating).values(
            project_id=project_id, uid=_free(c, rating, project_id, readable_uid("rating", header)),
            session_id=session_id, text=header, hme=hme.recognise(header), counts=count(values),
            groups=by_group, sort_order=order + offset, **stamps))
    return len(columns)
