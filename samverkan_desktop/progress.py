"""How long work reports its progress and is stopped, shared by every layer (no Qt).

A long operation takes ``progress: Progress`` and calls ``progress(done, total)`` now
and then. The caller's callback may raise ``Cancelled`` to stop it (the UI does once the
user pressed Cancel): the operation lets it pass and leaves nothing half done, which
for a write means one transaction that is rolled back. An operation that cannot stop
safely at some point simply does not call ``progress`` there.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Called as ``progress(done, total)``; may raise ``Cancelled``."""


class Cancelled(Exception):
    """Raised from a progress callback to stop the work; nothing is returned or changed."""


def no_progress(done: int, total: int) -> None:
    """The progress callback of a caller that does not follow the progress (the command line)."""


def part_of(progress: Progress, start: int, end: int, whole: int) -> Progress:
    """The callback for one stage of a longer operation: the stage's own ``(done, total)``
    becomes ``start`` … ``end`` of ``whole``, so one bar covers every stage."""

    def report(done: int, total: int) -> None:
        share = done / total if total > 0 else 1.0
        progress(start + round((end - start) * min(max(share, 0.0), 1.0)), whole)

    return report
