"""The fixtures the documentation tests borrow: a library and an edit context (tests/gui), and
the Swedish translators for one test (tests/i18n)."""

from tests.gui.conftest import ctx, library  # noqa: F401 - fixtures, used by name
from tests.i18n.test_translations import swedish  # noqa: F401 - fixture, used by name
