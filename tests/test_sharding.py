"""tests/sharding.py: each shard runs its share of the examples, the shards draw different
examples, and a shard draws the same ones on every run."""

from __future__ import annotations

from hypothesis import Phase
from hypothesis import strategies as st

from tests.sharding import shards


def test_shards_split_the_examples_repeatably() -> None:
    drawn: list[int] = []

    def body(number: int) -> None:
        drawn.append(number)

    made = shards("test_numbers", body, (st.integers(0, 10**9),), count=3, examples=60, database=None,
                  phases=(Phase.generate,))
    assert list(made) == ["test_numbers_1_of_3", "test_numbers_2_of_3", "test_numbers_3_of_3"]
    runs = []
    for test in made.values():
        drawn.clear()
        test()
        runs.append(list(drawn))
    assert [len(run) for run in runs] == [20, 20, 20]
    assert len({tuple(run) for run in runs}) == 3  # three different draws
    drawn.clear()
    made["test_numbers_2_of_3"]()
    assert drawn == runs[1]  # the same examples again
