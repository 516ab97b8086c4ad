"""The command line: the same services as the app, without Qt.

``samverkan-desktop [--data-dir DIR] COMMAND``. With no command the caller starts the
GUI (see ``__main__``). Errors give exit code 2 and one clear line on stderr, in
Swedish unless ``SAMVERKAN_LANG=en``; tracebacks go to the log file only.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from samverkan_desktop import __version__
from samverkan_desktop.logsetup import configure_logging
from samverkan_desktop.paths import DataPaths, resolve_data_dir
from samverkan_desktop.services.errors import LocalText, ServiceError
from samverkan_desktop.services.storage_faults import classify

log = logging.getLogger(__name__)
EXIT_OK, EXIT_DAMAGED, EXIT_ERROR = 0, 1, 2


def language() -> str:
    return "en" if os.environ.get("SAMVERKAN_LANG", "sv").lower().startswith("en") else "sv"


class UsageError(Exception):
    """A command line that cannot be understood."""


_ARGPARSE_SV = [
    (r"the following arguments are required: (.*)", r"följande argument saknas: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (r"argument (\S+): invalid choice: (.*?) \(choose from (.*)\)", r"\1: okänt val \2 (välj bland \3)"),
    (r"argument (\S+): expected one argument", r"\1 behöver ett värde"),
]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        if language() == "sv":
            for pattern, replacement in _ARGPARSE_SV:
                message = re.sub(pattern, replacement, message)
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="samverkan-desktop",
        description="Samverkan Desktop: protokoll, dialoger och dialograpport för central samverkan.",
    )
    parser.add_argument("--version", action="version", version=f"samverkan-desktop {__version__}")
    parser.add_argument("--data-dir", metavar="MAPP", help="mappen för biblioteket (databas, "
                        "säkerhetskopior, logg); annars SAMVERKAN_DATA_DIR eller användarens mapp")
    parser.add_argument("--demo", action="store_true", help="starta med exempelprojektet")
    parser.add_argument("--project", metavar="PROJEKT", help="öppna projektet med detta id")
    parser.add_argument("--meeting", metavar="TILLFÄLLE", help="öppna dialogtillfället med detta id")
    parser.add_argument("--pseudo", action="store_true", help="pseudolokalisering: utdragna texter som visar "
                        "avklippta fält (även SAMVERKAN_PSEUDO=1)")
    parser.add_argument("--self-test", action="store_true", help="kontrollera installationen utan att visa "
                        "något fönster (tillfälligt bibliotek, exempelprojektet, rapporten); 0 = allt fungerar")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    p = sub.add_parser("import", help="importera en projektfil (JSON) eller ett projektarkiv (.samverkan)")
    p.add_argument("file", metavar="FIL", type=Path)
    p.add_argument("--replace", action="store_true", help="ersätt ett projekt med samma id")
    p = sub.add_parser("export", help="exportera ett projekt till en projektfil (JSON), eller till ett "
                       "projektarkiv när filnamnet slutar på .samverkan")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)
    sub.add_parser("list", help="lista projekten (id, titel)")
    p = sub.add_parser("sessions", help="lista ett projekts dialogtillfällen (id, datum, titel)")
    p.add_argument("project", metavar="PROJEKT")
    sub.add_parser("check", help="kontrollera bibliotekets integritet (0 = hel, 1 = skadad)")
    p = sub.add_parser("search", help="sök i ett projekts anteckningar (anteckningens id, tillfällets id, "
                       "utdrag; bästa träffen först)")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("query", metavar="SÖKORD")
    p.add_argument("--limit", metavar="ANTAL", type=int, default=50, help="högst så många träffar (50)")
    p = sub.add_parser("erase-person", help="radera en persons namn ur ett projekt, dess säkerhetskopior och "
                       "loggar (anteckningarna behåller sin part)")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("person", metavar="PERSON", help="personens id i projektet")
    p = sub.add_parser("report", help="skriv projektets dialograpport som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)
    p.add_argument("--final", action="store_true", help="fastställd rapport, utan vattenstämpeln Utkast")
    p.add_argument("--names", action="store_true", help="ta med personers namn (annars bara parter)")
    p = sub.add_parser("minutes", help="skriv protokollet från ett dialogtillfälle som PDF")
    p.add_argument("project", metavar="PROJEKT")
    p.add_argument("session", metavar="TILLFÄLLE")
    p.add_argument("-o", "--output", metavar="FIL", type=Path, required=True)
    return parser





def _open(paths: DataPaths):  # type: ignore[no-untyped-def]
    from samverkan_desktop.services.startup import open_if_healthy

    return open_if_healthy(paths)


def cmd_import(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.archive import read_project_or_archive
    from samverkan_desktop.services.interchange.importer import import_document

    document = read_project_or_archive(args.file)
    library = _open(paths)
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

    library = _open(paths)
    try:
        (write_archive if is_archive_name(args.output) else export_to_file)(library, args.project, args.output)
    finally:
        library.close()
    print(args.output)
    return EXIT_OK


def cmd_list(_args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.library_service import list_projects

    library = _open(paths)
    try:
        for project in list_projects(library):
            print(f"{project.uid}\t{_one_line(project.title)}")
    finally:
        library.close()
    return EXIT_OK


def cmd_sessions(args: argparse.Namespace, paths: DataPaths) -> int:
    from samverkan_desktop.services.library_service import list_sessions

    library = _open(paths)
    try:
        for session in list_sessions(library, args.project):
            print(f"{session.uid}\t{session.date.isoformat()}\t{_one_line(session.title)}")
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
        f"Biblioteket {paths.database} är skadat ({_one_line(report.detail)}). Skriv inte i det; "
        "återställ från en säkerhetskopia.",
        f"The library {paths.database} is damaged ({_one_line(report.detail)}). Do not write to it; "
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

    library = _open(paths)
    try:
        for hit in search(library, args.project, args.query, limit=args.limit, kinds=("entry",)):
            print(f"{hit.entry_uid}\t{hit.session_uid}\t{_one_line(hit.snippet)}")
    finally:
        library.close()
    return EXIT_OK


def cmd_erase_person(args: argparse.Namespace, paths: DataPaths) -> int:
    """Erase a person's name from a project and the data folder; says first what it removes."""
    from samverkan_desktop.services import erasure

    lang = language()
    library = _open(paths)
    try:
        person_id = erasure.find_person(library, args.project, args.person)
        plan = erasure.plan_erasure(library, paths, person_id)
        print(LocalText(
            f"Personen tas bort ur projektet. Alla {len(plan.backups)} säkerhetskopior i {paths.root} "
            "tas bort, eftersom de innehåller namnet, och en ny skrivs.",
            f"The person is erased from the project. All {len(plan.backups)} backups in {paths.root} "
            "are removed, since they hold the name, and a new one is written.")(lang))
        result = erasure.erase_person(library, paths, person_id)
    finally:
        library.close()
    print(LocalText(
        f"Klart: {result.entries} anteckningar har inte längre någon person (parten står kvar), "
        f"{result.attendance} närvarorader står kvar som \"{erasure.PLACEHOLDER}\", namnet ersattes "
        f"{result.occurrences} gånger i texterna och {result.adjusted_sessions} justerade protokoll fick en "
        f"anteckning om det. {result.backups_removed} säkerhetskopior togs bort; namnet rensades ur "
        f"{result.logs_scrubbed} loggfiler.",
        f"Done: {result.entries} entries no longer name a person (the party stays), {result.attendance} "
        f"attendance lines remain as \"{erasure.PLACEHOLDER}\", the name was replaced {result.occurrences} "
        f"times in the texts and {result.adjusted_sessions} adjusted minutes got a note of it. "
        f"{result.backups_removed} backups were removed; the name was scrubbed from {result.logs_scrubbed} "
        "log files.")(lang))
    if result.backup is not None:
        print(LocalText(f"Ny säkerhetskopia: {result.backup}", f"New backup: {result.backup}")(lang))
    print(result.person_uid)
    return EXIT_OK


def cmd_report(args: argparse.Namespace, paths: DataPaths) -> int:
    """The dialogue report as PDF, written atomically; the file name is printed."""
    from samverkan_desktop.report.options import ReportOptions
    from samverkan_desktop.services.reports import build_report_pdf, write_pdf

    library = _open(paths)
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

    library = _open(paths)
    try:
        pdf = build_minutes_pdf(library, args.project, args.session)
    finally:
        library.close()
    write_pdf(pdf, args.output)
    print(args.output)
    return EXIT_OK


def _one_line(text: str) -> str:
    return " ".join(text.split())


# Commands that change the library (or its backups) take the app's lock, so that they never
# write under an open window that would write its own view back (e.g. an erased name).
WRITING_COMMANDS = frozenset({"import", "erase-person"})
LockTaker = Callable[[DataPaths], Any]
"""Takes the library's lock: the held lock (with ``unlock()``), or None while the app has it."""


def _open_in_app(paths: DataPaths) -> LocalText:
    return LocalText(
        f"Biblioteket i {paths.root} är öppet i Samverkan Desktop. Stäng programmet och kör kommandot "
        "igen; ingenting har ändrats.",
        f"The library in {paths.root} is open in Samverkan Desktop. Close the app and run the command "
        "again; nothing was changed.")


COMMANDS: dict[str, Callable[[argparse.Namespace, DataPaths], int]] = {
    "import": cmd_import, "export": cmd_export, "list": cmd_list,
    "sessions": cmd_sessions, "check": cmd_check, "search": cmd_search,
    "erase-person": cmd_erase_person,
    "report": cmd_report, "minutes": cmd_minutes,
}


def _fail(message: str) -> int:
    print(f"samverkan-desktop: {message}", file=sys.stderr)
    return EXIT_ERROR


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def run_command(args: argparse.Namespace, take_lock: LockTaker | None = None) -> int:
    """Run a CLI command; every failure becomes exit 2 and one line on stderr.

    ``take_lock`` (given by the entry point, which may use Qt) guards the writing commands.
    """
    lang = language()
    try:
        paths = resolve_data_dir(args.data_dir)
        if args.command != "check":
            paths.ensure()
            configure_logging(paths.logs)
        held = None
        if take_lock is not None and args.command in WRITING_COMMANDS:
            held = take_lock(paths)
            if held is None:
                return _fail(_open_in_app(paths)(lang))
        try:
            return COMMANDS[args.command](args, paths)
        finally:
            if held is not None:
                held.unlock()
    except ServiceError as exc:
        return _fail(exc.text(lang))
    except OSError as exc:
        log.exception("file system error")
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return _fail(fault.not_done()(lang))
        return _fail(LocalText(f"Filsystemet sa nej: {exc.strerror or exc} ({exc.filename or ''}).",
                               f"The file system refused: {exc.strerror or exc} "
                               f"({exc.filename or ''}).")(lang))
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return _fail(fault.not_done()(lang))
        return _fail(LocalText(
            f"Ett oväntat fel inträffade ({exc.__class__.__name__}); detaljerna finns i loggen.",
            f"An unexpected error occurred ({exc.__class__.__name__}); the details are in the log.",
        )(lang))


def configure_streams() -> None:
    """UTF-8 on the console everywhere, also on a Windows code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
