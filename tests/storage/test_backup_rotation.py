"""Rotation keeps the newest 10 backups, the newest of each of the last 7 days and the
newest of each of the last 4 weeks, and nothing else (a property test of the pure rule,
and the rule applied to a real folder)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.storage.backup import (
    KEEP_DAYS,
    KEEP_NEWEST,
    KEEP_WEEKS,
    keep_by_age,
    list_backup_files,
    rotate,
    timestamped_name,
)

NOW = dt.datetime(2026, 11, 27, 14, 30)
stamps = st.lists(st.datetimes(min_value=NOW - dt.timedelta(days=120), max_value=NOW), max_size=80)
nows = st.datetimes(min_value=NOW - dt.timedelta(days=3), max_value=NOW + dt.timedelta(days=40))


def monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@settings(max_examples=300, deadline=None)
@given(stamps, nows)
def test_rotation_keeps_what_it_promises_and_no_more(times: list[dt.datetime], now: dt.datetime) -> None:
    now = max([now, *times])  # rotation runs after the newest backup was written
    kept = keep_by_age(times, now)
    unique = sorted(set(times), reverse=True)
    assert kept <= set(unique)
    assert set(unique[:KEEP_NEWEST]) <= kept
    for day in {t.date() for t in unique if (now.date() - t.date()).days < KEEP_DAYS}:
        assert max(t for t in unique if t.date() == day) in kept
    for week in {monday(t.date()) for t in unique if (monday(now.date()) - monday(t.date())).days < 7 * KEEP_WEEKS}:
        assert max(t for t in unique if monday(t.date()) == week) in kept
    # every kept backup is kept for one of the three reasons
    for t in kept:
        assert (t in unique[:KEEP_NEWEST]
                or ((now.date() - t.date()).days < KEEP_DAYS and t == max(u for u in unique if u.date() == t.date()))
                or ((monday(now.date()) - monday(t.date())).days < 7 * KEEP_WEEKS
                    and t == max(u for u in unique if monday(u.date()) == monday(t.date()))))
    assert len(kept) <= KEEP_NEWEST + KEEP_DAYS + KEEP_WEEKS
    assert keep_by_age(kept, now) == kept  # rotating again removes nothing more


@settings(max_examples=100, deadline=None)
@given(stamps)
def test_a_clock_set_back_never_loses_the_newest(times: list[dt.datetime]) -> None:
    earlier = NOW - dt.timedelta(days=200)
    assert set(sorted(set(times), reverse=True)[:KEEP_NEWEST]) <= keep_by_age(times, earlier)


def test_rotating_a_folder_removes_only_old_backups_and_leftovers(tmp_path: Path) -> None:
    made = [NOW - dt.timedelta(hours=5 * i) for i in range(60)]  # 60 backups over 12 days
    for stamp in made:
        (tmp_path / timestamped_name("periodic", stamp)).write_bytes(b"x")
    other = [tmp_path / "library-damaged-20261101-101010.sqlite3", tmp_path / "notes.txt"]
    for path in other:
        path.write_bytes(b"keep me")
    (tmp_path / (timestamped_name("close", NOW) + ".partial")).write_bytes(b"half")
    protected = tmp_path / timestamped_name("periodic", made[-1])
    removed = rotate(tmp_path, NOW, protect=[protected])
    left = list_backup_files(tmp_path)
    assert {b.made_at for b in left} == keep_by_age(made, NOW) | {made[-1]}
    assert len(removed) == 60 - len(left) + 1
    assert all(path.exists() for path in other)
    assert not list(tmp_path.glob("*.partial"))
    assert [b.made_at for b in left] == sorted((b.made_at for b in left), reverse=True)
