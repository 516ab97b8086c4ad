"""Entry point: a CLI command runs without Qt; no command starts the app."""

from __future__ import annotations

import sys
from collections.abc import Sequence


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
        return cli.run_command(args)
    from samverkan_desktop.app import run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
