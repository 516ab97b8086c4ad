"""The pure domain rules: locked adjusted sessions, outcomes, § numbering."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.enums import ItemType, SessionStatus
from samverkan_desktop.domain.rules import has_outcome, is_locked, is_read_only, next_item_number


@pytest.mark.parametrize(("status", "locked"), [
    (SessionStatus.ADJUSTED, True), ("adjusted", True),
    (SessionStatus.PLANNED, False), ("held", False), (None, False), ("", False),
])
def test_only_an_adjusted_session_is_read_only(status: SessionStatus | str | None, locked: bool) -> None:
    assert is_read_only(status) is locked


@pytest.mark.parametrize("status", [*SessionStatus, None])
def test_adjusting_locks_the_minutes_but_never_their_tagging(status: SessionStatus | None) -> None:
    adjusted = status == SessionStatus.ADJUSTED
    for kind in ("entry", "agenda_item", "minute_note", "attendance", "session"):
        assert is_locked(status, kind) is adjusted, kind
    for kind in ("tagging", "tag", "quote", "action"):
        assert not is_locked(status, kind), kind


def test_only_consultation_and_negotiation_have_an_outcome() -> None:
    assert {t for t in ItemType if has_outcome(t)} == {ItemType.CONSULTATION, ItemType.NEGOTIATION}
    assert has_outcome("negotiation")
    assert not has_outcome("information")
    assert not has_outcome(None)


def test_next_item_number() -> None:
    assert next_item_number([]) == 1
    assert next_item_number([1, 2, 3]) == 4
    assert next_item_number(iter([5, 4])) == 6
