"""The report's parts that come from the rounds: written answers, rating items, the previous round.

``round_parts`` reads the written answers per session, the
rating items with the HME indices, and the comparison with the previous round, as the
report's plain data (``report.data``).
"""

from __future__ import annotations

from typing import Any

from samverkan_desktop.report.data import (
    Development,
    FollowUpResult,
    MandateThenNow,
    RatingRow,
    RatingThenNow,
    Statement,
    WrittenSource,
)
from samverkan_desktop.services.comparison import comparison
from samverkan_desktop.services.survey.results import (
    AreaIndex,
    Figures,
    hme_summary,
    rating_results,
    source_of,
    written_answers,
)
from samverkan_desktop.storage.library import Library

#: statements shown per earlier improvement area
FOLLOW_UP_STATEMENTS = 2


def _row(text: str, figures: Figures, items: int = 0, of: int = 0) -> RatingRow:
    return RatingRow(text, figures.n, figures.mean, figures.index, figures.counts, items, of)


def _area(area: AreaIndex) -> RatingRow:
    return _row(area.name, area.figures, area.items, area.of)


def round_parts(library: Library, project_id: int) -> dict[str, Any]:
    """``written``, ``ratings``, ``hme`` and ``development`` for ``ReportData``."""
    results = rating_results(library, project_id)
    written = tuple(WrittenSource(s.title, s.date, s.respondents, s.answers)
                    for s in written_answers(library, project_id))
    ratings = tuple(_row(r.text, r.figures) for r in results)
    hme = tuple(_area(a) for a in hme_summary((r.hme, r.figures) for r in results))
    found = comparison(library, project_id)
    development = None
    if found is not None:
        mandates = tuple(MandateThenNow(
            f"{c.code_then} {c.title_then}".strip() if c.code_then else c.title_then, c.rating_then,
            f"{c.code_now} {c.title_now}".strip() if c.code_now else c.title_now, c.rating_now, c.direction)
            for c in found.mandates)
        follow_ups = tuple(FollowUpResult(
            f.name, f.proposal, f.status, f.comment, f.entries_now,
            tuple(Statement(source_of(None if p.written else p.source, p.source if p.written else None), p.text,
                            p.date, p.cut_before, p.cut_after) for p in f.passages[:FOLLOW_UP_STATEMENTS]))
            for f in found.follow_ups)
        changes = tuple(RatingThenNow(r.text, _row(r.text, r.then), _row(r.text, r.now)) for r in found.ratings)
        then = {a.key: a for a in found.hme_then}
        hme_changes = tuple(RatingThenNow(a.name, _area(then[a.key]), _area(a)) for a in found.hme_now
                            if a.key in then)
        development = Development(found.previous_title, found.previous_date, mandates, follow_ups, changes,
                                  hme_changes)
    return {"written": written, "ratings": ratings, "hme": hme, "development": development}
