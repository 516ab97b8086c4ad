"""What every command shares: the language, exit codes, the Swedish argument parser, opening the library.

It also parses a plain start of the app (``parse_start``): the options of the window only,
without importing the commands' modules, which a start does not need before its window shows.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NoReturn

from samverkan_desktop.paths import DataPaths

if TYPE_CHECKING:
    from samverkan_desktop.storage.library import Library

EXIT_OK, EXIT_DAMAGED, EXIT_ERROR = 0, 1, 2
#: the console executable shipped beside the windowed app (``samverkan-cli.exe`` on Windows)
CONSOLE_PROG = "samverkan-cli"

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


#: argparse's own words in a help text, in Swedish
USAGE = "användning: "
POSITIONALS = "argument"
OPTIONALS = "flaggor"
HELP = "visa den här hjälpen och avsluta"


class SwedishHelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "användning:" before the usage line."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


def speak_swedish(parser: argparse.ArgumentParser) -> None:
    """argparse's own words in ``parser``'s ``--help`` in Swedish (the usage prefix, the section
    titles, ``-h``), unless ``SAMVERKAN_LANG=en``: the rest of the command line speaks Swedish."""
    if language() != "sv":
        return
    parser.formatter_class = SwedishHelpFormatter
    parser._positionals.title = POSITIONALS
    parser._optionals.title = OPTIONALS
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            action.help = HELP


class _Version(argparse.Action):
    """``--version``; the version is read from the package metadata only when asked for (the
    metadata would otherwise be read at every start of the app, before its window shows)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from samverkan_desktop import __version__

        print(f"samverkan-desktop {__version__}")
        parser.exit()


def start_parser(prog: str = "samverkan-desktop", gui: bool = True) -> Parser:
    """The options before any command; ``gui`` adds those that start the window (not the console's)."""
    parser = Parser(
        prog=prog,
        description="Samverkan Desktop: protokoll, dialoger och dialograpport för central samverkan.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="skriv ut programmets version och avsluta")
    parser.add_argument("--data-dir", metavar="MAPP", help="mappen för biblioteket (databas, "
                        "säkerhetskopior, logg); annars SAMVERKAN_DATA_DIR eller användarens mapp")
    if gui:
        parser.add_argument("--demo", action="store_true", help="starta med exempelprojektet")
        parser.add_argument("--project", metavar="PROJEKT", help="öppna projektet med detta id")
        parser.add_argument("--meeting", metavar="TILLFÄLLE", help="öppna dialogtillfället med detta id")
        parser.add_argument("--pseudo", action="store_true", help="pseudolokalisering: utdragna texter som "
                            "visar avklippta fält (även SAMVERKAN_PSEUDO=1)")
    parser.add_argument("--self-test", action="store_true", help="kontrollera installationen utan att visa "
                        "något fönster (tillfälligt bibliotek, exempelprojektet, rapporten); 0 = allt fungerar")
    parser.add_argument("--on-screen", action="store_true", help="med --self-test: använd datorns egen "
                        "skärm (i Windows: windows) i stället för offscreen")
    speak_swedish(parser)
    return parser


def parse_start(argv: list[str], prog: str = "samverkan-desktop") -> argparse.Namespace | None:
    """A start of the app without a command, parsed as the whole parser parses it; None when
    ``argv`` names a command, asks for help or is wrong (the whole parser answers those)."""
    if any(arg in ("-h", "--help") for arg in argv):
        return None
    parser = start_parser(prog, gui=True)
    parser.set_defaults(command=None)
    try:
        args, rest = parser.parse_known_args(argv)
    except UsageError:
        return None
    return None if rest else args


def configure_streams() -> None:
    """UTF-8 on the console everywhere, also on a Windows code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


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
