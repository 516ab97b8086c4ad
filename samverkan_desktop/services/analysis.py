"""Analysis of the tagged minutes: the evidence for a tag, and counts per tag, session and party.

``evidence`` returns every tagged passage of a tag (and, by default, of the tags
nested under it) in one query with joins, ordered by session date and then by the
order of the entries in the minutes. ``overview`` counts, per tag, the distinct
entries tagged with the tag *or any tag nested under it* (counts roll up into the
parents, the same rule that ``evidence`` follows by default), per session and per
party; an entry tagged twice with one tag counts once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import Select, String, distinct, func, select, type_coerce

from samverkan_desktop.domain import models as m
from samverkan_desktop.storage.library import Library

KIND_ORDER = ("theme", "strength", "improvement")


@dataclass(frozen=True)
class EvidenceFilter:
    """Which passages to keep; an empty set keeps all. ``None`` in ``party_ids`` is "no party"."""

    party_ids: frozenset[int | None] = frozenset()
    session_ids: frozenset[int] = frozenset()
    question_ids: frozenset[int] = frozenset()
    kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Passage:
    """One tagged passage: a span of an entry (``start``/``end``) or the whole entry (both None)."""

    tagging_id: int
    entry_id: int
    session_id: int
    session_title: str
    session_date: dt.date
    party_id: int | None
    party_name: str | None
    question_id: int | None
    question_number: int | None
    question_text: str | None
    entry_kind: str | None
    text: str
    entry_text: str
    start: int | None
    end: int | None
    memo: str | None
    tag_id: int
    tag_name: str
    tag_color: str | None
    #: a written answer's group (skriftliga svar; it has no party); None for what was said in a meeting
    respondent_group: str | None = None

    @property
    def written(self) -> bool:
        """The passage is an employee's written answer, not something said in a meeting."""
        return self.respondent_group is not None


@dataclass(frozen=True)
class TagInfo:
    id: int
    name: str
    kind: str
    color: str | None
    parent_id: int | None
    #: 0 for a root tag, 1 for a tag nested under it ...
    depth: int


@dataclass(frozen=True)
class Column:
    """A session or a party of the matrix; a party column with id None holds entries without a party."""

    id: int | None
    title: str
    date: dt.date | None = None


