"""What the start does before its main window is drawn, and what it leaves out: the app's
first window within 1.5x a minimal PySide6 window (docs/performance.md, issue 17).

PySide6 builds the whole ``Qt`` namespace, all of its enums, on its first use: about 12 ms,
which a minimal window never pays. The start reaches its first paint without it, so what it
does instead (the light colour scheme by the property's name, the navigator's role written
out, no rounding policy set) is checked here against the ``Qt`` values it stands for. Nor
does it import ``dataclasses`` (about 2 ms with its first class), ``socket`` or the job runner.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from samverkan_desktop.ui import appearance
from samverkan_desktop.ui.models.navigator import NodeRole

#: runs the real start (``samverkan-desktop --data-dir DIR``) and, at the record "main window
#: drawn" (after show() and the next paint), prints what had been imported and built, then ends
PROBE = """
import json, logging, os, sys
import PySide6.QtCore

class Probe(logging.Handler):
    def emit(self, record):
        if record.getMessage() == "main window drawn":
            print(json.dumps({"qt_namespace": "Qt" in vars(PySide6.QtCore), "modules": sorted(sys.modules)}))
            sys.stdout.flush()
            os._exit(0)

logging.getLogger("samverkan_desktop.app").addHandler(Probe())
from samverkan_desktop.__main__ import main
main(["--data-dir", sys.argv[1]])
"""


def _drawn(data: Path) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("SAMVERKAN_DATA_DIR", None)
    done = subprocess.run([sys.executable, "-c", PROBE, str(data)], env=env, capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_the_window_is_drawn_without_qts_namespace_dataclasses_sockets_jobs_or_sqlalchemy(tmp_path: Path) -> None:
    drawn = _drawn(tmp_path / "data")
    assert drawn["qt_namespace"] is False
    modules = drawn["modules"]
    assert isinstance(modules, list)
    assert "samverkan_desktop.ui.jobs" not in modules  # the main window imports it when the library is open
    assert "socket" not in modules  # the SIGTERM wake-up is a pipe (ui/terminate.py)
    assert "dataclasses" not in modules  # the records on the way are named tuples (paths.DataPaths says why)
    assert not [m for m in modules if m == "sqlalchemy" or m.startswith("sqlalchemy.")]


def test_the_light_scheme_is_asked_for_by_the_name_of_qts_light_scheme(qapp: QApplication) -> None:
    hints = qapp.styleHints()
    meta = hints.metaObject()
    scheme = meta.property(meta.indexOfProperty("colorScheme"))
    assert scheme.isWritable() and scheme.isEnumType() and scheme.enumerator().name() == "ColorScheme"
    value, known = scheme.enumerator().keyToValue(appearance.LIGHT)
    assert known and value == Qt.ColorScheme.Light.value
    assert hints.setProperty("colorScheme", appearance.LIGHT)  # what use_light_scheme does
    assert not hints.setProperty("colorScheme", "Lihgt")  # a wrong name is refused, not taken for another


def test_qt_rounds_no_scale_factor_by_default_so_the_app_sets_no_policy() -> None:
    """Qt 6's default is PassThrough (Windows at 125 % or 150 % gets exactly that scale): the app
    used to set it and no longer does. Were a later Qt to change its default, this fails."""
    env = {k: v for k, v in os.environ.items() if k != "QT_SCALE_FACTOR_ROUNDING_POLICY"}
    script = ("from PySide6.QtWidgets import QApplication; app = QApplication([]); "
              "print(QApplication.highDpiScaleFactorRoundingPolicy().name)")
    done = subprocess.run([sys.executable, "-c", script], env={**env, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip() == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough.name


def test_the_navigators_role_is_qts_first_user_role_plus_ten() -> None:
    assert NodeRole == Qt.ItemDataRole.UserRole + 10
