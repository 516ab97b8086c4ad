"""The builders pause the cyclic garbage collector and always turn it back on."""

from __future__ import annotations

import gc

import pytest

from samverkan_desktop.report.pause import collector_paused


def test_the_collector_is_off_during_the_build_and_on_after_it_even_when_the_build_fails() -> None:
    seen = []

    @collector_paused
    def build(fail: bool) -> str:
        seen.append(gc.isenabled())
        if fail:
            raise ValueError("cancelled")
        return "pdf"

    assert gc.isenabled()
    assert build(False) == "pdf"
    with pytest.raises(ValueError):
        build(True)
    assert seen == [False, False] and gc.isenabled()


def test_a_build_inside_a_build_leaves_the_collector_as_the_outer_build_found_it() -> None:
    @collector_paused
    def inner() -> bool:
        return gc.isenabled()

    @collector_paused
    def outer() -> tuple[bool, bool]:
        return inner(), gc.isenabled()

    assert outer() == (False, False) and gc.isenabled()
    gc.disable()
    try:
        outer()
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
