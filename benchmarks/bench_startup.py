"""Benchmark the app's start-up on a library of 2,000 entries against a minimal PySide6 floor.

What is measured (``--repeat`` rounds, floor and app alternating; medians are
reported, because these machines are shared and noisy):

``app``
    A real subprocess, ``python -m samverkan_desktop --data-dir DIR --project UID``,
    with ``QT_QPA_PLATFORM=offscreen``, on a library holding a generated project of
    ``--sessions`` x ``--entries-per-session`` entries (2 x 1,000 by default),
    imported beforehand. Each round gets a fresh copy of a template data folder on
    which the app has already run once (so the settings file and the compiled
    translation in ``cache/`` exist, as for a returning user).
``meeting``
    The same with ``--meeting SESSION`` (the first session, 1,000 entries by default):
    meeting mode straight from the command line.
``floor``
    A subprocess ``python -c`` that imports ``PySide6.QtWidgets``, creates a
    ``QApplication`` and shows an empty ``QMainWindow`` of the app's default size,
    logging the same markers through ``logging`` to a file.

The moments, taken from the log records' own timestamps (``asctime``, 1 ms
resolution), counted from the moment just before ``subprocess.Popen``, so that fork,
exec and the interpreter's own start are included:

``visible``
    ``main window visible``: logged right after the window's ``show()``. The app shows
    its main window before it opens the library (app.py): menus, an empty navigator.
``drawn`` (app)
    ``main window drawn``: the same window after the next event-loop iteration and paint (two
    zero timers after ``show()``), before the library opens. Work that left the path to
    ``show()`` must not reappear before this moment; compared with the floor's ``ready``.
``project shown`` (app)
    ``main window shown``: the library is open, the navigator filled and the project's
    details editor up.
``ready``
    ``main window ready``: logged from a zero timer queued from a zero timer after the
    last ``show()``, after the next event-loop iteration and paint: for the floor the
    window drawn, for the app the project drawn and taking input.
``meeting taking typing``
    ``meeting mode drawn, taking typing``: with ``--meeting`` the app shows meeting mode's
    window before the library opens, with the cursor in the entry editor; logged after the
    next event-loop iteration and paint. What is typed then is kept and saved once the
    minutes are open (ui/meeting/early_input.py).
``meeting ready``
    ``meeting mode ready``: the same after the minutes are read into meeting mode.

The parent polls the log every ``--poll-ms`` only to know when to stop the child
(SIGTERM); the timestamps, not the polls, give the figures. Aims: visible <= 1.5 x
the floor's, meeting taking typing <= 2 x the floor's ready.

Python writes no bytecode here by default (``PYTHONDONTWRITEBYTECODE`` is set on
these machines), which would make every start compile every module from source.
An installed app runs from compiled bytecode, so **the benchmark compiles first**: the
children get a private ``PYTHONPYCACHEPREFIX`` in the temp folder, and an untimed
warm-up start of each kind fills it. ``--as-is`` keeps the environment unchanged
instead (every module compiled at every start).

Once, with ``python -X importtime``, the app is started again and the imports with
the largest cumulative and self times are listed.

Run::

    uv run python benchmarks/bench_startup.py                     # 2 x 1,000 entries, repeat 7
    uv run python benchmarks/bench_startup.py --as-is --repeat 3 --top 0
    uv run python benchmarks/bench_startup.py --sessions 1 --entries-per-session 200 --repeat 1
    uv run python benchmarks/bench_startup.py --bundle /tmp/bundle/dist/samverkan-desktop/samverkan-desktop

``--bundle`` starts a PyInstaller bundle (installer/build_and_check.sh builds one) instead of the
source tree; the floor stays the same Python script.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, machine, progress

AIM_VISIBLE = 1.5
AIM_USABLE = 3.0
AIM_MEETING = 2.0
VISIBLE = "main window visible"
DRAWN = "main window drawn"
SHOWN = "main window shown"
READY = "main window ready"
MEETING_SHOWN = "meeting mode shown"
MEETING_READY = "meeting mode ready"
#: ``--meeting`` shows meeting mode before the library opens; drawn, it takes typing (kept until
#: the minutes are open, then saved): the moment the secretary waits for
MEETING_TYPING = "meeting mode drawn, taking typing"
TIMEOUT_S = 180.0

#: the floor: the least a PySide6 app needs to show a window, with the app's kind of markers
FLOOR_SCRIPT = """
import logging, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
logging.basicConfig(filename=sys.argv[1], level=logging.INFO,
                    format="%(asctime)s %(levelname)s %(name)s: %(message)s")
