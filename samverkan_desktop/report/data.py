"""What the builders are fed: plain frozen dataclasses, no database objects.

``services.reports`` assembles them from the library. Stored enum values stay the
file's words (``"chair"``, ``"agreement"`` ...); ``labels`` turns them into Swedish.
A name field is ``None`` whenever names must not be printed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Attendee:
    """One person on a session's attendance list."""

    party: str | None
    name: str | None
    #: the person's own title, e.g. "HR-chef"
    title: str | None
    #: attendance role value: chair, secretary, adjuster, facilitator, participant
    role: str | None
    present: bool


@dataclass(frozen=True)
class MinutesEntry:
    party: str | None
    kind: str | None
    text: str


@dataclass(frozen=True)
class MinutesNote:
    """A protokollsanteckning: a party's own statement entered into the minutes."""

    party: str
    text: str


@dataclass(frozen=True)
class MinutesItem:
    """One § of the minutes."""

    number: int
    title: str
    item_type: str | None
    question: str | None
    entries: tuple[MinutesEntry, ...]
    notes: tuple[MinutesNote, ...]
    outcome: str | None


@dataclass(frozen=True)
class MinutesData:
    organisation: str | None
    body: str | None
    project_title: str
    case_number: str | None
    title: str
    kind: str | None
    protocol_number: str | None
    date: dt.date
    start: str | None
    end: str | None
    location: str | None
    #: the parties in the project's order (attendance is listed per party in this order)
    parties: tuple[str, ...]
    attendees: tuple[Attendee, ...]
    items: tuple[MinutesItem, ...]
    #: entries that belong to no agenda item
    other_entries: tuple[MinutesEntry, ...]
    adjusted: bool
    adjusted_at: dt.date | None
    #: names for the signature lines (None: a blank line with the role under it)
    secretary: str | None
    chair: str | None
    adjusters: tuple[str | None, ...]
    #: the date written into the PDF's metadata (never the clock)
    created: dt.date


@dataclass(frozen=True)
class PartyCount:
    party: str
    count: int


@dataclass(frozen=True)
class Statement:
    """A quoted statement, attributed to a party (never to a person).

    ``text`` is the whole entry or the tagged span quoted from it; ``cut_before`` and
    ``cut_after`` say that the entry goes on before or after the span (printed "[…]",
    see ``quoting.quoted``). ``chosen``: the secretary chose it (Citera i rapporten),
    else it was chosen automatically.
    """

    party: str | None
    text: str
    date: dt.date
    cut_before: bool = False
    cut_after: bool = False
    chosen: bool = False


@dataclass(frozen=True)
class ThemeResult:
    """A theme (or strength) with its distinct statements, per party, and a few examples."""

    name: str
    description: str | None
    count: int
    by_party: tuple[PartyCount, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class QuestionResult:
    number: int | None
    text: str
    guidance: str | None
    #: statements answering the question, tagged or not
    entries: int
    themes: tuple[ThemeResult, ...]


@dataclass(frozen=True)
class MandateResult:
    code: str | None
    title: str
    description: str | None
    rating: str | None
    motivation: str | None
    evidence: int
    by_party: tuple[PartyCount, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class Improvement:
    name: str
    description: str | None
    proposal: str | None
    priority: str | None
    owner: str | None
    mandates: tuple[str, ...]
    count: int
    parties: tuple[str, ...]
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class SessionInfo:
    title: str
    kind: str | None
    date: dt.date
    start: str | None
    end: str | None
    location: str | None
    parties: tuple[str, ...]
    present: int
    entries: int


@dataclass(frozen=True)
class GuideQuestion:
    number: int | None
    text: str
    guidance: str | None
    mandates: tuple[str, ...]


@dataclass(frozen=True)
class PartyInfo:
    name: str
    side: str | None


@dataclass(frozen=True)
class Chart:
    """Distinct statements per theme (rows) and party (columns)."""

    themes: tuple[str, ...]
    parties: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class ReportData:
    title: str
    organisation: str | None
    body: str | None
    case_number: str | None
    #: the report's date (title page and PDF metadata): from the project, never the clock
    date: dt.date
    commissioned_by: str | None = None
    commission: str | None = None
    decision_date: dt.date | None = None
    due_date: dt.date | None = None
    summary: str | None = None
    method: str | None = None
    conclusions: str | None = None
    #: names: None unless the user turned names on
    responsible: str | None = None
    secretary: str | None = None
    parties: tuple[PartyInfo, ...] = ()
    sessions: tuple[SessionInfo, ...] = ()
    guide: tuple[GuideQuestion, ...] = ()
    questions: tuple[QuestionResult, ...] = ()
    strengths: tuple[ThemeResult, ...] = ()
    mandates: tuple[MandateResult, ...] = ()
    improvements: tuple[Improvement, ...] = ()
    chart: Chart = field(default_factory=lambda: Chart((), (), ()))
    minutes: tuple[MinutesData, ...] = ()
