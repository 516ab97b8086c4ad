"""Which statements the report quotes: the chosen ones first, then a worthwhile automatic choice.

The secretary's chosen quotes (``services.quotes``) are printed first, all of them, in
their order. The report then fills up to its default number with passages chosen here:

1. statements before entries of no kind, decisions and actions, and those before notes;
   entries under a procedural agenda item (formalia: opening the meeting, choosing the
   adjusters) come last of all;
2. within that order, spread over parties and sessions: a passage from a party (and a
   session) not yet quoted for the target goes before one from a party already quoted;
3. then in the order of the minutes.

An entry is quoted once per target. When it reaches the target through a tagged span,
the span is quoted (with "[…]" where the entry goes on, ``report.quoting``) rather than
the whole entry. Pure: the caller reads the candidates from the library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from samverkan_desktop.report.data import Statement
from samverkan_desktop.report.quoting import excerpt

#: rank of an entry kind (lower is quoted first); None is an entry of no kind
KIND_RANK: dict[str | None, int] = {"statement": 0, None: 1, "decision": 2, "action": 2, "note": 3}
#: added to the rank of an entry under a formal (procedural) agenda item
FORMAL_RANK = 10


@dataclass(frozen=True)
class Candidate:
    """A passage that may be quoted: an entry, or a span of it (``start``/``end``)."""

    entry_id: int
    party: str | None
    session_id: int
    date: dt.date
    entry_text: str
    start: int | None = None
    end: int | None = None
    kind: str | None = None
    formal: bool = False

    @property
    def is_span(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def rank(self) -> int:
        return KIND_RANK.get(self.kind, 1) + (FORMAL_RANK if self.formal else 0)


def statement(candidate: Candidate, chosen: bool = False, rewrite: Callable[[str], str] | None = None) -> Statement:
    """The candidate as a printed statement (its span when it has one)."""
    words = excerpt(candidate.entry_text, candidate.start, candidate.end)
    text = rewrite(words.text) if rewrite is not None else words.text
    return Statement(candidate.party, text, candidate.date, words.cut_before, words.cut_after, chosen)


def _one_per_entry(pool: Iterable[Candidate], taken: set[int]) -> list[Candidate]:
    """One candidate per entry not yet taken, in order of first appearance; a span beats the whole entry."""
    best: dict[int, Candidate] = {}
    for candidate in pool:
        if candidate.entry_id in taken or not candidate.entry_text.strip():
            continue
        known = best.get(candidate.entry_id)
        if known is None or (candidate.is_span and not known.is_span):
            best[candidate.entry_id] = candidate
    return list(best.values())


def choose(chosen: Sequence[Candidate], pool: Iterable[Candidate], limit: int,
           rewrite: Callable[[str], str] | None = None) -> tuple[Statement, ...]:
    """Every chosen quote (an entry once), then automatically chosen ones until there are ``limit`` in all."""
    chosen = list({c.entry_id: c for c in reversed(chosen)}.values())[::-1]  # the first of an entry's quotes
    printed = [statement(c, True, rewrite) for c in chosen]
    missing = limit - len(printed)
    if missing <= 0:
        return tuple(printed)
    parties: dict[str | None, int] = {}
    sessions: dict[int, int] = {}
    for c in chosen:
        parties[c.party] = parties.get(c.party, 0) + 1
        sessions[c.session_id] = sessions.get(c.session_id, 0) + 1
    remaining = _one_per_entry(pool, {c.entry_id for c in chosen})
    for _ in range(min(missing, len(remaining))):
        best = min(range(len(remaining)), key=lambda i: (
            remaining[i].rank, parties.get(remaining[i].party, 0), sessions.get(remaining[i].session_id, 0), i))
        pick = remaining.pop(best)
        parties[pick.party] = parties.get(pick.party, 0) + 1
        sessions[pick.session_id] = sessions.get(pick.session_id, 0) + 1
        printed.append(statement(pick, False, rewrite))
    return tuple(printed)
