"""The app's settings, declared once, typed, each with its default.

Stored with QSettings in an INI file inside the data folder, so that everything the
app writes stays there (and tests with a temporary data folder stay isolated).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """A setting's key in the file and its default, which gives its type (a named tuple:
    see ``paths.DataPaths``)."""

    key: str
    default: T

    def read(self, store: QSettings) -> T:
        value: Any = store.value(self.key, self.default)
        kind = type(self.default)
        if value is None:
            return self.default
        if kind is bool and isinstance(value, str):
            return value.lower() in ("true", "1", "yes")  # type: ignore[return-value]
        if kind is list:
            if isinstance(value, str):
                return [value] if value else []  # type: ignore[return-value]
            return list(value)  # type: ignore[return-value]
        if kind in (int, float, str):
            try:
                return kind(value)  # type: ignore[call-arg]
            except (TypeError, ValueError):
                return self.default
        return value


LANGUAGE = Setting("ui/language", "sv")
RECENT_PROJECTS = Setting[list[str]]("ui/recent_projects", [])
LAST_PROJECT = Setting("ui/last_project", "")
WINDOW_GEOMETRY = Setting("ui/window_geometry", QByteArray())
WINDOW_STATE = Setting("ui/window_state", QByteArray())
SPLITTER_STATE = Setting("ui/splitter_state", QByteArray())
#: months after which a final project's retention reminder shows (0: never)
RETENTION_MONTHS = Setting("privacy/retention_months", 24)
#: the data folder whose warning about a sync or network folder the user has dismissed
LOCATION_WARNING_DISMISSED = Setting("safety/location_warning_dismissed", "")
MAX_RECENT = 8
# The report settings dialog remembers what to include; names and "final" are asked anew each
# time (ui/report/options_dialog.py says why). An empty section list means "all sections".
REPORT_SECTIONS = Setting[list[str]]("report/sections", [])
REPORT_MINUTES_APPENDIX = Setting("report/minutes_appendix", False)
REPORT_LOGO = Setting("report/logo", "")
#: the municipality's Word template (.docx or .dotx) for the Word files; "" for the app's own look
REPORT_WORD_TEMPLATE = Setting("report/word_template", "")


class Settings:
    """Typed access to the settings file of one data folder."""

    def __init__(self, path: Path) -> None:
        self.store = QSettings(str(path), QSettings.Format.IniFormat)

    def get(self, setting: Setting[T]) -> T:
        return setting.read(self.store)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)

    def remember_project(self, uid: str) -> None:
        recent = [uid, *[p for p in self.get(RECENT_PROJECTS) if p != uid]][:MAX_RECENT]
        self.set(RECENT_PROJECTS, recent)
        self.set(LAST_PROJECT, uid)

    def sync(self) -> None:
        self.store.sync()
