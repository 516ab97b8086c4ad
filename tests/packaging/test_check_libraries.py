"""installer/check_libraries.py: which libraries a bundle would take from the host."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import INSTALLER


def load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("check_libraries", INSTALLER / "check_libraries.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_only_the_hosts_own_libraries_may_come_from_outside(tmp_path: Path) -> None:
    bundle = tmp_path / "samverkan-desktop"
    internal = bundle / "_internal"
    internal.mkdir(parents=True)
    output = f"""\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6Core.so.6 => {internal}/libQt6Core.so.6 (0x00007f10)
\tlibsqlite3.so.0 => /lib/x86_64-linux-gnu/libsqlite3.so.0 (0x00007f11)
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f12)
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f13)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f14)
\tlibQt6Network.so.6 => not found
\tlibwayland-cursor.so.0 => not found
\t/lib64/ld-linux-x86-64.so.2 (0x00007f15)
"""
    foreign, missing = load().outside(output, bundle)
    assert foreign == {"libsqlite3.so.0"}  # pruned by mistake: works here, fails on a clean machine
    assert missing == {"libQt6Network.so.6"}  # Wayland is the host's, absent here and allowed


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("ldd") is None, reason="ldd: Linux only")
def test_a_plugin_without_its_libraries_is_reported(tmp_path: Path) -> None:
    """Qt's xcb plugin alone in a bundle: its Qt libraries are missing and xkbcommon would come from the host."""
    import PySide6

    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        pytest.skip("no xcb plugin in this PySide6")
    bundle = tmp_path / "samverkan-desktop"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copy(plugin, bundle / "_internal" / plugin.name)
    problems = load().check(bundle)
    assert "libQt6Gui.so.6 (not found)" in problems
    assert "libxkbcommon-x11.so.0" in problems  # the CI's apt list installs it
    assert "libxcb.so.1" not in problems  # the host's own
