"""``report`` and ``minutes``: the documents, written atomically; the file name is printed.

``report`` takes the options the report dialog offers, declared once in
``report.options.REPORT_OPTIONS`` (the dialog has a widget for each: a test checks it), and
prints on stderr what remains before the report can be final ("Vad återstår"), the same
list the dialog shows (``services.readiness``). A final report is built all the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from samverkan_desktop.cli.common import EXIT_OK, Parser, command, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.options import REPORT_OPTIONS, BadSections, ReportOptions, parse_sections


def _sections(text: str) -> frozenset[str]:
    try:
        return parse_sections(text)
    except BadSections as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """The report's options as command-line arguments, one per ``REPORT_OPTIONS`` entry."""
    for spec in REPORT_OPTIONS:
        if spec.kind == "flag":
            parser.add_argument(spec.flag, dest=spec.name, action="store_true", help=spec.help)
        elif spec.name == "sections":
            parser.add_argument(spec.flag, dest=spec.name, metavar=spec.metavar, type=_sections, help=spec.help)
        else:
            parser.add_argument(spec.flag, dest=spec.name, metavar=spec.metavar, type=Path, help=spec.help)


def report_options(args: argparse.Namespace) -> ReportOptions:
    """The ``ReportOptions`` of parsed arguments; a logo file is read and checked (a ServiceError if bad)."""
    from samverkan_desktop.services.report_logo import read_logo

    values = {spec.name: getattr(args, spec.name) for spec in REPORT_OPTIONS}
    if values.get("sections") is None:
        values.pop("sections")
    if values.get("logo") is not None:
        values["logo"] = read_logo(values["logo"])
    return ReportOptions(**values)


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "report", cmd_report, help="skriv projektets dialograpport som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)
    add_report_options(p)
    p = command(sub, "minutes", cmd_minutes, help="skriv protokollet från ett dialogtillfälle som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("session", metavar="TILLFÄLLE")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    """The dialogue report as PDF, written atomically; the file name is printed, what remains on stderr."""
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.readiness import what_remains
    from samverkan_desktop.services.reports import build_report_pdf, write_pdf

    options = report_options(args)
    library = open_library(paths)
    try:
        pdf = build_report_pdf(library, args.project, options)
        missing = what_remains(library, project_id_for(library, args.project), options.names)
    finally:
        library.close()
    write_pdf(pdf, args.output)
    if missing:
        lang = language()
        head = "Innan rapporten kan fastställas återstår:" if lang == "sv" else \
            "Before the report can be final, this remains:"
        print("\n".join([head, *(f"- {item.text(lang)}" for item in missing)]), file=sys.stderr)
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
