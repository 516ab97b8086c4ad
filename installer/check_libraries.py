"""Check that a Linux bundle carries every shared library it needs, except the host's own.

    python installer/check_libraries.py dist/samverkan-desktop

Runs ``ldd`` on every shared object of the bundle, with the bundle's library folders
first on the search path (as its bootloader sets them), and lists each library that
resolves outside the bundle. Only the libraries PyInstaller deliberately leaves to the
host may do so (the C library, the graphics drivers' GL/EGL, xcb and Wayland client
libraries, which must match the running system). Anything else would work on this
machine and fail on a clean one: exit 1 and the list. A library pruned by mistake
(``bundle_rules.prune_unneeded_libraries``) is caught here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

#: what a bundle may take from the host (PyInstaller's own exclusions on Linux)
HOST_LIBRARIES = re.compile(
    r"^(ld-linux.*|linux-vdso.*|lib(c|m|dl|rt|pthread|resolv|util|nsl|anl|crypt|BrokenLocale)\.so\..*"
    r"|libGL.*|libEGL.*|libOpenGL.*|libGLX.*|libGLdispatch.*|libdrm.*|libgbm.*|libvulkan.*"
    r"|libxcb\.so\..*|libwayland-(client|cursor|egl|server)\.so\..*)$"
)
_RESOLVED = re.compile(r"^\s*(\S+) => (\S+) \(0x[0-9a-f]+\)$")
_MISSING = re.compile(r"^\s*(\S+) => not found$")


def shared_objects(bundle: Path) -> list[Path]:
    return sorted(path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()
                  and re.search(r"\.so(\.\d+)*$", path.name))


def outside(ldd_output: str, bundle: Path) -> tuple[set[str], set[str]]:
    """(libraries resolved outside ``bundle`` that the host may not supply, libraries not found)."""
    foreign, missing = set(), set()
    root = str(bundle.resolve())
    for line in ldd_output.splitlines():
        if match := _MISSING.match(line):
            missing.add(match.group(1))
        elif (match := _RESOLVED.match(line)) and not os.path.realpath(match.group(2)).startswith(root):
            foreign.add(match.group(1))
    return ({name for name in foreign if not HOST_LIBRARIES.match(name)},
            {name for name in missing if not HOST_LIBRARIES.match(name)})


def check(bundle: Path) -> dict[str, set[str]]:
    """Library -> the bundle's files that would load it from the host (or not find it)."""
    internal = bundle / "_internal"
    env = {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(
        str(folder) for folder in (internal, internal / "PySide6" / "Qt" / "lib"))}
    problems: dict[str, set[str]] = {}
    for path in shared_objects(bundle):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env, check=False)
        foreign, missing = outside(result.stdout, bundle)
        for name in foreign:
            problems.setdefault(name, set()).add(str(path.relative_to(bundle)))
        for name in missing:
            problems.setdefault(f"{name} (not found)", set()).add(str(path.relative_to(bundle)))
    return problems


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/samverkan-desktop")
    problems = check(bundle)
    # plugins whose libraries are optional on the host (the GTK theme needs GTK itself)
    problems = {name: users for name, users in problems.items()
                if not all("/platformthemes/" in user for user in users)}
    for name, users in sorted(problems.items()):
        print(f"{name}: needed by {', '.join(sorted(users)[:3])}{' …' if len(users) > 3 else ''}")
    print(f"libraries checked in {bundle}: {'missing from the bundle: ' + str(len(problems)) if problems else 'ok'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
