"""Shared test set-up: Qt runs offscreen, and no test touches the user's real data folder."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SAMVERKAN_DATA_DIR"] = tempfile.mkdtemp(prefix="samverkan-test-default-")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEMO = REPO / "resources" / "demo-project.json"


@pytest.fixture
def demo_document() -> dict[str, Any]:
    """The app's own demo project (ships in resources/)."""
    data: dict[str, Any] = json.loads(DEMO.read_text(encoding="utf-8"))
    return data


@pytest.fixture
def example_document() -> dict[str, Any]:
    """The shared interchange example; skipped where ../shared is absent."""
    path = SHARED / "interchange" / "example-project.json"
    if not path.exists():
        pytest.skip("../shared/interchange is not beside the checkout")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data
