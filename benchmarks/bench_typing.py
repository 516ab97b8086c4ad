"""Benchmark typing in meeting mode: event-loop stalls while the autosave writer runs.

What is measured (in this process, Qt offscreen, ``--repeat`` rounds, floor and
meeting mode alternating; the machines are shared and noisy, so medians matter):

``meeting``
    A fresh on-disk library in a temp folder holds a generated project whose one
    session has ``--entries`` entries (status ``held``, so the minutes are open). A
    ``MeetingWindow`` is opened on it through an ``EditContext`` and shown, so the
    list of earlier entries, the header and the legends are all there, and its
    ``MinutesWriter`` thread saves the draft (throttled, every 250 ms) and commits
    entries. ``--chars`` characters of Swedish text (å, ä, ö included) are then typed
    into ``window.editor``: one ``QKeyEvent`` KeyPress plus KeyRelease per character,
    with the text set, sent from a ``QTimer`` every ``--interval-ms`` ms so that the
    event loop (painting, the writer's queued signals) runs between keys. At the first
    space after every ``--entry-chars`` characters a Return is sent instead: it commits
    the entry (the text typed since the previous Return).
``floor``
    The same key events, from the same timer, into a plain ``QPlainTextEdit`` (same
    font, same window size) with no writer, no model and no list: what typing costs
    in Qt alone. Return there is just a new line.

The stall probe is a ``QTimer`` (``PreciseTimer``) at 1 ms that records
``time.perf_counter()`` on every tick while the keys are typed; a *stall* is the
gap between two ticks, so an idle loop shows about 1 ms and anything the UI thread
does (a key, a paint, a commit, waiting for the GIL while the writer thread runs
Python code) shows up as a longer gap. Reported: max, p99, p95 and median gap over
all rounds, and per round, for both runs; the aim is a p99 of at most 16 ms (one
frame at 60 Hz) in meeting mode.

After each meeting round the writer is flushed and the window closed (which saves
the draft and stops the writer), and the database is checked with ``sqlite3``:
every committed entry is there, in order, with its text, and the draft holds the
text typed after the last Return. (The next round's window puts that draft back in
the editor, as the app does, so its first entry starts with it; that is checked too.)
The number of drafts and entries the writer wrote is counted by wrapping its
``_write`` method.

Run::

    uv run python benchmarks/bench_typing.py                         # 1,000 entries, 2,000 chars, repeat 3
    uv run python benchmarks/bench_typing.py --entries 200 --chars 300 --repeat 1
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QPlainTextEdit, QWidget

import samverkan_desktop.ui  # noqa: F401 - installs the PySide6 refcount workaround before any widget
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import Library, open_library
from samverkan_desktop.ui.context import EditContext
from samverkan_desktop.ui.meeting.window import MeetingWindow

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, load_generator, machine, progress

AIM_P99_MS = 16.0
#: how long after a Return its stall is looked for
ENTER_WINDOW_S = 0.3
PROBE_MS = 1
WINDOW_SIZE = (1100, 760)




# --- what is typed -------------------------------------------------------------------------


def swedish_text(chars: int, seed: int = 1) -> str:
    """``chars`` characters of Swedish minutes text (sentences of the project generator)."""
    words = load_generator()._Text(random.Random(seed))
    text = ""
    while len(text) < chars:
        text += words.sentence() + " "
    text = text[:chars]
    if not any(c in text for c in "åäö") and chars >= 3:
        text = "åäö" + text[3:]
    return text


def keystrokes(text: str, entry_chars: int) -> list[str]:
    """The characters to type: ``text`` with the first space after every ``entry_chars``
    characters replaced by ``"\\n"``, which is sent as Return (commit the entry)."""
    keys: list[str] = []
    since = 0
    for char in text:
        since += 1
        if char == " " and since >= entry_chars:
            keys.append("\n")
            since = 0
        else:
            keys.append(char)
    return keys


def split_entries(keys: list[str]) -> tuple[list[str], str]:
    """The entries meeting mode commits for ``keys`` (stripped, non-empty), and the draft left."""
    parts = "".join(keys).split("\n")
    return [p.strip() for p in parts[:-1] if p.strip()], parts[-1]


# --- the probe and the typist --------------------------------------------------------------


class StallProbe:
    """A 1 ms ``PreciseTimer`` recording the gaps between its ticks (seconds), and how much of
    each gap the UI thread spent on the CPU (``time.thread_time``): on a busy machine a long
    gap may be mostly waiting for a core, which the CPU part leaves out."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[float] = []
        #: the time of each tick (the end of the gap of the same index)
        self.ticks: list[float] = []
        #: the UI thread's CPU seconds within each gap
        self.cpu: list[float] = []
        self._last = 0.0
        self._last_cpu = 0.0

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.gaps.append(now - self._last)
        self.ticks.append(now)
        self.cpu.append(cpu - self._last_cpu)
        self._last, self._last_cpu = now, cpu

    def start(self) -> None:
        self.gaps.clear()
        self.ticks.clear()
        self.cpu.clear()
        self._last, self._last_cpu = time.perf_counter(), time.thread_time()
        self.timer.start()

    def stop(self) -> list[float]:
        self.timer.stop()
        return list(self.gaps)


