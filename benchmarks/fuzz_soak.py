"""On-demand soak of the hostile-input fuzz: thousands of hostile projects end to end.

Each example is what the suite test tests/fuzz/test_hostile_input.py does, with the same
strategy (tests/fuzz/strategies.py) and pipeline (tests/fuzz/pipeline.py): import a small
project whose every free text is hostile, build every screen's model, search, build both
PDFs and the minutes of each session, export and compare. A failing example does not stop
the soak: it is counted and written, with its traceback, to ``--failures`` (JSON lines).

Run (offscreen Qt; stops at --examples or after --minutes, whichever comes first)::

    QT_QPA_PLATFORM=offscreen uv run python benchmarks/fuzz_soak.py --examples 10000
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/fuzz_soak.py --examples 10000 --minutes 30

It prints the examples run, how many were imported and refused, and the failures.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
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
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from tests.fuzz.pipeline import run_example

    app = QApplication.instance() or QApplication([])  # noqa: F841 - the screens need it
    outcomes: Counter[str] = Counter()
    started = time.monotonic()
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
        print(f"{done} examples, {outcomes['failed']} failures, {time.monotonic() - started:.0f} s", flush=True)

    total = sum(outcomes.values())
    print(f"examples: {total}  imported: {outcomes['imported']}  refused: {outcomes['refused']}  "
          f"failures: {outcomes['failed']}  time: {time.monotonic() - started:.0f} s")
    if outcomes["failed"]:
        print(f"failing examples: {args.failures}")
    return 1 if outcomes["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
