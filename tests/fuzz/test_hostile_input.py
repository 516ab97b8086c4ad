"""Hostile input: any Unicode and markup in every field survives import, every screen, search, both PDFs, export.

Each example builds a small project whose every free text is hostile (tests/fuzz/strategies.py)
and runs it through tests/fuzz/pipeline.run_example. The on-demand soak with thousands of
examples is benchmarks/fuzz_soak.py; docs/data-safety.md ("Hostile input (fuzz)") has its result.
"""

from __future__ import annotations

from hypothesis import HealthCheck, Phase, given, settings
from PySide6.QtWidgets import QApplication

from tests.fuzz.pipeline import run_example
from tests.fuzz.strategies import hostile_documents, hostile_text


# no shrinking (minutes per failure on this machine): a failing example is printed and kept
# in the example database, which replays it first on the next run
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck),
          phases=(Phase.explicit, Phase.reuse, Phase.generate))
@given(hostile_documents(), hostile_text())
def test_hostile_project_imports_shows_prints_and_exports_unchanged(
        qapp: QApplication, document: dict, query: str) -> None:
    assert run_example(document, query) in ("imported", "refused")

