"""What the command modules share beyond ``common.py``: a subcommand whose ``--help`` speaks
Swedish throughout, and the arguments most commands take.

argparse words its own parts of a help text in English ("usage:", "positional arguments",
"options", "show this help message and exit"); the rest of the command line speaks
Swedish unless ``SAMVERKAN_LANG=en``, so ``command`` gives each subcommand Swedish words
for them too (and leaves argparse's English with ``SAMVERKAN_LANG=en``).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable

from samverkan_desktop.cli import common
from samverkan_desktop.cli.common import Handler, Parser, language

#: argparse's own words in a subcommand's help, in Swedish
USAGE = "användning: "
POSITIONALS = "argument"
OPTIONALS = "flaggor"
HELP = "visa den här hjälpen och avsluta"


class SwedishHelpFormatter(argparse.HelpFormatter):
    """argparse's formatter, with "användning:" before the usage line."""

    def add_usage(self, usage: str | None, actions: Iterable[argparse.Action],
                  groups: Iterable[argparse._MutuallyExclusiveGroup], prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, USAGE if prefix is None else prefix)


def command(sub: argparse._SubParsersAction[Parser], name: str, handler: Handler, *, help: str,
            writes: bool = False) -> Parser:
    """``common.command``, its ``--help`` saying what the command does (``help``) and, in
    Swedish, argparse's own words too: the usage prefix, the section titles, ``-h``."""
    parser = common.command(sub, name, handler, help=help, writes=writes)
    parser.description = f"{help[:1].upper()}{help[1:]}."
    if language() == "sv":
        parser.formatter_class = SwedishHelpFormatter
        parser._positionals.title = POSITIONALS
        parser._optionals.title = OPTIONALS
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                action.help = HELP
    return parser


def add_project(parser: Parser) -> None:
    parser.add_argument("project", metavar="PROJEKT", help="projektets id (samverkan-desktop list visar dem)")


def add_session(parser: Parser) -> None:
    parser.add_argument("session", metavar="TILLFÄLLE",
                        help="dialogtillfällets id (samverkan-desktop sessions PROJEKT visar dem)")
