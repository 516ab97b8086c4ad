"""The rating items of a round, summed up: n, mean, distribution and the HME index.

``rating_results`` reads a project's rating items (the written answers' sums) with their
groups; ``hme_summary`` adds up the HME items into the three sub-indices and the whole
index. ``figures`` makes the same figures from bare counts, so that the previous
round's items (kept as counts) are described the same way. ``written_answers`` counts the
written answers per session: they are a source of their own in the analysis and the report.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select

from samverkan_desktop.domain import models as m
from samverkan_desktop.domain.enums import SessionKind
from samverkan_desktop.services.survey import hme
from samverkan_desktop.storage.library import Library


@dataclass(frozen=True)
class Figures:
    """Answers counted per step of the scale 1-5, and what follows from them."""

    counts: tuple[int, ...]

    @property
    def n(self) -> int:
        return sum(self.counts)

    @property
    def mean(self) -> float | None:
        return None if not self.n else sum(c * s for s, c in zip(hme.SCALE, self.counts, strict=False)) / self.n

    @property
    def index(self) -> float | None:
        """(mean - 1) x 25: the 0-100 scale HME uses."""
        return hme.index(self.counts)


@dataclass(frozen=True)
class GroupFigures:
    group: str
    figures: Figures


@dataclass(frozen=True)
class RatingResult:
    id: int
    uid: str
    text: str
    hme: str | None
    figures: Figures
    groups: tuple[GroupFigures, ...]
    session_id: int | None


@dataclass(frozen=True)
class AreaIndex:
    """An HME sub-index (or the whole HME, ``key`` "hme"): its name, answers and index."""

    key: str
    name: str
    figures: Figures
    #: how many of the area's items the round asked
    items: int
    #: how many items the index has in all (3 per area, 9 for the HME): fewer asked, it is partial
    of: int = 0


def figures(counts: Sequence[int] | None) -> Figures:
    values = [int(c) for c in (counts or ())][: len(hme.SCALE)]
    return Figures(tuple(values + [0] * (len(hme.SCALE) - len(values))))


def rating_results(library: Library, project_id: int) -> list[RatingResult]:
    """The project's rating items in their order."""
    r = m.RatingItem
    with library.engine.connect() as c:
        rows = c.execute(select(r.id, r.uid, r.text, r.hme, r.counts, r.groups, r.session_id)
                         .where(r.project_id == project_id).order_by(r.sort_order, r.id)).all()
    return [RatingResult(row.id, row.uid, row.text, row.hme, figures(row.counts),
                         tuple(GroupFigures(str(g.get("group", "")), figures(g.get("counts")))
                               for g in (row.groups or []) if isinstance(g, dict)), row.session_id)
            for row in rows]


#: how a written answer is attributed where a party would stand: its group, marked as written
WRITTEN_MARK = " (skriftliga svar)"


def source_of(party: str | None, group: str | None) -> str | None:
    """The party, or for a written answer its group marked as written (``Socialförvaltningen (skriftliga
    svar)``; never a person); None when neither."""
    return f"{group}{WRITTEN_MARK}" if party is None and group is not None else party


@dataclass(frozen=True)
class WrittenAnswers:
    """One session of written answers: a source of its own, with its count."""

    session_id: int
    title: str
    date: dt.date
    respondents: int
    answers: int


def written_answers(library: Library, project_id: int) -> list[WrittenAnswers]:
    """The project's sessions of written answers, oldest first, with their answers counted."""
    s, e = m.Session, m.Entry
    with library.engine.connect() as c:
        rows = c.execute(select(s.id, s.title, s.date, s.respondents, func.count(e.id))
                         .outerjoin(e, e.session_id == s.id)
                         .where(s.project_id == project_id, s.kind == SessionKind.WRITTEN_ANSWERS)
                         .group_by(s.id).order_by(s.date, s.sort_order)).all()
    return [WrittenAnswers(int(i), str(t), d, int(r or 0), int(n)) for i, t, d, r, n in rows]


def hme_summary(items: Iterable[tuple[str | None, Figures]]) -> list[AreaIndex]:
    """The sub-indices (Motivation, Ledarskap, Styrning) and the whole HME of the items that are HME items.

    Empty when the round asked no HME item; an area none of whose items was asked is left out.
    """
    by_area: dict[str, list[Figures]] = {}
    for key, numbers in items:
        if key in hme.ITEMS:
            by_area.setdefault(hme.ITEMS[key].area, []).append(numbers)
    found = [AreaIndex(area, name, Figures(tuple(hme.pooled(f.counts for f in by_area[area]))), len(by_area[area]),
                       sum(1 for item in hme.ITEMS.values() if item.area == area))
             for area, name in hme.AREAS.items() if area in by_area]
    if found:
        every = [f for area in by_area.values() for f in area]
        found.append(AreaIndex("hme", "HME", Figures(tuple(hme.pooled(f.counts for f in every))), len(every),
                               len(hme.ITEMS)))
    return found
