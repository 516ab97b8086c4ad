"""Benchmark starting straight into meeting mode against a minimal PySide6 floor.

What is measured (``--repeat`` rounds, floor and app alternating; medians):

``meeting``
    A real subprocess, ``python -m samverkan_desktop --data-dir DIR --project UID
    --meeting SESSION`` (``QT_QPA_PLATFORM=offscreen``), on a fresh copy of a data folder
    holding a generated project whose first session is open (``held``) with
    ``--entries`` entries, on which the app has already run once. The moment is the log
    record ``meeting mode drawn, taking typing`` (its window is shown before the library
    opens, the cursor in the editor, and has been drawn), from just before
    ``subprocess.Popen``; ``main window visible`` and ``meeting mode shown`` (the minutes
    read into it) are reported beside it.
``floor``
    The floor of ``bench_startup.py``: ``python -c`` showing an empty ``QMainWindow``.

Aim (issue 17): meeting mode drawn and taking typing in at most 2 x the floor's visible time. The
children run from compiled bytecode in a private cache filled by an untimed warm-up
start, as an installed app does; ``--as-is`` keeps the environment instead (on these
machines ``PYTHONDONTWRITEBYTECODE`` is set, so every module is compiled at every start).
The helpers (the data folder, one start, the floor, the copies) are ``bench_startup.py``'s.

Run::

    uv run python benchmarks/bench_meeting_start.py                  # 1,000 entries, repeat 7
    uv run python benchmarks/bench_meeting_start.py --as-is --repeat 3
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import machine, progress
from bench_startup import (
    MEETING_SHOWN,
    MEETING_TYPING,
    VISIBLE,
    app_command,
    child_env,
    floor_command,
    fresh_copy,
    make_template,
    start_and_wait,
)

AIM = 2.0


def meeting_start(data: Path, uid: str, session: str, env: dict[str, str],
                  poll: float) -> tuple[float, float, float]:
    """One start into meeting mode: (main window visible, meeting mode drawn and taking typing,
    its minutes shown), seconds from Popen. The app shows its main window and meeting mode's
    first, empty, and reads the minutes into meeting mode once the library is open."""
    log = data / "logs" / "samverkan.log"
    start = start_and_wait(app_command(data, uid, meeting=session), log, env, poll,
                           markers=(VISIBLE, MEETING_TYPING, MEETING_SHOWN))
    return start.times[VISIBLE], start.times[MEETING_TYPING], start.times[MEETING_SHOWN]


def report(floors: list[float], mains: list[float], typing: list[float], meetings: list[float], entries: int,
           cache: bool) -> str:
    def row(label: str, values: list[float]) -> str:
        return f"{label:<26} {statistics.median(values):>9.3f} {min(values):>7.3f} {max(values):>7.3f}"

    ratio = statistics.median(typing) / statistics.median(floors)
    minutes = statistics.median(meetings) / statistics.median(floors)
    after = statistics.median(m - w for m, w in zip(meetings, mains, strict=True))
    verdict = "met" if ratio <= AIM else "NOT met"
    return "\n".join([
        f"Machine: {machine()}",
        f"Session of {entries:,} entries, started with --meeting. Repeat: {len(meetings)}. "
        + ("Bytecode: compiled once into a private cache (warm, as installed)." if cache else
           "Bytecode: environment as is."),
        "Seconds from just before Popen to the log record (median, min, max):",
        "",
        f"{'':<26} {'median s':>9} {'min s':>7} {'max s':>7}",
        row("floor visible", floors),
        row("app: main window visible", mains),
        row("app: meeting mode typing", typing),
        row("app: meeting mode shown", meetings),
        "",
        f"meeting mode typing / floor visible {ratio:5.2f}x   aim <= {AIM:.0f}x: {verdict}",
        f"meeting mode shown / floor visible  {minutes:5.2f}x   (its minutes read in; no aim of its own)",
        f"meeting mode after the main window  {after:.3f} s (median)",
    ])


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark starting into meeting mode against a PySide6 floor.")
    parser.add_argument("--entries", type=int, default=1000, help="entries in the session")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--poll-ms", type=float, default=10.0, help="how often the parent reads the log")
    parser.add_argument("--as-is", action="store_true", help="no private bytecode cache")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary data folders")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)

    say = progress(args.quiet, log)

    poll = args.poll_ms / 1000
    floors: list[float] = []
    mains: list[float] = []
    typing: list[float] = []
    meetings: list[float] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-meeting-start-", dir=args.dir) as tmp:
        root = Path(tmp)
        cache = None if args.as_is else root / "pycache"
        env = child_env(cache)
        template = root / "template"
        say(f"importing a session of {args.entries} entries into a template data folder ...")
        uid, session = make_template(template, 1, args.entries, args.seed)
        say("warm-up starts (untimed): settings, translation cache, bytecode cache ...")
        meeting_start(template, uid, session, env, poll)
        start_and_wait(floor_command(root / "floor-warmup.log"), root / "floor-warmup.log", env, poll)
        for round_ in range(args.repeat):
            floor_log = root / f"floor-{round_}.log"
            floors.append(start_and_wait(floor_command(floor_log), floor_log, env, poll).times[VISIBLE])
            main_shown, typing_at, meeting_shown = meeting_start(fresh_copy(template, root / "data"), uid, session,
                                                                 env, poll)
            mains.append(main_shown)
            typing.append(typing_at)
            meetings.append(meeting_shown)
            say(f"  round {round_ + 1}/{args.repeat}: floor {floors[-1]:.3f} s, main window {main_shown:.3f} s, "
                f"meeting mode taking typing {typing_at:.3f} s, its minutes {meeting_shown:.3f} s")
    print(report(floors, mains, typing, meetings, args.entries, cache is not None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
