"""Linking a project to the previous round (föregående uppföljning) and matching its items.

``link_previous`` copies from the earlier project what the comparison needs (each
mandate's rating and motivation, the question guide, the tags with the improvement
areas' proposals, the rating items' counts, and how many entries spoke to each) into
``PreviousItem`` rows of this project, and matches them to this round's mandates,
questions and tags by title or name where they are the same (ignoring case, spacing and
trailing punctuation). Earlier rounds were made anew, so ids differ; the rest is matched
by hand (the ``previous_item`` kind of the editor: ``match_*``, ``status``, ``comment``)
or left unmatched.

Linking again to the same project refreshes the copy and keeps what the user decided
(matches, follow-up status and comments) for the items that are still there; linking to
another project starts afresh. ``unlink_previous`` removes the link and the copy.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, func, insert, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import PreviousKind
from samverkan_desktop.domain.models import table_of, utcnow
from samverkan_desktop.services import analysis
from samverkan_desktop.services.assessment import mandate_evidence
from samverkan_desktop.services.editing import run_write
from samverkan_desktop.services.errors import LocalText, NotFound, ServiceError
from samverkan_desktop.services.report_data import report_date
from samverkan_desktop.services.survey.reading import normalise
from samverkan_desktop.services.survey.results import rating_results
from samverkan_desktop.storage.library import Library

log = logging.getLogger(__name__)

#: what the user decides per item, kept when the same project is linked again
DECISIONS = ("match_mandate_id", "match_question_id", "match_tag_id", "status", "comment")
MATCH_COLUMN = {PreviousKind.MANDATE: "match_mandate_id", PreviousKind.QUESTION: "match_question_id",
                PreviousKind.TAG: "match_tag_id"}


class LinkRefused(ServiceError):
    code = "link_refused"


@dataclass(frozen=True)
class LinkResult:
    previous_uid: str
    previous_title: str
    mandates: int
    questions: int
    tags: int
    rating_items: int
    #: how many of the mandates, questions and tags were matched by name
    matched: int
    unmatched: int


def _snapshot(library: Library, previous_id: int) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The earlier project's head and its items as ``previous_item`` rows (without project and matches)."""
    with library.sessions() as db:
        project = db.get(m.Project, previous_id)
        if project is None:
            raise NotFound(LocalText("Det föregående projektet finns inte i biblioteket.",
                                     "The previous project is not in the library."))
        dates = [s.date for s in project.sessions]
        head = {"source_uid": project.uid, "title": project.title, "date": report_date(project, dates)}
        mandates = [(md.id, md.uid, md.code, md.title, md.rating, md.motivation) for md in project.mandates]
        questions = [(q.id, q.uid, q.text) for q in project.questions]
    answered = _answers_per_question(library, previous_id)
    items: list[dict[str, Any]] = []
    for mandate_id, uid, code, title, rating, motivation in mandates:
        evidence = mandate_evidence(library, mandate_id)
        items.append({"kind": PreviousKind.MANDATE, "uid": uid, "code": code, "title": title, "rating": rating,
                      "motivation": motivation, "entries": len({e.entry_id for e in evidence})})
    items += [{"kind": PreviousKind.QUESTION, "uid": uid, "title": text, "entries": answered.get(qid, 0)}
              for qid, uid, text in questions]
    overview = analysis.overview(library, previous_id)
    with library.engine.connect() as c:
        tags = c.execute(select(m.Tag.id, m.Tag.uid, m.Tag.name, m.Tag.kind, m.Tag.proposal)
                         .where(m.Tag.project_id == previous_id)).all()
    order = {tag.id: position for position, tag in enumerate(overview.tags)}
    for tag_id, uid, name, kind, proposal in sorted(tags, key=lambda t: order.get(t[0], len(order))):
        items.append({"kind": PreviousKind.TAG, "uid": uid, "title": name, "tag_kind": kind, "proposal": proposal,
                      "entries": overview.totals.get(tag_id, 0)})
    for result in rating_results(library, previous_id):
        items.append({"kind": PreviousKind.RATING_ITEM, "uid": result.uid, "title": result.text,
                      "hme": result.hme, "counts": list(result.figures.counts)})
    return head, items


def _answers_per_question(library: Library, project_id: int) -> dict[int, int]:
    e, a, s = m.Entry, m.AgendaItem, m.Session
    question = func.coalesce(e.question_id, a.question_id)
    with library.engine.connect() as c:
        rows = c.execute(select(question, func.count(e.id)).select_from(e).join(s, s.id == e.session_id)
                         .outerjoin(a, a.id == e.agenda_item_id)
                         .where(s.project_id == project_id, question.is_not(None)).group_by(question)).all()
    return {int(q): int(n) for q, n in rows}


def _by_name(rows: Iterable[tuple[int, str]]) -> dict[str, int]:
    found: dict[str, int] = {}
    for row_id, name in rows:
        found.setdefault(normalise(name), row_id)
    return found


