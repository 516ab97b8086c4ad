"""Smoke test of benchmarks/bench_archive_erasure.py: it runs end to end on a tiny library."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_the_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_smoke_archive_erasure",
                                                  BENCHMARKS / "bench_archive_erasure.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--sessions", "2", "--entries-per-session", "30"]) == 0
    out = capsys.readouterr().out
    assert "archive write" in out and "erase " in out and "60 entries" in out
