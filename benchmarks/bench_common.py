"""What every benchmark script shares: the project generator beside it (and a library holding
a generated project), one line describing the machine the figures were measured on, timing
in interleaved rounds, and the progress lines."""

from __future__ import annotations

import importlib.util
import os
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from samverkan_desktop.storage.library import Library

T = TypeVar("T")


def load_generator() -> ModuleType:
    """``generate_project.py`` beside this file, whether run as a script or imported by path."""
    spec = importlib.util.spec_from_file_location(
        "samverkan_bench_generate_project", Path(__file__).with_name("generate_project.py"))
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generated_document(sessions: int, per_session: int, seed: int = 0, *, first_open: bool = False) -> dict[str, Any]:
    """A generated project document; ``first_open``: its first session open (``held``, not adjusted),
    as meeting mode needs (generated first sessions are adjusted, so locked)."""
    document: dict[str, Any] = load_generator().generate(sessions, per_session, seed)
    if first_open:
        document["sessions"][0]["status"] = "held"
        document["sessions"][0].pop("adjusted", None)
    return document


@contextmanager
def generated_library(sessions: int, per_session: int, prefix: str,
                      say: Callable[[str], None] | None = None) -> Iterator[tuple[Library, dict[str, Any]]]:
    """A library in a temporary folder with a generated project imported (the import not timed
    by the caller; ``say`` hears how long it took); the library and the document. Removed after."""
    from samverkan_desktop.paths import DataPaths
    from samverkan_desktop.services.interchange.importer import import_document
    from samverkan_desktop.storage.library import open_library

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    library = open_library(DataPaths(folder))
    try:
        document = generated_document(sessions, per_session)
        seconds, _ = timed(lambda: import_document(library, document))
        if say is not None:
            say(f"  imported {sessions} x {per_session} entries in {seconds:.1f} s")
        yield library, document
    finally:
        library.close()
        shutil.rmtree(folder, ignore_errors=True)


def timed(work: Callable[[], T]) -> tuple[float, T]:
    """``work()``, and how many seconds it took."""
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def interleaved_medians(work: dict[str, Callable[[], T]], repeat: int) -> tuple[dict[str, float], dict[str, T]]:
    """The median seconds of each piece of work over ``repeat`` rounds, each round running every
    piece one after the other (a busy minute on a shared machine slows them all alike, which
    keeps their ratios fair); and what each returned in the last round."""
    times: dict[str, list[float]] = {name: [] for name in work}
    results: dict[str, T] = {}
    for _ in range(repeat):
        for name, build in work.items():
            seconds, results[name] = timed(build)
            times[name].append(seconds)
    return {name: statistics.median(values) for name, values in times.items()}, results


def progress(quiet: bool, log: Callable[[str], None] | None = None,
             to_stderr: bool = False) -> Callable[[str], None]:
    """How a script says what it is doing: to ``log`` when given (a smoke test's), else printed
    (to stderr with ``to_stderr``, leaving stdout to the figures) unless ``quiet``."""
    def say(text: str) -> None:
        if log is not None:
            log(text)
        elif not quiet:
            print(text, file=sys.stderr if to_stderr else sys.stdout, flush=True)
    return say


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
