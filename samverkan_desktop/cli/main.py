"""The parser composed from the command modules, and running one parsed command."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from types import ModuleType
from typing import Any

from samverkan_desktop.cli.common import (
    CONSOLE_PROG,
    EXIT_DAMAGED,
    Handler,
    Parser,
    configure_streams,
    fail,
    language,
    start_parser,
)
from samverkan_desktop.logsetup import CLI_LOG, configure_logging
from samverkan_desktop.paths import DataPaths, resolve_data_dir
from samverkan_desktop.services.errors import LocalText, ServiceError

__all__ = ["CONSOLE_PROG", "LockTaker", "build_parser", "command_modules", "configure_streams", "parse",
           "run_command"]

log = logging.getLogger(__name__)

LockTaker = Callable[[DataPaths], Any]
"""Takes the library's lock: the held lock (with ``unlock()``), or None while the app has it."""


def command_modules() -> tuple[ModuleType, ...]:
    """Each adds its subcommands in ``register(sub)``; the order is the order of ``--help``.
    Imported here, not with this module: a start of the app parses without them."""
    from samverkan_desktop.cli import collaboration, documents, erasure, library, notice, project_files, survey

    return (project_files, collaboration, library, erasure, documents, notice, survey)


def build_parser(prog: str = "samverkan-desktop", gui: bool = True) -> argparse.ArgumentParser:
    """The parser; ``gui`` adds the options that start the window (not the console's)."""
    parser = start_parser(prog, gui)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=Parser)
    for module in command_modules():
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


def _reader_gone() -> int:
    """The program reading our output stopped (``… | head``, ``| Select-Object -First 1``): stop
    quietly as other command-line tools do. Python would complain of the unflushed rest at exit,
    so standard output is pointed at nowhere first (as the Python documentation advises)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return EXIT_DAMAGED


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
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:
        from samverkan_desktop.services.storage_faults import classify

        log.exception("file system error")
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return fail(fault.not_done()(lang))
        return fail(LocalText(f"Filsystemet sa nej: {exc.strerror or exc} ({exc.filename or ''}).",
                              f"The file system refused: {exc.strerror or exc} "
                              f"({exc.filename or ''}).")(lang))
    except Exception as exc:
        from samverkan_desktop.services.storage_faults import classify

        log.exception("unexpected error in %s", args.command)
        if (fault := classify(exc, resolve_data_dir(args.data_dir).root)) is not None:
            return fail(fault.not_done()(lang))
        return fail(LocalText(
            f"Ett oväntat fel inträffade ({exc.__class__.__name__}); detaljerna finns i loggen.",
            f"An unexpected error occurred ({exc.__class__.__name__}); the details are in the log.",
        )(lang))