def send_key(widget: QWidget, char: str) -> None:
    """One key press and release with its text set; ``"\\n"`` is Return."""
    if char == "\n":
        key, typed = Qt.Key.Key_Return, "\r"
    else:
        key, typed = Qt.Key.Key_unknown, char
    for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, typed))


def type_keys(widget: QWidget, keys: list[str], interval_ms: int,
              timeout_s: float = 600.0) -> tuple[list[float], float, list[float], list[tuple[float, float]]]:
    """Type ``keys`` into ``widget``, one per ``interval_ms`` from a ``QTimer``, with the
    event loop running in between; returns the probe's gaps, the seconds it took, the UI
    thread's CPU in each gap, and the stall around each Return (``enter_stalls``)."""
    probe = StallProbe()
    typist = QTimer()
    typist.setTimerType(Qt.TimerType.PreciseTimer)
    typist.setInterval(interval_ms)
    loop = QEventLoop()
    position = 0
    returns: list[float] = []

    def next_key() -> None:
        nonlocal position
        if position >= len(keys):
            typist.stop()
            loop.quit()
            return
        if keys[position] == "\n":
            returns.append(time.perf_counter())
        send_key(widget, keys[position])
        position += 1

    typist.timeout.connect(next_key)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    widget.setFocus()
    QCoreApplication.processEvents()
    gc.collect()
    start = time.perf_counter()
    probe.start()
    typist.start()
    guard.start(int(timeout_s * 1000))
    loop.exec()
    gaps = probe.stop()
    ticks, cpu = list(probe.ticks), list(probe.cpu)
    elapsed = time.perf_counter() - start
    typist.stop()
    guard.stop()
    if position < len(keys):
        raise RuntimeError(f"typing timed out after {position} of {len(keys)} keys")
    return gaps, elapsed, cpu, enter_stalls(gaps, ticks, cpu, returns)


def enter_stalls(gaps: list[float], ticks: list[float], cpu: list[float],
                 returns: list[float]) -> list[tuple[float, float]]:
    """For each Return, among the gaps that overlap the ``ENTER_WINDOW_S`` after it was sent (the
    commit itself and what it sets off: the writer's news, the list's layout, the scroll): the
    longest gap, and the most CPU the UI thread spent within one of them."""
    stalls = []
    for sent in returns:
        overlapping = [(gap, busy) for gap, end, busy in zip(gaps, ticks, cpu, strict=True)
                       if end > sent and end - gap < sent + ENTER_WINDOW_S]
        stalls.append((max((g for g, _ in overlapping), default=0.0),
                       max((b for _, b in overlapping), default=0.0)))
    return stalls


