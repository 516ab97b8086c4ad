"""Smoke test of the benchmark scripts in ``benchmarks/``: they run and stay correct.

A tiny generated project (2 sessions x 20 entries) must validate, import into a
memory library and export back unchanged (apart from ``exported_at``); the
benchmark's ``main`` must run end to end with tiny sizes and one repetition. No
timing is asserted: these machines are shared and noisy.
"""

from __future__ import annotations

import copy
from pathlib import Path
from types import ModuleType

import pytest

from samverkan_desktop.services.interchange.exporter import export_document
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.services.interchange.schema import WRITTEN_VERSION
from samverkan_desktop.services.interchange.validate import validate_document
from samverkan_desktop.storage.library import open_memory_library
from tests.benchmarks.loading import load_bench


@pytest.fixture(scope="module")
def generator() -> ModuleType:
    return load_bench("generate_project")


def test_generated_project_is_valid_and_round_trips(generator: ModuleType) -> None:
    document = generator.generate(2, 20, seed=3)
    pristine = copy.deepcopy(document)
    assert validate_document(document) is document
    sessions = document["sessions"]
    assert len(sessions) == 2 and all(len(s["entries"]) == 20 for s in sessions)
    entries = [e for s in sessions for e in s["entries"]]
    assert any("tags" in e for e in entries)
    assert any(ch in e["text"] for e in entries for ch in "åäö")

    library = open_memory_library()
    try:
        result = import_document(library, document)
        assert (result.sessions, result.entries) == (2, 40)
        exported = export_document(library, document["project"]["id"])
    finally:
        library.close()
    exported.pop("exported_at")
    pristine.pop("exported_at")
    assert exported == {**pristine, "version": WRITTEN_VERSION}  # a version 1 file exports as the app's version


def test_generator_is_deterministic(generator: ModuleType) -> None:
    assert generator.generate(1, 10, seed=7) == generator.generate(1, 10, seed=7)
    assert generator.generate(1, 10, seed=7) != generator.generate(1, 10, seed=8)


def test_spans_lie_inside_the_text(generator: ModuleType) -> None:
    document = generator.generate(3, 200, seed=1)
    spans = [(e["text"], t) for s in document["sessions"] for e in s["entries"]
             for t in e.get("tags", []) if "start" in t]
    assert spans
    for text, tagging in spans:
        assert 0 <= tagging["start"] < tagging["end"] <= len(text)


def test_generator_cli_writes_a_valid_file(generator: ModuleType, tmp_path: Path) -> None:
    target = tmp_path / "small.json"
    assert generator.main(["--sessions", "1", "--entries-per-session", "5", "-o", str(target)]) == 0
    from samverkan_desktop.services.interchange.parse import read_file

    validate_document(read_file(target))


def test_benchmark_main_runs_with_tiny_sizes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bench = load_bench("bench_interchange")
    argv = ["--sessions", "2", "--entries-per-session", "20", "--repeat", "1", "--dir", str(tmp_path), "--quiet"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    for label in ("floor: raw sqlite3 executemany", "validate_document alone", "import_document",
                  "export_document", "import / floor", "export / floor"):
        assert label in out
    assert "entry 40" in out  # the floor wrote (and was checked against) the same rows
    assert list(tmp_path.iterdir()) == []  # temporary libraries are cleaned up
