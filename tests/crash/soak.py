"""Crash soak: type into the real app's meeting mode and SIGKILL it at random moments,
round after round on one data folder, and prove that nothing committed is ever lost.

Each round starts the app (``--project … --meeting …``) under Xvfb with a Swedish
keyboard, types random Swedish text with xdotool (one key per call, 20–90 ms apart,
with Enter between entries: the time each key was sent is recorded) and SIGKILLs the
app at a random moment of one of three kinds:

``typing``  a random delay (0–1.2 s) after a random key;
``enter``   0–60 ms after an Enter (the commit of an entry is in flight);
``idle``    0.3–2 s after the last key.

The database is then read with plain sqlite3, read-only (so the next start of the app
recovers the WAL itself, as it would after a real crash), and checked:

- ``PRAGMA integrity_check`` is ``ok``;
- every entry whose Enter was sent more than 0.5 s before the kill is stored;
- the stored state (the session's entries and draft) equals the state after some
  prefix of the keys sent, and the keys after that prefix, the lost typing, were all
  sent within the last second before the kill.

The data folder is reused from round to round, so damage would accumulate. Figures are
printed at the end; the exit code is 1 when any check failed. Run from the checkout::

    uv run python -m tests.crash.soak --rounds 200
    uv run python -m tests.crash.soak --rounds 5 --seed 7 --dir /tmp/soak   # keep the data folder

``tests/crash/test_crash_soak.py`` runs a short version in the test suite.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from tests.crash.helpers import (
    Stored,
    focus_meeting,
    keysym,
    prepare_meeting,
    read_session,
    start_meeting,
    xvfb_display,
)

REPO = Path(__file__).resolve().parents[2]
DEMO = REPO / "resources" / "demo-project.json"
ENTER = "\r"
COMMITTED_AFTER_S = 0.5  # an Enter this long before the kill must have its entry stored
MAX_LOST_S = 1.0  # at most the typing of the last second may be lost
WORDS = ("skyddsombuden", "förvaltningen", "är", "överens", "om", "att", "hemtjänsten", "behöver", "fler",
         "händer", "Åsa", "Örjan", "Ängelholm", "arbetsmiljön", "måste", "få", "tidigare", "information",
         "–", "facket", "säger", "det", "budgeten", "räcker", "inte", "så", "långt", "vi", "vill", "se",
         "en", "plan", "för", "sjukfrånvaron", "i", "höst", "Kommunal", "Vision", "och", "SSR")


@dataclass
class Round:
    """One round: what was typed, when, when the kill came, and what the disk held."""

    number: int
    mode: str
    keys: list[str] = field(default_factory=list)  # characters, ENTER for Enter
    sent_at: list[float] = field(default_factory=list)
    killed_at: float = 0.0
    integrity: str = ""
    matched: int | None = None  # how many keys the stored state reflects
    committed_lost: int = 0
    lost_keys: int = 0
    lost_chars: int = 0
    lost_ms: float = 0.0
    dropped: int = 0  # characters that never reached the app (see match_with_drops)
    error: str = ""

    @property
    def failed(self) -> bool:
        return bool(self.error) or self.integrity != "ok" or self.matched is None or self.committed_lost > 0 \
            or self.lost_ms > MAX_LOST_S * 1000


def plan_keys(rng: random.Random) -> list[str]:
    """Random Swedish entries, Enter between them; the last one is left unfinished."""
    keys: list[str] = []
    for entry in range(rng.randint(1, 3)):
        if entry:
            keys.append(ENTER)
        words = [rng.choice(WORDS) for _ in range(rng.randint(2, 9))]
        text = " ".join(words).capitalize()
        if rng.random() < 0.6:
            text += rng.choice(".,!?:")
        if rng.random() < 0.1:
            text += "\n" + rng.choice(WORDS)
        keys.extend(text)
    return keys


def states(start: str, keys: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """The session's (new entries, draft) after each prefix of ``keys``, as the app does it:
    Enter commits the stripped text unless it is blank, and leaves an empty draft."""
    committed: tuple[str, ...] = ()
    draft = start
    result = [(committed, draft)]
    for key in keys:
        if key == ENTER:
            if draft.strip():
                committed, draft = (*committed, draft.strip()), ""
        else:
            draft += key
        result.append((committed, draft))
    return result


def _subsequence_end(needle: str, haystack: str) -> int | None:
    """Where the earliest match of ``needle`` as a subsequence of ``haystack`` ends."""
    position = 0
    for char in needle:
        position = haystack.find(char, position)
        if position < 0:
            return None
        position += 1
    return position


def match_with_drops(prior_draft: str, keys: list[str],
                     disk: tuple[tuple[str, ...], str]) -> tuple[int, int] | None:
    """Whether the stored state comes from a prefix of ``keys`` of which some characters
    never reached the app: (keys the state reflects, characters missing), or None.

    The writer stores whole snapshots of the editor's text, so a loss on the way to the
    disk can only cut the typing short (an older snapshot); characters missing *inside*
    the text were never in the editor: xdotool types å, ä, ö and – by remapping a spare
    key for a moment, and a loaded machine can let the app read the keymap after it was
    put back. Such rounds are counted apart; Enter is never taken as dropped."""
    entries, draft = disk
    segments: list[tuple[int, str]] = []  # (index of the segment's first key, its text)
    start, text = 0, prior_draft
    for index, key in enumerate(keys):
        if key == ENTER:
            segments.append((start, text))
            start, text = index + 1, ""
        else:
            text += key
    segments.append((start, text))
    if len(entries) >= len(segments):
        return None
    dropped = 0
    for entry, (_start, typed) in zip(entries, segments, strict=False):
        if _subsequence_end(entry, typed.strip()) is None:
            return None
        dropped += len(typed.strip()) - len(entry)
    start, typed = segments[len(entries)]
    base = prior_draft if not entries else ""
    if not draft.startswith(base):
        return None
    end = _subsequence_end(draft[len(base):], typed[len(base):])
    if end is None:
        return None
    dropped += end - (len(draft) - len(base))
    return start + end, dropped


def check(round_: Round, prior: Stored, stored: Stored) -> None:
    """Compare the disk (``stored``, before the round: ``prior``) with what was typed before
    the kill; fills the round's figures."""
    prior_entries, prior_draft = prior.entries, prior.draft or ""
    round_.integrity = stored.integrity
    if stored.entries[:len(prior_entries)] != prior_entries:
        round_.error = "earlier entries changed"
        return
    sent = len(round_.sent_at)
    expected = states(prior_draft, round_.keys[:sent])
    disk = (tuple(stored.entries[len(prior_entries):]), stored.draft or "")
    matches = [k for k, state in enumerate(expected) if state == disk]
    if matches:
        matched = round_.matched = matches[-1]
    else:
        found = match_with_drops(prior_draft, round_.keys[:sent], disk)
        if found is None:
            round_.error = f"the stored state matches no prefix of the typing: {disk!r}"
            return
        matched, round_.dropped = found
        round_.matched = matched
    lost = round_.keys[matched:sent]
    round_.lost_keys = len(lost)
    round_.lost_chars = sum(1 for key in lost if key != ENTER)
    round_.lost_ms = (round_.killed_at - round_.sent_at[matched]) * 1000 if lost else 0.0
    for index in range(matched, sent):
        commits = round_.keys[index] == ENTER and expected[index + 1][0] != expected[index][0]
        if commits and round_.sent_at[index] < round_.killed_at - COMMITTED_AFTER_S:
            round_.committed_lost += 1


