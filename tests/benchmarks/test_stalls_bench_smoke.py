"""Smoke test of benchmarks/bench_stalls.py: it runs the real import and erasure end to end at a tiny size."""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_bench("bench_stalls")
    assert module.main(["--sessions", "2", "--entries-per-session", "20", "--idle", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "import " in out and "erasure " in out and "longest gap" in out
