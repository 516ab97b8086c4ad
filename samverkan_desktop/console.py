"""``samverkan-cli``: the command line as a console program.

On Windows the app's own executable is windowed (no console): run from cmd or PowerShell
it returns at once and prints nothing. The bundle therefore ships this second, console
executable beside it, with the same commands, ``--version``, ``--help`` and
``--self-test``, printing UTF-8 and returning exit codes (0 ok, 1 damaged/failed, 2 error).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from samverkan_desktop.__main__ import run

    return run(sys.argv[1:] if argv is None else argv, gui=False)


if __name__ == "__main__":
    sys.exit(main())