def run_round(number: int, rng: random.Random, display: str, data: Path, project: str, session: str) -> Round:
    before = read_session(data, session)
    keys = plan_keys(rng)
    mode = rng.choices(("typing", "enter", "idle"), weights=(40, 35, 25))[0]
    enters = [i for i, key in enumerate(keys) if key == ENTER]
    if mode == "enter" and not enters:
        mode = "typing"
    if mode == "typing":
        kill_after, delay = rng.randrange(len(keys)), rng.uniform(0.0, 1.2)
    elif mode == "enter":
        kill_after, delay = rng.choice(enters), rng.uniform(0.0, 0.06)
    else:
        kill_after, delay = len(keys) - 1, rng.uniform(0.3, 2.0)
    round_ = Round(number, mode, keys)
    try:
        app = start_meeting(data, display, project, session)
    except AssertionError as exc:
        round_.error = f"start: {exc}"
        return round_
    env = {**os.environ, "DISPLAY": display}
    try:
        focus_meeting(display)
        for index, key in enumerate(keys[:kill_after + 1]):
            subprocess.run(["xdotool", "key", "Return" if key == ENTER else keysym(key)],
                           env=env, check=True, capture_output=True, timeout=30)
            round_.sent_at.append(time.monotonic())
            if index < kill_after:
                time.sleep(rng.uniform(0.02, 0.09))
        time.sleep(delay)
    finally:
        app.send_signal(signal.SIGKILL)
        round_.killed_at = time.monotonic()
        app.wait(10)
    check(round_, before, read_session(data, session))
    return round_


