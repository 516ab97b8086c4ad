"""Smoke test of ``benchmarks/bench_word.py``: it runs end to end with tiny sizes (no timing asserted)."""

from __future__ import annotations

import io

import docx
import pytest

from tests.benchmarks.loading import load_bench


def test_word_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_word")
    assert bench.main(["--sessions", "1", "--entries-per-session", "12", "--repeat", "1", "--quiet"]) == 0
    out = capsys.readouterr().out
    for label in ("machine:", "paragraphs", "word/floor", "render/floor", "aim:"):
        assert label in out
    floor = docx.Document(io.BytesIO(bench.floor_docx(["Kommunal: <b>ett</b> inlägg & mer"])))
    assert [p.text for p in floor.paragraphs] == ["Kommunal: <b>ett</b> inlägg & mer"]
