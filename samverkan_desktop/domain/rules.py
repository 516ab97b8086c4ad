"""Small pure rules of the domain, shared by the services and the UI.

They take plain values (an enum member or its string value, both compare equal) so
that a caller can ask with whatever it holds: a ``Row`` value, a form's current data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from samverkan_desktop.domain.enums import ItemType, SessionStatus

#: item types that end in an outcome (enighet / oenighet): MBL §11 and samverkan före beslut
ITEM_TYPES_WITH_OUTCOME = frozenset({ItemType.CONSULTATION, ItemType.NEGOTIATION})

#: what adjusting a session's minutes locks (kinds of records): the minutes themselves. Tagging
#: an entry, a tagging's memo and quoting an entry in the report are analysis, often done weeks
#: after the meeting, and are not part of the minutes: they stay open.
LOCKED_BY_ADJUSTMENT = frozenset({"session", "entry", "agenda_item", "minute_note", "attendance"})


def is_read_only(status: SessionStatus | str | None) -> bool:
    """An adjusted session (justerat protokoll) is locked: its minutes may not change
    (which records that covers: ``is_locked``)."""
    return status == SessionStatus.ADJUSTED


def is_locked(status: SessionStatus | str | None, kind: str) -> bool:
    """Whether a record of ``kind`` ("entry", "tagging" ...) in a session of ``status`` is locked:
    the minutes of an adjusted session are, their analysis (taggings, memos, quotes) never is."""
    return is_read_only(status) and kind in LOCKED_BY_ADJUSTMENT


def has_outcome(item_type: ItemType | str | None) -> bool:
    """Only a consultation or a negotiation is closed in agreement or disagreement."""
    return item_type in ITEM_TYPES_WITH_OUTCOME


def next_item_number(numbers: Iterable[int]) -> int:
    """The § number a new last agenda item gets: one past the highest, 1 on an empty agenda."""
    return max(numbers, default=0) + 1


def now_iso() -> str:
    """The local time with its UTC offset, to the second: an entry's recorded_at."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")
