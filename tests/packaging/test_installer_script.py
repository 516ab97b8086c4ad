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
    (bundle / "samverkan-cli.exe").write_bytes(b"MZ stand-in")
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
    # HKLM and all users only in an installer built with /DALL_USERS
    code = "\n".join(line for line in TEXT.splitlines() if not line.lstrip().startswith(";"))
    per_user = re.sub(r"^!ifdef ALL_USERS$.*?^!(else|endif)$", "", code, flags=re.M | re.S)
    for all_users_only in ("HKLM", "SetShellVarContext all", "RequestExecutionLevel admin"):
        assert all_users_only not in per_user
    assert re.search(r'^!define REG_ROOT "HKCU"$', per_user, re.M)
    install = section(r"\$\{APP_NAME\}")
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in install
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "UninstallString"):
        assert f'WriteRegStr ${{REG_ROOT}} "${{UNINSTALL_KEY}}" "{value}"' in install
    for value in ("NoModify", "NoRepair", "EstimatedSize"):
        assert f'WriteRegDWORD ${{REG_ROOT}} "${{UNINSTALL_KEY}}" "{value}"' in install


def test_an_all_users_installer_for_managed_fleets(tmp_path: Path) -> None:
    out = tmp_path / "alla-setup.exe"
    result = compile_script(tmp_path, f"-DVERSION={__version__}", f"-DOUTFILE={out}", "-DALL_USERS")
    assert result.returncode == 0, result.stdout + result.stderr
    block = re.search(r"^!ifdef ALL_USERS$(.*?)^!else$", TEXT, re.M | re.S)
    assert block is not None
    assert "RequestExecutionLevel admin" in block.group(1) and "$PROGRAMFILES64" in block.group(1)
    assert '!define REG_ROOT "HKLM"' in block.group(1)


def test_the_installer_and_its_uninstaller_can_be_signed_as_they_are_written(tmp_path: Path) -> None:
    signed = tmp_path / "signed"
    signed.mkdir()
    out = tmp_path / "signerad-setup.exe"
    result = compile_script(tmp_path, f"-DVERSION={__version__}", f"-DOUTFILE={out}", f"-DSIGN=cp %1 {signed}/")
    assert result.returncode == 0, result.stdout + result.stderr
    assert sorted(p.read_bytes()[:2] for p in signed.iterdir()) == [b"MZ", b"MZ"]  # installer and uninstaller
    assert out.name in {p.name for p in signed.iterdir()}


def test_neither_installs_nor_uninstalls_over_a_running_app() -> None:
    """A running exe is locked (so are its DLLs): both ask the user to close the app first;
    silent, they change nothing and exit with 2."""
    macro = re.search(r"^!macro REFUSE_WHILE_RUNNING$(.*?)^!macroend$", TEXT, re.M | re.S)
    assert macro is not None
    body = macro.group(1)
    for exe in ("${EXE_NAME}", "${CLI_NAME}"):
        assert f'FileOpen $0 "$INSTDIR\\{exe}" a' in body
    assert "MB_RETRYCANCEL" in body and "$(AppRunningText)" in body and "/SD IDCANCEL" in body
    assert "SetErrorLevel 2" in body and "Quit" in body
    for function in (".onInit", "un.onInit", "RefuseWhileRunning"):
        match = re.search(rf"^Function {re.escape(function)}$(.*?)^FunctionEnd$", TEXT, re.M | re.S)
        assert match is not None and "!insertmacro REFUSE_WHILE_RUNNING" in match.group(1), function
    assert "!define MUI_PAGE_CUSTOMFUNCTION_LEAVE RefuseWhileRunning\n!insertmacro MUI_PAGE_DIRECTORY" in TEXT
    assert re.search(r"LangString AppRunningText \$\{LANG_SWEDISH\} .*är öppet. Stäng programmet", TEXT)


def test_uninstaller_removes_the_program_and_keeps_the_data() -> None:
    uninstall = section("Uninstall")
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    assert 'RMDir "$INSTDIR"' in uninstall  # only when empty
    assert 'Delete "$INSTDIR\\${EXE_NAME}"' in uninstall and 'Delete "$INSTDIR\\${CLI_NAME}"' in uninstall
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
