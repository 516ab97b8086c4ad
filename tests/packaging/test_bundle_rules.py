"""What the PyInstaller spec puts into the bundle (installer/bundle_rules.py and the spec itself)."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.conftest import REPO
from tests.packaging.conftest import INSTALLER

SPEC = INSTALLER / "samverkan-desktop.spec"


def imported_top_modules() -> set[str]:
    """Every module the app's code imports (absolute imports, as dotted names)."""
    names: set[str] = set()
    for path in (REPO / "samverkan_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_nothing_the_app_imports_is_excluded(rules: ModuleType) -> None:
    excluded = set(rules.EXCLUDED_MODULES)
    clashes = sorted(name for name in imported_top_modules()
                     if any(name == ex or name.startswith(ex + ".") for ex in excluded))
    assert clashes == []


def test_every_qt_module_the_app_imports_is_kept(rules: ModuleType) -> None:
    used = {name.split(".")[1] for name in imported_top_modules() if re.match(r"PySide6\.Qt\w+$", name)}
    assert used, "the app imports no Qt module?"
    assert used <= set(rules.KEPT_QT_MODULES)
    hidden_qt = {name.split(".")[1] for name in rules.HIDDEN_IMPORTS if name.startswith("PySide6.")}
    assert hidden_qt <= set(rules.KEPT_QT_MODULES)
    assert not any(f"PySide6.{kept}" in rules.EXCLUDED_MODULES for kept in rules.KEPT_QT_MODULES)


@pytest.mark.parametrize(("dest", "kept"), [
    # Linux wheel layout
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("libQt6Qml.so.6", False),
    ("libsqlite3.so.0", True),
    # Windows wheel layout
    ("PySide6\\plugins\\platforms\\qwindows.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
    ("PySide6\\plugins\\imageformats\\qtiff.dll", False),
    ("PySide6\\Qt6Widgets.dll", True),
    ("PySide6\\Qt6Network.dll", True),  # Qt Pdf links against it
    ("PySide6\\Qt6Quick.dll", False),
    ("PySide6\\opengl32sw.dll", False),
    ("opengl32sw.dll", False),
    ("python311.dll", True),
])
def test_binaries(rules: ModuleType, dest: str, kept: bool) -> None:
    assert rules.keep_binary(dest) is kept


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/translations/qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qt_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qtbase_sv_SE.qm", False),
    ("PySide6/Qt/translations/designer_sv.qm", False),
    ("PySide6\\translations\\qtbase_fi.qm", False),
    ("resources/translations/samverkan_sv.qm", True),
    ("resources/demo-project.json", True),
])
def test_data(rules: ModuleType, dest: str, kept: bool) -> None:
    assert rules.keep_data(dest) is kept


def test_libraries_only_a_dropped_plugin_needed_are_pruned(rules: ModuleType) -> None:
    links = {
        "/w/qxcb.so": ["libxcb-icccm.so.4", "libQt6Gui.so.6"],
        "/w/_sqlite3.so": ["libsqlite3.so.0", "libc.so.6"],
        "/s/libxcb-icccm.so.4": ["libxcb-util.so.1"],
        "/s/libcairo.so.2": ["libpixman-1.so.0"],
    }
    entries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/qxcb.so", "BINARY"),
        ("python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so", "/w/_sqlite3.so", "EXTENSION"),
        ("libxcb-icccm.so.4", "/s/libxcb-icccm.so.4", "BINARY"),
        ("libxcb-util.so.1", "/s/libxcb-util.so.1", "BINARY"),
        ("libsqlite3.so.0", "/s/libsqlite3.so.0", "BINARY"),
        ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),  # came with the dropped gtk3 theme
        ("libpixman-1.so.0", "/s/libpixman-1.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/s/libpython3.11.so.1.0", "BINARY"),  # the bootloader loads it
        ("libQt6Gui.so.6", "PySide6/Qt/lib/libQt6Gui.so.6", "SYMLINK"),
    ]
    kept = rules.prune_unneeded_libraries(entries, lambda source: links.get(source, []))
    assert [dest for dest, _source, _kind in kept] == [
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "python3.11/lib-dynload/_sqlite3.cpython-311-x86_64-linux-gnu.so",
        "libxcb-icccm.so.4", "libxcb-util.so.1", "libsqlite3.so.0",
        "libpython3.11.so.1.0", "libQt6Gui.so.6",
    ]


def test_version_info_is_a_pyinstaller_version_file(rules: ModuleType) -> None:
    """PyInstaller evaluates the file as Python with its versioninfo classes (which need pefile,
    Windows only), so it is checked here as the expression it is."""
    from samverkan_desktop import __version__

    tree = ast.parse(rules.version_info_text(__version__), mode="eval")
    assert isinstance(tree.body, ast.Call) and isinstance(tree.body.func, ast.Name)
    assert tree.body.func.id == "VSVersionInfo"
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)]
    fixed = next(call for call in calls if call.func.id == "FixedFileInfo")  # type: ignore[union-attr]
    numbers = rules.version_tuple(__version__)
    assert {kw.arg: ast.literal_eval(kw.value) for kw in fixed.keywords}["filevers"] == numbers
    strings = dict(ast.literal_eval(ast.Tuple(call.args, ast.Load()))
                   for call in calls if call.func.id == "StringStruct")  # type: ignore[union-attr]
    assert strings["OriginalFilename"] == "samverkan-desktop.exe"
    assert strings["ProductVersion"] == __version__
    assert strings["FileVersion"] == ".".join(map(str, numbers))
    assert {"CompanyName", "FileDescription", "ProductName", "LegalCopyright"} <= set(strings)