log = logging.getLogger("floor")
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 760)
window.show()
log.info("main window visible")
QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: log.info("main window ready")))
sys.exit(app.exec())
"""




# --- one start --------------------------------------------------------------------------------


@dataclass
class Start:
    times: dict[str, float]  # seconds from just before Popen to each marker's record
    polled: float  # ... to when the parent saw the last marker's line


def _record_time(line: str) -> float:
    """The epoch seconds of a log line's ``asctime`` ("2026-01-31 12:34:56,789 ...", local time)."""
    stamp = dt.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    return stamp.timestamp()


def start_and_wait(command: list[str], log: Path, env: dict[str, str], poll_s: float,
                   stderr_to: Path | None = None, markers: tuple[str, ...] = (VISIBLE, READY)) -> Start:
    """Start ``command``, wait for every marker in ``log`` (the last is the last to come), stop
    it; the time of each marker since just before Popen."""
    stderr = open(stderr_to, "wb") if stderr_to is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        begin = time.time()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=stderr)
        try:
            deadline = time.monotonic() + TIMEOUT_S
            text = ""
            while True:
                if log.exists():
                    text = log.read_text(encoding="utf-8", errors="replace")
                    if all(marker in text for marker in markers):
                        polled = time.time() - begin
                        break
                if process.poll() is not None:
                    raise RuntimeError(f"{command[1:3]} exited with {process.returncode} before {markers[-1]!r}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no {markers[-1]!r} in {log} within {TIMEOUT_S:.0f} s")
                time.sleep(poll_s)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    finally:
        if stderr_to is not None:
            stderr.close()  # type: ignore[union-attr]
    lines = text.splitlines()
    return Start({marker: _record_time(next(line for line in lines if marker in line)) - begin
                  for marker in markers}, polled)


# --- set-up -------------------------------------------------------------------------------------


