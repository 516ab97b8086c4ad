"""Find the files the app ships: fonts, translations, icons, the demo project, the user guide.

They live in the top-level ``resources/`` folder of a checkout, in
``samverkan_desktop/_resources`` of an installed wheel, and in ``resources/`` beside
the executable of a PyInstaller bundle.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
#: the Swedish user guide's file name, in ``docs/``
USER_GUIDE = "anvandarguide.md"


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


def user_guide_file() -> Path | None:
    """The user guide (``anvandarguide.md``, its screenshots beside it), or None when not shipped.

    In a checkout it is ``docs/`` itself; a PyInstaller bundle carries the same ``docs/``
    folder (``installer/bundle_rules.py``).
    """
    bundle = Path(getattr(sys, "_MEIPASS", "")) / "docs" if hasattr(sys, "_MEIPASS") else None
    for folder in (bundle, _PACKAGE.parent / "docs"):
        if folder is not None and (folder / USER_GUIDE).is_file():
            return folder / USER_GUIDE
    return None


#: the app icon's sizes, in the ``.ico`` and as PNGs of the same pictures
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_icon_file() -> Path:
    """The app icon (all sizes in one ``.ico``, which Qt reads on every platform)."""
    return resource("icons", "samverkan-desktop.ico")


def app_icon_pngs() -> dict[int, Path]:
    """The same icon as one PNG per size (``ICON_SIZES``): the windows' icon is built from these,
    because Qt decodes each only when a window asks for that size, while its ``.ico`` reader
    decodes every size at once (about 1.5 ms before the main window shows)."""
    return {size: resource("icons", f"samverkan-desktop-{size}.png") for size in ICON_SIZES}
