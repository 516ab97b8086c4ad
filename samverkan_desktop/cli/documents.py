"""``report`` and ``minutes``: the documents as PDF or Word, written atomically; the file name is printed.

``report`` takes the options the report dialog offers, declared once in
``report.options.REPORT_OPTIONS`` (the dialog has a widget for each: a test checks it;
``--template`` is the Word template), and prints on stderr what remains before the report
can be final ("Vad återstår"), the same list the dialog shows (``services.readiness``). A
final report is built all the same. The format follows the output file's extension
(``.pdf``, ``.docx``) unless ``--format`` names it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from samverkan_desktop.cli.arguments import add_project, add_session, command
from samverkan_desktop.cli.common import EXIT_OK, Parser, fail, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.report.options import REPORT_OPTIONS, BadSections, ReportOptions, parse_sections
from samverkan_desktop.services.errors import LocalText

if TYPE_CHECKING:
    from samverkan_desktop.services.reports import Format

FORMAT_HELP = "pdf eller docx (Word); annars efter filändelsen"
TEMPLATE_HELP = next(spec.help for spec in REPORT_OPTIONS if spec.name == "template")


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
    """The ``ReportOptions`` of parsed arguments; a logo or template file is read and checked (ServiceError if bad)."""
    from samverkan_desktop.services.report_logo import read_logo

    values = {spec.name: getattr(args, spec.name) for spec in REPORT_OPTIONS}
    if values.get("sections") is None:
        values.pop("sections")
    if values.get("logo") is not None:
        values["logo"] = read_logo(values["logo"])
    values["template"] = read_template(args)
    return ReportOptions(**values)


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "report", cmd_report, help="skriv projektets dialograpport som PDF eller Word")
    add_project(p)
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    add_report_options(p)
    add_format_argument(p)
    p = command(sub, "minutes", cmd_minutes, help="skriv protokollet från ett dialogtillfälle som PDF eller Word")
    add_project(p)
    add_session(p)
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True, help="FIL.pdf eller FIL.docx")
    add_format_arguments(p)


def add_format_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=("pdf", "docx"), help=FORMAT_HELP)


def add_format_arguments(parser: argparse.ArgumentParser) -> None:
    """``--format`` and ``--template``, for the documents that take no other report option."""
    add_format_argument(parser)
    parser.add_argument("--template", metavar="MALL", type=Path, help=TEMPLATE_HELP)


def output_format(args: argparse.Namespace) -> Format | LocalText:
    """The format asked for, or what is wrong with the request (a message for ``fail``).

    A folder given as the file is refused first (StorageFailed), before anything is built.
    """
    from samverkan_desktop.services.files import refuse_a_folder

    refuse_a_folder(Path(args.output))
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
    """The dialogue report as PDF or Word, written atomically; the file name is printed, what remains on stderr."""
    from samverkan_desktop.services.library_service import project_id_for
    from samverkan_desktop.services.readiness import what_remains
    from samverkan_desktop.services.reports import build_report, write_document

    fmt = output_format(args)
    if isinstance(fmt, LocalText):
        return fail(fmt(language()))
    options = report_options(args)
    library = open_library(paths)
    try:
        document = build_report(library, args.project, options, fmt)
        missing = what_remains(library, project_id_for(library, args.project), options.names)
    finally:
        library.close()
    write_document(document, args.output)
    if missing:
        lang = language()
        head = "Innan rapporten kan fastställas återstår:" if lang == "sv" else \
            "Before the report can be final, this remains:"
        print("\n".join([head, *(f"- {item.text(lang)}" for item in missing)]), file=sys.stderr)
    print(args.output)
    return EXIT_OK


def cmd_minutes(args: argparse.Namespace, paths: DataPaths) -> int:
    """The minutes of one session as PDF or Word, written atomically; the file name is printed."""
    from samverkan_desktop.services.reports import build_minutes

    return write_session_document(args, paths, build_minutes)


SessionBuild = Callable[..., bytes]
"""``build(library, project_uid, session_uid, fmt, template=...)``: a session's minutes or notice."""


def write_session_document(args: argparse.Namespace, paths: DataPaths, build: SessionBuild) -> int:
    """A document of one session (``args.project``, ``args.session``) in the asked format, written atomically."""
    from samverkan_desktop.services.reports import write_document

    fmt = output_format(args)
    if isinstance(fmt, LocalText):
        return fail(fmt(language()))
    template = read_template(args)
    library = open_library(paths)
    try:
        document = build(library, args.project, args.session, fmt, template=template)
    finally:
        library.close()
    write_document(document, args.output)
    print(args.output)
    return EXIT_OK
