"""What the main window's helpers may ask of it: the ``Workspace`` protocol.

Importing, exporting, erasing a person, restoring a backup and receiving a copy sent
back (``project_files``, ``erase_person``, ``restore_dialog``, ``collaboration``) change
or replace the library's content under the views. They take a ``Workspace``, not the main
window: they close meeting mode, have what was typed stored, and have the views rebuilt,
through these few calls, so they never reach into the window's dictionaries of editors
and meetings (and the modules import no window, so there is no import cycle to untangle).
The main window is the one implementation; a test may pass a small one of its own.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from samverkan_desktop.paths import DataPaths
from samverkan_desktop.ui.context import EditContext


class Workspace(Protocol):
    @property
    def ctx(self) -> EditContext:
        """The library, the editing service, the undo stack and the user's language."""

    @property
    def paths(self) -> DataPaths:
        """The data folder (backups, logs)."""

    def window(self) -> QWidget:
        """The window dialogs and progress belong to (``QWidget.window()`` of the main window)."""

    def flush_editors(self) -> None:
        """Store at once what was typed in the editors and still waits for its typing pause."""

    def close_meetings(self, project_id: int | None = None) -> bool:
        """Close meeting mode (of one project's sessions, or every one); False when a window
        could not store everything and stays open (its status bar says why)."""

    def reload(self, project_id: int | None = None) -> None:
        """Drop the views built from a project's content (every project's when None) and the
        undo history (its steps hold the replaced rows), and show the library afresh."""

    def current_project(self) -> tuple[int, str] | None:
        """The project shown (its id and uid); None on the start page."""

    def open_project(self, uid: str) -> bool:
        """Show the project ``uid``; False when the library has no such project."""

    def show_status(self, message: str, timeout_ms: int = 8000) -> None:
        """Tell the user something in passing (the status bar)."""
