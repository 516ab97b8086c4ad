"""Find the files the app ships: fonts, translations, icons, the demo project.

They live in the top-level ``resources/`` folder of a checkout, in
``samverkan_desktop/_resources`` of an installed wheel, and in ``resources/`` beside
the executable of a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        _PACKAGE / "_resources",
        _PACKAGE.parent / "resources",
    ]
    for candidate in candidates:
        if candidate is not None and candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def app_icon_file() -> Path:
    """The app icon (all sizes in one ``.ico``, which Qt reads on every platform)."""
    return resource("icons", "samverkan-desktop.ico")
