"""The widget-test fixtures of tests/gui (a library with the demo project, an edit context)."""

from tests.gui.conftest import ctx, demo_project, library  # noqa: F401 - fixtures, used by name
