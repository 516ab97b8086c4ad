"""What each column of a survey file is, and what the user chose to do with it.

``describe`` looks at every column once: a column whose header is a question of the
guide (same text, ignoring case, spacing and trailing punctuation) answers that
question; a column of whole numbers 1-5 is a rating item (and an HME item when its text
says so); a text column with few distinct values (the administration, the workplace)
can be the group of each answer. ``automatic`` is the mapping the command line uses and
the dialog starts from: questions and rating items in, everything else left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

from samverkan_desktop.services.survey import hme
from samverkan_desktop.services.survey.reading import SurveyTable, normalise

#: a group has at most this many distinct values ...
MAX_GROUPS = 20
#: ... and each value is shared by at least this many answers on average
MIN_PER_GROUP = 2
_SCALE = {"1", "2", "3", "4", "5"}


class Use(StrEnum):
    """What is done with a column."""

    QUESTION = "question"
    NEW_QUESTION = "new_question"
    RATING = "rating"
    GROUP = "group"
    SKIP = "skip"


@dataclass(frozen=True)
class Column:
    """One column of the file, as found."""

    index: int
    header: str
    #: non-empty answers
    answers: int
    distinct: int
    #: every answer is a whole number 1-5
    rating: bool
    #: few distinct values: can be the group of each answer
    group: bool
    #: the guide's question with the same text, if any
    question_id: int | None
    #: the HME item, if the header asks one
    hme: str | None
    #: a few answers, to show in the dialog
    examples: tuple[str, ...]


@dataclass(frozen=True)
class Choice:
    """What to do with one column: ``question_id`` is set for ``Use.QUESTION``."""

    use: Use
    question_id: int | None = None


def describe(table: SurveyTable, questions: Iterable[tuple[int, str]]) -> list[Column]:
    """Every column of ``table``; ``questions`` are the guide's (id, text) pairs."""
    by_text: dict[str, int] = {}
    for question_id, text in questions:
        by_text.setdefault(normalise(text), question_id)
    found = []
    for index, (header, values) in enumerate(zip(table.headers, table.columns, strict=True)):
        given = [v for v in values if v is not None]
        distinct = {v.strip() for v in given}
        rating = bool(given) and distinct <= _SCALE
        group = (not rating and 0 < len(distinct) <= MAX_GROUPS and len(given) >= MIN_PER_GROUP * len(distinct))
        examples = tuple(sorted(distinct)[:MAX_GROUPS]) if group or rating else tuple(given[:3])
        found.append(Column(index, header, len(given), len(distinct), rating, group,
                            by_text.get(normalise(header)), hme.recognise(header) if rating else None, examples))
    return found


def automatic(columns: Iterable[Column], group: str | None = None) -> dict[int, Choice]:
    """Questions of the guide and rating items in, the column headed ``group`` as the group, the rest out."""
    chosen: dict[int, Choice] = {}
    for column in columns:
        if group is not None and normalise(column.header) == normalise(group):
            chosen[column.index] = Choice(Use.GROUP)
        elif column.question_id is not None and not column.rating:
            chosen[column.index] = Choice(Use.QUESTION, column.question_id)
        elif column.rating:
            chosen[column.index] = Choice(Use.RATING)
        else:
            chosen[column.index] = Choice(Use.SKIP)
    return chosen


def uses(mapping: Mapping[int, Choice], use: Use) -> list[int]:
    return sorted(index for index, choice in mapping.items() if choice.use is use)
