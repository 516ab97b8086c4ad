"""Smoke tests of ``benchmarks/bench_startup.py``, ``bench_meeting_start.py`` and ``bench_typing.py``.

Both scripts' ``main`` run end to end with tiny sizes and one round: the start-up
benchmark starts the real app (and the PySide6 floor) as subprocesses on a library
of 200 entries (also straight into meeting mode) and reads the ``-X importtime`` trace; the typing benchmark types 100
characters (with Returns, so entries are committed) into meeting mode over a session
of 200 entries and into the plain-editor floor, and checks the database afterwards.
No timing is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.benchmarks.loading import load_bench


def test_startup_benchmark_runs_with_tiny_sizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_startup")
    argv = ["--sessions", "1", "--entries-per-session", "200", "--repeat", "1", "--top", "3",
            "--dir", str(tmp_path), "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("floor: window visible", "floor: window drawn", "app: main window visible", "app: project shown",
                  "app: project drawn", "meeting: drawn, taking typing", "meeting: minutes drawn",
                  "app visible / floor visible", "meeting typing / floor ready", "meeting minutes drawn / floor",
                  "-X importtime", "top 3 by cumulative time", "top 3 by self time"):
        assert label in out
    assert "samverkan_desktop" in out  # the app's own modules show up in the import trace
    assert list(tmp_path.iterdir()) == []  # the temporary data folders are cleaned up


def test_meeting_start_benchmark_runs_with_tiny_sizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_meeting_start")
    assert bench.main(["--entries", "50", "--repeat", "1", "--dir", str(tmp_path), "--quiet"]) == 0
    out = capsys.readouterr().out
    for label in ("floor visible", "app: main window visible", "app: meeting mode typing", "app: meeting mode shown",
                  "meeting mode typing / floor visible", "meeting mode shown / floor visible",
                  "meeting mode after the main window"):
        assert label in out
    assert list(tmp_path.iterdir()) == []  # the temporary data folders are cleaned up


def test_startup_log_parsing() -> None:
    bench = load_bench("bench_startup")
    trace = ("import time: self [us] | cumulative | imported package\n"
             "import time:       100 |        100 |     sqlalchemy.util\n"
             "import time:       400 |        500 |   sqlalchemy\n"
             "import time:        50 |        550 | samverkan_desktop.app\n")
    imports = bench.parse_importtime(trace)
    assert [(i.depth, i.name, i.self_us, i.cumulative_us) for i in imports] == [
        (2, "sqlalchemy.util", 100, 100), (1, "sqlalchemy", 400, 500), (0, "samverkan_desktop.app", 50, 550)]
    line = "2026-01-31 12:34:56,789 INFO samverkan_desktop.app: main window shown (None)"
    assert bench._record_time(line) % 1 == pytest.approx(0.789, abs=1e-6)


def test_typing_benchmark_runs_with_tiny_sizes(qapp: QApplication, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_typing")
    argv = ["--entries", "200", "--chars", "100", "--entry-chars", "40", "--interval-ms", "2", "--repeat", "1",
            "--dir", str(tmp_path), "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("floor (plain QPlainTextEdit)", "meeting mode + writer", "max ms", "p99 ms", "p95 ms",
                  "Writer per round:", "committed entries in the database, in order", "draft on disk equals",
                  "meeting mode, stall at Enter", "floor, stall at Enter"):
        assert label in out
    assert list(tmp_path.iterdir()) == []  # the temporary library is cleaned up


def test_typing_keystrokes_commit_at_word_boundaries() -> None:
    bench = load_bench("bench_typing")
    text = bench.swedish_text(400, seed=2)
    assert len(text) == 400 and any(c in text for c in "åäö")
    keys = bench.keystrokes(text, 150)
    assert len(keys) == 400 and keys.count("\n") >= 2
    entries, draft = bench.split_entries(keys)
    assert "".join(keys).replace("\n", " ") == text  # only spaces become Returns
    assert len(entries) == keys.count("\n") and all(len(e) >= 140 for e in entries)
    assert draft == "".join(keys).rsplit("\n", 1)[1]
