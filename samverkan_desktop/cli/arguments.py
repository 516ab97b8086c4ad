"""What the command modules share beyond ``common.py``: a subcommand whose ``--help`` speaks
Swedish throughout (``common.speak_swedish``, as the top-level ``--help`` does), and the
arguments most commands take.
"""

from __future__ import annotations

import argparse

from samverkan_desktop.cli import common
from samverkan_desktop.cli.common import Handler, Parser


def command(sub: argparse._SubParsersAction[Parser], name: str, handler: Handler, *, help: str,
            writes: bool = False) -> Parser:
    """``common.command``, its ``--help`` saying what the command does (``help``) and, in
    Swedish, argparse's own words too: the usage prefix, the section titles, ``-h``."""
    parser = common.command(sub, name, handler, help=help, writes=writes)
    parser.description = f"{help[:1].upper()}{help[1:]}."
    common.speak_swedish(parser)
    return parser


def add_project(parser: Parser) -> None:
    parser.add_argument("project", metavar="PROJEKT", help="projektets id (samverkan-desktop list visar dem)")


def add_session(parser: Parser) -> None:
    parser.add_argument("session", metavar="TILLFÄLLE",
                        help="dialogtillfällets id (samverkan-desktop sessions PROJEKT visar dem)")
