"""Measure how long the window stops answering while long work runs (the event-loop stalls).

The real main window (offscreen) runs the real menu commands, through the job runner
(``ui/jobs.py``) on its worker thread, exactly as the user starts them:

``import``
    ``project_files.import_file`` of a generated project file of
    ``sessions x entries-per-session`` entries (default 50 x 1,000) into an empty library:
    reading and parsing the file, validating, writing, the search index, the commit, and
    the views rebuilt afterwards on the GUI thread.
``erasure``
    ``erase_person_with_confirmation`` of the person with the most entries: counting
    (a job), the confirmation (answered at once), the erasure (an exclusive job: rows,
    search-index rebuild, VACUUM, backups) and the views rebuilt, up to the summary box.

A precise 1 ms timer on the GUI thread records the time between its ticks; a *stall* is
a gap the event loop could not serve. Two floors, measured in the same run for ``--idle``
seconds each: **idle**, the timer on an idle event loop (what the machine's load alone
costs), and **busy**, the timer while a plain Python loop runs on a worker thread (what
any background Python work costs the event loop through the interpreter lock, at this
load). Reported per measurement: wall time, the longest gap, the 99th percentile, and
the gaps over 50 and 100 ms. Aim: no gap over 100 ms. ``--trace`` lists the long gaps
with the job's progress when each ended.

Run::

    uv run python benchmarks/bench_stalls.py
    uv run python benchmarks/bench_stalls.py --sessions 5 --entries-per-session 200
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, machine


class GapRecorder:
    """A 1 ms precise timer on the GUI thread; ``gaps`` are the ms between its ticks."""

    def __init__(self, where: Callable[[], str] = lambda: "") -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.where = where
        #: the gaps over 50 ms: (ms since the start, the gap, ``where()`` when it ended)
        self.long: list[tuple[float, float, str]] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._tick)
        self._last = 0

    def start(self) -> None:
        self.gaps = []
        self.long = []
        self.clock.start()
        self._last = self.clock.nsecsElapsed()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        self._tick()
        return self.gaps

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed()
        gap = (now - self._last) / 1e6
        self.gaps.append(gap)
        if gap > 50:
            self.long.append((now / 1e6, gap, self.where()))
        self._last = now


def answer_every_box() -> QTimer:
    """Accept every message box as soon as it shows (the confirmation, the summary)."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            yes = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.YesRole]
            (yes[0].click() if yes else box.accept())

    timer = QTimer()
    timer.timeout.connect(click)
    timer.start(20)
    return timer


def _spin(until: float) -> None:
    """Pure Python work on a worker thread, as a job does between its database calls."""
    while time.monotonic() < until:
        sum(range(1000))


def _worker_at() -> str:
    """Where the other threads are, innermost frames first (what ``--trace`` shows with a gap)."""
    import traceback

    main = threading.main_thread().ident
    return " | ".join(" < ".join(f"{Path(f.filename).name}:{f.lineno}" for f in traceback.extract_stack(frame)[:-4:-1])
                      for ident, frame in sys._current_frames().items() if ident != main) or "-"


def run_until(done: Callable[[], bool], timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def measure(recorder: GapRecorder, start: Callable[[], Any], done: Callable[[], bool]) -> tuple[float, list[float]]:
    recorder.start()
    began = time.perf_counter()
    start()
    run_until(done, 3600)
    wall = time.perf_counter() - began
    return wall, recorder.stop()


def summary(name: str, wall: float | None, gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99)] if ordered else 0.0
    over50 = sum(1 for g in gaps if g > 50)
    over100 = sum(1 for g in gaps if g > 100)
    timing = f"{wall:7.2f} s" if wall is not None else "        "
    return (f"{name:<10} {timing}  longest gap {max(gaps, default=0):7.1f} ms  p99 {p99:5.1f} ms  "
            f"median {statistics.median(gaps) if gaps else 0:4.1f} ms  gaps > 50 ms: {over50}  > 100 ms: {over100}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    parser.add_argument("--idle", type=float, default=2.0, help="seconds of the idle floor")
    parser.add_argument("--trace", action="store_true", help="list every gap over 50 ms with the job's progress")
    options = parser.parse_args(argv)

    from sqlalchemy import func, select

    import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 workaround first
    from samverkan_desktop.domain import models as m
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.storage.library import open_library
    from samverkan_desktop.ui import project_files
    from samverkan_desktop.ui import settings as S
    from samverkan_desktop.ui.context import EditContext
    from samverkan_desktop.ui.erase_person import erase_person_with_confirmation
    from samverkan_desktop.ui.jobs import Task
    from samverkan_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    document = generated_document(options.sessions, options.entries_per_session, seed=0)
    results: list[str] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-stalls-") as folder:
        source = Path(folder) / "project.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        paths = DataPaths(Path(folder) / "data").ensure()
        library = open_library(paths)
        try:
            window = MainWindow(EditContext(library, "sv"), paths, S.Settings(paths.root / "settings.ini"))
            window.show()
            recorder = GapRecorder(lambda: (", ".join(
                f"{t.dialog.labelText()} {t.dialog.value()}/{t.dialog.maximum()}" for t in list(Task._alive)) or "-")
                + (f"; worker at {_worker_at()}" if options.trace else ""))
            recorder.start()
            run_until(lambda: recorder.clock.elapsed() > options.idle * 1000, options.idle + 60)
            results.append(summary("idle", None, recorder.stop()))
            stop_at = time.monotonic() + options.idle
            spinning = threading.Thread(target=lambda: _spin(stop_at))
            recorder.start()
            spinning.start()
            run_until(lambda: not spinning.is_alive(), options.idle + 60)
            results.append(summary("busy", None, recorder.stop()))

            finished: list[str] = []
            answering = answer_every_box()

            def start_import() -> None:
                task = project_files.import_file(window, source)
                task.finished.append(lambda t: finished.append(t.state))

            wall, gaps = measure(recorder, start_import, lambda: bool(finished))
            if finished != ["done"]:
                raise SystemExit(f"the import ended {finished}")
            results.append(summary("import", wall, gaps))
            if options.trace:
                results += [f"    at {at / 1000:6.2f} s: {gap:6.1f} ms  ({where})" for at, gap, where in recorder.long]

            with library.sessions() as db:
                person_id = db.execute(
                    select(m.Entry.person_id, func.count()).where(m.Entry.person_id.is_not(None))
                    .group_by(m.Entry.person_id).order_by(func.count().desc())).first()[0]
            erased: list[int] = []

            def start_erasure() -> None:
                erase_person_with_confirmation(window, person_id, lambda result: erased.append(result.entries))

            wall, gaps = measure(recorder, start_erasure,
                                 lambda: bool(erased) and not isinstance(QApplication.activeModalWidget(), QMessageBox))
            results.append(summary("erasure", wall, gaps) + f"  ({erased[0]} entries anonymised)")
            if options.trace:
                results += [f"    at {at / 1000:6.2f} s: {gap:6.1f} ms  ({where})" for at, gap, where in recorder.long]
            answering.stop()
            window.close()
        finally:
            library.close()
    print(f"machine: {machine()}")
    print(f"workload: {options.sessions} sessions x {options.entries_per_session} entries")
    for line in results:
        print(line)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
