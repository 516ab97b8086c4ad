"""Every command's ``--help`` speaks Swedish (the CLI's language unless SAMVERKAN_LANG=en):
what the command does, every argument explained, and argparse's own words ("usage:",
"options:", "show this help message and exit") in Swedish too."""

from __future__ import annotations

import argparse

import pytest

from samverkan_desktop.cli.main import build_parser
from tests.cli.test_cli import run

ENGLISH = ("usage:", "options:", "positional arguments", "show this help message")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


@pytest.fixture
def swedish(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SAMVERKAN_LANG", raising=False)


def test_every_command_help_is_swedish(swedish: None) -> None:
    commands = subcommands()
    assert len(commands) >= 14
    for name, parser in commands.items():
        text = parser.format_help()
        assert text.startswith(f"användning: samverkan-desktop {name}"), text
        assert "flaggor:" in text and "visa den här hjälpen och avsluta" in text, text
        assert not [word for word in ENGLISH if word in text], text
        assert parser.description and parser.description.endswith("."), name


@pytest.mark.parametrize("gui", [True, False])
def test_the_top_level_help_is_swedish_too(swedish: None, gui: bool) -> None:
    text = build_parser("samverkan-desktop" if gui else "samverkan-cli", gui=gui).format_help()
    assert text.startswith("användning: samverkan-"), text
    assert "argument:\n  KOMMANDO" in text and "flaggor:" in text and "visa den här hjälpen och avsluta" in text
    assert not [word for word in ENGLISH if word in text], text


def test_every_argument_of_every_command_is_explained(swedish: None) -> None:
    unexplained = [f"{name} {action.option_strings or action.metavar}"
                   for name, parser in subcommands().items() for action in parser._actions if not action.help]
    assert not unexplained, unexplained


def test_english_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMVERKAN_LANG", "en")
    assert subcommands()["report"].format_help().startswith("usage: samverkan-desktop report")
    assert build_parser().format_help().startswith("usage: samverkan-desktop")


def test_the_real_command_prints_its_swedish_help() -> None:
    result = run("merge", "--help")  # run() sets SAMVERKAN_LANG=sv, the default
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("användning: samverkan-desktop merge")
    assert "argument:\n  PROJEKT" in result.stdout and "kopian som skickats tillbaka" in result.stdout
    assert not [word for word in ENGLISH if word in result.stdout], result.stdout
