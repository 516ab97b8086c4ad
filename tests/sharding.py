"""Split a long Hypothesis test into shards that the test workers run side by side.

One ``@given`` test is one pytest item, so pytest-xdist runs all its examples on one worker:
the 300 hostile-input examples alone took most of the suite's time. ``shards`` makes
``count`` tests of the same body, each drawing ``examples // count`` examples from a seed
of its own: the same examples on every run (repeatable in CI, as ``derandomize`` was),
the same number in all, and each shard free to run on another core.

    globals().update(shards("test_hostile_input", body, (documents(), texts()), count=6, examples=300,
                            deadline=None, database=None))
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import given, seed, settings
from hypothesis.strategies import SearchStrategy


def shards(name: str, body: Callable[..., None], strategies: Sequence[SearchStrategy[Any]], *, count: int,
           examples: int, **options: Any) -> dict[str, Callable[..., None]]:
    """``{name_1_of_N: test, ...}``: ``body`` under ``@given(*strategies)``, ``examples // count``
    examples each, shard ``i`` seeded with ``i``; ``options`` go to ``@settings``."""
    made: dict[str, Callable[..., None]] = {}
    for index in range(count):
        test = given(*strategies)(body)
        test = settings(max_examples=examples // count, **options)(test)
        made[f"{name}_{index + 1}_of_{count}"] = seed(index)(test)
    return made