def _automatic_matches(c: Connection, project_id: int, items: list[dict[str, Any]]) -> None:
    """Match each item to this round's mandate, question or tag of the same title or name."""
    mandates = _by_name(c.execute(select(m.Mandate.id, m.Mandate.title).where(m.Mandate.project_id == project_id)))
    questions = _by_name(c.execute(select(m.Question.id, m.Question.text)
                                   .where(m.Question.project_id == project_id)))
    tag_rows = c.execute(select(m.Tag.id, m.Tag.name, m.Tag.kind).where(m.Tag.project_id == project_id)
                         .order_by(m.Tag.sort_order)).all()
    same_kind = {(normalise(name), kind): tag_id for tag_id, name, kind in reversed(tag_rows)}
    any_kind = _by_name((tag_id, name) for tag_id, name, _kind in tag_rows)
    for item in items:
        key = normalise(item["title"])
        if item["kind"] is PreviousKind.MANDATE:
            item["match_mandate_id"] = mandates.get(key)
        elif item["kind"] is PreviousKind.QUESTION:
            item["match_question_id"] = questions.get(key)
        elif item["kind"] is PreviousKind.TAG:
            item["match_tag_id"] = same_kind.get((key, item["tag_kind"]), any_kind.get(key))


def link_previous(library: Library, project_id: int, previous_id: int) -> LinkResult:
    """Link project ``project_id`` to the earlier project ``previous_id`` (see the module)."""
    if project_id == previous_id:
        raise LinkRefused(LocalText("Ett projekt kan inte vara sin egen föregående uppföljning.",
                                    "A project cannot be its own previous round."))
    head, items = _snapshot(library, previous_id)
    rounds, previous = table_of(m.PreviousRound), table_of(m.PreviousItem)

    def work(c: Connection) -> LinkResult:
        if c.execute(select(table_of(m.Project).c.id).where(table_of(m.Project).c.id == project_id)).first() is None:
            raise NotFound(LocalText("Projektet finns inte längre.", "The project no longer exists."))
        old = c.execute(select(rounds.c.source_uid).where(rounds.c.project_id == project_id)).scalar()
        kept: dict[tuple[str, str], dict[str, Any]] = {}
        if old == head["source_uid"]:
            for old_row in c.execute(select(previous).where(previous.c.project_id == project_id)).mappings():
                kept[(str(old_row["kind"]), old_row["uid"])] = {k: old_row[k] for k in DECISIONS}
        c.execute(delete(previous).where(previous.c.project_id == project_id))
        c.execute(delete(rounds).where(rounds.c.project_id == project_id))
        now = utcnow()
        stamps = {"created_at": now, "updated_at": now, "extra": {}}
        c.execute(insert(rounds).values(project_id=project_id, **head, **stamps))
        _automatic_matches(c, project_id, items)
        rows: list[dict[str, Any]] = []
        for order, item in enumerate(items):
            row: dict[str, Any] = {column.name: None for column in previous.columns if column.name != "id"}
            row.update(item, project_id=project_id, sort_order=order, **stamps)
            row.update(kept.get((str(item["kind"]), item["uid"]), {}))
            rows.append(row)
        if rows:
            c.execute(insert(previous), rows)
        matchable = [r for r in rows if r["kind"] in MATCH_COLUMN]
        matched = sum(1 for r in matchable if r[MATCH_COLUMN[r["kind"]]] is not None)
        count = {kind: sum(1 for r in rows if r["kind"] is kind) for kind in PreviousKind}
        return LinkResult(head["source_uid"], head["title"], count[PreviousKind.MANDATE],
                          count[PreviousKind.QUESTION], count[PreviousKind.TAG], count[PreviousKind.RATING_ITEM],
                          matched, len(matchable) - matched)

    result: LinkResult = run_write(library, work)
    log.info("linked a project to its previous round: %d of %d items matched by name", result.matched,
             result.matched + result.unmatched)
    return result


def unlink_previous(library: Library, project_id: int) -> None:
    """Remove the link to the previous round, with its copy, matches and follow-up."""
    def work(c: Connection) -> None:
        c.execute(delete(table_of(m.PreviousItem)).where(table_of(m.PreviousItem).c.project_id == project_id))
        c.execute(delete(table_of(m.PreviousRound)).where(table_of(m.PreviousRound).c.project_id == project_id))

    run_write(library, work)


@dataclass(frozen=True)
class PreviousLink:
    source_uid: str
    title: str
    date: dt.date | None


def previous_link(library: Library, project_id: int) -> PreviousLink | None:
    """The previous round the project is linked to, or None."""
    r = m.PreviousRound
    with library.engine.connect() as c:
        row = c.execute(select(r.source_uid, r.title, r.date).where(r.project_id == project_id)).first()
    return None if row is None else PreviousLink(row.source_uid, row.title, row.date)
