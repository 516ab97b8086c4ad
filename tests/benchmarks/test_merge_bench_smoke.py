"""Smoke test of benchmarks/bench_merge.py: it runs end to end at a tiny size and prints its ratio."""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_bench("bench_merge")
    assert module.main(["--central", "3", "--sent", "2", "--entries", "20", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "merged back: 2 x 20 entries" in out and "ratio merge / floor" in out
