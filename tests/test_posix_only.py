"""The table of POSIX-only tests names tests that exist (a renamed test must not silently run
on Windows and fail there), each with a reason."""

from __future__ import annotations

from tests.conftest import POSIX_ONLY, REPO


def test_every_posix_only_entry_names_an_existing_test() -> None:
    for prefix, reason in POSIX_ONLY.items():
        path, _, test = prefix.partition("::")
        assert (REPO / path).exists(), prefix
        if test:
            assert f"def {test}(" in (REPO / path).read_text(encoding="utf-8"), prefix
        assert len(reason) > 20, prefix
