"""Smoke test of ``benchmarks/fuzz_soak.py``: two jobs of one example each, counted together.

It runs the real script in a subprocess (it starts its own Qt application and jobs).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_soak_splits_examples_over_jobs_and_adds_up_their_counts(tmp_path: Path) -> None:
    failures = tmp_path / "failures.jsonl"
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "fuzz_soak.py"), "--examples", "2", "--jobs", "2",
         "--failures", str(failures)],
        capture_output=True, text=True, timeout=600, cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    total = done.stdout.strip().splitlines()[-1]
    assert total.startswith("examples: 2 ") and "failures: 0" in total, done.stdout
    assert int(total.split("peak memory: ")[1].split()[0]) > 50  # MB: a Qt process with the app loaded
    assert done.stdout.count("1 examples, 0 failures") == 2  # each job ran one
    progress = [line for line in done.stdout.splitlines() if line.startswith("1 examples")]
    assert all(int(line.split("mappings: ")[1]) > 100 for line in progress)  # a Qt process's libraries
    assert not failures.exists()
