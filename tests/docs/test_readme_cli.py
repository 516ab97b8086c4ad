"""The README's command line section names every command the CLI has, with every option of
each and none it lacks, and says which commands take the app's lock as the parser does
(no Qt needed: the parser is plain argparse)."""

from __future__ import annotations

import argparse
import re

from samverkan_desktop.cli.main import build_parser
from tests.conftest import REPO

README = REPO / "README.md"
COMMAND_LINE = re.compile(r"^samverkan-desktop \[--data-dir DIR\] ([a-z][a-z-]*)\b(.*)$", re.MULTILINE)
OPTION = re.compile(r"(?<![\w-])(--?[a-z][a-z-]*)")


def subcommands() -> dict[str, argparse.ArgumentParser]:
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## Command line\n")
    return text[start:text.index("\n## ", start + 1)]


def readme_lines() -> dict[str, str]:
    """Each command and the README's lines for it (its usage, without the comment after ``#``)."""
    lines: dict[str, str] = {}
    for name, rest in COMMAND_LINE.findall(re.sub(r"\\\n\s*", " ", section())):  # continued lines joined
        lines[name] = f"{lines.get(name, '')} {rest.split('#')[0]}"
    return lines


def test_the_readme_names_every_command_and_no_other() -> None:
    assert set(readme_lines()) == set(subcommands())


def test_the_readme_gives_each_command_its_options() -> None:
    lines = readme_lines()
    wrong = []
    for name, parser in subcommands().items():
        options = [a.option_strings for a in parser._actions if a.option_strings and "--help" not in a.option_strings]
        written = set(OPTION.findall(lines.get(name, "")))
        wrong += [f"{name}: {strings[-1]} missing" for strings in options if not written & set(strings)]
        known = {s for strings in options for s in strings}
        wrong += [f"{name}: {option} does not exist" for option in sorted(written - known)]
    assert not wrong, wrong


def test_the_readme_names_the_commands_that_take_the_lock() -> None:
    sentence = re.search(r"The commands that write, (.*?), take the app's\s+lock file", section(), re.DOTALL)
    assert sentence, "the README no longer says which commands take the lock"
    named = set(re.findall(r"`([a-z-]+)`", sentence.group(1)))
    assert named == {name for name, parser in subcommands().items() if parser.get_default("writes")}