def child_env(cache: Path | None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAMVERKAN_DATA_DIR", None)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


#: the app's executable: None for ``python -m samverkan_desktop``, else a bundle's (``--bundle``)
BUNDLE: list[Path] = []


def app_command(data: Path, uid: str, *python_options: str, meeting: str | None = None) -> list[str]:
    start = [str(BUNDLE[0])] if BUNDLE else [sys.executable, *python_options, "-m", "samverkan_desktop"]
    return [*start, "--data-dir", str(data), "--project", uid, *(("--meeting", meeting) if meeting else ())]


def floor_command(log: Path) -> list[str]:
    return [sys.executable, "-c", FLOOR_SCRIPT, str(log)]


def make_template(folder: Path, sessions: int, per_session: int, seed: int) -> tuple[str, str]:
    """A data folder in ``folder`` with the generated project imported; the ids of the project
    and of its first session."""
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.services.interchange.importer import import_document
    from samverkan_desktop.storage.library import open_library

    document = generated_document(sessions, per_session, seed, first_open=True)  # meeting mode needs open minutes
    library = open_library(DataPaths(folder))
    try:
        return import_document(library, document).project_uid, str(document["sessions"][0]["id"])
    finally:
        library.close()


def fresh_copy(template: Path, target: Path) -> Path:
    """A copy of the template data folder without its log, for one start."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(template, target, ignore=shutil.ignore_patterns("logs", "*.lock"))
    return target


# --- -X importtime ------------------------------------------------------------------------------


@dataclass
class Import:
    depth: int
    name: str
    self_us: int
    cumulative_us: int


def parse_importtime(text: str) -> list[Import]:
    out = []
    for line in text.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        self_part, cumulative, name = line[len("import time:"):].split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        out.append(Import(depth, name.strip(), int(self_part), int(cumulative)))
    return out


def importtime_report(imports: list[Import], top: int) -> str:
    total = sum(i.cumulative_us for i in imports if i.depth == 0)
    ours = [i for i in imports if i.name.startswith("samverkan_desktop")]
    lines = [f"-X importtime: {len(imports)} modules, {total / 1e6:.2f} s in imports in all "
             f"(importtime's own overhead included; samverkan_desktop's {len(ours)} modules "
             f"{sum(i.self_us for i in ours) / 1e6:.2f} s self)",
             f"  top {top} by cumulative time (a package includes what it imports):"]
    for i in sorted(imports, key=lambda i: -i.cumulative_us)[:top]:
        lines.append(f"    {i.cumulative_us / 1000:>8.1f} ms  {'  ' * min(i.depth, 6)}{i.name}")
    lines.append(f"  top {top} by self time:")
    for i in sorted(imports, key=lambda i: -i.self_us)[:top]:
        lines.append(f"    {i.self_us / 1000:>8.1f} ms  {i.name}")
    interesting = ("alembic", "reportlab", "jsonschema", "samverkan_desktop.services.interchange",
                   "samverkan_desktop.report", "importlib.metadata", "pypdf")
    found = []
    for prefix in interesting:
        importers = [_importer(imports, n) for n, i in enumerate(imports) if i.name.startswith(prefix)]
        outside = [name for name in importers if not name.startswith(prefix)]
        if outside:
            found.append(f"{prefix} (imported by {outside[0]})")
    lines.append("  optional-looking packages imported at start (alembic, reportlab, jsonschema, pypdf, the "
                 f"interchange and report packages, importlib.metadata): {'; '.join(found) if found else 'none'}")
    return "\n".join(lines)


def _importer(imports: list[Import], position: int) -> str:
    """The module that imported ``imports[position]``: importtime lists a module after what it imports."""
    depth = imports[position].depth
    return next((i.name for i in imports[position + 1:] if i.depth < depth), "the interpreter")


# --- the measurements --------------------------------------------------------------------------




def _verdict(ratio: float, aim: float) -> str:
    return "met" if ratio <= aim else "NOT met"


APP_MARKERS = (VISIBLE, DRAWN, SHOWN, READY)
MEETING_MARKERS = (VISIBLE, MEETING_TYPING, MEETING_SHOWN, MEETING_READY)


def report(floors: list[Start], apps: list[Start], meetings: list[Start], entries: int, repeat: int,
           cache: bool) -> str:
    def med(runs: list[Start], marker: str) -> float:
        return statistics.median(r.times[marker] for r in runs)

    lines = [
        f"Machine: {machine()}",
        f"Library: {entries:,} entries. Repeat: {repeat}. QT_QPA_PLATFORM=offscreen. "
        + ("Bytecode: compiled first, into a private cache (warm, as installed)." if cache else
           "Bytecode: environment as is (PYTHONDONTWRITEBYTECODE: every start compiles every module)."),
        "Seconds from just before Popen to the log record (median, min, max):",
        "",
        f"{'':<34} {'median s':>9} {'min s':>7} {'max s':>7}",
    ]
    rows = (("floor: window visible", floors, VISIBLE), ("floor: window drawn (ready)", floors, READY),
            ("app: main window visible", apps, VISIBLE), ("app: main window drawn", apps, DRAWN),
            ("app: project shown", apps, SHOWN),
            ("app: project drawn (ready)", apps, READY), ("meeting: main window visible", meetings, VISIBLE),
            ("meeting: drawn, taking typing", meetings, MEETING_TYPING),
            ("meeting: minutes shown", meetings, MEETING_SHOWN),
            ("meeting: minutes drawn (ready)", meetings, MEETING_READY))
    for label, runs, marker in rows:
        if runs:
            values = [r.times[marker] for r in runs]
            lines.append(f"{label:<34} {statistics.median(values):>9.3f} {min(values):>7.3f} {max(values):>7.3f}")
    visible = med(apps, VISIBLE) / med(floors, VISIBLE)
    drawn = med(apps, DRAWN) / med(floors, READY)
    usable = med(apps, READY) / med(floors, READY)
    lag = statistics.median(r.polled - max(r.times.values()) for r in [*floors, *apps, *meetings])
    lines += [
        "",
        f"app visible / floor visible       {visible:5.2f}x   aim <= {AIM_VISIBLE}x: {_verdict(visible, AIM_VISIBLE)}",
        f"app window drawn / floor ready    {drawn:5.2f}x   aim <= {AIM_VISIBLE}x: {_verdict(drawn, AIM_VISIBLE)}",
        f"app project drawn / floor ready   {usable:5.2f}x   aim <= {AIM_USABLE:.0f}x: {_verdict(usable, AIM_USABLE)}",
    ]
    if meetings:
        meeting = med(meetings, MEETING_TYPING) / med(floors, READY)
        minutes = med(meetings, MEETING_READY) / med(floors, READY)
        lines.append(f"meeting typing / floor ready      {meeting:5.2f}x   aim <= {AIM_MEETING:.0f}x: "
                     f"{_verdict(meeting, AIM_MEETING)}")
        lines.append(f"meeting minutes drawn / floor     {minutes:5.2f}x   (no aim of its own)")
    lines.append(f"(polling saw the last line a median {lag * 1000:.0f} ms after its timestamp)")
    return "\n".join(lines)


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the app's start-up against a minimal PySide6 floor.")
    parser.add_argument("--sessions", type=int, default=2)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--poll-ms", type=float, default=10.0, help="how often the parent reads the log")
    parser.add_argument("--top", type=int, default=15, help="imports listed from -X importtime (0: skip)")
    parser.add_argument("--no-meeting", action="store_true", help="do not measure --meeting")
    parser.add_argument("--as-is", action="store_true",
                        help="no private bytecode cache: the children inherit PYTHONDONTWRITEBYTECODE etc.")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary data folders")
    parser.add_argument("--bundle", type=Path, default=None,
                        help="start this executable (a PyInstaller bundle's samverkan-desktop) instead of the source")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)
    BUNDLE[:] = [args.bundle.resolve()] if args.bundle else []

    say = progress(args.quiet, log)

    poll = args.poll_ms / 1000
    floors: list[Start] = []
    apps: list[Start] = []
    meetings: list[Start] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-startup-", dir=args.dir) as tmp:
        root = Path(tmp)
        cache = None if args.as_is else root / "pycache"
        env = child_env(cache)
        template = root / "template"
        entries = args.sessions * args.entries_per_session
        say(f"importing {args.sessions} x {args.entries_per_session} entries into a template data folder ...")
        uid, session = make_template(template, args.sessions, args.entries_per_session, args.seed)
        say("warm-up starts (untimed): settings, translation cache, " + ("bytecode compiled ..." if cache else "..."))
        warm = fresh_copy(template, root / "warm")
        start_and_wait(app_command(template, uid), template / "logs" / "samverkan.log", env, poll,
                       markers=APP_MARKERS)
        if not args.no_meeting:
            start_and_wait(app_command(warm, uid, meeting=session), warm / "logs" / "samverkan.log", env, poll,
                           markers=MEETING_MARKERS)
        start_and_wait(floor_command(root / "floor-warmup.log"), root / "floor-warmup.log", env, poll)
        for round_ in range(args.repeat):
            floor_log = root / f"floor-{round_}.log"
            floors.append(start_and_wait(floor_command(floor_log), floor_log, env, poll))
            data = fresh_copy(template, root / "data")
            apps.append(start_and_wait(app_command(data, uid), data / "logs" / "samverkan.log", env, poll,
                                       markers=APP_MARKERS))
            line = (f"  round {round_ + 1}/{args.repeat}: floor {floors[-1].times[VISIBLE]:.3f} s, "
                    f"app {apps[-1].times[VISIBLE]:.3f}/{apps[-1].times[DRAWN]:.3f}/{apps[-1].times[READY]:.3f} s "
                    "(visible/drawn/project drawn)")
            if not args.no_meeting:
                data = fresh_copy(template, root / "data")
                meetings.append(start_and_wait(app_command(data, uid, meeting=session), data / "logs" /
                                               "samverkan.log", env, poll, markers=MEETING_MARKERS))
                line += (f", meeting {meetings[-1].times[MEETING_TYPING]:.3f}/{meetings[-1].times[MEETING_READY]:.3f} s"
                         " (taking typing/minutes drawn)")
            say(line)
        importtime = ""
        if args.top > 0 and not BUNDLE:
            data = fresh_copy(template, root / "data")
            trace = root / "importtime.txt"
            start_and_wait(app_command(data, uid, "-X", "importtime"), data / "logs" / "samverkan.log", env, poll,
                           stderr_to=trace, markers=APP_MARKERS)
            importtime = importtime_report(parse_importtime(trace.read_text(errors="replace")), args.top)
    print(report(floors, apps, meetings, entries, args.repeat, cache is not None))
    if importtime:
        print()
        print(importtime)
    return 0


if __name__ == "__main__":
    sys.exit(main())
