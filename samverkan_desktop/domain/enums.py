"""Closed vocabularies of the domain, with the values the interchange file uses.

Each enum's value is the word written in the project file (schema v1), so that a
value read from a file and a value stored in the database are the same string.
The Swedish labels the user sees live in the UI and report layers, not here.
"""

from __future__ import annotations

from enum import StrEnum


class ProjectStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


class PartySide(StrEnum):
    EMPLOYER = "employer"
    UNION = "union"
    OTHER = "other"


class Rating(StrEnum):
    """The assessment of a mandate: stärkts / delvis / inte stärkts / kan inte bedömas."""

    STRENGTHENED = "strengthened"
    PARTLY = "partly"
    NOT_STRENGTHENED = "not_strengthened"
    NOT_ASSESSED = "not_assessed"


class TagKind(StrEnum):
    """Tema, det som fungerar, förbättringsområde."""

    THEME = "theme"
    STRENGTH = "strength"
    IMPROVEMENT = "improvement"


class Priority(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class SessionKind(StrEnum):
    """CSG, FSG, fokusgrupp, APT (arbetsplatsträff), annat, skriftliga svar.

    ``WRITTEN_ANSWERS`` is not a meeting: employees' answers imported from a survey
    export, one entry per answer, attributed to a group instead of a party.
    """

    CSG = "csg"
    FSG = "fsg"
    FOCUS_GROUP = "focus_group"
    WORKPLACE = "workplace"
    OTHER = "other"
    WRITTEN_ANSWERS = "written_answers"


class SessionStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    ADJUSTED = "adjusted"


class AttendanceRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    ADJUSTER = "adjuster"
    FACILITATOR = "facilitator"
    PARTICIPANT = "participant"


class ItemType(StrEnum):
    """Ärendetyp: information (MBL §19), samverkan före beslut, förhandling (MBL §11) ..."""

    INFORMATION = "information"
    CONSULTATION = "consultation"
    NEGOTIATION = "negotiation"
    DIALOGUE = "dialogue"
    FORMAL = "formal"
    OTHER = "other"


class Outcome(StrEnum):
    """Samverkan/förhandling avslutad i enighet / oenighet."""

    AGREEMENT = "agreement"
    DISAGREEMENT = "disagreement"
    NONE = "none"


class EntryKind(StrEnum):
    STATEMENT = "statement"
    DECISION = "decision"
    ACTION = "action"
    NOTE = "note"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class RecordKind(StrEnum):
    """The kinds of record the editing service, the undo commands and the views share; each
    value is the record's table name (``tagging``, ``agenda_item``), except ``action``
    (``action_item``), the word the file format uses."""

    PROJECT = "project"
    PARTY = "party"
    PERSON = "person"
    MANDATE = "mandate"
    QUESTION = "question"
    SESSION = "session"
    ENTRY = "entry"
    ATTENDANCE = "attendance"
    AGENDA_ITEM = "agenda_item"
    MINUTE_NOTE = "minute_note"
    TAG = "tag"
    TAGGING = "tagging"
    ACTION = "action"
    QUOTE = "quote"  # a statement quoted in the report
    REPORT_NAME = "report_name"  # a name the report replaces
    QUESTION_MANDATE = "question_mandate"  # the links of a question to mandates
    TAG_MANDATE = "tag_mandate"  # the links of a tag to mandates
    PREVIOUS_ITEM = "previous_item"  # an item of the previous round (its match and follow-up)


class FollowUpStatus(StrEnum):
    """What became of a previous round's improvement area: genomfört / pågår / inte påbörjat /
    inte längre aktuellt."""

    DONE = "done"
    IN_PROGRESS = "in_progress"
    NOT_STARTED = "not_started"
    NOT_RELEVANT = "not_relevant"


class PreviousKind(StrEnum):
    """What a remembered item of the previous round is."""

    MANDATE = "mandate"
    QUESTION = "question"
    TAG = "tag"
    RATING_ITEM = "rating_item"
