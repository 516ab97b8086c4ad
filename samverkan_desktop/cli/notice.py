"""``notice``: the notice of a planned session (kallelse och dagordning) as PDF or Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.arguments import add_project, add_session, command
from samverkan_desktop.cli.common import Parser
from samverkan_desktop.cli.documents import add_format_arguments, write_session_document
from samverkan_desktop.paths import DataPaths


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "notice", cmd_notice,
                help="skriv kallelse och dagordning till ett dialogtillfälle som PDF eller Word")
    add_project(p)
    add_session(p)
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    add_format_arguments(p)


def cmd_notice(args: argparse.Namespace, paths: DataPaths) -> int:
    """The notice of one session, written atomically; the file name is printed."""
    from samverkan_desktop.services.reports import build_notice

    return write_session_document(args, paths, build_notice)
