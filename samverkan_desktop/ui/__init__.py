"""Everything PySide6: windows, editors, Qt item models, actions, settings, translations."""

from samverkan_desktop.ui.qt_workarounds import protect_none

protect_none()
