"""Smoke test of ``benchmarks/bench_search.py``: it runs end to end with tiny sizes.

No timing is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.benchmarks.loading import load_bench


def test_search_benchmark_runs_with_tiny_sizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_search")
    argv = ["--sessions", "1", "--entries-per-session", "30", "--queries", "16", "--repeat", "1", "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("library: 30 entries; 16 queries", "search", "floor", "floor, capped", "p95 ms", "aim: search p95"):
        assert label in out
    queries = bench.make_queries(bench.generated_document(1, 30), 16, 0)
    assert len(queries) == 16 and any(q.startswith('"') for q in queries)
    # kept library: a second run reuses it
    folder = tmp_path / "lib"
    assert bench.main([*argv, "--dir", str(folder)]) == 0
    assert bench.main([*argv, "--dir", str(folder), "--keep"]) == 0
    assert (folder / "library.sqlite3").exists()
