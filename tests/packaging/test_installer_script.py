"""The NSIS installer script: it compiles with makensis, and what it does to a user's machine."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from samverkan_desktop import __version__
from tests.packaging.conftest import INSTALLER

SCRIPT = INSTALLER / "samverkan-desktop.nsi"
TEXT = SCRIPT.read_text(encoding="utf-8")


def makensis() -> str:
    tool = shutil.which("makensis")
    if tool is None:
        if os.environ.get("CI"):
            pytest.fail("makensis is missing on CI (Debian package nsis, see .ci/run)")
        pytest.skip("makensis is not installed (apt-get install nsis)")
    return tool


def compile_script(tmp_path: Path, *defines: str) -> subprocess.CompletedProcess[str]:
    """Compile against a small stand-in bundle; CI compiles it against the real one."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "resources").mkdir(parents=True, exist_ok=True)
    (bundle / "samverkan-desktop.exe").write_bytes(b"MZ stand-in")
    (bundle / "_internal" / "resources" / "demo-project.json").write_text("{}", encoding="utf-8")
    return subprocess.run([makensis(), "-V2", "-WX", f"-DBUNDLE_DIR={bundle}", *defines, str(SCRIPT)],
                          capture_output=True, text=True, timeout=300, check=False)


def test_compiles_into_an_installer(tmp_path: Path) -> None:
    out = tmp_path / f"samverkan-desktop-{__version__}-setup.exe"
    result = compile_script(tmp_path, f"-DVERSION={__version__}", f"-DOUTFILE={out}")
    assert result.returncode == 0, result.stdout + result.stderr  # -WX: a warning fails too
    assert out.read_bytes()[:2] == b"MZ"


def test_refuses_to_compile_without_a_version(tmp_path: Path) -> None:
    result = compile_script(tmp_path, f"-DOUTFILE={tmp_path / 'x.exe'}")
    assert result.returncode != 0
    assert "Pass the version" in result.stdout + result.stderr


def section(name: str) -> str:
    match = re.search(rf'^Section "{name}".*?^SectionEnd', TEXT, re.M | re.S)
    assert match is not None
    return match.group(0)


def test_installs_per_user_without_admin_rights() -> None:
    assert re.search(r"^RequestExecutionLevel user$", TEXT, re.M)
    assert re.search(r'^InstallDir "\$LOCALAPPDATA\\Programs\\\$\{APP_NAME\}"$', TEXT, re.M)
    assert "HKLM" not in TEXT and "SetShellVarContext all" not in TEXT
    install = section(r"\$\{APP_NAME\}")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in install
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "UninstallString"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in install
    for value in ("NoModify", "NoRepair", "EstimatedSize"):
        assert f'WriteRegDWORD HKCU "${{UNINSTALL_KEY}}" "{value}"' in install


def test_uninstaller_removes_the_program_and_keeps_the_data() -> None:
    uninstall = section("Uninstall")
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # only when empty
    assert not re.search(r'RMDir /r "\$INSTDIR"', uninstall)  # never the whole folder the user chose
    code = "\n".join(line for line in uninstall.splitlines() if not line.lstrip().startswith(";"))
    for data_path in ("SamverkanDesktop", "$LOCALAPPDATA", "$APPDATA", "$PROFILE", "$DOCUMENTS"):
        assert data_path not in code
    # and the user is told so, in both languages
    assert re.search(r"LangString KeepDataText \$\{LANG_SWEDISH\} .*ligger kvar", TEXT)
    assert re.search(r"LangString KeepDataText \$\{LANG_ENGLISH\} .*are kept", TEXT)


def test_speaks_swedish_and_english() -> None:
    languages = re.findall(r'^!insertmacro MUI_LANGUAGE "(\w+)"', TEXT, re.M)
    assert languages == ["Swedish", "English"]
    for name in re.findall(r"\$\((\w+)\)", TEXT):
        assert re.search(rf"^LangString {name} \$\{{LANG_SWEDISH\}} ", TEXT, re.M), name
        assert re.search(rf"^LangString {name} \$\{{LANG_ENGLISH\}} ", TEXT, re.M), name
