"""``notice``: the notice of a planned session (kallelse och dagordning) as PDF or Word."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.common import EXIT_OK, Parser, command, fail, language, open_library
from samverkan_desktop.cli.documents import add_format_arguments, output_format, read_template
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "notice", cmd_notice,
                help="skriv kallelse och dagordning till ett dialogtillfälle som PDF eller Word")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("session", metavar="TILLFÄLLE")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    add_format_arguments(p)


def cmd_notice(args: argparse.Namespace, paths: DataPaths) -> int:
    """The notice of one session, written atomically; the file name is printed."""
    from samverkan_desktop.services.reports import build_notice, write_document

    fmt = output_format(args)
    if isinstance(fmt, LocalText):
        return fail(fmt(language()))
    template = read_template(args)
    library = open_library(paths)
    try:
        document = build_notice(library, args.project, args.session, fmt, template=template)
    finally:
        library.close()
    write_document(document, args.output)
    print(args.output)
    return EXIT_OK
