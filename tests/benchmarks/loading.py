"""How a smoke test loads a benchmark script: the scripts under ``benchmarks/`` are files, not
a package, and import ``bench_common`` from beside them."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"


def load_bench(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module (registered, since dataclasses look their module up)."""
    spec = importlib.util.spec_from_file_location(f"bench_smoke_{name}", BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module
