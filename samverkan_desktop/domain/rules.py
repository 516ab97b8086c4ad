"""Small pure rules of the domain, shared by the services and the UI.

They take plain values (an enum member or its string value, both compare equal) so
that a caller can ask with whatever it holds: a ``Row`` value, a form's current data.
"""

from __future__ import annotations

from collections.abc import Iterable

from samverkan_desktop.domain.enums import ItemType, SessionStatus

#: item types that end in an outcome (enighet / oenighet): MBL §11 and samverkan före beslut
ITEM_TYPES_WITH_OUTCOME = frozenset({ItemType.CONSULTATION, ItemType.NEGOTIATION})


def is_read_only(status: SessionStatus | str | None) -> bool:
    """An adjusted session (justerat protokoll) is locked: nothing in it may change."""
    return status == SessionStatus.ADJUSTED


def has_outcome(item_type: ItemType | str | None) -> bool:
    """Only a consultation or a negotiation is closed in agreement or disagreement."""
    return item_type in ITEM_TYPES_WITH_OUTCOME


def next_item_number(numbers: Iterable[int]) -> int:
    """The § number a new last agenda item gets: one past the highest, 1 on an empty agenda."""
    return max(numbers, default=0) + 1