@pytest.mark.parametrize(("version", "numbers"), [
    ("0.1.0", (0, 1, 0, 0)), ("1.2.3.4", (1, 2, 3, 4)), ("2.0", (2, 0, 0, 0)), ("1.4.0+local.7", (1, 4, 0, 0)),
])
def test_version_tuple(rules: ModuleType, version: str, numbers: tuple[int, ...]) -> None:
    assert rules.version_tuple(version) == numbers


def test_the_spec_applies_the_rules() -> None:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    used = {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "bundle_rules"}
    assert {"EXCLUDED_MODULES", "HIDDEN_IMPORTS", "keep_binary", "keep_data", "prune_unneeded_libraries",
            "version_info_text", "EXE_NAME", "CLI_EXE_NAME", "user_guide_datas"} <= used
    calls = {node.func.id: node for node in ast.walk(tree)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    keywords = {kw.arg: kw.value for kw in calls["EXE"].keywords}
    assert "exclude_binaries" in keywords  # one folder, not one file
    # the windowed app and the console command line, both collected into the one folder
    executables = {ast.unparse(call.args[0]): {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords}
                   for call in ast.walk(tree) if isinstance(call, ast.Call)
                   and isinstance(call.func, ast.Name) and call.func.id == "_executable"}
    assert executables == {"bundle_rules.EXE_NAME": {"console": False},
                           "bundle_rules.CLI_EXE_NAME": {"console": True}}
    assert [ast.unparse(arg) for arg in calls["COLLECT"].args[:2]] == ["app_exe", "cli_exe"]


def test_the_console_executable_has_its_own_version_info(rules: ModuleType) -> None:
    text = rules.version_info_text("0.1.0", rules.CLI_EXE_NAME)
    assert "StringStruct('OriginalFilename', 'samverkan-cli.exe')" in text
    assert "StringStruct('InternalName', 'samverkan-cli')" in text


def test_the_app_hashes_without_the_excluded_openssl(rules: ModuleType) -> None:
    """The adjustment digest (sha256) must work in a bundle without _hashlib and ssl."""
    blocked = [name for name in ("_hashlib", "_ssl", "ssl") if name in rules.EXCLUDED_MODULES]
    script = ("import sys\n" + "".join(f"sys.modules[{name!r}] = None\n" for name in blocked)
              + "import hashlib, urllib.request\nprint(hashlib.sha256(b'samverkan').hexdigest()[:12])")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "7e24b8d35f73"


def test_the_user_guide_and_every_picture_it_shows_go_into_the_bundle(rules: ModuleType, tmp_path: Path) -> None:
    """Hjälp > Användarguide reads the bundle's docs/ (assets.user_guide_file): the guide and its pictures."""
    datas = rules.user_guide_datas(REPO)
    guide = REPO / "docs" / "anvandarguide.md"
    assert datas[0] == (str(guide), "docs")
    shown = set(re.findall(r"!\[[^\]]*\]\(([^)]+)\)", guide.read_text(encoding="utf-8")))
    assert len(shown) >= 20
    assert {str(Path(folder) / Path(source).name) for source, folder in datas[1:]} == {f"docs/{p}" for p in shown}
    assert all(Path(source).is_file() and rules.keep_data(str(Path(folder) / Path(source).name))
               for source, folder in datas)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "anvandarguide.md").write_text("# Guide\n\n![Saknas](screenshots/saknas.png)\n",
                                                        encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"saknas\.png"):
        rules.user_guide_datas(tmp_path)  # a picture the guide names but the checkout lacks fails the build


def test_python_docx_finds_its_templates_through_a_parts_folder(rules: ModuleType) -> None:
    import docx

    site = str(Path(docx.__file__).resolve().parent.parent)
    [(source, folder)] = rules.extra_folders(site)
    assert Path(source).is_file() and folder == "docx/parts"
    assert "bundle_rules.extra_folders(" in SPEC.read_text(encoding="utf-8")
    header = Path(docx.__file__).parent / "parts" / ".." / "templates" / "default-header.xml"
    assert header.is_file()  # the path python-docx builds, which the folder makes resolvable in a bundle


def test_the_runtime_hooks_left_out_are_pyinstallers_and_support_nothing_the_app_uses(rules: ModuleType) -> None:
    """``pyi_rth_pkgutil`` only lets ``pkgutil.iter_modules`` list the bundle's archive: the app never
    imports ``pkgutil``. The multiprocessing hook goes with the module (excluded, test above)."""
    import PyInstaller

    hooks = Path(PyInstaller.__file__).parent / "hooks" / "rthooks"
    assert rules.DROPPED_RUNTIME_HOOKS and all((hooks / f"{name}.py").is_file() for name in rules.DROPPED_RUNTIME_HOOKS)
    assert not any(name == "pkgutil" or name.startswith("pkgutil.") for name in imported_top_modules())
    assert "DROPPED_RUNTIME_HOOKS" in SPEC.read_text(encoding="utf-8")  # the spec leaves them out
