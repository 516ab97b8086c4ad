"""Smoke test of benchmarks/bench_archive_erasure.py: it runs end to end on a tiny library."""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_bench("bench_archive_erasure")
    assert module.main(["--sessions", "2", "--entries-per-session", "30"]) == 0
    out = capsys.readouterr().out
    assert "archive write" in out and "erase " in out and "60 entries" in out
