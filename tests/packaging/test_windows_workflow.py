"""installer/ci/windows.yml (run on a Windows runner, not here): what it claims to prove is in it."""

from __future__ import annotations

import re

from tests.packaging.conftest import INSTALLER

WORKFLOW = (INSTALLER / "ci" / "windows.yml").read_text(encoding="utf-8")


def step(name_part: str) -> str:
    """The text of the step whose name contains ``name_part``."""
    match = re.search(rf"^      - name: [^\n]*{re.escape(name_part)}[^\n]*\n(.*?)(?=^      - |\Z)", WORKFLOW,
                      re.M | re.S)
    assert match is not None, name_part
    return match.group(1)


def test_it_is_plain_yaml_indented_with_spaces() -> None:
    assert "\t" not in WORKFLOW
    assert re.search(r"^jobs:\n  windows:\n    runs-on: windows-", WORKFLOW, re.M)


def test_nsis_is_installed_explicitly() -> None:
    assert "choco install nsis" in step("NSIS, installed explicitly")


def test_the_suite_runs_with_posix_only_tests_skipped() -> None:
    assert "uv run pytest" in step("Test suite")


def test_the_self_test_runs_offscreen_and_on_the_windows_plugin() -> None:
    text = step("Self-test of the bundle")
    assert "samverkan-cli.exe --self-test\n" in text and "samverkan-cli.exe --self-test --on-screen" in text
    assert ", windows\\)" in text  # the first step names the platform it ran on


def test_the_installed_app_is_started_and_its_command_line_answers() -> None:
    text = step("Install silently")
    assert '"/S"' in text and "--version" in text and "--self-test --on-screen" in text
    assert "samverkan-desktop.exe" in text


def test_the_installer_and_uninstaller_refuse_while_the_app_runs() -> None:
    text = step("over the running app")
    assert text.count("-ne 2") == 2 and "--demo" in text and "Åsa Öberg #2" in text
