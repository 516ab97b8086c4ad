"""``docs/make_screenshots.py`` still runs against the app as it is now (offscreen): a renamed
window method or dialog breaks it here, not on the day the guide's pictures are regenerated.
It writes exactly the shots the folder holds; the pictures themselves are judged by eye."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.docs.test_screenshots import SCRIPT, files


def test_the_screenshot_script_writes_every_shot(tmp_path: Path) -> None:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(tmp_path)], cwd=REPO, env=environment,
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert sorted(path.stem for path in tmp_path.glob("*.png")) == files()
    assert all(path.stat().st_size > 10_000 for path in tmp_path.glob("*.png"))  # drawn, not empty
