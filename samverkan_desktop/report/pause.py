"""Building a document with Python's cyclic garbage collector paused.

Laying out a long report makes hundreds of thousands of short-lived objects (fragments,
words, lines, PDF operators) that reference counting frees; almost none form cycles. The
cyclic collector nevertheless runs every 700 allocations and rescans the surviving
flowables each time, about 7 % of a 400-page build (docs/performance.md). The builders
pause it and turn it back on afterwards; nothing is leaked, collection is only later.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(build: Callable[P, R]) -> Callable[P, R]:
    """``build`` runs with the cyclic collector off (if it was on, it is on again afterwards)."""

    @functools.wraps(build)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return build(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused
