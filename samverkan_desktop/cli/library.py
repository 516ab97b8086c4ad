"""``list``, ``sessions``, ``search`` and ``check``: reading the library, never writing it."""

from __future__ import annotations

import argparse
import logging
import sys

from samverkan_desktop.cli.arguments import add_project, command
from samverkan_desktop.cli.common import EXIT_DAMAGED, EXIT_OK, Parser, language, one_line, open_library
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services.errors import LocalText

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Parser]) -> None:
    command(sub, "list", cmd_list, help="lista projekten (id, titel)")
    p = command(sub, "sessions", cmd_sessions, help="lista ett projekts dialogtillfällen (id, datum, titel)")
    add_project(p)
    command(sub, "check", cmd_check, help="kontrollera bibliotekets integritet (0 = hel, 1 = skadad)")
    p = command(sub, "search", cmd_search, help="sök i ett projekts anteckningar (anteckningens id, "
                "tillfällets id, utdrag; bästa träffen först)")
    add_project(p)
    p.add_argument("query", metavar="SÖKORD", help="orden att söka efter (alla ska finnas; "
                   "ett ord är början på ett ord, text inom \"citattecken\" en exakt fras)")
    p.add_argument("--limit", metavar="ANTAL", type=int, default=50, help="högst så många träffar (50)")


def cmd_list(_args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.library_service import list_projects

    library = open_library(paths)
    try:
        for project in list_projects(library):
            print(f"{project.uid}\t{one_line(project.title)}")
    finally:
        library.close()
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.library_service import list_sessions

    library = open_library(paths)
    try:
        for session in list_sessions(library, args.project):
            print(f"{session.uid}\t{session.date.isoformat()}\t{one_line(session.title)}")
    finally:
        library.close()
    return EXIT_OK


def cmd_check(_args: argparse.Namespace, paths: DataPaths) -> int:
    """The full integrity check, read-only, whatever bytes the file holds: 0 healthy, 1 damaged."""
    from samverkan_desktop.services.backups import newest_good_backup
    from samverkan_desktop.services.startup import unreadable_error
    from samverkan_desktop.storage.integrity import check_file

    report = check_file(paths.database, full=True)
    problem = unreadable_error(report, paths.database)
    if problem is not None:  # the disk, not the library: neither healthy nor damaged (exit 2)
        raise problem
    lang = language()
    if report.detail == "missing":
        print(LocalText(f"Det finns inget bibliotek i {paths.root} ännu.",
                        f"There is no library in {paths.root} yet.")(lang))
        return EXIT_OK
    if report.healthy:
        print(LocalText(f"Biblioteket {paths.database} är helt.",
                        f"The library {paths.database} is healthy.")(lang))
        return EXIT_OK
    print(LocalText(
        f"Biblioteket {paths.database} är skadat ({one_line(report.detail)}). Skriv inte i det; "
        "återställ från en säkerhetskopia.",
        f"The library {paths.database} is damaged ({one_line(report.detail)}). Do not write to it; "
        "restore it from a backup.")(lang), file=sys.stderr)
    try:
        good = newest_good_backup(paths)
    except Exception:  # the verdict stands even if the backups cannot be read
        log.exception("looking for a good backup failed")
        good = None
    if good is not None:
        print(LocalText(f"Den senaste fungerande säkerhetskopian är {good.path} ({good.made_at:%Y-%m-%d %H:%M}); "
                        "appen erbjuder att återställa den när den startar.",
                        f"The newest good backup is {good.path} ({good.made_at:%Y-%m-%d %H:%M}); "
                        "the app offers to restore it when it starts.")(lang), file=sys.stderr)
    return EXIT_DAMAGED


def cmd_search(args: argparse.Namespace, paths: DataPaths) -> int:
    """One entry a line, best first: entry id, session id and the snippet with [hits].

    Only entries are printed (the issue's format names an entry); minute notes, memos
    and project texts are found by the app's search window.
    """
    from samverkan_desktop.services.search import search

    library = open_library(paths)
    try:
        for hit in search(library, args.project, args.query, limit=args.limit, kinds=("entry",)):
            print(f"{hit.entry_uid}\t{hit.session_uid}\t{one_line(hit.snippet)}")
    finally:
        library.close()
    return EXIT_OK
