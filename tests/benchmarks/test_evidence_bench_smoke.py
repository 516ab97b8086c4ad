"""Smoke test of ``benchmarks/bench_evidence.py``: it runs end to end with tiny sizes.

The benchmark's own checks run too (the raw-sqlite3 floor and the service return the
same number of passages as the tag carries, and the view shows them all). No timing
is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.benchmarks.loading import load_bench


def test_evidence_benchmark_runs_with_tiny_sizes(qapp: QApplication, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_evidence")
    argv = ["--sessions", "2", "--entries-per-session", "30", "--passages", "40", "--repeat", "1",
            "--dir", str(tmp_path), "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("analysis view built", "view: select tag -> table drawn", "service alone",
                  "floor: raw sqlite3", "view / floor"):
        assert label in out
    assert list(tmp_path.iterdir()) == []  # the temporary library is cleaned up
