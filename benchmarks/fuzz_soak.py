"""On-demand soak of the hostile-input fuzz: thousands of hostile projects end to end.

Each example is what the suite test tests/fuzz/test_hostile_input.py does, with the same
strategy (tests/fuzz/strategies.py) and pipeline (tests/fuzz/pipeline.py): import a small
project whose every free text is hostile, build every screen's model, search, build the
report (with settings drawn like a user's) and the minutes of each session, export and
compare. A failing example does not stop
the soak: it is counted and written, with its traceback, to ``--failures`` (JSON lines).

Run (offscreen Qt; stops at --examples or after --minutes, whichever comes first)::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/fuzz_soak.py --examples 10000 --jobs 2
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/fuzz_soak.py --examples 10000 --minutes 30

``--jobs N`` splits the examples over N processes (one per core), each drawing its own.

It prints the examples run, how many were imported and refused, the failures, and the
peak memory of a soak process (where the ``resource`` module exists: not on Windows); a
process that grows with every example runs out of memory in a long soak.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, Phase, given, settings

from tests.fuzz.strategies import hostile_documents, hostile_text, report_options

CHUNK = 20  # examples per Hypothesis run: the time limit is checked between runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=10_000)
    parser.add_argument("--minutes", type=float, default=None, help="stop after this long (default: no limit)")
    parser.add_argument("--failures", type=Path, default=Path("fuzz-soak-failures.jsonl"))
    parser.add_argument("--jobs", type=int, default=1, help="processes side by side, one per core (default 1)")
    parser.add_argument("--summary", type=Path, default=None, help=argparse.SUPPRESS)  # a job's counts, as JSON
    args = parser.parse_args(argv)
    started = time.monotonic()
    outcomes = _jobs(args) if args.jobs > 1 else _soak(args, started)
    total = sum(outcomes.values())
    print(f"examples: {total}  imported: {outcomes['imported']}  refused: {outcomes['refused']}  "
          f"failures: {outcomes['failed']}  time: {time.monotonic() - started:.0f} s"
          f"{_peak_memory(children=args.jobs > 1)}")
    if args.summary is not None:
        args.summary.write_text(json.dumps(dict(outcomes)), encoding="utf-8")
    if outcomes["failed"]:
        print(f"failing examples: {args.failures}")
    return 1 if outcomes["failed"] else 0


def _peak_memory(children: bool) -> str:
    """The largest resident size of this process (or of its finished jobs), as "  peak memory: N MB"."""
    try:
        import resource
    except ImportError:  # Windows
        return ""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF)
    return f"  peak memory: {usage.ru_maxrss // 1024} MB"  # Linux reports kilobytes


def _mappings() -> str:
    """This process's memory mappings, as "  mappings: N" (Linux); Linux stops a process at 65,530.

    A leak of mappings is invisible in the resident size: PDFium restarted for each PDF once
    killed the soak's processes after about 1,750 examples (docs/data-safety.md).
    """
    try:
        with open("/proc/self/maps", "rb") as maps:
            return f"  mappings: {sum(1 for _ in maps)}"
    except OSError:  # not Linux
        return ""


def _jobs(args: argparse.Namespace) -> Counter[str]:
    """Split the examples over ``args.jobs`` processes of this script; add up their counts and failures."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-soak-"))
    jobs = []
    for job in range(args.jobs):
        share = args.examples // args.jobs + (1 if job < args.examples % args.jobs else 0)
        command = [sys.executable, __file__, "--examples", str(share), "--failures", str(folder / f"{job}.jsonl"),
                   "--summary", str(folder / f"{job}.json")]
        if args.minutes:
            command += ["--minutes", str(args.minutes)]
        jobs.append(subprocess.Popen(command))
    for process in jobs:
        process.wait()
    outcomes: Counter[str] = Counter()
    for job in range(args.jobs):
        summary = folder / f"{job}.json"
        outcomes.update(json.loads(summary.read_text(encoding="utf-8")) if summary.exists() else {"failed": 1})
        failures = folder / f"{job}.jsonl"
        if failures.exists():
            with args.failures.open("a", encoding="utf-8") as out:
                out.write(failures.read_text(encoding="utf-8"))
    shutil.rmtree(folder, ignore_errors=True)
    return outcomes


def _soak(args: argparse.Namespace, started: float) -> Counter[str]:
    from PySide6.QtWidgets import QApplication

    from tests.fuzz.pipeline import run_example

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the screens need it
    outcomes: Counter[str] = Counter()
    deadline = started + args.minutes * 60 if args.minutes else None

    def one(document: dict[str, Any], query: str, options: Any) -> None:
        try:
            outcomes[run_example(document, query, options)] += 1
        except Exception:
            outcomes["failed"] += 1
            with args.failures.open("a", encoding="utf-8") as out:
                out.write(json.dumps({"document": document, "query": query, "options": repr(options),
                                      "error": traceback.format_exc()}, ensure_ascii=False) + "\n")

    while sum(outcomes.values()) < args.examples and (deadline is None or time.monotonic() < deadline):
        chunk = min(CHUNK, args.examples - sum(outcomes.values()))
        def test(document: dict[str, Any], query: str, options: Any) -> None:
            one(document, query, options)

        settings(max_examples=chunk, deadline=None, database=None, suppress_health_check=list(HealthCheck),
                 phases=(Phase.generate,))(given(hostile_documents(), hostile_text(), report_options())(test))()
        done = sum(outcomes.values())
        # one write per line: print() writes the text and the newline apart, and the jobs
        # share one stdout, so their lines could interleave mid-line
        sys.stdout.write(f"{done} examples, {outcomes['failed']} failures, {time.monotonic() - started:.0f} s"
                         f"{_peak_memory(children=False)}{_mappings()}\n")
        sys.stdout.flush()
    return outcomes


if __name__ == "__main__":
    sys.exit(main())
