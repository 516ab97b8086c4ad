"""Work around PySide6 6.12.0 dropping references to ``None`` and ``True`` on Python 3.11.

Every time PySide6 6.12.0 converts an invalid ``QVariant`` to Python (for example
``QModelIndex.data(role)`` for a role the model does not set, or
``QComboBox.currentData()`` of an item without data) it returns ``None`` without
taking a reference. On Python 3.11, where ``None`` is an ordinary reference-counted
object, a few thousand such calls drive its count to zero and the interpreter aborts
with "none_dealloc: deallocating None". PySide6-Pdf only exists for 6.12.0, so an
older PySide6 is not an option.

The same release drops a reference to ``True`` when a Python-declared signal reaches a
Python slot: with True (``Signal(bool)``, ``Signal(object)``), and also with a str, an
int, a float, a list or False; about ten each time a session editor is deleted. The fuzz
soak died with "bool_dealloc: deallocating True or False" after about 1,250 examples
(tests/gui/test_pyside_bool_signal.py). PySide6 6.11.3 does not have this bug, but
PySide6-Pdf only exists for 6.12.0.

From Python 3.12 on ``None``, ``True`` and ``False`` are immortal and the bugs are
harmless. On 3.11 we give each a reserve of 2**40 references once at start-up: an extra
reference to a singleton that is never freed costs nothing, and no session can make 10**12
such calls. ``ob_refcnt`` is the first field of every CPython object, at ``id(obj)``.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 1 << 40
_done = False


def protect_none() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))
        refcount.value += RESERVE
    _done = True
