"""Smoke test of benchmarks/bench_stalls.py: it runs the real import and erasure end to end at a tiny size."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_smoke_stalls", BENCHMARKS / "bench_stalls.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--sessions", "2", "--entries-per-session", "20", "--idle", "0.2"]) == 0
    out = capsys.readouterr().out
    assert "import " in out and "erasure " in out and "longest gap" in out
