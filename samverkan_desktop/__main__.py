"""Entry point: a CLI command runs without Qt (a writing one takes the app's lock); no command starts the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QLockFile

    from samverkan_desktop.paths import DataPaths


def main(argv: Sequence[str] | None = None) -> int:
    from samverkan_desktop import cli

    cli.configure_streams()
    try:
        args = cli.parse(sys.argv[1:] if argv is None else argv)
    except cli.UsageError as exc:
        return cli._fail(str(exc))
    if args.self_test:
        from samverkan_desktop.selftest import run_self_test

        return run_self_test()
    if args.command is not None:
        return cli.run_command(args, take_lock=_library_lock)
    from samverkan_desktop.app import run_app

    return run_app(args)


def _library_lock(paths: DataPaths) -> QLockFile | None:
    """The app's own lock on the library (Qt's QLockFile; the CLI itself stays free of Qt)."""
    from samverkan_desktop.ui.instance_lock import acquire

    return acquire(paths)


if __name__ == "__main__":
    sys.exit(main())
