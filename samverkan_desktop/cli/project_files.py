"""``import`` and ``export``: project files (JSON) and checked project archives (.samverkan)."""

from __future__ import annotations

import argparse
from pathlib import Path

from samverkan_desktop.cli.arguments import add_project, command
from samverkan_desktop.cli.common import EXIT_OK, Parser, language, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    p = command(sub, "import", cmd_import, writes=True,
                help="importera en projektfil (JSON) eller ett projektarkiv (.samverkan)")
    p.add_argument("file", metavar="FIL", type=Path, help="projektfilen (.json) eller projektarkivet (.samverkan)")
    p.add_argument("--replace", action="store_true", help="ersätt ett projekt med samma id")
    p = command(sub, "export", cmd_export, help="exportera ett projekt till en projektfil (JSON), eller till ett "
                "projektarkiv när filnamnet slutar på .samverkan")
    add_project(p)
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True,
                   help="FIL.json (projektfil) eller FIL.samverkan (projektarkiv)")


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.archive import read_project_or_archive
    from samverkan_desktop.services.interchange.importer import import_document

    document = read_project_or_archive(args.file)
    library = open_library(paths)
    try:
        result = import_document(library, document, replace=args.replace)
    finally:
        library.close()
    verb = LocalText("Ersatte", "Replaced") if result.replaced else LocalText("Importerade", "Imported")
    print(f"{verb(language())}: {result.title} "
          f"({result.sessions} {LocalText('dialogtillfällen', 'sessions')(language())}, "
          f"{result.entries} {LocalText('anteckningar', 'entries')(language())})")
    print(result.project_uid)
    return EXIT_OK


def cmd_export(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.archive import is_archive_name, write_archive
    from samverkan_desktop.services.interchange.exporter import export_to_file

    library = open_library(paths)
    try:
        (write_archive if is_archive_name(args.output) else export_to_file)(library, args.project, args.output)
    finally:
        library.close()
    print(args.output)
    return EXIT_OK
