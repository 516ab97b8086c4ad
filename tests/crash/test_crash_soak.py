"""The crash soak in short: three rounds of typing into the real app and SIGKILL at random
moments on one data folder; nothing committed lost, at most a second of typing lost.
The long run (200 rounds) is ``uv run python -m tests.crash.soak``; docs/data-safety.md
holds its figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.crash import soak
from tests.crash.helpers import Stored, missing_tools

pytestmark = pytest.mark.slow


def test_three_random_kills_lose_nothing_committed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if missing_tools():
        pytest.skip(f"needs {', '.join(missing_tools())} (.ci/run installs them)")
    code = soak.main(["--rounds", "3", "--seed", "20261127", "--dir", str(tmp_path / "data")])
    out = capsys.readouterr().out
    assert code == 0, out
    for line in ("rounds: 3", "integrity failures: 0", "committed entries lost (Enter > 0.5 s before the kill): 0",
                 "stored state not a prefix of the typing: 0", "result: ok"):
        assert line in out, out


def _round(sent_at: list[float], killed_at: float) -> soak.Round:
    return soak.Round(1, "typing", [*list("Ja"), soak.ENTER, *list("Nej")], sent_at=sent_at, killed_at=killed_at)


PRIOR = Stored("ok", ["Tidigare."], "")


def test_the_checks_count_a_lost_entry_and_measure_lost_typing() -> None:
    """The soak's own arithmetic, on made-up disk states: the figures it prints must be able
    to fail."""
    everything = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)
    soak.check(everything, PRIOR, Stored("ok", ["Tidigare.", "Ja"], "Nej"))
    assert (everything.matched, everything.lost_chars, everything.committed_lost, everything.failed) == \
        (6, 0, 0, False)

    recent_lost = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)  # "ej" typed 0.2 s and 0.1 s before the kill
    soak.check(recent_lost, PRIOR, Stored("ok", ["Tidigare.", "Ja"], "N"))
    assert (recent_lost.lost_chars, round(recent_lost.lost_ms), recent_lost.failed) == (2, 200, False)

    entry_lost = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)  # Enter 2 s before the kill, not stored
    soak.check(entry_lost, PRIOR, Stored("ok", ["Tidigare."], "J"))
    assert (entry_lost.committed_lost, entry_lost.lost_chars, round(entry_lost.lost_ms)) == (1, 4, 2100)
    assert entry_lost.failed

    garbled = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)
    soak.check(garbled, PRIOR, Stored("ok", ["Tidigare.", "Ja"], "Nix"))
    assert garbled.matched is None and garbled.failed

    damaged = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)
    soak.check(damaged, PRIOR, Stored("*** in database main ***", ["Tidigare.", "Ja"], "Nej"))
    assert damaged.failed


def test_characters_missing_inside_the_text_are_told_apart_from_lost_typing() -> None:
    """The writer stores whole snapshots, so storage can only cut the typing short; a
    character missing inside the text never reached the app, and is counted apart."""
    dropped = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)
    soak.check(dropped, PRIOR, Stored("ok", ["Tidigare.", "Ja"], "Nj"))
    assert (dropped.matched, dropped.dropped, dropped.lost_chars, dropped.failed) == (6, 1, 0, False)

    dropped_and_cut = _round([0.0, 0.1, 0.2, 1.9, 2.0, 2.1], 2.2)
    soak.check(dropped_and_cut, PRIOR, Stored("ok", ["Tidigare.", "J"], ""))  # "a" dropped in the entry
    assert (dropped_and_cut.dropped, dropped_and_cut.lost_chars, dropped_and_cut.committed_lost) == (1, 3, 0)

    assert soak.match_with_drops("", list("Nej"), ((), "Nje")) is None  # out of order: not a drop
    assert soak.match_with_drops("Förr ", list("Nej"), ((), "Nej")) is None  # the earlier draft is kept
