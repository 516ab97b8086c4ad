"""Smoke test of ``benchmarks/bench_word.py``: it runs end to end with tiny sizes (no timing asserted)."""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path

import docx
import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def test_word_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_smoke_bench_word", BENCHMARKS / "bench_word.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = bench
    spec.loader.exec_module(bench)
    assert bench.main(["--sessions", "1", "--entries-per-session", "12", "--repeat", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    for label in ("machine:", "paragraphs", "word/floor", "render/floor", "aim:"):
        assert label in out
    floor = docx.Document(io.BytesIO(bench.floor_docx(["Kommunal: <b>ett</b> inlägg & mer"])))
    assert [p.text for p in floor.paragraphs] == ["Kommunal: <b>ett</b> inlägg & mer"]
