"""The command line: the same services as the app, without Qt.

``samverkan-desktop [--data-dir DIR] COMMAND``. With no command the caller starts the
GUI (see ``__main__``). The bundle also ships ``samverkan-cli`` (``samverkan_desktop.console``),
a console executable with the same commands: on Windows the windowed app cannot print.
Errors give exit code 2 and one clear line on stderr, in
Swedish unless ``SAMVERKAN_LANG=en``; tracebacks go to the log file only.

Each group of commands lives in a module of its own that adds its subcommands to the
parser (``register``) with the function that runs them; ``main`` composes the parser from
``command_modules()`` and runs a parsed command. A new command is a new ``register`` entry,
nothing else.

The names from ``cli.main`` are loaded on first use: a plain start of the app imports
``cli.common`` alone (``parse_start``), and a package ``__init__`` runs with any of its
modules, so importing ``cli.main`` here would put its imports (the rotating log among them)
before the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from samverkan_desktop.cli.common import (
    CONSOLE_PROG,
    EXIT_DAMAGED,
    EXIT_ERROR,
    EXIT_OK,
    UsageError,
    configure_streams,
    fail,
    language,
)

if TYPE_CHECKING:
    from samverkan_desktop.cli.main import build_parser, parse, run_command

_fail = fail  # the entry point's historical name
_FROM_MAIN = ("build_parser", "parse", "run_command")

__all__ = [
    "CONSOLE_PROG", "EXIT_DAMAGED", "EXIT_ERROR", "EXIT_OK", "UsageError", "_fail", "build_parser", "configure_streams",
    "fail", "language", "parse", "run_command",
]


def __getattr__(name: str) -> Any:
    if name in _FROM_MAIN:
        from samverkan_desktop.cli import main

        return getattr(main, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
