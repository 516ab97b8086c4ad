"""Benchmark the app's start-up on a large library against a minimal PySide6 floor.

What is measured (``--repeat`` rounds, floor and app alternating; medians are
reported, because these machines are shared and noisy):

``app``
    A real subprocess, ``python -m samverkan_desktop --data-dir DIR --project UID``,
    with ``QT_QPA_PLATFORM=offscreen``, on a library holding a generated project of
    ``--sessions`` x ``--entries-per-session`` entries (5 x 1,000 by default),
    imported beforehand. Each round gets a fresh copy of a template data folder on
    which the app has already run once (so the settings file and the compiled
    translation in ``cache/`` exist, as for a returning user).
``floor``
    A subprocess ``python -c`` that imports ``PySide6.QtWidgets``, creates a
    ``QApplication`` and shows an empty ``QMainWindow`` of the app's default size,
    logging the same two markers through ``logging`` to a file.

The two moments, for both, taken from the log records' own timestamps (``asctime``,
1 ms resolution), counted from the moment just before ``subprocess.Popen``, so that
fork, exec and the interpreter's own start are included:

``visible``
    ``main window shown``: logged right after ``window.show()``. In the app this is
    after the library is opened, the navigator populated and ``open_project`` has put
    the project details editor up.
``usable``
    ``main window ready``: logged from a zero timer queued from a zero timer after
    ``show()``, which runs after the first event-loop iteration and the first paint:
    the window is drawn and takes input.

The parent polls the log every ``--poll-ms`` only to know when to stop the child
(SIGTERM); the timestamps, not the polls, give the figures (the polls are reported
as a check: they can only be later). Aims: visible <= 1.5 x the floor's, usable <=
3 x the floor's.

Python writes no bytecode here by default (``PYTHONDONTWRITEBYTECODE`` is set on
these machines), which would make every start compile every module from source.
An installed app runs from compiled bytecode, so the children get a private
``PYTHONPYCACHEPREFIX`` in the temp folder, and an untimed warm-up start of each
fills it. ``--as-is`` keeps the environment unchanged instead.

Once, with ``python -X importtime``, the app is started again and the imports with
the largest cumulative and self times are listed.

Run::

    uv run python benchmarks/bench_startup.py                     # 5 x 1,000 entries, repeat 7
    uv run python benchmarks/bench_startup.py --sessions 1 --entries-per-session 200 --repeat 1
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
from bench_common import load_generator, machine

AIM_VISIBLE = 1.5
AIM_USABLE = 3.0
SHOWN = "main window shown"
READY = "main window ready"
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
log.info("main window shown")
QTimer.singleShot(0, lambda: QTimer.singleShot(0, lambda: log.info("main window ready")))
sys.exit(app.exec())
"""




# --- one start --------------------------------------------------------------------------------


@dataclass
class Start:
    visible: float  # seconds from just before Popen to the "shown" record
    usable: float  # ... to the "ready" record
    polled: float  # ... to when the parent saw the "ready" line


def _record_time(line: str) -> float:
    """The epoch seconds of a log line's ``asctime`` ("2026-01-31 12:34:56,789 ...", local time)."""
    stamp = dt.datetime.strptime(line[:23], "%Y-%m-%d %H:%M:%S,%f")
    return stamp.timestamp()


def start_and_wait(command: list[str], log: Path, env: dict[str, str], poll_s: float,
                   stderr_to: Path | None = None) -> Start:
    """Start ``command``, wait for both markers in ``log``, stop it; the times since just before Popen."""
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
                    if READY in text:
                        polled = time.time() - begin
                        break
                if process.poll() is not None:
                    raise RuntimeError(f"{command[1:3]} exited with {process.returncode} before {READY!r}")
                if time.monotonic() > deadline:
                    raise RuntimeError(f"no {READY!r} in {log} within {TIMEOUT_S:.0f} s")
                time.sleep(poll_s)
        finally:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
            process.wait(timeout=30)
    finally:
        if stderr_to is not None:
            stderr.close()  # type: ignore[union-attr]
    shown = next(line for line in text.splitlines() if SHOWN in line)
    ready = next(line for line in text.splitlines() if READY in line)
    return Start(_record_time(shown) - begin, _record_time(ready) - begin, polled)


# --- set-up -------------------------------------------------------------------------------------


