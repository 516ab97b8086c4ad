"""The quotes the secretary chooses for the report (Citera i rapporten).

A quote is a passage (a whole entry, or the span of one of its taggings) chosen for a
target: a political mandate, or a tag (theme, strength, improvement area). The report
prints a target's chosen quotes first, in their order, then fills up automatically
(``services.quote_choice``). Creating, removing and reordering quotes go through the
editing service (kind ``quote``), so they are undoable like every other edit; this
module reads them, checks a new one and works out where a move goes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.report.quoting import Excerpt
from samverkan_desktop.report.quoting import excerpt as make_excerpt
from samverkan_desktop.services.analysis import project_tags
from samverkan_desktop.services.editing import InvalidValue
from samverkan_desktop.services.errors import LocalText
from samverkan_desktop.services.survey.results import WRITTEN_MARK
from samverkan_desktop.storage.library import Library

#: a target as a key: ("mandate", id) or ("tag", id)
TargetKey = tuple[str, int]


@dataclass(frozen=True)
class Target:
    """What a quote can carry: a mandate, or a tag of kind theme, strength or improvement."""

    kind: str
    id: int
    name: str
    #: 0 for a mandate or a root tag, 1 for a tag nested under it ...
    depth: int = 0

    @property
    def key(self) -> TargetKey:
        return ("mandate" if self.kind == "mandate" else "tag", self.id)


@dataclass(frozen=True)
class QuoteView:
    """A chosen quote as the lists show it."""

    id: int
    entry_id: int
    tagging_id: int | None
    target: TargetKey
    entry_text: str
    #: the tagging's span (None: the whole entry)
    start: int | None
    end: int | None
    party: str | None
    session_id: int
    session_title: str
    session_date: dt.date
    #: the question the entry answers (directly or through its agenda item)
    question_id: int | None
    entry_kind: str | None

    @property
    def excerpt(self) -> Excerpt:
        return make_excerpt(self.entry_text, self.start, self.end)


def targets(library: Library, project_id: int) -> list[Target]:
    """The mandates in the project's order, then the tags (themes, strengths, improvement areas) as a tree."""
    with library.sessions() as db:
        mandates = db.execute(select(m.Mandate.id, m.Mandate.code, m.Mandate.title)
                              .where(m.Mandate.project_id == project_id).order_by(m.Mandate.sort_order)).all()
    found = [Target("mandate", i, f"{code} {title}".strip() if code else title) for i, code, title in mandates]
    found += [Target(tag.kind, tag.id, tag.name, tag.depth) for tag in project_tags(library, project_id)]
    return found


def quotes_of_project(library: Library, project_id: int) -> list[QuoteView]:
    """Every chosen quote of the project, in print order."""
    q, e, s, p, t, a = m.ReportQuote, m.Entry, m.Session, m.Party, m.Tagging, m.AgendaItem
    source = func.coalesce(p.name, e.respondent_group + WRITTEN_MARK)  # a written answer: its group
    query = (select(q.id, q.entry_id, q.tagging_id, q.mandate_id, q.tag_id, e.text, t.start, t.end, source,
                    s.id, s.title, s.date, func.coalesce(e.question_id, a.question_id), e.kind)
             .join(e, e.id == q.entry_id).join(s, s.id == e.session_id)
             .outerjoin(t, t.id == q.tagging_id).outerjoin(p, p.id == e.party_id)
             .outerjoin(a, a.id == e.agenda_item_id)
             .where(q.project_id == project_id).order_by(q.sort_order, q.id))
    with library.sessions() as db:
        rows = db.execute(query).all()
    return [QuoteView(r[0], r[1], r[2], ("mandate", r[3]) if r[3] is not None else ("tag", r[4] or 0),
                      r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12],
                      None if r[13] is None else str(getattr(r[13], "value", r[13])))
            for r in rows]


def quote_values(library: Library, project_id: int, entry_id: int, tagging_id: int | None,
                 target: TargetKey) -> dict[str, Any]:
    """The values of a new quote (for ``Editor.create("quote", project_id, ...)``), checked:
    the entry is the project's, the tagging is the entry's, the target is the project's."""
    kind, target_id = target
    with library.sessions() as db:
        entry_project = db.scalar(select(m.Session.project_id).join(m.Entry, m.Entry.session_id == m.Session.id)
                                  .where(m.Entry.id == entry_id))
        tagging_entry = db.scalar(select(m.Tagging.entry_id).where(m.Tagging.id == tagging_id)) \
            if tagging_id is not None else entry_id
        model = m.Mandate if kind == "mandate" else m.Tag
        target_project = db.scalar(select(model.project_id).where(model.id == target_id))
    if entry_project != project_id or tagging_entry != entry_id or target_project != project_id \
            or kind not in ("mandate", "tag"):
        raise InvalidValue(LocalText("Citatet kan inte väljas: inlägget, markeringen eller det som citatet ska "
                                     "bära finns inte längre i projektet.",
                                     "The quote cannot be chosen: the entry, the tagging or what the quote is "
                                     "to carry is no longer in the project."))
    return {"entry_id": entry_id, "tagging_id": tagging_id,
            "mandate_id": target_id if kind == "mandate" else None, "tag_id": target_id if kind == "tag" else None}


def find_quote(quotes: list[QuoteView], entry_id: int, tagging_id: int | None, target: TargetKey) -> QuoteView | None:
    """The quote of this passage for this target, if it is chosen."""
    return next((quote for quote in quotes if (quote.entry_id, quote.tagging_id, quote.target)
                 == (entry_id, tagging_id, target)), None)


def move_index(quotes: list[QuoteView], quote_id: int, step: int) -> int | None:
    """Where ``Editor.move`` must put a quote so that it changes places with the previous
    (step -1) or next (+1) quote of the same target; None at either end."""
    position = next((i for i, quote in enumerate(quotes) if quote.id == quote_id), None)
    if position is None:
        return None
    target = quotes[position].target
    same = [i for i, quote in enumerate(quotes) if quote.target == target]
    place = same.index(position) + step
    if not 0 <= place < len(same):
        return None
    return same[place]
