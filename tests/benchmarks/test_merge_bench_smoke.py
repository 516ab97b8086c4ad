"""Smoke test of benchmarks/bench_merge.py: it runs end to end at a tiny size and prints its ratio."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_smoke_merge", BENCHMARKS / "bench_merge.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--central", "3", "--sent", "2", "--entries", "20", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "merged back: 2 x 20 entries" in out and "ratio merge / floor" in out
