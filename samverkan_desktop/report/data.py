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
class QuestionEntries:
    """The entries about a central question that is on none of the session's agenda items."""

    number: int | None
    question: str
    entries: tuple[MinutesEntry, ...]


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
    #: entries that belong to no agenda item nor to a central question
    other_entries: tuple[MinutesEntry, ...]
    adjusted: bool
    adjusted_at: dt.date | None
    #: names for the signature lines (None: a blank line with the role under it)
    secretary: str | None
    chair: str | None
    adjusters: tuple[str | None, ...]
    #: the date written into the PDF's metadata (never the clock)
    created: dt.date
    #: entries under central questions not on the agenda, grouped per question in the guide's order
    question_entries: tuple[QuestionEntries, ...] = ()


@dataclass(frozen=True)
class NoticeItem:
    """One § of a planned session's agenda."""

    number: int
    title: str
    item_type: str | None
    #: the linked central question, with its number ("Fråga 2: ...")
    question: str | None


@dataclass(frozen=True)
class NoticeData:
    """The notice (kallelse) of a planned session: when and where, the agenda, who is called."""

    organisation: str | None
    body: str | None
    project_title: str
    case_number: str | None
    title: str
    kind: str | None
    date: dt.date
    start: str | None
    end: str | None
    location: str | None
    #: the parties in the project's order
    parties: tuple[str, ...]
    #: the people called (``present`` is always true), named: a notice goes to them
    called: tuple[Attendee, ...]
    items: tuple[NoticeItem, ...]
    #: who takes notice of absence (the session's secretary, else the project's); None: unnamed
    secretary: str | None
    #: the date written into the document's properties: the session's date, never the clock
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
    """Distinct statements per theme (rows) and party (columns).

    The same shape serves other bar charts: ``stacked`` False draws each row's values side
    by side (the mandates' ratings then and now), and ``scale`` names the values 0, 1, 2 ...
    on the value axis instead of numbers.
    """

    themes: tuple[str, ...]
    parties: tuple[str, ...]
    counts: tuple[tuple[int, ...], ...]
    stacked: bool = True
    scale: tuple[str, ...] = ()


@dataclass(frozen=True)
class WrittenSource:
    """A session of written answers from employees: a source of its own."""

    title: str
    date: dt.date
    respondents: int
    answers: int


@dataclass(frozen=True)
class RatingRow:
    """A rating item (1-5), or an HME index (``items`` > 0): n, the mean and the 0-100 index."""

    text: str
    n: int
    mean: float | None
    index: float | None
    counts: tuple[int, ...] = ()
    #: for an HME index: how many of its items the round asked, and how many it has in all
    items: int = 0
    of: int = 0


@dataclass(frozen=True)
class MandateThenNow:
    """A mandate in the previous round and in this one; None where a round has no match."""

    then: str | None
    rating_then: str | None
    now: str | None
    rating_now: str | None
    #: "stronger", "unchanged", "weaker" or None
    direction: str | None


@dataclass(frozen=True)
class FollowUpResult:
    """An improvement area the previous round proposed, and what became of it."""

    name: str
    proposal: str | None
    #: "done", "in_progress", "not_started", "not_relevant" or None (not followed up)
    status: str | None
    comment: str | None
    #: distinct entries of this round that speak to it
    entries: int
    statements: tuple[Statement, ...]


@dataclass(frozen=True)
class RatingThenNow:
    text: str
    then: RatingRow
    now: RatingRow


@dataclass(frozen=True)
class Development:
    """Utveckling sedan föregående uppföljning: the comparison with the previous round."""

    title: str
    date: dt.date | None
    mandates: tuple[MandateThenNow, ...]
    follow_ups: tuple[FollowUpResult, ...]
    ratings: tuple[RatingThenNow, ...]
    hme: tuple[RatingThenNow, ...] = ()


@dataclass(frozen=True)
class ActionInfo:
    """A decided action (åtgärd): what, who owns it, by when, done or not, the improvement area it serves."""

    text: str
    owner: str | None
    due: dt.date | None
    done: bool
    improvement: str | None


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
    actions: tuple[ActionInfo, ...] = ()
    chart: Chart = field(default_factory=lambda: Chart((), (), ()))
    minutes: tuple[MinutesData, ...] = ()
    #: the written answers from employees, and the round's rating items and HME indices
    written: tuple[WrittenSource, ...] = ()
    ratings: tuple[RatingRow, ...] = ()
    hme: tuple[RatingRow, ...] = ()
    #: the comparison with the previous round; None when the project is not linked to one
    development: Development | None = None
