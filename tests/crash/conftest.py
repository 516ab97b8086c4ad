"""The X display every crash test types into (skipped where Xvfb or xdotool is missing)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.crash.helpers import ToolsMissing, xvfb_display


@pytest.fixture
def display() -> Iterator[str]:
    try:
        with xvfb_display() as name:
            yield name
    except ToolsMissing as exc:
        pytest.skip(str(exc))