@dataclass(frozen=True)
class Overview:
    tags: tuple[TagInfo, ...]
    sessions: tuple[Column, ...]
    parties: tuple[Column, ...]
    #: (tag id, session id) -> distinct entries (rolled up); absent means 0
    by_session: Mapping[tuple[int, int], int] = field(default_factory=dict)
    #: (tag id, party id or None) -> distinct entries (rolled up)
    by_party: Mapping[tuple[int, int | None], int] = field(default_factory=dict)
    #: tag id -> distinct entries (rolled up)
    totals: Mapping[int, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Choices:
    """What the evidence filters offer: (id, label) pairs in the project's order."""

    parties: tuple[tuple[int, str], ...]
    sessions: tuple[tuple[int, str, dt.date], ...]
    questions: tuple[tuple[int, int | None, str], ...]


def project_tags(library: Library, project_id: int) -> list[TagInfo]:
    """The project's tags as a tree in reading order: kind (theme, strength, improvement), then nesting."""
    with library.sessions() as db:
        rows = db.execute(select(m.Tag.id, m.Tag.name, m.Tag.kind, m.Tag.color, m.Tag.parent_id)
                          .where(m.Tag.project_id == project_id).order_by(m.Tag.sort_order, m.Tag.id)).all()
    known = {row[0] for row in rows}
    children: dict[int | None, list[tuple[int, str, str, str | None, int | None]]] = {}
    for tag_id, name, tag_kind, color, parent_id in rows:
        parent = parent_id if parent_id in known and parent_id != tag_id else None
        children.setdefault(parent, []).append((tag_id, name, tag_kind.value if tag_kind else "theme", color,
                                                parent))
    ordered: list[TagInfo] = []
    seen: set[int] = set()

    def walk(parent: int | None, depth: int) -> None:
        for tag_id, name, kind, color, parent_id in children.get(parent, []):
            if tag_id in seen:
                continue
            seen.add(tag_id)
            ordered.append(TagInfo(tag_id, name, kind, color, parent_id, depth))
            walk(tag_id, depth + 1)

    walk(None, 0)
    # tags caught in a parent cycle are not reachable from a root: show them as roots
    for tag_id, name, kind, color, _parent in (r for rs in children.values() for r in rs):
        if tag_id not in seen:
            seen.add(tag_id)
            ordered.append(TagInfo(tag_id, name, kind, color, None, 0))
    rank = {kind: i for i, kind in enumerate(KIND_ORDER)}
    roots: list[list[TagInfo]] = []
    for tag in ordered:
        if tag.depth == 0:
            roots.append([])
        roots[-1].append(tag)
    roots.sort(key=lambda group: rank.get(group[0].kind, len(rank)))
    return [tag for group in roots for tag in group]


def descendants(tags: Iterable[TagInfo], tag_id: int) -> set[int]:
    """The tag and every tag nested under it."""
    children: dict[int | None, list[int]] = {}
    for tag in tags:
        children.setdefault(tag.parent_id, []).append(tag.id)
    found, todo = {tag_id}, [tag_id]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def evidence_query(project_id: int, tag_ids: Iterable[int],
                   filters: EvidenceFilter = EvidenceFilter()) -> Select[Any]:
    """The one query behind ``evidence`` (also timed alone by the benchmark).

    It fetches ids and the entry's text only: the names of sessions, parties, questions
    and tags repeat on thousands of rows, so ``evidence`` looks them up in small maps
    instead of fetching (and decoding) them again with every passage.
    """
    t, e, s, a = (m.table_of(x) for x in (m.Tagging, m.Entry, m.Session, m.AgendaItem))
    question_id = func.coalesce(e.c.question_id, a.c.question_id)
    kind = type_coerce(e.c.kind, String)  # the plain string: no enum conversion per row
    query = (
        select(t.c.id, e.c.id, e.c.session_id, e.c.party_id, question_id, kind, e.c.text, t.c.start, t.c.end,
               t.c.memo, t.c.tag_id, e.c.respondent_group)
        .select_from(t.join(e, e.c.id == t.c.entry_id).join(s, s.c.id == e.c.session_id)
                     .outerjoin(a, a.c.id == e.c.agenda_item_id))
        .where(t.c.tag_id.in_(sorted(tag_ids)), s.c.project_id == project_id)
        .order_by(s.c.date, s.c.start, s.c.sort_order, s.c.id, e.c.sort_order, e.c.id, t.c.sort_order, t.c.id)
    )
    if filters.party_ids:
        ids = [i for i in filters.party_ids if i is not None]
        condition = e.c.party_id.in_(ids)
        query = query.where(condition | e.c.party_id.is_(None) if None in filters.party_ids else condition)
    if filters.session_ids:
        query = query.where(s.c.id.in_(sorted(filters.session_ids)))
    if filters.question_ids:
        query = query.where(question_id.in_(sorted(filters.question_ids)))
    if filters.kinds:
        query = query.where(kind.in_(sorted(filters.kinds)))
    return query


def passage_text(entry_text: str, start: int | None, end: int | None) -> str:
    """The tagged span (code-point offsets, clamped to the text), or the whole entry."""
    if start is None and end is None:
        return entry_text
    first = max(0, min(start if start is not None else 0, len(entry_text)))
    last = max(first, min(end if end is not None else len(entry_text), len(entry_text)))
    return entry_text[first:last]


def evidence(library: Library, project_id: int, tag_id: int, include_descendants: bool = True,
             filters: EvidenceFilter = EvidenceFilter()) -> list[Passage]:
    """Every passage tagged with the tag (and the tags under it), by session date and entry order."""
    return evidence_of_tags(library, project_id, [tag_id], include_descendants, filters).get(tag_id, [])


def evidence_of_tags(library: Library, project_id: int, tag_ids: Iterable[int], include_descendants: bool = True,
                     filters: EvidenceFilter = EvidenceFilter()) -> dict[int, list[Passage]]:
    """``evidence`` of several tags from one query (the report reads every root tag's evidence).

    Tags that are not in the project are left out of the result.
    """
    tags = {tag.id: tag for tag in project_tags(library, project_id)}
    owners: dict[int, list[int]] = {}  # a tag of a passage -> the asked-for tags whose evidence it is
    wanted = [tag_id for tag_id in dict.fromkeys(tag_ids) if tag_id in tags]
    for tag_id in wanted:
        for member in descendants(tags.values(), tag_id) if include_descendants else {tag_id}:
            owners.setdefault(member, []).append(tag_id)
    found: dict[int, list[Passage]] = {tag_id: [] for tag_id in wanted}
    if not wanted:
        return found
    options = choices(library, project_id)
    sessions = {i: (title, date) for i, title, date in options.sessions}
    parties = dict(options.parties)
    questions = {i: (number, text) for i, number, text in options.questions}
    no_question: tuple[int | None, str | None] = (None, None)
    with library.engine.connect() as connection:
        rows = connection.execute(evidence_query(project_id, owners.keys(), filters)).all()
    # A Passage is built without its frozen __init__, which sets the 20 fields one call at
    # a time: filling __dict__ at once is about twice as fast for thousands of passages, and
    # the result is an ordinary, equal, hashable and still frozen Passage.
    new = object.__new__
    for tagging, entry, session, party_id, question_id, kind, text, start, end, memo, tag, group in rows:
        title, date = sessions[session]
        number, question = questions.get(question_id, no_question)
        info = tags[tag]
        passage: Passage = new(Passage)
        passage.__dict__.update(zip(_FIELDS, (
            tagging, entry, session, title, date, party_id, parties.get(party_id), question_id, number, question,
            kind, passage_text(text, start, end), text, start, end, memo, tag, info.name, info.color, group),
            strict=True))
        for owner in owners[tag]:
            found[owner].append(passage)
    return found


_FIELDS = tuple(f.name for f in fields(Passage))


def choices(library: Library, project_id: int) -> Choices:
    """The parties, sessions (in date order) and questions the evidence can be filtered by."""
    with library.sessions() as db:
        parties = db.execute(select(m.Party.id, m.Party.name).where(m.Party.project_id == project_id)
                             .order_by(m.Party.sort_order)).all()
        sessions = db.execute(select(m.Session.id, m.Session.title, m.Session.date)
                              .where(m.Session.project_id == project_id)
                              .order_by(m.Session.date, m.Session.start, m.Session.sort_order)).all()
        questions = db.execute(select(m.Question.id, m.Question.number, m.Question.text)
                               .where(m.Question.project_id == project_id).order_by(m.Question.sort_order)).all()
    return Choices(tuple((i, n) for i, n in parties), tuple((i, t, d) for i, t, d in sessions),
                   tuple((i, n, t) for i, n, t in questions))


def overview(library: Library, project_id: int) -> Overview:
    """Distinct tagged entries per tag (rolled up into the parents) per session and per party."""
    tags = project_tags(library, project_id)
    options = choices(library, project_id)
    t, e, g = m.table_of(m.Tagging), m.table_of(m.Entry), m.table_of(m.Tag)
    # (ancestor, tag) for every tag and each tag nested under it; UNION (not ALL) ends on a parent cycle
    child = g.alias("child")
    closure = select(g.c.id.label("ancestor"), g.c.id.label("tag")).where(g.c.project_id == project_id).cte(
        "closure", recursive=True)
    closure = closure.union(select(closure.c.ancestor, child.c.id).join(child, child.c.parent_id == closure.c.tag))
    by_session: dict[tuple[int, int], int] = {}
    by_party: dict[tuple[int, int | None], int] = {}
    totals: dict[int, int] = {}
    has_no_party = False
    base = t.join(closure, closure.c.tag == t.c.tag_id).join(e, e.c.id == t.c.entry_id)
    # an entry belongs to exactly one session and one party, so the distinct counts per
    # (tag, session, party) add up exactly to the counts per session, per party and per tag
    query = (select(closure.c.ancestor, e.c.session_id, e.c.party_id, func.count(distinct(t.c.entry_id)))
             .select_from(base).group_by(closure.c.ancestor, e.c.session_id, e.c.party_id))
    with library.engine.connect() as connection:
        for ancestor, session_id, party_id, n in connection.execute(query):
            tag, count = int(ancestor), int(n)
            by_session[(tag, int(session_id))] = by_session.get((tag, int(session_id)), 0) + count
            by_party[(tag, party_id)] = by_party.get((tag, party_id), 0) + count
            totals[tag] = totals.get(tag, 0) + count
            has_no_party = has_no_party or party_id is None
    parties = tuple(Column(i, name) for i, name in options.parties)
    if has_no_party:
        parties += (Column(None, ""),)
    return Overview(tuple(tags), tuple(Column(i, title, date) for i, title, date in options.sessions), parties,
                    by_session, by_party, totals)
