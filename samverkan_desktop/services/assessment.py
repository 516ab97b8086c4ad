"""The evidence behind a mandate's assessment (bedömning).

A mandate is linked to questions of the question guide and to tags (improvement
areas, strengths ...). Its evidence is every entry answering a linked question and
every passage tagged with a linked tag, with party, session and date, read in two
queries (one per route), oldest session first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import String, func, select, type_coerce

from samverkan_desktop.domain import models as m
from samverkan_desktop.storage.library import Library

#: evidence reached through a question linked to the mandate
ROUTE_QUESTION = "question"
#: evidence reached through a tag (improvement area, strength ...) linked to the mandate
ROUTE_TAG = "tag"


@dataclass(frozen=True)
class Evidence:
    """One passage or entry that speaks to a mandate, and the route it came by."""

    route: str
    entry_id: int
    session_id: int
    session_title: str
    session_date: dt.date
    party: str | None
    #: the passage: the tagged span, or the whole entry
    text: str
    entry_kind: str | None
    #: the linked question (route "question"): its number and text
    question_number: int | None = None
    question: str | None = None
    #: the linked tag (route "tag"): its name and kind
    tag: str | None = None
    tag_kind: str | None = None
    memo: str | None = None
    #: the tagging (route "tag") and its span in the entry's text (None: the whole entry)
    tagging_id: int | None = None
    start: int | None = None
    end: int | None = None
    #: the whole entry's text (``text`` is the passage)
    entry_text: str = ""
    #: a written answer's group (it has no party); None for what was said in a meeting
    respondent_group: str | None = None


def _value(value: Any) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def passage(text: str, start: int | None, end: int | None) -> str:
    """The tagged span of ``text`` (code-point offsets); the whole text when unset or out of range."""
    if start is None or end is None or not 0 <= start < end <= len(text):
        return text
    return text[start:end]


def mandate_evidence(library: Library, mandate_id: int) -> list[Evidence]:
    """Every entry and tagged passage linked to the mandate; questions first, then tags."""
    e, s, p = m.Entry, m.Session, m.Party
    question_id = func.coalesce(e.question_id, m.AgendaItem.question_id)
    kind = type_coerce(e.kind, String)  # the stored value: no enum object per row (thousands of rows)
    by_question = (
        select(e.id, e.session_id, s.title, s.date, p.name, e.text, kind, m.Question.number, m.Question.text,
               e.respondent_group)
        .join(s, s.id == e.session_id)
        .outerjoin(m.AgendaItem, m.AgendaItem.id == e.agenda_item_id)
        .join(m.Question, m.Question.id == question_id)
        .join(m.QuestionMandate, m.QuestionMandate.question_id == m.Question.id)
        .outerjoin(p, p.id == e.party_id)
        .where(m.QuestionMandate.mandate_id == mandate_id)
        .order_by(s.date, s.sort_order, e.sort_order, e.id)
    )
    t = m.Tagging
    by_tag = (
        select(e.id, e.session_id, s.title, s.date, p.name, e.text, kind, t.start, t.end,
               m.Tag.name, type_coerce(m.Tag.kind, String), t.memo, t.id, e.respondent_group)
        .select_from(t)
        .join(e, e.id == t.entry_id)
        .join(s, s.id == e.session_id)
        .join(m.Tag, m.Tag.id == t.tag_id)
        .join(m.TagMandate, m.TagMandate.tag_id == m.Tag.id)
        .outerjoin(p, p.id == e.party_id)
        .where(m.TagMandate.mandate_id == mandate_id)
        .order_by(s.date, s.sort_order, e.sort_order, e.id, t.sort_order, t.id)
    )
    with library.engine.connect() as c:
        questions = c.execute(by_question).all()
        tags = c.execute(by_tag).all()
    found = [
        Evidence(ROUTE_QUESTION, r[0], r[1], r[2], r[3], r[4], r[5], _value(r[6]),
                 question_number=r[7], question=r[8], entry_text=r[5], respondent_group=r[9])
        for r in questions
    ]
    found += [
        Evidence(ROUTE_TAG, r[0], r[1], r[2], r[3], r[4], passage(r[5], r[7], r[8]), _value(r[6]),
                 tag=r[9], tag_kind=_value(r[10]), memo=r[11], tagging_id=r[12], start=r[7], end=r[8],
                 entry_text=r[5], respondent_group=r[13])
        for r in tags
    ]
    return found
