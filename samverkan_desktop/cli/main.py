"""The parser composed from the command modules, and running one parsed command."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from samverkan_desktop.cli import collaboration, documents, erasure, library, notice, project_files, survey
from samverkan_desktop.cli.common import Handler, Parser, fail, language
from samverkan_desktop.logsetup import CLI_LOG, configure_logging
from samverkan_desktop.paths import DataPaths, resolve_data_dir
from samverkan_desktop.services.errors import LocalText, ServiceError
from samverkan_desktop.services.storage_faults import classify

log = logging.getLogger(__name__)

#: each adds its subcommands in ``register(sub)``; the order is the order of ``--help``
COMMAND_MODULES: tuple[ModuleType, ...] = (project_files, collaboration, library, erasure, documents, notice, survey)

LockTaker = Callable[[DataPaths], Any]
"""Takes the library's lock: the held lock (with ``unlock()``), or None while the app has it."""


class _Version(argparse.Action):
    """``--version``; the version is read from the package metadata only when asked for (the
    metadata would otherwise be read at every start of the app, before its window shows)."""

    def __call__(self, parser: argparse.ArgumentParser, *_args: Any) -> None:
        from samverkan_desktop import __version__

        print(f"samverkan-desktop {__version__}")
        parser.exit()


#: the console executable shipped beside the windowed app (``samverkan-cli.exe`` on Windows)
CONSOLE_PROG = "samverkan-cli"


def build_parser(prog: str = "samverkan-desktop", gui: bool = True) -> argparse.ArgumentParser:
    """The parser; ``gui`` adds the options that start the window (not the console's)."""
    parser = Parser(
        prog=prog,
        description="Samverkan Desktop: protokoll, dialoger och dialograpport för central samverkan.",
    )
    parser.add_argument("--version", action=_Version, nargs=0, help="skriv ut programmets version och avsluta")
    parser.add_argument("--data-dir", metavar="MAPP", help="mappen för biblioteket (databas, "
                        "säkerhetskopior, logg); annars SAMVERKAN_DATA_DIR eller användarens mapp")
    if gui:
        parser.add_argument("--demo", action="store_true", help="starta med exempelprojektet")
        parser.add_argument("--project", metavar="PROJEKT", help="öppna projektet med detta id")
        parser.add_argument("--meeting", metavar="TILLFÄLLE", help="öppna dialogtillfället med detta id")
        parser.add_argument("--pseudo", action="store_true", help="pseudolokalisering: utdragna texter som "
                            "visar avklippta fält (även SAMVERKAN_PSEUDO=1)")
    parser.add_argument("--self-test", action="store_true", help="kontrollera installationen utan att visa "
                        "något fönster (tillfälligt bibliotek, exempelprojektet, rapporten); 0 = allt fungerar")
    parser.add_argument("--on-screen", action="store_true", help="med --self-test: använd datorns egen "
                        "skärm (i Windows: windows) i stället för offscreen")
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def parse(argv: Sequence[str], prog: str = "samverkan-desktop", gui: bool = True) -> argparse.Namespace:
    return build_parser(prog, gui).parse_args(list(argv))


def _open_in_app(paths: DataPaths) -> LocalText:
    return LocalText(
        f"Biblioteket i {paths.root} är öppet i Samverkan Desktop. Stäng programmet och kör kommandot "
        "igen; ingenting har ändrats.",
        f"The library in {paths.root} is open in Samverkan Desktop. Close the app and run the command "
        "again; nothing was changed.")


def run_command(args: argparse.Namespace, take_lock: LockTaker | None = None) -> int:
    """Run a CLI command; every failure becomes exit 2 and one line on stderr.

    ``take_lock`` (given by the entry point, which may use Qt) guards the writing commands.
    """
    lang = language()
    handler: Handler = args.handler
    try:
        paths = resolve_data_dir(args.data_dir)
        if args.command != "check":
            paths.ensure()
            configure_logging(paths.logs, file_name=CLI_LOG)  # never the open app's file
        held = None
        if take_lock is not None and args.writes:
            held = take_lock(paths)
            if held is None:
                return fail(_open_in_app(paths)(lang))
        try:
            return handler(args, paths)
        finally:
            if held is not None:
                held.unlock()
    except ServiceError as exc:
        return fail(exc.text(lang))
    except OSError as exc:
        log.exception("file system error")
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return fail(fault.not_done()(lang))
        return fail(LocalText(f"Filsystemet sa nej: {exc.strerror or exc} ({exc.filename or ''}).",
                              f"The file system refused: {exc.strerror or exc} "
                              f"({exc.filename or ''}).")(lang))
    except Exception as exc:
        log.exception("unexpected error in %s", args.command)
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return fail(fault.not_done()(lang))
        return fail(LocalText(
            f"Ett oväntat fel inträffade ({exc.__class__.__name__}); detaljerna finns i loggen.",
            f"An unexpected error occurred ({exc.__class__.__name__}); the details are in the log.",
        )(lang))


def configure_streams() -> None:
    """UTF-8 on the console everywhere, also on a Windows code page."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")
