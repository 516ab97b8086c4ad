"""Smoke test of ``benchmarks/bench_printing.py``: it runs end to end at a tiny resolution.

No timing is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

import pytest

from tests.benchmarks.loading import load_bench


def test_printing_benchmark_runs_at_a_tiny_resolution(qapp: object, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_printing")
    assert bench.main(["--dpi", "36", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    for label in ("machine:", "colour:", "auto:", "grey printer:", "spool/floor", "raster/floor", "ms/page"):
        assert label in out
    grey = next(line for line in out.splitlines() if "grey printer:" in line)
    assert "raster/floor 0.2" in grey  # a quarter of the bytes
