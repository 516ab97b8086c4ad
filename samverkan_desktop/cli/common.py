"""What every command shares: the language, exit codes, the Swedish argument parser, opening the library."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, NoReturn

from samverkan_desktop.paths import DataPaths

if TYPE_CHECKING:
    from samverkan_desktop.storage.library import Library

EXIT_OK, EXIT_DAMAGED, EXIT_ERROR = 0, 1, 2

Handler = Callable[[argparse.Namespace, DataPaths], int]
"""Runs one parsed command against the data folder; returns the exit code."""


def language() -> str:
    return "en" if os.environ.get("SAMVERKAN_LANG", "sv").lower().startswith("en") else "sv"


class UsageError(Exception):
    """A command line that cannot be understood."""


_ARGPARSE_SV = [
    (r"the following arguments are required: (.*)", r"följande argument saknas: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"\1: okänt val \2 (välj bland \3)"),
    (r"argument (\S+): expected one argument", r"\1 behöver ett värde"),
    (r"argument (\S+): invalid \S+ value: (.*)", r"\1: ogiltigt värde \2"),
    (r"^argument (\S+): (.*)", r"\1: \2"),  # a message of our own (e.g. --sections), already Swedish
]


class Parser(argparse.ArgumentParser):
    """argparse, with its errors raised (exit 2 and one line, by the caller) and worded in Swedish."""

    def error(self, message: str) -> NoReturn:
        if language() == "sv":
            for pattern, replacement in _ARGPARSE_SV:
                message = re.sub(pattern, replacement, message)
        raise UsageError(message)


def command(sub: argparse._SubParsersAction[Parser], name: str, handler: Handler, *, help: str,
            writes: bool = False) -> Parser:
    """Add subcommand ``name`` run by ``handler``; ``writes`` makes it take the app's lock first.

    Commands that change the library (or its backups) take the lock, so that they never
    write under an open window that would write its own view back (e.g. an erased name).
    """
    parser = sub.add_parser(name, help=help)
    parser.set_defaults(handler=handler, writes=writes)
    return parser


def open_library(paths: DataPaths) -> Library:
    """The library, after the start-up health check (a damaged one raises a ServiceError)."""
    from samverkan_desktop.services.startup import open_if_healthy

    return open_if_healthy(paths)


def one_line(text: str) -> str:
    return " ".join(text.split())


def fail(message: str) -> int:
    print(f"samverkan-desktop: {message}", file=sys.stderr)
    return EXIT_ERROR