def summary(rounds: list[Round]) -> list[str]:
    lost_ms = [r.lost_ms for r in rounds if r.matched is not None]
    lost_chars = [r.lost_chars for r in rounds if r.matched is not None]
    committed = sum(1 for r in rounds for k in r.keys[:len(r.sent_at)] if k == ENTER)
    return [
        f"rounds: {len(rounds)} (kills while typing {sum(r.mode == 'typing' for r in rounds)}, "
        f"just after Enter {sum(r.mode == 'enter' for r in rounds)}, idle {sum(r.mode == 'idle' for r in rounds)})",
        f"keys typed: {sum(len(r.sent_at) for r in rounds)}, Enter pressed: {committed}",
        f"integrity failures: {sum(r.integrity != 'ok' for r in rounds)}",
        f"committed entries lost (Enter > {COMMITTED_AFTER_S} s before the kill): "
        f"{sum(r.committed_lost for r in rounds)}",
        f"stored state not a prefix of the typing: "
        f"{sum(r.matched is None and not r.error.startswith('start') for r in rounds)}",
        f"app failed to start: {sum(r.error.startswith('start') for r in rounds)}",
        f"rounds where typed characters never reached the app (X input, not storage): "
        f"{sum(r.dropped > 0 for r in rounds)}, characters {sum(r.dropped for r in rounds)}",
        f"typing lost, ms before the kill: max {max(lost_ms, default=0):.0f}, "
        f"median {statistics.median(lost_ms) if lost_ms else 0:.0f}",
        f"typing lost, characters: max {max(lost_chars, default=0)}, "
        f"median {statistics.median(lost_chars) if lost_chars else 0:.0f}, total {sum(lost_chars)}",
        f"rounds over the limit of {MAX_LOST_S * 1000:.0f} ms lost: "
        f"{sum(r.lost_ms > MAX_LOST_S * 1000 for r in rounds)}",
    ]


def _stop(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: from the clock)")
    parser.add_argument("--dir", type=Path, default=None, help="data folder to use (kept afterwards)")
    parser.add_argument("--quiet", action="store_true", help="no line per round")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else int(time.time())
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="samverkan-soak-") as temp:
        data = args.dir or Path(temp) / "data"
        started = time.monotonic()
        meeting = prepare_meeting(data, DEMO)
        rounds: list[Round] = []
        with xvfb_display() as display:
            signal.signal(signal.SIGTERM, _stop)
            try:
                for number in range(1, args.rounds + 1):
                    round_ = run_round(number, rng, display, data, meeting.project, meeting.session)
                    rounds.append(round_)
                    if not args.quiet or round_.failed:
                        print(f"round {number:4d} {round_.mode:6s} keys {len(round_.sent_at):3d} "
                              f"lost {round_.lost_chars:2d} chars {round_.lost_ms:5.0f} ms "
                              f"committed lost {round_.committed_lost} integrity {round_.integrity or '-'}"
                              f"{f' (dropped by X input: {round_.dropped})' if round_.dropped else ''}"
                              f"{'  FAILED ' + round_.error if round_.failed else ''}", flush=True)
            except KeyboardInterrupt:  # Ctrl+C or SIGTERM: the figures of the rounds done
                print(f"stopped after {len(rounds)} rounds", flush=True)
        final = read_session(data, meeting.session)
    print(f"crash soak, seed {seed}, {time.monotonic() - started:.0f} s, data folder reused for every round")
    for line in summary(rounds):
        print(line)
    print(f"entries in the session at the end: {len(final.entries)}")
    failed = [r.number for r in rounds if r.failed]
    print("result: " + (f"FAILED in rounds {failed}" if failed else "ok"))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
