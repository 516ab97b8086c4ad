"""Smoke test of benchmarks/bench_survey.py: it runs end to end on a tiny survey file."""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    module = load_bench("bench_survey")
    assert module.main(["--respondents", "60", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "60 respondents" in out and "9 rating items" in out
    for name in ("floor: read", "read xlsx", "read csv", "floor: write", "import ", "xlsx to library"):
        assert name in out
