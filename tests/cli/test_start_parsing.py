"""A start of the app is parsed without the commands' modules (``cli.common.parse_start``),
exactly as the whole parser would parse it; anything else goes to the whole parser."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from samverkan_desktop import cli
from samverkan_desktop.cli.common import parse_start

STARTS = [
    [],
    ["--demo"],
    ["--data-dir", "/tmp/x", "--project", "p-1", "--meeting", "s-2"],
    ["--data-dir=/tmp/y", "--pseudo"],
    ["--proj", "p-1"],  # an abbreviation, as argparse allows it
    ["--project", "import"],  # a project whose id is a command's name
    ["--self-test", "--on-screen"],
]
NOT_STARTS = [
    ["import", "f.json"],
    ["--data-dir", "/tmp/x", "check"],
    ["--project"],  # wrong: the whole parser says why
    ["--bogus"],
    ["--help"],
    ["-h"],
]


@pytest.mark.parametrize("argv", STARTS)
def test_a_start_is_parsed_as_the_whole_parser_parses_it(argv: list[str]) -> None:
    assert parse_start(argv) == cli.parse(argv)


@pytest.mark.parametrize("argv", NOT_STARTS)
def test_commands_help_and_mistakes_go_to_the_whole_parser(argv: list[str]) -> None:
    assert parse_start(argv) is None


def test_a_start_imports_none_of_the_commands() -> None:
    script = ("import json, sys; from samverkan_desktop.cli.common import parse_start; "
              "assert parse_start(['--demo']) is not None; "
              "print(json.dumps(sorted(m for m in sys.modules if m.startswith('samverkan_desktop.cli.'))))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded) == ["samverkan_desktop.cli.common"]


def test_what_shows_the_window_imports_no_rotating_log_platformdirs_or_database() -> None:
    """What runs before the main window is shown (``run_app`` up to ``show()``) imports neither
    ``logging.handlers`` (the log rotates once the window is drawn), nor ``platformdirs`` when
    the data folder is given, nor SQLAlchemy."""
    script = ("import json, sys; from samverkan_desktop.cli.common import parse_start; "
              "from samverkan_desktop import app, paths; "
              "from samverkan_desktop.ui import appearance, crash_trail, i18n, instance_lock, terminate, settings; "
              "from samverkan_desktop.ui.main_window import MainWindow; "
              "paths.resolve_data_dir(parse_start(['--data-dir', 'x']).data_dir); "
              "print(json.dumps([m for m in ('logging.handlers', 'platformdirs', 'sqlalchemy') if m in sys.modules]))")
    loaded = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert json.loads(loaded) == []
