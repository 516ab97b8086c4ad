"""What goes into the PyInstaller bundle: the rules the spec applies, kept testable.

Plain Python without PyInstaller, so that ``tests/packaging`` can import it. The spec
(``samverkan-desktop.spec``) asks PyInstaller to exclude the modules listed here and
then filters the collected binaries and data files with :func:`keep_binary` and
:func:`keep_data`: only the Qt modules, plugins and translations the app uses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

APP_NAME = "Samverkan Desktop"
EXE_NAME = "samverkan-desktop"
#: the console executable beside it: the command line, which prints and returns exit codes
CLI_EXE_NAME = "samverkan-cli"
PUBLISHER = "Samverkan Desktop"

#: Qt modules the app imports now or soon (PDF preview and printing); the rest are excluded.
KEPT_QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtSvg")
#: imported only lazily or by modules loaded at run time, so PyInstaller cannot see them
HIDDEN_IMPORTS = (
    "PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "PySide6.QtSvg",
    "samverkan_desktop.selftest",
    # ReportLab imports its C accelerator (rl-accel) inside exec()
    "_rl_accel",
    # the Alembic migration scripts are loaded from files at run time
    "alembic.op", "alembic.context", "alembic.command", "alembic.runtime.migration",
    "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite",
)
_UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender", "QtAxContainer",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDBus", "QtDataVisualization", "QtDesigner", "QtGraphs",
    "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest",
    "QtQuickWidgets", "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort",
    "QtSpatialAudio", "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml",
)
EXCLUDED_MODULES = (
    *(f"PySide6.{name}" for name in _UNUSED_QT_MODULES),
    "PySide6.scripts", "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data",
    "test", "distutils", "setuptools", "pkg_resources", "pip",
    # nothing reaches the network; hashlib and urllib work without these (5 MB of OpenSSL)
    "ssl", "_ssl", "_hashlib",
    "readline",  # interactive prompts only (pdb); it brings libreadline and libtinfo
    # Pillow (ReportLab reads images with it; the Word report's chart is painted with it, text
    # through ImageFont) without the formats and extras the app never uses
    "PIL.AvifImagePlugin", "PIL._avif", "PIL.WebPImagePlugin", "PIL._webp", "PIL.ImageTk", "PIL._imagingtk",
    "PIL.ImageCms", "PIL._imagingcms", "PIL.ImageQt", "PIL.FpxImagePlugin", "PIL.MicImagePlugin",
    # lxml (python-docx reads and writes the Word file with lxml.etree) without what it never uses
    "lxml.objectify", "lxml.html", "lxml.isoschematron", "lxml.sax", "lxml.cssselect", "lxml.doctestcompare",
    # development tools that are installed beside the app but never imported by it
    "pytest", "_pytest", "pytestqt", "hypothesis", "mypy", "ruff", "pypdf", "PyInstaller", "importlinter",
    "grimp",
    # no process is ever spawned (only concurrent.futures' ProcessPoolExecutor, never used, imports
    # it); with it PyInstaller would run its multiprocessing hook at every start, about 10 ms
    "multiprocessing", "concurrent.futures.process",
)
#: PyInstaller's run-time hooks left out: they run before the app at every start, and what
#: they support is never used. ``pyi_rth_pkgutil`` lets ``pkgutil.iter_modules`` list the
#: bundle's archive; only ``pydoc`` and ``runpy`` import ``pkgutil``.
DROPPED_RUNTIME_HOOKS = frozenset({"pyi_rth_pkgutil"})

#: plugin folder -> the plugins kept (file name without "lib" and suffix); other folders are dropped
KEPT_PLUGINS: dict[str, frozenset[str]] = {
    "platforms": frozenset({"qwindows", "qoffscreen", "qminimal", "qxcb", "qwayland", "qcocoa"}),
    "platformthemes": frozenset({"qxdgdesktopportal"}),  # qgtk3 would drag in cairo and pango
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    "imageformats": frozenset({"qico", "qjpeg", "qgif", "qsvg"}),
    "iconengines": frozenset({"qsvgicon"}),
    "printsupport": frozenset({"cupsprintersupport", "windowsprintersupport"}),
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle"}),
    "xcbglintegrations": frozenset({"qxcb-egl-integration", "qxcb-glx-integration"}),
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
    "wayland-graphics-integration-client": frozenset({"qt-plugin-wayland-egl", "shm-emulation-server"}),
}
#: Qt libraries only the dropped plugins need (the virtual keyboard pulls in Qt Quick and QML);
#: not Network: Qt Pdf links against it
_DROPPED_QT_LIBRARIES = re.compile(
    r"(lib)?Qt6(Quick|Qml|VirtualKeyboard|WaylandCompositor|EglFS|EglFs|Designer|Lottie|Labs|Sql|Test|"
    r"Help|UiTools|OpenGLWidgets)[A-Za-z0-9]*\.(so(\.\d+)*|dll)$"
)
#: Qt's own translations: Swedish and English of qtbase (and the qt_ meta catalogue)
_KEPT_TRANSLATION = re.compile(r"^(qtbase|qt)_(sv|en)\.qm$")
#: Windows only: the software OpenGL fallback (20 MB); the app draws no OpenGL
_DROPPED_FILES = frozenset({"opengl32sw.dll"})


def extra_folders(site_packages: str) -> list[tuple[str, str]]:
    """Data entries (source, folder in the bundle) for folders a library expects on disk.

    python-docx finds its header, footer and settings templates as ``docx/parts/../templates``
    (python-docx PR #1310). In a bundle the modules are in the archive, so ``docx/parts`` does
    not exist, and on Linux a path through a missing folder does not resolve: the Word files
    then fail ("default-header.xml" not found). A marker file makes the folder.
    """
    return [(f"{site_packages}/docx/py.typed", "docx/parts")]


def _posix(dest: str) -> PurePosixPath:
    """A path inside the bundle, with Windows separators turned into slashes."""
    return PurePosixPath(dest.replace("\\", "/"))


def _plugin_location(dest: str) -> tuple[str, str] | None:
    """``(folder, plugin)`` when ``dest`` is a Qt plugin inside the bundle, else None."""
    parts = _posix(dest).parts
    if "PySide6" not in parts or "plugins" not in parts:
        return None
    index = parts.index("plugins")
    if len(parts) != index + 3:
        return None
    name = parts[index + 2]
    stem = name.split(".", 1)[0]
    stem = stem[3:] if stem.startswith("lib") else stem
    return parts[index + 1], stem


def keep_binary(dest: str) -> bool:
    """Whether a collected binary (its path inside the bundle) belongs in the bundle."""
    name = _posix(dest).name
    if name.lower() in _DROPPED_FILES or _DROPPED_QT_LIBRARIES.match(name):
        return False
    plugin = _plugin_location(dest)
    if plugin is None:
        return True
    folder, stem = plugin
    return stem in KEPT_PLUGINS.get(folder, frozenset())


def keep_data(dest: str) -> bool:
    """Whether a collected data file belongs in the bundle (Qt translations: sv and en only)."""
    path = _posix(dest)
    if "PySide6" in path.parts and "translations" in path.parts and path.suffix == ".qm":
        return bool(_KEPT_TRANSLATION.match(path.name))
    return keep_binary(dest)


def _is_top_level_library(dest: str) -> bool:
    """A shared library PyInstaller put beside the executable because something needed it."""
    path = _posix(dest)
    name = path.name.lower()
    if len(path.parts) != 1 or ".cpython-" in name or ".abi3." in name or name.endswith(".pyd"):
        return False
    if name.startswith(("libpython", "python3")):  # the bootloader loads it, no binary names it
        return False
    return ".so" in name or name.endswith(".dll")


def prune_unneeded_libraries(entries: list[tuple[str, str, str]],
                             needed: Callable[[str], Iterable[str]]) -> list[tuple[str, str, str]]:
    """Drop the top-level libraries no kept binary needs (they came with a dropped plugin).

    ``entries`` are PyInstaller's ``(dest, source, typecode)``; ``needed(source)`` names the
    libraries a binary links against. Every other binary and extension module is a root.
    """
    candidates = {_posix(dest).name.lower(): source for dest, source, kind in entries
                  if kind == "BINARY" and _is_top_level_library(dest)}
    pending = [source for dest, source, kind in entries
               if kind in ("BINARY", "EXTENSION") and _posix(dest).name.lower() not in candidates]
    reached: set[str] = set()
    while pending:
        for name in needed(pending.pop()):
            key = _posix(name).name.lower()
            if key in candidates and key not in reached:
                reached.add(key)
                pending.append(candidates[key])
    return [entry for entry in entries
            if _posix(entry[0]).name.lower() not in candidates
            or _posix(entry[0]).name.lower() in reached]


#: the user guide, shipped as it is in the checkout: Hjälp > Användarguide reads the bundle's docs/
USER_GUIDE = "docs/anvandarguide.md"
_PICTURE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")


def user_guide_datas(root: Path) -> list[tuple[str, str]]:
    """``(source, folder in the bundle)`` for the guide and every picture it shows.

    A picture the guide names but the checkout lacks fails the build (FileNotFoundError).
    """
    guide = root / USER_GUIDE
    folder = PurePosixPath(USER_GUIDE).parent
    datas = [(str(guide), str(folder))]
    for picture in sorted(set(_PICTURE.findall(guide.read_text(encoding="utf-8")))):
        source = guide.parent / picture
        if not source.is_file():
            raise FileNotFoundError(f"the user guide shows {picture}, which is missing")
        datas.append((str(source), str((folder / picture).parent)))
    return datas


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``"1.2.3"`` -> ``(1, 2, 3, 0)``: the four numbers of Windows version info."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+", 1)[0])[:4]]
    major, minor, patch, build = (*numbers, 0, 0, 0, 0)[:4]
    return major, minor, patch, build


def version_info_text(version: str, exe_name: str = EXE_NAME) -> str:
    """A PyInstaller version file (``VSVersionInfo`` source) for ``version`` of ``exe_name``."""
    numbers = version_tuple(version)
    dotted = ".".join(str(n) for n in numbers)
    strings = {
        "CompanyName": PUBLISHER,
        "FileDescription": APP_NAME if exe_name == EXE_NAME else f"{APP_NAME} (kommandorad)",
        "FileVersion": dotted,
        "InternalName": exe_name,
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": f"{exe_name}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    string_structs = ",\n".join(f"          StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041D04B0', [
{string_structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])])
  ]
)
"""
