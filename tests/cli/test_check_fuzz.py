"""``samverkan-desktop check`` on whatever bytes the library file holds: 200 randomly damaged
copies of a real library give exit 0 (still healthy) or 1 with the Swedish line, never a
traceback or exit 2, and the file is never written. Most run in-process for speed; a
few run as the user runs them, in a subprocess."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from samverkan_desktop import __main__ as entry
from samverkan_desktop.paths import DataPaths
from samverkan_desktop.services import backups
from samverkan_desktop.services.interchange.importer import import_document
from samverkan_desktop.storage.library import open_library
from tests.cli.test_cli import run

PAGE = 4096
Damage = Callable[[bytes, random.Random], bytes]


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice([1, 8, 64, 512])):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def scribble(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    start = rng.randrange(len(out))
    length = min(rng.randrange(1, 5000), len(out) - start)
    out[start:start + length] = rng.randbytes(length)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[:rng.choice([1, 99, 100, PAGE, rng.randrange(len(data))])]


def zero_pages(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randrange(1, 6)):
        page = rng.randrange(len(out) // PAGE)
        out[page * PAGE:(page + 1) * PAGE] = bytes(PAGE)
    return bytes(out)


def garbage_header(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(100) + data[100:]


def random_file(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(rng.choice([0, 1, 16, 100, 512, PAGE, 3 * PAGE + 7]))


def header_field(data: bytes, rng: random.Random) -> bytes:
    """A plausible header with one field wrong (page size, counts, schema format)."""
    out = bytearray(data)
    offset = rng.choice([16, 17, 18, 19, 20, 21, 28, 29, 30, 31, 32, 36, 40, 44, 48, 52, 56, 60, 64])
    out[offset] = rng.randrange(256)
    return bytes(out)


DAMAGES: list[Damage] = [flip_bytes, scribble, truncate, zero_pages, garbage_header, random_file, header_field]
SURELY_DAMAGED = {garbage_header, random_file}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    import json

    from tests.conftest import DEMO

    paths = DataPaths(tmp_path_factory.mktemp("pristine") / "data")
    library = open_library(paths)
    import_document(library, json.loads(DEMO.read_text(encoding="utf-8")))
    library.close()
    return paths.database.read_bytes()


def check_in_process(data: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = entry.main(["--data-dir", str(data), "check"])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_check_never_fails_badly_on_200_damaged_copies(tmp_path: Path, pristine: bytes,
                                                       capsys: pytest.CaptureFixture[str],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SAMVERKAN_LANG", "sv")
    rng = random.Random(20261127)
    outcomes = {0: 0, 1: 0}
    for attempt in range(200):
        damage = DAMAGES[attempt % len(DAMAGES)]
        data = tmp_path / f"d{attempt}"
        data.mkdir()
        damaged = damage(pristine, rng)
        (data / "library.sqlite3").write_bytes(damaged)
        code, out, err = check_in_process(data, capsys)
        where = f"attempt {attempt} ({damage.__name__}): {code} {out!r} {err!r}"
        assert code in (0, 1), where
        assert "Traceback" not in out + err, where
        if code == 1:
            assert err.startswith(f"Biblioteket {data / 'library.sqlite3'} är skadat ("), where
            assert "återställ från en säkerhetskopia" in err, where
        else:
            assert "är helt" in out, where
        if damage in SURELY_DAMAGED or not damaged:
            assert code == 1, where
        assert (data / "library.sqlite3").read_bytes() == damaged, f"the check wrote to the file: {where}"
        outcomes[code] += 1
    assert outcomes[1] >= 100, outcomes  # most damage is found


def test_check_as_a_command_names_the_newest_good_backup(tmp_path: Path, pristine: bytes,
                                                         demo_document: dict[str, Any]) -> None:
    data = tmp_path / "data"
    paths = DataPaths(data).ensure()
    paths.database.write_bytes(pristine)
    healthy = run("check", data_dir=data)
    assert healthy.returncode == 0 and "är helt" in healthy.stdout, healthy
    good = backups.make_backup(paths, backups.CLOSE)
    rng = random.Random(5)
    for damage in (garbage_header, random_file, truncate):
        paths.database.write_bytes(damage(pristine, rng) if damage is not truncate else pristine[:PAGE * 3])
        result = run("check", data_dir=data)
        assert result.returncode == 1, result
        assert "Traceback" not in result.stderr + result.stdout
        lines = result.stderr.strip().splitlines()
        assert lines[0].startswith("Biblioteket") and "är skadat" in lines[0]
        assert str(good.path) in lines[1] and "säkerhetskopian" in lines[1]
    english = run("check", data_dir=data, env={"SAMVERKAN_LANG": "en"})
    assert english.returncode == 1 and "is damaged" in english.stderr


def test_other_commands_refuse_a_damaged_library_and_write_nothing(tmp_path: Path, pristine: bytes) -> None:
    data = tmp_path / "data"
    paths = DataPaths(data).ensure()
    for damaged in (b"", pristine[:PAGE * 2], b"\x00" * 100 + pristine[100:]):
        paths.database.write_bytes(damaged)
        result = run("list", data_dir=data)
        assert result.returncode == 2, result
        assert "Traceback" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1 and "är skadat" in result.stderr
        assert paths.database.read_bytes() == damaged
