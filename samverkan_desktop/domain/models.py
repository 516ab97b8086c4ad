"""The typed ORM model of a library: projects and everything gathered for them.

Every object that the interchange file names by id carries that id as ``uid``
(unique within its project, or within its session for agenda items and entries);
the integer ``id`` is internal. Optional values are ``None`` when absent, so that an
imported file exports back with exactly the keys it had. Keys of the file that this
version does not model are kept verbatim in ``extra``.

Lists that the user orders (parties, questions, agenda ...) keep that order in
``sort_order``, maintained by ``ordering_list``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Integer,
    String,
    UniqueConstraint,
)
from sqlalchemy.ext.orderinglist import ordering_list
from sqlalchemy.orm import Mapped, mapped_column, relationship

# The base and its helpers, re-exported: the services take them from here with the classes.
from samverkan_desktop.domain.base import Base as Base
from samverkan_desktop.domain.base import Stamped as Stamped
from samverkan_desktop.domain.base import _fk
from samverkan_desktop.domain.base import table_of as table_of
from samverkan_desktop.domain.base import utcnow as utcnow
from samverkan_desktop.domain.enums import (
    ActionStatus,
    AttendanceRole,
    EntryKind,
    ItemType,
    Outcome,
    PartySide,
    Priority,
    ProjectStatus,
    Rating,
    SessionKind,
    SessionStatus,
    TagKind,
)


class Project(Stamped, Base):
    __tablename__ = "project"

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    title: Mapped[str]
    organisation: Mapped[str | None]
    body: Mapped[str | None]
    budget_year: Mapped[int | None]
    case_number: Mapped[str | None]
    commissioned_by: Mapped[str | None]
    commission: Mapped[str | None]
    decision_date: Mapped[dt.date | None]
    responsible: Mapped[str | None]
    secretary: Mapped[str | None]
    due_date: Mapped[dt.date | None]
    status: Mapped[ProjectStatus | None]
    summary: Mapped[str | None]
    method: Mapped[str | None]
    conclusions: Mapped[str | None]
    #: unmodelled top-level keys of the file the project came from
    file_extra: Mapped[dict[str, Any]] = mapped_column(default=dict)

    parties: Mapped[list[Party]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Party.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    people: Mapped[list[Person]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Person.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    mandates: Mapped[list[Mandate]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Mandate.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Question.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    tags: Mapped[list[Tag]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Tag.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    sessions: Mapped[list[Session]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="Session.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    actions: Mapped[list[ActionItem]] = relationship(
        back_populates="project",
        cascade="all, delete-orphan",
        order_by="ActionItem.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class Party(Stamped, Base):
    __tablename__ = "party"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    name: Mapped[str]
    side: Mapped[PartySide]
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="parties")


class Person(Stamped, Base):
    __tablename__ = "person"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    name: Mapped[str]
    party_id: Mapped[int | None] = mapped_column(_fk("party.id", "SET NULL"))
    role: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="people")
    party: Mapped[Party | None] = relationship()


class Mandate(Stamped, Base):
    """A political mandate (politiskt uppdrag) with its assessment (bedömning)."""

    __tablename__ = "mandate"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    code: Mapped[str | None]
    title: Mapped[str]
    description: Mapped[str | None]
    rating: Mapped[Rating | None]
    motivation: Mapped[str | None]
    #: unmodelled keys of the file's assessment object; None when it had none
    assessment_extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="mandates")


class QuestionMandate(Base):
    __tablename__ = "question_mandate"

    question_id: Mapped[int] = mapped_column(_fk("question.id"), primary_key=True)
    mandate_id: Mapped[int] = mapped_column(_fk("mandate.id"), primary_key=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    mandate: Mapped[Mandate] = relationship()


class Question(Stamped, Base):
    """A central question of the question guide (samtalsguide)."""

    __tablename__ = "question"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    #: the question's number as the file gives it ("position"); None when absent
    number: Mapped[int | None]
    text: Mapped[str]
    guidance: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="questions")
    mandate_links: Mapped[list[QuestionMandate]] = relationship(
        cascade="all, delete-orphan",
        order_by="QuestionMandate.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class TagMandate(Base):
    __tablename__ = "tag_mandate"

    tag_id: Mapped[int] = mapped_column(_fk("tag.id"), primary_key=True)
    mandate_id: Mapped[int] = mapped_column(_fk("mandate.id"), primary_key=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    mandate: Mapped[Mandate] = relationship()


class Tag(Stamped, Base):
    """A theme, a strength or an improvement area; tags nest through ``parent``."""

    __tablename__ = "tag"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    kind: Mapped[TagKind]
    name: Mapped[str]
    parent_id: Mapped[int | None] = mapped_column(_fk("tag.id", "SET NULL"))
    description: Mapped[str | None]
    color: Mapped[str | None] = mapped_column(String(7))
    proposal: Mapped[str | None]
    priority: Mapped[Priority | None]
    owner: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="tags")
    parent: Mapped[Tag | None] = relationship(remote_side=[id])
    mandate_links: Mapped[list[TagMandate]] = relationship(
        cascade="all, delete-orphan",
        order_by="TagMandate.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class SessionAdjuster(Base):
    """One person who adjusted (justerade) the minutes of a session."""

    __tablename__ = "session_adjuster"

    session_id: Mapped[int] = mapped_column(_fk("session.id"), primary_key=True)
    person_id: Mapped[int] = mapped_column(_fk("person.id"), primary_key=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    person: Mapped[Person] = relationship()


class Session(Stamped, Base):
    """A dialogue session (dialogtillfälle): a meeting, focus group or workplace meeting."""

    __tablename__ = "session"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    title: Mapped[str]
    kind: Mapped[SessionKind | None]
    date: Mapped[dt.date]
    start: Mapped[str | None] = mapped_column(String(5))
    end: Mapped[str | None] = mapped_column(String(5))
    location: Mapped[str | None]
    protocol_number: Mapped[str | None]
    status: Mapped[SessionStatus | None]
    adjusted_at: Mapped[dt.date | None]
    adjusted_hash: Mapped[str | None]
    #: unmodelled keys of the adjustment record; None when there is no record
    adjusted_extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: where a merge brought the session from (recorder, laptop); None for the library's own
    origin: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: written answers: how many people answered (rows of the survey file); None for meetings
    respondents: Mapped[int | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="sessions")
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="Attendance.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="AgendaItem.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    entries: Mapped[list[Entry]] = relationship(
        back_populates="session",
        cascade="all, delete-orphan",
        order_by="Entry.sort_order",
        collection_class=ordering_list("sort_order"),
    )
    adjusters: Mapped[list[SessionAdjuster]] = relationship(
        cascade="all, delete-orphan",
        order_by="SessionAdjuster.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class Attendance(Stamped, Base):
    __tablename__ = "attendance"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(_fk("session.id"), index=True)
    person_id: Mapped[int] = mapped_column(_fk("person.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    role: Mapped[AttendanceRole | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    session: Mapped[Session] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class AgendaItem(Stamped, Base):
    """A numbered item (§) of a session's agenda."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("session_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(_fk("session.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    number: Mapped[int] = mapped_column(Integer)
    title: Mapped[str]
    item_type: Mapped[ItemType | None]
    question_id: Mapped[int | None] = mapped_column(_fk("question.id", "SET NULL"))
    outcome: Mapped[Outcome | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    session: Mapped[Session] = relationship(back_populates="agenda")
    question: Mapped[Question | None] = relationship()
    minute_notes: Mapped[list[MinuteNote]] = relationship(
        back_populates="agenda_item",
        cascade="all, delete-orphan",
        order_by="MinuteNote.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class MinuteNote(Stamped, Base):
    """A party's own statement entered into the minutes (protokollsanteckning)."""

    __tablename__ = "minute_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(_fk("agenda_item.id"), index=True)
    party_id: Mapped[int] = mapped_column(_fk("party.id"))
    text: Mapped[str]
    sort_order: Mapped[int] = mapped_column(default=0)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="minute_notes")
    party: Mapped[Party] = relationship()


class Entry(Stamped, Base):
    """One recorded point of a session (anteckning, inlägg), attributed to a party."""

    __tablename__ = "entry"
    __table_args__ = (UniqueConstraint("session_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(_fk("session.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    agenda_item_id: Mapped[int | None] = mapped_column(_fk("agenda_item.id", "SET NULL"))
    question_id: Mapped[int | None] = mapped_column(_fk("question.id", "SET NULL"))
    party_id: Mapped[int | None] = mapped_column(_fk("party.id", "SET NULL"))
    person_id: Mapped[int | None] = mapped_column(_fk("person.id", "SET NULL"))
    kind: Mapped[EntryKind | None]
    text: Mapped[str]
    #: ISO 8601 date-time exactly as recorded (with its UTC offset)
    recorded_at: Mapped[str | None] = mapped_column(String(40))
    #: where a merge brought the entry from (recorder, laptop, conflict_copy_of); None for own
    origin: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: a written answer's group (e.g. an administration; "Medarbetare" when none was chosen);
    #: None for what was said in a meeting. A written answer has no party and no person.
    respondent_group: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    session: Mapped[Session] = relationship(back_populates="entries")
    agenda_item: Mapped[AgendaItem | None] = relationship()
    question: Mapped[Question | None] = relationship()
    party: Mapped[Party | None] = relationship()
    person: Mapped[Person | None] = relationship()
    taggings: Mapped[list[Tagging]] = relationship(
        back_populates="entry",
        cascade="all, delete-orphan",
        order_by="Tagging.sort_order",
        collection_class=ordering_list("sort_order"),
    )


class EntryDraft(Base):
    """The entry being typed in meeting mode, saved as it is typed, before Enter commits it.

    One per session; it also remembers the sticky choices of the secretary (speaking
    party, kind, current agenda item or question), so that a restart after a crash
    continues exactly where the typing stopped.
    """

    __tablename__ = "entry_draft"

    session_id: Mapped[int] = mapped_column(_fk("session.id"), primary_key=True)
    text: Mapped[str] = mapped_column(default="")
    party_id: Mapped[int | None] = mapped_column(_fk("party.id", "SET NULL"))
    person_id: Mapped[int | None] = mapped_column(_fk("person.id", "SET NULL"))
    kind: Mapped[EntryKind | None]
    agenda_item_id: Mapped[int | None] = mapped_column(_fk("agenda_item.id", "SET NULL"))
    question_id: Mapped[int | None] = mapped_column(_fk("question.id", "SET NULL"))
    #: when the first character of the draft was typed (becomes the entry's recorded_at)
    started_at: Mapped[str | None] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Tagging(Stamped, Base):
    """A tag put on a whole entry (start/end None) or on a span of its text."""

    __tablename__ = "tagging"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(_fk("entry.id"), index=True)
    tag_id: Mapped[int] = mapped_column(_fk("tag.id"), index=True)
    #: offsets in Unicode code points into the entry text
    start: Mapped[int | None]
    end: Mapped[int | None]
    memo: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)

    entry: Mapped[Entry] = relationship(back_populates="taggings")
    tag: Mapped[Tag] = relationship()


class ActionItem(Stamped, Base):
    """A decided action (åtgärd) with an owner, a due date and a status."""

    __tablename__ = "action_item"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    text: Mapped[str]
    owner: Mapped[str | None]
    due: Mapped[dt.date | None]
    status: Mapped[ActionStatus | None]
    session_id: Mapped[int | None] = mapped_column(_fk("session.id", "SET NULL"))
    improvement_id: Mapped[int | None] = mapped_column(_fk("tag.id", "SET NULL"))
    sort_order: Mapped[int] = mapped_column(default=0)

    project: Mapped[Project] = relationship(back_populates="actions")
    session: Mapped[Session | None] = relationship()
    improvement: Mapped[Tag | None] = relationship()


class ReportQuote(Stamped, Base):
    """A passage chosen to be quoted in the report (citat) for a mandate or a tag.

    The passage is the whole entry, or the span of one of its taggings (``tagging_id``):
    the span then follows the tagging when the entry's text is edited, and the quote
    goes with the tagging when that is removed. Exactly one of ``mandate_id`` and
    ``tag_id`` is set (a theme, a strength or an improvement area). Quotes print in
    ``sort_order`` (one order for the whole project; a target's quotes keep theirs).
    """

    __tablename__ = "report_quote"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    entry_id: Mapped[int] = mapped_column(_fk("entry.id"), index=True)
    tagging_id: Mapped[int | None] = mapped_column(_fk("tagging.id"), index=True)
    mandate_id: Mapped[int | None] = mapped_column(_fk("mandate.id"), index=True)
    tag_id: Mapped[int | None] = mapped_column(_fk("tag.id"), index=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class ReportName(Stamped, Base):
    """A name found in the entries, and what the report prints for it when names are off.

    ``replacement`` is printed instead of the name in the report only (the minutes keep
    the name): a role such as "skyddsombudet", or "" to leave the name out; None means
    the secretary chose to leave the name as typed. A name without a row is undecided.
    """

    __tablename__ = "report_name"

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    name: Mapped[str]
    replacement: Mapped[str | None]
    sort_order: Mapped[int] = mapped_column(default=0)


class StartingPoint(Base):
    """What a project sent out to another recorder (role "sent"), or was received as
    (role "received"): the document of that moment, the base of a three-way merge."""

    __tablename__ = "starting_point"
    __table_args__ = (UniqueConstraint("project_id", "uid"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(_fk("project.id"), index=True)
    uid: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(10))
    #: ISO 8601 date-time of the send-out, with its UTC offset
    sent_at: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str]
    #: {"recorder": ..., "laptop": ...} of the library that sent it out
    sender: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: the uids of the sessions sent out
    sessions: Mapped[list[str]] = mapped_column(JSON)
    #: the project document as it was sent out
    document: Mapped[dict[str, Any]] = mapped_column(JSON)
    #: the recipient's document last merged back (the base of the next merge); None before
    merged: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    #: people erased since it was sent: [{"hash": sha256 of the id salted with ``uid``, "uid": new id}]
    erased: Mapped[list[dict[str, str]] | None] = mapped_column(JSON)
    sort_order: Mapped[int] = mapped_column(default=0)


# The survey results and the previous round live in their own module (they map onto the
# same Base); imported here so that every user of the model sees their tables.
from samverkan_desktop.domain.rounds import PreviousItem as PreviousItem  # noqa: E402
from samverkan_desktop.domain.rounds import PreviousRound as PreviousRound  # noqa: E402
from samverkan_desktop.domain.rounds import RatingItem as RatingItem  # noqa: E402
