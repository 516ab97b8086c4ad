"""What has changed since the previous round: the comparison that "strengthened" rests on.

Read from a project's ``PreviousItem`` rows (see ``previous_round``) and its own data:

- per mandate of the previous round, its rating and motivation then, this round's
  mandate it is matched to with the rating now, and the direction (stronger, unchanged,
  weaker; none when either round has no comparable rating); this round's mandates that
  match nothing are listed too, as new;
- per improvement area of the previous round, its proposal, its follow-up status and
  comment, and this round's entries that speak to it (those tagged with the matched tag
  or a tag nested under it);
- per rating item asked in both rounds (the same HME item, or the same text), both
  figures and the change of the mean; and the HME indices then and now.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import PreviousKind
from samverkan_desktop.domain.models import table_of
from samverkan_desktop.report.quoting import excerpt
from samverkan_desktop.services import analysis
from samverkan_desktop.services.survey.reading import normalise
from samverkan_desktop.services.survey.results import AreaIndex, Figures, figures, hme_summary, rating_results
from samverkan_desktop.storage.library import Library

#: the order of the ratings that can be compared; "not_assessed" and None cannot
RANK = {"not_strengthened": 1, "partly": 2, "strengthened": 3}
STRONGER, UNCHANGED, WEAKER = "stronger", "unchanged", "weaker"
#: passages of this round shown per earlier improvement area
FOLLOW_UP_EXAMPLES = 3


def _value(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


def direction(then: str | None, now: str | None) -> str | None:
    """stärkts mer / oförändrat / försämrats, or None when a rating is missing or not assessed."""
    if then not in RANK or now not in RANK:
        return None
    step = RANK[now] - RANK[then]
    return STRONGER if step > 0 else WEAKER if step < 0 else UNCHANGED


@dataclass(frozen=True)
class MandateChange:
    """A mandate then and now; ``previous_item_id`` None for a mandate new in this round."""

    previous_item_id: int | None
    code_then: str | None
    title_then: str | None
    rating_then: str | None
    motivation_then: str | None
    entries_then: int | None
    mandate_id: int | None
    code_now: str | None
    title_now: str | None
    rating_now: str | None
    direction: str | None


@dataclass(frozen=True)
class FollowUpPassage:
    entry_id: int
    #: the words quoted: the tagged span or the whole entry (``report.quoting.excerpt``)
    text: str
    #: the party, or for a written answer its group
    source: str | None
    written: bool
    date: dt.date
    #: the entry goes on before or after the span (the report prints "[…]")
    cut_before: bool = False
    cut_after: bool = False


@dataclass(frozen=True)
class FollowUp:
    """An improvement area of the previous round and what became of it."""

    previous_item_id: int
    name: str
    proposal: str | None
    entries_then: int | None
    status: str | None
    comment: str | None
    tag_id: int | None
    tag_name: str | None
    #: distinct entries of this round tagged with the matched tag (or one below it)
    entries_now: int
    passages: tuple[FollowUpPassage, ...]


@dataclass(frozen=True)
class RatingChange:
    text: str
    hme: str | None
    then: Figures
    now: Figures

    @property
    def change(self) -> float | None:
        """The change of the mean (now - then); None when a round has no answers."""
        if self.then.mean is None or self.now.mean is None:
            return None
        return self.now.mean - self.then.mean


@dataclass(frozen=True)
class Comparison:
    previous_uid: str
    previous_title: str
    previous_date: dt.date | None
    mandates: tuple[MandateChange, ...]
    follow_ups: tuple[FollowUp, ...]
    ratings: tuple[RatingChange, ...]
    hme_then: tuple[AreaIndex, ...]
    hme_now: tuple[AreaIndex, ...]


def _rows(c: Any, project_id: int, kind: PreviousKind | None = None) -> list[Any]:
    previous = table_of(m.PreviousItem)
    query = select(previous).where(previous.c.project_id == project_id)
    if kind is not None:
        query = query.where(previous.c.kind == kind)
    return list(c.execute(query.order_by(previous.c.sort_order, previous.c.id)).all())


def mandate_changes(library: Library, project_id: int) -> list[MandateChange]:
    """The mandates then and now (see the module); empty when the project is not linked."""
    with library.engine.connect() as c:
        rows = _rows(c, project_id, PreviousKind.MANDATE)
        mandates = c.execute(select(m.Mandate.id, m.Mandate.code, m.Mandate.title, m.Mandate.rating)
                             .where(m.Mandate.project_id == project_id).order_by(m.Mandate.sort_order)).all()
    return _mandate_changes(rows, mandates)


def _mandate_changes(rows: Sequence[Any], mandates: Sequence[Any]) -> list[MandateChange]:
    now = {md.id: md for md in mandates}
    changes = []
    for item in (r for r in rows if r.kind is PreviousKind.MANDATE):
        current = now.get(item.match_mandate_id) if item.match_mandate_id is not None else None
        rating_now = _value(current.rating) if current else None
        changes.append(MandateChange(item.id, item.code, item.title, _value(item.rating), item.motivation,
                                     item.entries, current.id if current else None, current.code if current else None,
                                     current.title if current else None, rating_now,
                                     direction(_value(item.rating), rating_now)))
    matched = {r.match_mandate_id for r in rows if r.kind is PreviousKind.MANDATE}
    changes += [MandateChange(None, None, None, None, None, None, md.id, md.code, md.title, _value(md.rating), None)
                for md in mandates if md.id not in matched]
    return changes


def comparison(library: Library, project_id: int) -> Comparison | None:
    """The comparison with the previous round, or None when the project is not linked to one."""
    with library.engine.connect() as c:
        link = c.execute(select(m.PreviousRound.source_uid, m.PreviousRound.title, m.PreviousRound.date)
                         .where(m.PreviousRound.project_id == project_id)).first()
        if link is None:
            return None
        rows = _rows(c, project_id)
        mandates = c.execute(select(m.Mandate.id, m.Mandate.code, m.Mandate.title, m.Mandate.rating)
                             .where(m.Mandate.project_id == project_id).order_by(m.Mandate.sort_order)).all()
        tags = dict(c.execute(select(m.Tag.id, m.Tag.name).where(m.Tag.project_id == project_id)).all())
    changes = _mandate_changes(rows, mandates)
    areas = [r for r in rows if r.kind is PreviousKind.TAG and _value(r.tag_kind) == "improvement"]
    wanted = [r.match_tag_id for r in areas if r.match_tag_id in tags]
    evidence = analysis.evidence_of_tags(library, project_id, wanted) if wanted else {}
    follow_ups = []
    for item in areas:
        passages = evidence.get(item.match_tag_id, []) if item.match_tag_id is not None else []
        seen: dict[int, analysis.Passage] = {}
        for passage in passages:
            seen.setdefault(passage.entry_id, passage)
        shown = tuple(FollowUpPassage(p.entry_id, words.text, p.party_name or p.respondent_group, p.written,
                                      p.session_date, words.cut_before, words.cut_after)
                      for p in list(seen.values())[:FOLLOW_UP_EXAMPLES]
                      for words in (excerpt(p.entry_text, p.start, p.end),))
        follow_ups.append(FollowUp(item.id, item.title, item.proposal, item.entries, _value(item.status),
                                   item.comment, item.match_tag_id if item.match_tag_id in tags else None,
                                   tags.get(item.match_tag_id) if item.match_tag_id is not None else None,
                                   len(seen), shown))
    then_items = [(r.hme, r.title, figures(r.counts)) for r in rows if r.kind is PreviousKind.RATING_ITEM]
    current_items = rating_results(library, project_id)
    by_hme = {r.hme: r for r in current_items if r.hme}
    by_text = {normalise(r.text): r for r in current_items}
    ratings = []
    for key, text, numbers in then_items:
        match = by_hme.get(key) if key else None
        match = match or by_text.get(normalise(text))
        if match is not None:
            ratings.append(RatingChange(match.text, match.hme, numbers, match.figures))
    return Comparison(link.source_uid, link.title, link.date, tuple(changes), tuple(follow_ups), tuple(ratings),
                      tuple(hme_summary((k, f) for k, _t, f in then_items)),
                      tuple(hme_summary((r.hme, r.figures) for r in current_items)))


@dataclass(frozen=True)
class PreviousItemView:
    """One item of the previous round as the matching dialog lists it."""

    id: int
    kind: str
    title: str
    code: str | None
    tag_kind: str | None
    match_id: int | None
    status: str | None
    comment: str | None


def previous_items(library: Library, project_id: int) -> list[PreviousItemView]:
    """The previous round's mandates, questions and tags with their matches, in the earlier project's order."""
    p = m.PreviousItem
    with library.engine.connect() as c:
        rows = c.execute(select(p.id, p.kind, p.title, p.code, p.tag_kind, p.match_mandate_id, p.match_question_id,
                                p.match_tag_id, p.status, p.comment)
                         .where(p.project_id == project_id, p.kind != PreviousKind.RATING_ITEM)
                         .order_by(p.sort_order, p.id)).all()
    found = []
    for row in rows:
        match = {PreviousKind.MANDATE: row.match_mandate_id, PreviousKind.QUESTION: row.match_question_id,
                 PreviousKind.TAG: row.match_tag_id}[row.kind]
        found.append(PreviousItemView(row.id, str(_value(row.kind)), row.title, row.code, _value(row.tag_kind), match,
                                      _value(row.status), row.comment))
    return found
