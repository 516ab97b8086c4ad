"""Shared by the packaging tests: the installer folder and its rules module, loaded from file."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import REPO

INSTALLER = REPO / "installer"


def load_bundle_rules() -> ModuleType:
    """``installer/bundle_rules.py``, imported as the spec imports it (it is no package)."""
    spec = importlib.util.spec_from_file_location("bundle_rules", INSTALLER / "bundle_rules.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_rules", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def rules() -> ModuleType:
    return load_bundle_rules()
