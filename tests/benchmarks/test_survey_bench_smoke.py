"""Smoke test of benchmarks/bench_survey.py: it runs end to end on a tiny survey file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_smoke_survey", BENCHMARKS / "bench_survey.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--respondents", "60", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "60 respondents" in out and "9 rating items" in out
    for name in ("floor: read", "read xlsx", "read csv", "floor: write", "import ", "xlsx to library"):
        assert name in out
