"""``report`` and ``minutes``: the documents, written atomically; the file name is printed."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.common import EXIT_OK, Parser, command, open_library
from samverkan_desktop.paths import DataPaths


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "report", cmd_report, help="skriv projektets dialograpport som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)
    p.add_argument("--final", action="store_true", help="fastställd rapport, utan vattenstämpeln Utkast")
    p.add_argument("--names", action="store_true", help="ta med personers namn (annars bara parter)")
    p = command(sub, "minutes", cmd_minutes, help="skriv protokollet från ett dialogtillfälle som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("session", metavar="TILLFÄLLE")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    """The dialogue report as PDF, written atomically; the file name is printed."""
    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_report_pdf, write_pdf

    library = open_library(paths)
    try:
        pdf = build_report_pdf(library, args.project, ReportOptions(final=args.final, names=args.names))
    finally:
        library.close()
    write_pdf(pdf, args.output)
    print(args.output)
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace, paths: DataPaths) -> int:
    """The minutes of one session as PDF, written atomically; the file name is printed."""
    from samverkan_desktop.services.reports import build_minutes_pdf, write_pdf

    library = open_library(paths)
    try:
        pdf = build_minutes_pdf(library, args.project, args.session)
    finally:
        library.close()
    write_pdf(pdf, args.output)
    print(args.output)
    return EXIT_OK
