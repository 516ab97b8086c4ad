"""``report`` and ``minutes``: the documents as PDF or Word, written atomically; the file name is printed.

The format follows the output file's extension (``.pdf``, ``.docx``) unless ``--format``
names it; ``--template`` gives the Word file the municipality's template.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from samverkan_desktop.cli.common import EXIT_OK, Parser, command, fail, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText

if TYPE_CHECKING:
    from samverkan_desktop.services.reports import Format

FORMAT_HELP = "pdf eller docx (Word); annars efter filändelsen"
TEMPLATE_HELP = "kommunens Word-mall (.docx eller .dotx) för Word-filen"


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "report", cmd_report, help="skriv projektets dialograpport som PDF eller Word")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    p.add_argument("--final", action="store_true", help="fastställd rapport, utan vattenstämpeln Utkast")
    p.add_argument("--names", action="store_true", help="ta med personers namn (annars bara parter)")
    add_format_arguments(p)
    p = command(sub, "minutes", cmd_minutes, help="skriv protokollet från ett dialogtillfälle som PDF eller Word")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("session", metavar="TILLFÄLLE")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    add_format_arguments(p)


def add_format_arguments(parser: Parser) -> None:
    parser.add_argument("--format", choices=("pdf", "docx"), help=FORMAT_HELP)
    parser.add_argument("--template", metavar="MALL", type=Path, help=TEMPLATE_HELP)


def output_format(args: argparse.Namespace) -> Format | LocalText:
    """The format asked for, or what is wrong with the request (a message for ``fail``)."""
    suffix = Path(args.output).suffix.lower().lstrip(".")
    chosen: str | None = args.format
    if chosen is None:
        if suffix not in ("pdf", "docx"):
            return LocalText(f"Vet inte vilket format {args.output} ska ha: använd filändelsen .pdf eller .docx, "
                             "eller ange --format pdf|docx.",
                             f"Cannot tell which format {args.output} should have: use the extension .pdf or "
                             ".docx, or give --format pdf|docx.")
        chosen = suffix
    elif suffix in ("pdf", "docx") and suffix != chosen:
        return LocalText(f"Filändelsen .{suffix} stämmer inte med --format {chosen}.",
                         f"The extension .{suffix} does not match --format {chosen}.")
    if args.template is not None and chosen != "docx":
        return LocalText("--template gäller bara Word-filer (.docx).", "--template applies to Word files only (.docx).")
    return "pdf" if chosen == "pdf" else "docx"


def read_template(args: argparse.Namespace) -> bytes | None:
    from samverkan_desktop.services.reports import read_template as read

    return None if args.template is None else read(args.template)


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    """The dialogue report as PDF or Word, written atomically; the file name is printed."""
    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_report, write_document

    fmt = output_format(args)
    if isinstance(fmt, LocalText):
        return fail(fmt(language()))
    options = ReportOptions(final=args.final, names=args.names, template=read_template(args))
    library = open_library(paths)
    try:
        document = build_report(library, args.project, options, fmt)
    finally:
        library.close()
    write_document(document, args.output)
    print(args.output)
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace, paths: DataPaths) -> int:
    """The minutes of one session as PDF or Word, written atomically; the file name is printed."""
    from samverkan_desktop.services.reports import build_minutes, write_document

    fmt = output_format(args)
    if isinstance(fmt, LocalText):
        return fail(fmt(language()))
    template = read_template(args)
    library = open_library(paths)
    try:
        document = build_minutes(library, args.project, args.session, fmt, template=template)
    finally:
        library.close()
    write_document(document, args.output)
    print(args.output)
    return EXIT_OK