def settle(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


# --- the runs -------------------------------------------------------------------------------


@dataclass
class Run:
    label: str
    gaps: list[float]
    elapsed: float
    # the UI thread's CPU seconds within each gap
    cpu: list[float]
    # per Return: (longest gap, most UI-thread CPU in one gap), seconds
    enter: list[tuple[float, float]]
    keys: int
    returns: int = 0
    drafts: int = 0
    entries: int = 0
    checks: list[str] = field(default_factory=list)


def make_library(folder: Path, entries: int, seed: int) -> tuple[Library, int]:
    """A library in ``folder`` with a generated project of one open session of ``entries`` entries."""
    document = generated_document(1, entries, seed, first_open=True)
    library = open_library(DataPaths(folder))
    import_document(library, document)
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        session_id = int(raw.execute("SELECT id FROM session").fetchone()[0])
    return library, session_id


def _session_entries(library: Library, session_id: int) -> list[str]:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        rows = raw.execute("SELECT text FROM entry WHERE session_id = ? ORDER BY sort_order, id",
                           (session_id,)).fetchall()
    return [str(r[0]) for r in rows]


def _draft_text(library: Library, session_id: int) -> str | None:
    with sqlite3.connect(library.path) as raw:  # type: ignore[arg-type]
        row = raw.execute("SELECT text FROM entry_draft WHERE session_id = ?", (session_id,)).fetchone()
    return None if row is None else str(row[0])


def _count_writes(window: MeetingWindow) -> dict[str, int]:
    """Wrap the writer's ``_write`` (looked up per task by its thread) to count what it writes."""
    counts = {"draft": 0, "entry": 0}
    writer = window.session.writer
    original = writer._write

    def counting(task: Any) -> bool:
        ok = original(task)
        if ok:
            counts[task.kind] += 1
        return ok

    writer._write = counting  # type: ignore[method-assign]
    return counts


def run_meeting(ctx: EditContext, session_id: int, keys: list[str], interval_ms: int) -> Run:
    """Type ``keys`` into meeting mode; check the database afterwards."""
    library = ctx.library
    before = _session_entries(library, session_id)
    restored = _draft_text(library, session_id) or ""  # meeting mode puts a saved draft back in the editor
    window = MeetingWindow(ctx, session_id)
    if window.editor.toPlainText() != restored:
        raise AssertionError("meeting mode did not restore the draft on disk")
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    counts = _count_writes(window)
    settle(200)  # first paint, the deferred scroll to the end
    gaps, elapsed, cpu, enter = type_keys(window.editor, keys, interval_ms)
    committed, draft = split_entries([*restored, *keys])
    assert window.session.writer.flush(30.0), "the writer did not get everything on disk within 30 s"
    window.close()  # saves the draft, stops the writer
    settle(50)
    run = Run("meeting", gaps, elapsed, cpu, enter, len(keys), keys.count("\n"), counts["draft"], counts["entry"])
    after = _session_entries(library, session_id)
    if after[:len(before)] != before:
        raise AssertionError("earlier entries changed while typing")
    if after[len(before):] != committed:
        raise AssertionError(f"{len(after) - len(before)} entries stored, {len(committed)} committed, "
                             "or their texts differ")
    run.checks.append(f"{len(committed)} committed entries in the database, in order, texts equal")
    stored_draft = _draft_text(library, session_id)
    if stored_draft != draft:
        raise AssertionError(f"the draft on disk is {stored_draft!r}, typed {draft!r}")
    run.checks.append(f"the draft already on disk ({len(restored)} characters) was put back in the editor")
    run.checks.append(f"draft on disk equals the {len(draft)} characters typed after the last Return")
    if counts["entry"] != len(committed):
        raise AssertionError(f"writer wrote {counts['entry']} entries for {len(committed)} commits")
    window.deleteLater()
    settle(20)
    return run


def run_floor(font: QFont, keys: list[str], interval_ms: int) -> Run:
    """The same keys into a plain ``QPlainTextEdit``: no writer, no model, no list."""
    window = QMainWindow()
    editor = QPlainTextEdit()
    editor.setFont(font)
    window.setCentralWidget(editor)
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    settle(200)
    gaps, elapsed, cpu, enter = type_keys(editor, keys, interval_ms)
    typed = editor.toPlainText()
    expected = "".join(keys)
    if typed != expected:
        raise AssertionError("the floor editor does not hold what was typed")
    window.close()
    window.deleteLater()
    settle(20)
    return Run("floor", gaps, elapsed, cpu, enter, len(keys), keys.count("\n"),
               checks=["the editor holds exactly what was typed"])


def meeting_font() -> QFont:
    """The font meeting mode types in (the app font, 1.35 times, at least 13 pt)."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(13.0, font.pointSizeF() * 1.35))
    return font


# --- the report ------------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """The ``q``-th percentile (0..100), nearest rank."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def stats_ms(gaps: list[float]) -> dict[str, float]:
    ms = [g * 1000 for g in gaps]
    return {"max": max(ms), "p99": percentile(ms, 99), "p95": percentile(ms, 95), "median": statistics.median(ms),
            "over16": sum(1 for g in ms if g > AIM_P99_MS)}




def _row(label: str, s: dict[str, float], rounds: str = "") -> str:
    return (f"{label:<26} {s['max']:>8.1f} {s['p99']:>8.1f} {s['p95']:>8.1f} {s['median']:>8.2f} "
            f"{int(s['over16']):>7d}{rounds}")


def report(floors: list[Run], meetings: list[Run], entries: int, chars: int, interval_ms: int,
           entry_chars: int) -> str:
    header = (f"{'gap between 1 ms ticks':<26} {'max ms':>8} {'p99 ms':>8} {'p95 ms':>8} {'median':>8} "
              f"{'> 16 ms':>7}")
    lines = [
        f"Machine: {machine()}",
        f"Session of {entries:,} entries; {chars:,} characters typed, one every {interval_ms} ms, "
        f"a Return at the first space after every {entry_chars} characters; {len(meetings)} round(s).",
        "",
        header,
        "-" * len(header),
    ]
    for name, runs in (("floor (plain QPlainTextEdit)", floors), ("meeting mode + writer", meetings)):
        pooled = [g for r in runs for g in r.gaps]
        lines.append(_row(name, stats_ms(pooled)))
        for n, r in enumerate(runs, start=1):
            lines.append(_row(f"  round {n}", stats_ms(r.gaps), f"   typed in {r.elapsed:.2f} s, "
                                                                  f"{len(r.gaps):,} ticks"))
    if meetings:
        pooled_meeting = stats_ms([g for r in meetings for g in r.gaps])
        pooled_floor = stats_ms([g for r in floors for g in r.gaps])
        p99_rounds = statistics.median(stats_ms(r.gaps)["p99"] for r in meetings)
        largest = sorted((g * 1000 for r in meetings for g in r.gaps), reverse=True)[:8]
        lines += [
            "",
            f"largest meeting-mode gaps, ms: {', '.join(f'{g:.0f}' for g in largest)} "
            f"(each round sends {meetings[0].returns} Returns)",
            enter_line("meeting mode", meetings),
            enter_line("floor", floors),
            "UI-thread CPU in one gap, any gap: meeting mode max "
            f"{max(c for r in meetings for c in r.cpu) * 1000:.1f} ms, floor max "
            f"{max(c for r in floors for c in r.cpu) * 1000:.1f} ms (a longer gap is the thread waiting: for a "
            "core on a busy machine, or for the GIL)",
            f"{meetings[0].keys:,} keys at one per {interval_ms} ms take {meetings[0].keys * interval_ms / 1000:.1f} s "
            "when nothing stalls; the 'typed in' times show how far stalls delayed the typing.",
            f"meeting mode p99 (all rounds pooled) {pooled_meeting['p99']:.1f} ms, median of the rounds' p99 "
            f"{p99_rounds:.1f} ms; floor p99 {pooled_floor['p99']:.1f} ms. "
            f"Aim p99 <= {AIM_P99_MS:.0f} ms: {'met' if pooled_meeting['p99'] <= AIM_P99_MS else 'NOT met'}.",
            "Writer per round: " + "; ".join(f"{r.drafts} drafts, {r.entries} entries" for r in meetings) + ".",
            "Checked: " + "; ".join(meetings[-1].checks) + " (every round).",
        ]
    return "\n".join(lines)


def enter_line(label: str, runs: list[Run]) -> str:
    """The stall around each Return, all rounds pooled: median and max, against the aim; and the
    most CPU the UI thread spent in one gap there (what the stall would be on an idle machine)."""
    stalls = [g * 1000 for r in runs for g, _cpu in r.enter]
    busy = [c * 1000 for r in runs for _g, c in r.enter]
    if not stalls:
        return f"{label}: no Returns"
    worst = max(stalls)
    return (f"{label}, stall at Enter (longest gap within {ENTER_WINDOW_S * 1000:.0f} ms of each of "
            f"{len(stalls)} Returns): median {statistics.median(stalls):.1f} ms, max {worst:.1f} ms; "
            f"aim no stall over {AIM_P99_MS:.0f} ms: {'met' if worst <= AIM_P99_MS else 'NOT met'}. "
            f"UI-thread CPU in one gap there: median {statistics.median(busy):.1f} ms, max {max(busy):.1f} ms")


@contextmanager
def _temp_folder(base: Path | None) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-typing-", dir=base) as folder:
        yield Path(folder)


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark typing in meeting mode against a plain editor.")
    parser.add_argument("--entries", type=int, default=1000, help="entries already in the session")
    parser.add_argument("--chars", type=int, default=2000, help="characters typed per round")
    parser.add_argument("--entry-chars", type=int, default=150, help="about this many characters per entry")
    parser.add_argument("--interval-ms", type=int, default=5, help="one key every this many ms")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (floor and meeting mode alternate)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary library")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)

    say = progress(args.quiet, log)

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    keys = keystrokes(swedish_text(args.chars, args.seed + 1), args.entry_chars)
    committed, _draft = split_entries(keys)
    floors: list[Run] = []
    meetings: list[Run] = []
    with _temp_folder(args.dir) as folder:
        say(f"importing a session of {args.entries} entries ...")
        library, session_id = make_library(folder / "data", args.entries, args.seed)
        try:
            ctx = EditContext(library, "sv")
            font = meeting_font()
            for round_ in range(args.repeat):
                floors.append(run_floor(font, keys, args.interval_ms))
                say(f"  round {round_ + 1}/{args.repeat}: floor p99 {stats_ms(floors[-1].gaps)['p99']:.1f} ms")
                meetings.append(run_meeting(ctx, session_id, keys, args.interval_ms))
                m = meetings[-1]
                say(f"  round {round_ + 1}/{args.repeat}: meeting p99 {stats_ms(m.gaps)['p99']:.1f} ms, "
                    f"{m.drafts} drafts, {m.entries} entries ({len(committed)} committed)")
            ctx.deleteLater()
        finally:
            library.close()
    print(report(floors, meetings, args.entries, args.chars, args.interval_ms, args.entry_chars))
    return 0


if __name__ == "__main__":
    sys.exit(main())
