"""What every benchmark script shares: the project generator beside it, and one line
describing the machine the figures were measured on."""

from __future__ import annotations

import importlib.util
import os
import platform
import sqlite3
import sys
from pathlib import Path
from types import ModuleType


def load_generator() -> ModuleType:
    """``generate_project.py`` beside this file, whether run as a script or imported by path."""
    spec = importlib.util.spec_from_file_location(
        "samverkan_bench_generate_project", Path(__file__).with_name("generate_project.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def machine() -> str:
    """CPUs and model, Python, SQLite (and PySide6 when loaded), OS, load average."""
    model = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor() or model
    parts = [f"{os.cpu_count()} CPUs ({model})", f"Python {platform.python_version()}",
             f"SQLite {sqlite3.sqlite_version}"]
    pyside = sys.modules.get("PySide6")
    if pyside is not None:
        parts.append(f"PySide6 {getattr(pyside, '__version__', '?')}, "
                     f"QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}")
    parts.append(f"{platform.system()} {platform.release()}")
    if hasattr(os, "getloadavg"):
        parts.append("load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))
    return ", ".join(parts)
