"""Entry points: a CLI command runs without Qt (a writing one takes the app's lock); no
command starts the app. ``main`` is ``samverkan-desktop`` (windowed on Windows), ``run``
is shared with the console executable ``samverkan-cli`` (``samverkan_desktop.console``)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from samverkan_desktop.paths import DataPaths


def main(argv: Sequence[str] | None = None) -> int:
    return run(sys.argv[1:] if argv is None else argv, gui=True)


def run(argv: Sequence[str], gui: bool) -> int:
    """Parse and run; without a command ``gui`` starts the app, the console prints its help.

    A plain start of the app is parsed without the commands' modules (``parse_start``): they
    are not needed, and importing them would delay the window."""
    from samverkan_desktop.cli.common import CONSOLE_PROG, configure_streams, parse_start

    configure_streams()
    prog = "samverkan-desktop" if gui else CONSOLE_PROG
    args = parse_start(list(argv), prog) if gui else None
    if args is None:
        from samverkan_desktop import cli

        try:
            args = cli.parse(argv, prog=prog, gui=gui)
        except cli.UsageError as exc:
            return cli._fail(str(exc))
    if args.self_test:
        from samverkan_desktop.selftest import run_self_test

        return run_self_test(on_screen=args.on_screen)
    if args.command is not None:
        from samverkan_desktop.cli import run_command

        return run_command(args, take_lock=_library_lock)
    if not gui:
        from samverkan_desktop.cli import EXIT_ERROR, build_parser

        build_parser(prog, gui=False).print_help()
        return EXIT_ERROR
    from samverkan_desktop.app import run_app

    return run_app(args)


def _library_lock(paths: DataPaths) -> QLockFile | None:
    """The app's own lock on the library (Qt's QLockFile; the CLI itself stays free of Qt)."""
    from samverkan_desktop.ui.instance_lock import acquire

    return acquire(paths)


if __name__ == "__main__":
    sys.exit(main())