def child_env(cache: Path | None) -> dict[str, str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAMVERKAN_DATA_DIR", None)
    if cache is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def app_command(data: Path, uid: str, *python_options: str) -> list[str]:
    return [sys.executable, *python_options, "-m", "samverkan_desktop", "--data-dir", str(data), "--project", uid]


def floor_command(log: Path) -> list[str]:
    return [sys.executable, "-c", FLOOR_SCRIPT, str(log)]


def make_template(folder: Path, sessions: int, per_session: int, seed: int) -> str:
    """A data folder in ``folder`` with the generated project imported; returns the project's id."""
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.services.interchange.importer import import_document
    from samverkan_desktop.storage.library import open_library

    document = load_generator().generate(sessions, per_session, seed)
    library = open_library(DataPaths(folder))
    try:
        return import_document(library, document).project_uid
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


def report(floors: list[Start], apps: list[Start], entries: int, repeat: int, cache: bool) -> str:
    def med(runs: list[Start], key: str) -> float:
        return statistics.median(getattr(r, key) for r in runs)

    lines = [
        f"Machine: {machine()}",
        f"Library: {entries:,} entries. Repeat: {repeat}. QT_QPA_PLATFORM=offscreen. "
        + ("Bytecode: compiled once into a private cache (warm, as installed)." if cache else
           "Bytecode: environment as is."),
        "Seconds from just before Popen to the log record (median, min, max):",
        "",
        f"{'':<22} {'median s':>9} {'min s':>7} {'max s':>7}",
    ]
    for label, runs, key in (("floor visible", floors, "visible"), ("floor usable", floors, "usable"),
                             ("app visible", apps, "visible"), ("app usable", apps, "usable")):
        values = [getattr(r, key) for r in runs]
        lines.append(f"{label:<22} {statistics.median(values):>9.3f} {min(values):>7.3f} {max(values):>7.3f}")
    visible = med(apps, "visible") / med(floors, "visible")
    usable = med(apps, "usable") / med(floors, "usable")
    lag = statistics.median(r.polled - r.usable for r in [*floors, *apps])
    lines += [
        "",
        f"app visible / floor visible  {visible:5.2f}x   aim <= {AIM_VISIBLE}x: {_verdict(visible, AIM_VISIBLE)}",
        f"app usable  / floor usable   {usable:5.2f}x   aim <= {AIM_USABLE:.0f}x: {_verdict(usable, AIM_USABLE)}",
        f"app usable - app visible     {med(apps, 'usable') - med(apps, 'visible'):6.3f} s (first event-loop "
        "iteration and paint)",
        f"(polling saw the ready line a median {lag * 1000:.0f} ms after its timestamp)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None, log: Callable[[str], None] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the app's start-up against a minimal PySide6 floor.")
    parser.add_argument("--sessions", type=int, default=5)
    parser.add_argument("--entries-per-session", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--poll-ms", type=float, default=10.0, help="how often the parent reads the log")
    parser.add_argument("--top", type=int, default=15, help="imports listed from -X importtime (0: skip)")
    parser.add_argument("--as-is", action="store_true",
                        help="no private bytecode cache: the children inherit PYTHONDONTWRITEBYTECODE etc.")
    parser.add_argument("--dir", type=Path, default=None, help="folder for the temporary data folders")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")
    args = parser.parse_args(argv)

    def say(text: str) -> None:
        if log is not None:
            log(text)
        elif not args.quiet:
            print(text, flush=True)

    poll = args.poll_ms / 1000
    floors: list[Start] = []
    apps: list[Start] = []
    with tempfile.TemporaryDirectory(prefix="samverkan-bench-startup-", dir=args.dir) as tmp:
        root = Path(tmp)
        cache = None if args.as_is else root / "pycache"
        env = child_env(cache)
        template = root / "template"
        entries = args.sessions * args.entries_per_session
        say(f"importing {args.sessions} x {args.entries_per_session} entries into a template data folder ...")
        uid = make_template(template, args.sessions, args.entries_per_session, args.seed)
        say("warm-up starts (untimed): settings, translation cache, bytecode cache ...")
        start_and_wait(app_command(template, uid), template / "logs" / "samverkan.log", env, poll)
        start_and_wait(floor_command(root / "floor-warmup.log"), root / "floor-warmup.log", env, poll)
        for round_ in range(args.repeat):
            floor_log = root / f"floor-{round_}.log"
            floors.append(start_and_wait(floor_command(floor_log), floor_log, env, poll))
            data = fresh_copy(template, root / "data")
            apps.append(start_and_wait(app_command(data, uid), data / "logs" / "samverkan.log", env, poll))
            say(f"  round {round_ + 1}/{args.repeat}: floor {floors[-1].visible:.3f}/{floors[-1].usable:.3f} s, "
                f"app {apps[-1].visible:.3f}/{apps[-1].usable:.3f} s (visible/usable)")
        importtime = ""
        if args.top > 0:
            data = fresh_copy(template, root / "data")
            trace = root / "importtime.txt"
            start_and_wait(app_command(data, uid, "-X", "importtime"), data / "logs" / "samverkan.log", env, poll,
                           stderr_to=trace)
            importtime = importtime_report(parse_importtime(trace.read_text(errors="replace")), args.top)
    print(report(floors, apps, entries, args.repeat, cache is not None))
    if importtime:
        print()
        print(importtime)
    return 0


if __name__ == "__main__":
    sys.exit(main())
