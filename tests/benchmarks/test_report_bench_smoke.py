"""Smoke test of ``benchmarks/bench_report.py``: it runs end to end with tiny sizes.

No timing is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_report_benchmark_runs_with_tiny_sizes(capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_report")
    argv = ["--sessions", "1", "--entries-per-session", "12", "--small-sessions", "1",
            "--small-entries-per-session", "5", "--repeat", "1", "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("machine:", "large:", "small:", "report/floor", "layout/floor", "aim:"):
        assert label in out
    assert bench.pages(bench.floor_pdf(["Kommunal: <b>ett</b> inlägg & mer"])) == 1
