"""The version 2 parts of the project file that belong to rounds: rating items and the previous round.

Written answers need no part of their own: they are a session of the kind
``written_answers`` (with ``respondents``) whose entries carry a ``group``. This module
holds the rest, at the top level of the document, each left out when the project has
none:

- ``rating_items``: the round's rating items (id, text, session, hme, counts, groups);
- ``previous_round``: the link to the previous round (its project id, title, date) with
  its ``mandates``, ``questions``, ``tags`` and ``rating_items`` as they were then; each
  has the earlier project's id, and mandates, questions and tags a ``match``: the id of
  this project's mandate, question or tag it is matched to. An improvement area has its
  follow-up ``status`` and ``comment``.

``check`` proves the references (``validate`` calls it), ``write`` adds the rows to an
import and ``export`` reads them back. See docs/interchange-format.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import PreviousKind
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.interchange.fields import extra
from samverkan_desktop.services.interchange.schema import refused

RATING_ITEM = [("id", "uid"), ("text", "text"), ("session", None), ("hme", "hme"), ("counts", "counts"),
               ("groups", "groups")]
PREVIOUS_ROUND = [("project", "source_uid"), ("title", "title"), ("date", "date"), ("mandates", None),
                  ("questions", None), ("tags", None), ("rating_items", None)]
PREVIOUS_MANDATE = [("id", "uid"), ("code", "code"), ("title", "title"), ("rating", "rating"),
                    ("motivation", "motivation"), ("entry_count", "entries"), ("match", None)]
PREVIOUS_QUESTION = [("id", "uid"), ("text", "title"), ("entry_count", "entries"), ("match", None)]
PREVIOUS_TAG = [("id", "uid"), ("kind", "tag_kind"), ("name", "title"), ("proposal", "proposal"),
                ("entry_count", "entries"), ("match", None), ("status", "status"), ("comment", "comment")]
PREVIOUS_RATING_ITEM: list[tuple[str, str | None]] = [("id", "uid"), ("text", "title"), ("hme", "hme"),
                                                       ("counts", "counts")]
#: the lists of ``previous_round``: (key, kind, fields, the list of this project its ``match`` names)
PREVIOUS_LISTS: tuple[tuple[str, PreviousKind, list[tuple[str, str | None]], str | None], ...] = (
    ("mandates", PreviousKind.MANDATE, PREVIOUS_MANDATE, "mandates"),
    ("questions", PreviousKind.QUESTION, PREVIOUS_QUESTION, "questions"),
    ("tags", PreviousKind.TAG, PREVIOUS_TAG, "tags"),
    ("rating_items", PreviousKind.RATING_ITEM, PREVIOUS_RATING_ITEM, None),
)
MATCH_COLUMNS = {"mandates": "match_mandate_id", "questions": "match_question_id", "tags": "match_tag_id"}

Need = Callable[[str, Any, tuple[str | int, ...]], None]
"""``need(list name, id, path)``: refuse the file unless the id is in that list of the document."""


def _unique(items: list[dict[str, Any]], path: tuple[str | int, ...], what: LocalText) -> None:
    seen: set[str] = set()
    for index, item in enumerate(items):
        if item["id"] in seen:
            raise refused((*path, index, "id"), LocalText(
                f'id "{item["id"]}" används av mer än {what.sv}', f'id "{item["id"]}" is used by more than {what.en}'))
        seen.add(item["id"])


def check(document: dict[str, Any], need: Need, check_date: Callable[[Any, tuple[str | int, ...]], None]) -> None:
    """Refuse a file whose rating items or previous round break a rule the schema cannot state."""
    items = document.get("rating_items", [])
    _unique(items, ("rating_items",), LocalText("en skattning", "one rating item"))
    for index, item in enumerate(items):
        need("sessions", item.get("session"), ("rating_items", index, "session"))
    previous = document.get("previous_round")
    if previous is None:
        return
    check_date(previous.get("date"), ("previous_round", "date"))
    for key, _kind, _fields, target in PREVIOUS_LISTS:
        listed = previous.get(key, [])
        _unique(listed, ("previous_round", key), LocalText("en post i listan", "one item of the list"))
        if target is not None:
            for index, item in enumerate(listed):
                need(target, item.get("match"), ("previous_round", key, index, "match"))


def _plain(item: dict[str, Any], pairs: Sequence[tuple[str, str | None]]) -> dict[str, Any]:
    row = {column: item.get(key) for key, column in pairs if column is not None}
    if "date" in row and row["date"] is not None:
        row["date"] = dt.date.fromisoformat(row["date"])
    row["extra"] = extra(item, pairs)
    return row


Add = Callable[..., int]
"""``add(table, row, with_id=True)``: the importer's row collector; returns the new id."""


def write(document: dict[str, Any], project_id: int, add: Add, ids: dict[str, dict[str, int]]) -> None:
    """Add the document's rating items and previous round to the import (``ids``: file id -> row id per list)."""
    for order, item in enumerate(document.get("rating_items", [])):
        row = _plain(item, RATING_ITEM)
        row.update(project_id=project_id, sort_order=order, session_id=ids["sessions"].get(item.get("session")),
                   groups=row["groups"] or [])
        add(table_of(m.RatingItem), row)
    previous = document.get("previous_round")
    if previous is None:
        return
    row = _plain(previous, PREVIOUS_ROUND)
    row.update(project_id=project_id)
    add(table_of(m.PreviousRound), row)
    order = 0
    for key, kind, pairs, target in PREVIOUS_LISTS:
        for item in previous.get(key, []):
            row = {column.name: None for column in table_of(m.PreviousItem).columns if column.name != "id"}
            row.update(_plain(item, pairs), project_id=project_id, kind=kind, sort_order=order)
            if target is not None:
                row[MATCH_COLUMNS[key]] = ids[target].get(item.get("match"))
            add(table_of(m.PreviousItem), row)
            order += 1


def _value(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return getattr(value, "value", value)


def _out(row: Any, pairs: Sequence[tuple[str, str | None]], refs: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = {}
    for key, column in pairs:
        value = refs.get(key) if column is None else _value(getattr(row, column))
        if value is not None and value != []:
            item[key] = value
    item.update(row.extra or {})
    return item


def export(c: Connection, project_id: int, uids: dict[str, dict[int, str]]) -> dict[str, Any]:
    """The document's round keys for the project (``uids``: row id -> file id per list), only those it has."""
    out: dict[str, Any] = {}
    items = c.execute(select(table_of(m.RatingItem)).where(table_of(m.RatingItem).c.project_id == project_id)
                      .order_by(table_of(m.RatingItem).c.sort_order, table_of(m.RatingItem).c.id)).all()
    if items:
        out["rating_items"] = [_out(r, RATING_ITEM, {"session": uids["sessions"].get(r.session_id)}) for r in items]
    link = c.execute(select(table_of(m.PreviousRound)).where(table_of(m.PreviousRound).c.project_id == project_id)
                     ).first()
    if link is None:
        return out
    rows = c.execute(select(table_of(m.PreviousItem)).where(table_of(m.PreviousItem).c.project_id == project_id)
                     .order_by(table_of(m.PreviousItem).c.sort_order, table_of(m.PreviousItem).c.id)).all()
    lists: dict[str, Any] = {}
    for key, kind, pairs, target in PREVIOUS_LISTS:
        found = []
        for row in rows:
            if row.kind is not kind:
                continue
            match = uids[target].get(getattr(row, MATCH_COLUMNS[key])) if target is not None else None
            found.append(_out(row, pairs, {"match": match}))
        lists[key] = found or None
    out["previous_round"] = _out(link, PREVIOUS_ROUND, lists)
    return out
