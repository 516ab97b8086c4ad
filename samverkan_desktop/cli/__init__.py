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
"""

from __future__ import annotations

from samverkan_desktop.cli.common import EXIT_DAMAGED, EXIT_ERROR, EXIT_OK, UsageError, fail, language
from samverkan_desktop.cli.main import CONSOLE_PROG, build_parser, configure_streams, parse, run_command

_fail = fail  # the entry point's historical name

__all__ = [
    "CONSOLE_PROG", "EXIT_DAMAGED", "EXIT_ERROR", "EXIT_OK", "UsageError", "_fail", "build_parser", "configure_streams",
    "fail", "language", "parse", "run_command",
]
