"""Benchmark merging a sent-back copy into a large project, against a plain import of the same rows.

The central project has ``--central`` sessions of ``--entries`` entries (50 x 1,000 =
50,000 entries) plus ``--sent`` planned sessions without entries, which it sends out; the
recipient records ``--entries`` entries in each of those (20 x 1,000 = 20,000 rows) and
sends the copy back. Each repetition starts from a fresh central library on disk.

``merge``
    The whole ``merge`` command's work: ``prepare`` (the file validated, the central
    project exported), ``plan`` (the three-way merge) and ``apply`` (a verified backup,
    then the project rewritten in one transaction). Shown split into its parts.
``floor``
    ``import_document`` of a project holding exactly the rows the merge brings in (the
    sent sessions with their entries, the frame they need) into a fresh library.
``import of the result``
    ``import_document`` of the merged project (central plus sent) into a fresh library:
    the part of the rewrite that any whole-project write pays.

The ratio merge / floor is printed; medians of ``--repeat`` runs (shared, noisy machines).

Run::

    uv run python benchmarks/bench_merge.py                        # 50 x 1,000 + 20 x 1,000, repeat 3
    uv run python benchmarks/bench_merge.py --central 5 --sent 2 --entries 100 --repeat 1
"""

from __future__ import annotations

import argparse
import copy
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.services.merge import service
from samverkan_desktop.services.merge.sendout import send_out, send_out_document
from samverkan_desktop.storage.library import open_library

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_common import generated_document, machine, timed


def documents(central: int, sent: int, entries: int) -> tuple[dict[str, Any], list[str], dict[str, Any]]:
    """The central project (sent sessions empty), the sent session ids, the recorded full project."""
    full = generated_document(central + sent, entries, seed=0)
    sent_ids = [s["id"] for s in full["sessions"][central:]]
    mine = copy.deepcopy(full)
    for session in mine["sessions"][central:]:
        session.pop("entries", None)
        session.pop("adjusted", None)
        session["status"] = "planned"
    return validate_document(mine), sent_ids, full


def sent_back(mine: dict[str, Any], sent_ids: list[str], full: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The starting point as sent out, and the recipient's copy: the sessions recorded there."""
    base = send_out_document(mine, sent_ids)
    theirs = copy.deepcopy(base)
    recorded = {s["id"]: s for s in full["sessions"]}
    for session in theirs["sessions"]:
        session["entries"] = recorded[session["id"]].get("entries", [])
        session["status"] = "held"
    speakers = {e["person"] for s in theirs["sessions"] for e in s["entries"] if e.get("person")}
    speakers |= {p["id"] for p in theirs["people"]}
    theirs["people"] = [p for p in full["people"] if p["id"] in speakers]
    return base, theirs


def one_run(folder: Path, mine: dict[str, Any], sent_ids: list[str], full: dict[str, Any]) -> dict[str, float]:
    paths = DataPaths(folder / "central").ensure()
    library = open_library(paths)
    try:
        uid = import_document(library, copy.deepcopy(mine)).project_uid
        point = send_out(library, uid, sent_ids, "FSG", folder / "ut.json")
        base, theirs = sent_back(mine, sent_ids, full)
        origin = {"id": point.starting_point, "sent_at": "2026-12-07T10:00:00+01:00", "recipient": "FSG",
                  "sessions": sent_ids, "document": base}
        theirs = dict(theirs, exported_at="2026-12-07T12:00:00+01:00",
                      collaboration={"exported_by": {"recorder": "fsg", "laptop": "fsg-laptop"}, "origin": origin})
        times: dict[str, float] = {}
        times["prepare"], prepared = timed(lambda: service.prepare(library, uid, theirs))
        times["plan"], plan = timed(lambda: service.plan(prepared))
        expected = sum(len(s.get("entries", [])) for s in full["sessions"] if s["id"] in sent_ids)
        assert not plan.conflicts and plan.counts["entry"]["added"] == expected
        times["apply"], result = timed(lambda: service.apply(library, paths, prepared, plan))
        assert result.written
        times["merge"] = times["prepare"] + times["plan"] + times["apply"]
        floor_doc = {k: v for k, v in theirs.items() if k != "collaboration"}
        floor_library = open_library(DataPaths(folder / "floor").ensure())
        try:
            times["floor"], _ = timed(lambda: import_document(floor_library, floor_doc))
        finally:
            floor_library.close()
        result_library = open_library(DataPaths(folder / "result").ensure())
        try:
            merged = {k: v for k, v in plan.document.items() if k != "collaboration"}
            times["import of the result"], _ = timed(lambda: import_document(result_library, merged))
        finally:
            result_library.close()
    finally:
        library.close()
    return times


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--central", type=int, default=50, help="sessions of the central project")
    parser.add_argument("--sent", type=int, default=20, help="sessions sent out and recorded there")
    parser.add_argument("--entries", type=int, default=1000, help="entries per session")
    parser.add_argument("--repeat", type=int, default=3)
    options = parser.parse_args(argv)
    mine, sent_ids, full = documents(options.central, options.sent, options.entries)
    runs = []
    for _ in range(options.repeat):
        with tempfile.TemporaryDirectory(prefix="samverkan-bench-merge-") as folder:
            runs.append(one_run(Path(folder), mine, sent_ids, full))
    median = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
    print(f"machine: {machine()}")
    print(f"central: {options.central} x {options.entries} entries; merged back: {options.sent} x "
          f"{options.entries} entries; {options.repeat} runs, medians")
    for key in ("prepare", "plan", "apply", "merge", "floor", "import of the result"):
        print(f"{key:<22}{median[key]:8.2f} s")
    print(f"ratio merge / floor   {median['merge'] / median['floor']:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
